//! Lesson packs, once for the API and (later) the dashboard: an upload is read under the core's
//! limits and checked with the app's own content checker, then signed with the campaign's key
//! and stored as the pack's next version; phones list packs by city and date and fetch them;
//! an organisation withdraws its own.

use std::sync::Arc;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use blue_vest_core::packs::{Limits, PackError, SigningKey, Statement, check_pack, read_archive, sha256_hex, sign};
use blue_vest_protocol::{PackInfo, PackOffer, PackRefusal, PackSignature};
use chrono::{DateTime, Utc};

use crate::problem::Problem;
use crate::state::AppState;
use crate::storage::{NewPackVersion, OrgId, PackVersion, StorageError, VolunteerId};

/// The limits every upload is read under: the same as the phone's install.
pub fn limits() -> Limits {
    Limits::default()
}

/// Why an upload was not accepted.
#[derive(Debug)]
pub enum UploadError {
    /// The pack is at fault: a 4xx with its reason (and the checker's lines).
    Refused(PackError),
    /// Anything else: the server has no key, the pack id is another's, storage failed.
    Problem(Problem),
}

impl From<Problem> for UploadError {
    fn from(p: Problem) -> UploadError {
        UploadError::Problem(p)
    }
}

impl From<StorageError> for UploadError {
    fn from(e: StorageError) -> UploadError {
        match e {
            StorageError::Taken("pack id") => UploadError::Problem(Problem::new(
                StatusCode::CONFLICT,
                "pack_id_taken",
                "another organisation publishes a pack with this id; choose another id in pack.toml",
            )),
            other => UploadError::Problem(other.into()),
        }
    }
}

/// The API's code for a refusal: the core's code in the API's snake case.
pub fn refusal_code(e: &PackError) -> String {
    e.code().replace('-', "_")
}

/// The status of a refusal: 413 for an archive over the size limit, else 422.
pub fn refusal_status(e: &PackError) -> StatusCode {
    match e {
        PackError::ArchiveTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    }
}

/// The refusal's lines: the checker's problems, or the one reason.
pub fn refusal_lines(e: &PackError) -> Vec<String> {
    match e {
        PackError::Content { .. } => e.problem_lines(),
        other => vec![other.to_string()],
    }
}

impl IntoResponse for UploadError {
    fn into_response(self) -> Response {
        match self {
            UploadError::Refused(e) => {
                let problems = refusal_lines(&e);
                let body = PackRefusal { error: refusal_code(&e), message: problems.join("\n"), problems };
                (refusal_status(&e), axum::Json(body)).into_response()
            }
            UploadError::Problem(p) => p.into_response(),
        }
    }
}

fn no_key() -> Problem {
    Problem::new(
        StatusCode::SERVICE_UNAVAILABLE,
        "packs_not_configured",
        "this server has no pack signing key: start it with --pack-key (made by `admin pack-key`)",
    )
}

/// Reads, checks, signs and stores an uploaded archive. `true` when it became a new version.
pub async fn publish(
    state: &AppState,
    org: OrgId,
    by: VolunteerId,
    archive: Vec<u8>,
) -> Result<(PackVersion, bool), UploadError> {
    let key: Arc<SigningKey> = state.pack_key.clone().ok_or_else(no_key)?;
    // Decompressing and checking take real CPU time: off the async workers.
    let (archive, checked) = tokio::task::spawn_blocking(move || {
        let checked = read_archive(&archive, &limits()).map(|files| check_pack(&files));
        (archive, checked)
    })
    .await
    .map_err(|_| Problem::internal())?;
    let check = checked.map_err(UploadError::Refused)?;
    let manifest = match (check.problems.is_empty(), check.manifest) {
        (true, Some(m)) => m,
        _ => return Err(UploadError::Refused(PackError::Content { problems: check.problems })),
    };
    let now = state.now();
    let new = NewPackVersion {
        pack_id: manifest.id.clone(),
        org,
        uploaded_by: by,
        titles: manifest.titles.clone(),
        valid_from: manifest.valid_from,
        valid_until: manifest.valid_until,
        cities: manifest.cities.clone(),
        sha256: sha256_hex(&archive),
        archive,
    };
    let sign_version = |version: u64| {
        let statement = Statement::for_archive(&manifest, version, &new.archive, now);
        let signed = sign(&statement, &key);
        PackSignature { statement: signed.statement, signature: signed.signature }
    };
    Ok(state.storage.publish_pack(&new, &sign_version, now).await?)
}

/// A pack of the caller's organisation: 404 if there is none, 403 if it is another's.
pub async fn own_pack(state: &AppState, org: OrgId, pack_id: &str) -> Result<PackVersion, Problem> {
    let pack = state.storage.pack(pack_id).await?.ok_or_else(Problem::not_found)?;
    if pack.org != org {
        return Err(Problem::forbidden());
    }
    Ok(pack)
}

/// What an organiser sees of a pack: its newest version and where it went.
pub async fn info(state: &AppState, v: PackVersion) -> Result<PackInfo, Problem> {
    let reach = state.storage.pack_reach(&v.pack_id).await?;
    Ok(PackInfo {
        pack_id: v.pack_id,
        organisation: v.org.0,
        version: v.version,
        titles: v.titles,
        valid_from: v.valid_from,
        valid_until: v.valid_until,
        cities: v.cities,
        size: v.size,
        sha256: v.sha256,
        uploaded_at: v.uploaded_at,
        withdrawn_at: v.withdrawn_at,
        reach,
    })
}

/// The path a phone fetches a version's archive from.
pub fn archive_path(pack_id: &str, version: u64) -> String {
    format!("/api/v1/packs/{pack_id}/versions/{version}/archive")
}

/// What a phone is offered of a version.
pub fn offer(v: PackVersion) -> PackOffer {
    PackOffer {
        archive: archive_path(&v.pack_id, v.version),
        pack_id: v.pack_id,
        version: v.version,
        titles: v.titles,
        valid_from: v.valid_from,
        valid_until: v.valid_until,
        size: v.size,
        sha256: v.sha256,
        signed: v.signed,
    }
}

/// Withdraws an organisation's pack: phones remove it on their next sync.
pub async fn withdraw(state: &AppState, org: OrgId, pack_id: &str, now: DateTime<Utc>) -> Result<PackVersion, Problem> {
    own_pack(state, org, pack_id).await?;
    Ok(state.storage.withdraw_pack(org, pack_id, now).await?)
}
