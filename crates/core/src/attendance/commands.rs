//! The headless attendance commands, on a data directory: `blue-vest sync`, `blue-vest attend`
//! and `blue-vest volunteer sign-in|sign-out` run these (printing to standard output), and so
//! do the end-to-end tests and the crash test's child processes. The network ones need the
//! `http` feature.

use std::io::Write;
use std::path::Path;

use anyhow::{Context as _, bail};
use chrono::Utc;

use crate::attendance::{self, CheckInError};
use crate::store::Store;
#[cfg(feature = "http")]
use crate::{
    attendance::Transport as _,
    attendance::engine::{SignInError, SyncOptions},
    attendance::http::HttpTransport,
    store::RecordState,
};

fn open(data_dir: &Path) -> anyhow::Result<Store> {
    Store::open(&data_dir.join(crate::store::DB_FILE))
        .with_context(|| format!("opening the store in {}", data_dir.display()))
}

/// One sync ("Send now"): prints what was sent, each rejected record with its reason, and the
/// problem if any. Fails only when the sync could not run at all (no server, the store).
#[cfg(feature = "http")]
pub fn sync(data_dir: &Path, server: Option<String>, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut store = open(data_dir)?;
    let transport = HttpTransport::new()?;
    let options = SyncOptions { server, force: true };
    let now = Utc::now();
    let r = attendance::sync_once(&mut store, &transport, &options, now, &mut rand::thread_rng());
    writeln!(
        out,
        "sent {} (created {}, duplicate {}, conflict {}); rejected {}; quarantined {}; events uploaded {}; still waiting {}",
        r.sent(),
        r.created,
        r.duplicate,
        r.conflict,
        r.rejected,
        r.quarantined,
        r.events_uploaded,
        r.waiting
    )?;
    for rec in store.attendance_records(None)?.iter().filter(|r| r.state == RecordState::Rejected) {
        let reason = rec.reason.as_deref().unwrap_or("?");
        writeln!(out, "rejected {} event {}: {reason}", rec.record.id, rec.record.event_code)?;
    }
    // The lesson packs, as the app's sync worker fetches them after the attendance.
    let packs_dir = data_dir.join(crate::app::PACKS_FOLDER);
    let key = crate::packs::app_key();
    match attendance::engine::sync_lesson_packs(&mut store, &transport, &options, &packs_dir, &key, now) {
        Ok(p) => {
            let pairs = |v: &[(String, u64)]| v.iter().map(|(id, n)| format!("{id}@{n}")).collect::<Vec<_>>().join(" ");
            writeln!(out, "lesson packs: installed [{}]; removed [{}]", pairs(&p.installed), p.removed.join(" "))?;
            for (pack, problem) in &p.refused {
                writeln!(out, "lesson pack {pack} refused: {problem}")?;
            }
        }
        Err(e) => writeln!(out, "lesson packs: not synced: {e}")?,
    }
    match r.problem {
        None => Ok(()),
        Some(p) => {
            writeln!(out, "problem: {}", p.code())?;
            if matches!(p, attendance::SyncProblem::NoServer | attendance::SyncProblem::Storage) {
                bail!("sync could not run: {}", p.code());
            }
            Ok(())
        }
    }
}

/// A check-in as the app records it: the senior's own (by event code; `consent` agrees first,
/// as the consent screen does), or with `learner` a volunteer's check-in of that learner code.
/// The "recorded" line is written only after the commit: it means the record is safe on disk.
pub fn attend(
    data_dir: &Path,
    event_code: &str,
    learner: Option<&str>,
    consent: bool,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let mut store = open(data_dir)?;
    let now = Utc::now();
    if consent && store.attendance_consent()?.is_none() {
        store.give_attendance_consent(now)?;
    }
    let result = match learner {
        None => attendance::senior_check_in(&mut store, event_code, now),
        Some(learner) => {
            let code = blue_vest_protocol::EventCode::parse(event_code).map_err(CheckInError::from);
            code.and_then(|code| attendance::volunteer_check_in(&mut store, &code, learner, now))
        }
    };
    let (r, already) = match result {
        Ok(r) => (r, false),
        Err(CheckInError::Already(r)) => (*r, true),
        Err(CheckInError::NoConsent) => bail!("the senior has not agreed to share attendance yet (pass --consent)"),
        Err(e) => bail!("{e}"),
    };
    let (id, code, learner) = (r.record.id, r.record.event_code, r.record.learner);
    if already {
        writeln!(out, "already recorded {id} event {code} learner {learner}")?;
    } else {
        writeln!(out, "recorded {id} event {code} learner {learner} (waiting to send)")?;
    }
    out.flush()?;
    Ok(())
}

/// Signs a volunteer in; the token is kept in the store.
#[cfg(feature = "http")]
pub fn sign_in(data_dir: &Path, server: &str, email: &str, password: &str, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut store = open(data_dir)?;
    let transport = HttpTransport::new()?;
    match attendance::sign_in(&mut store, &transport, server, email, password) {
        Ok(s) => {
            writeln!(out, "signed in as {} ({})", s.name, s.org_name)?;
            Ok(())
        }
        Err(SignInError::Transport(e)) => bail!("sign-in failed: {e}"),
        Err(SignInError::Store(e)) => Err(e.into()),
    }
}

/// Signs out: the token leaves the store, and the server is told (best effort).
#[cfg(feature = "http")]
pub fn sign_out(data_dir: &Path, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut store = open(data_dir)?;
    if let Some(session) = store.volunteer_session()?
        && let Err(e) = HttpTransport::new().and_then(|t| t.logout(&session.server, &session.token))
    {
        writeln!(out, "the server was not told ({e}); the token expires on its own")?;
    }
    store.clear_volunteer_session()?;
    writeln!(out, "signed out")?;
    Ok(())
}

/// The password line a command reads from standard input, without its line end.
pub fn read_password(input: &mut dyn std::io::BufRead) -> anyhow::Result<String> {
    let mut line = String::new();
    input.read_line(&mut line).context("reading the password from standard input")?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}
