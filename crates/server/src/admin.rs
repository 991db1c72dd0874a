//! The admin commands, as functions over `Storage` so tests call them directly; `main.rs`
//! only parses the command line and reads passwords from standard input.

use anyhow::{Context, bail};
use chrono::Utc;
use serde_json::json;

use crate::auth;
use crate::storage::{NewVolunteer, Org, Storage, Volunteer};

/// The shortest password a volunteer may have.
pub const MIN_PASSWORD_CHARS: usize = 10;

fn check_password(password: &str) -> anyhow::Result<()> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        bail!("the password must be at least {MIN_PASSWORD_CHARS} characters");
    }
    Ok(())
}

pub async fn create_org(storage: &dyn Storage, name: &str, city: &str) -> anyhow::Result<Org> {
    if name.trim().is_empty() || city.trim().is_empty() {
        bail!("an organisation needs a name and a city");
    }
    Ok(storage.create_org(name.trim(), city.trim(), Utc::now()).await?)
}

pub async fn create_volunteer(
    storage: &dyn Storage,
    org_name: &str,
    email: &str,
    name: &str,
    password: &str,
) -> anyhow::Result<Volunteer> {
    check_password(password)?;
    let email = email.trim().to_lowercase();
    if !email.contains('@') || email.len() > 200 {
        bail!("{email:?} is not an email address");
    }
    let org = storage.org_by_name(org_name).await?.with_context(|| format!("no organisation named {org_name:?}"))?;
    let new =
        NewVolunteer { org: org.id, email, name: name.trim().to_owned(), password_hash: auth::hash_password(password) };
    Ok(storage.create_volunteer(&new, Utc::now()).await?)
}

async fn volunteer(storage: &dyn Storage, email: &str) -> anyhow::Result<Volunteer> {
    let email = email.trim().to_lowercase();
    storage.volunteer_by_email(&email).await?.with_context(|| format!("no volunteer with email {email:?}"))
}

/// Sets a new password and signs the volunteer out everywhere; returns how many sign-ins ended.
pub async fn reset_password(storage: &dyn Storage, email: &str, password: &str) -> anyhow::Result<u64> {
    check_password(password)?;
    let v = volunteer(storage, email).await?;
    storage.set_password_hash(v.id, &auth::hash_password(password)).await?;
    Ok(storage.revoke_volunteer_tokens(v.id, Utc::now()).await?)
}

pub async fn revoke_tokens(storage: &dyn Storage, email: &str) -> anyhow::Result<u64> {
    let v = volunteer(storage, email).await?;
    Ok(storage.revoke_volunteer_tokens(v.id, Utc::now()).await?)
}

/// `admin recount`: the differences between the kept totals and a recount from the rows.
pub async fn recount(storage: &dyn Storage) -> anyhow::Result<serde_json::Value> {
    let differences = storage.recount_differences().await?;
    Ok(json!({ "backend": storage.backend(), "agree": differences.is_empty(), "differences": differences }))
}

/// `admin stats`: the campaign's totals as one JSON object.
pub async fn stats(storage: &dyn Storage) -> anyhow::Result<serde_json::Value> {
    let t = storage.totals().await?;
    Ok(json!({
        "backend": storage.backend(),
        "organisations": t.organisations,
        "events": t.events,
        "open_events": t.open_events,
        "attendance": t.attendance,
        "attendance_records": t.records,
        "unique_learners": t.unique_learners,
        "lessons_completed": t.lessons_completed,
        "open_conflicts": t.open_conflicts,
    }))
}

/// `admin pack-key`: makes the campaign's lesson pack signing key in a new file (never over an
/// existing one; readable by its owner only) and returns the public key in hex, which goes into
/// the app's `assets/pack-key.pub`.
pub fn create_pack_key(path: &std::path::Path) -> anyhow::Result<String> {
    use std::io::Write;

    use blue_vest_core::packs::{generate_keypair, signing_key_to_text, verifying_key_to_text};

    let (signing, verifying) = generate_keypair();
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file =
        options.open(path).with_context(|| format!("creating {} (it must not exist yet)", path.display()))?;
    writeln!(file, "# Blue Vest lesson pack signing key (Ed25519 seed, hex). Never commit it.")?;
    writeln!(file, "# Public key (for the app's assets/pack-key.pub): {}", verifying_key_to_text(&verifying))?;
    writeln!(file, "{}", signing_key_to_text(&signing))?;
    file.sync_all()?;
    Ok(verifying_key_to_text(&verifying))
}

/// Reads the signing key `serve --pack-key` names.
pub fn read_pack_key(path: &std::path::Path) -> anyhow::Result<blue_vest_core::packs::SigningKey> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading the pack key {}", path.display()))?;
    blue_vest_core::packs::signing_key_from_text(&text).with_context(|| format!("the pack key {}", path.display()))
}
