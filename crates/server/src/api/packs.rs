//! API v1 for lesson packs: an organiser uploads a pack (the raw ZIP as the body), sees it and
//! withdraws it; a phone lists the packs for its city and date and fetches an archive. The
//! handlers translate; `service::packs` decides.

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use blue_vest_core::packs::PackError;
use blue_vest_protocol::{PHONE_HEADER, PackInfo, PackList, PackRefusal, form, is_phone_id};
use chrono::NaiveDate;
use serde::Deserialize;

use super::openapi::ZIP_TYPES;
use crate::auth;
use crate::problem::{ApiPath, ApiQuery, Problem};
use crate::service::packs::{self as service, UploadError};
use crate::session::{Caller, VolunteerCaller};
use crate::state::AppState;
use crate::storage::Grant;

pub fn routes() -> Router<AppState> {
    // The upload route takes bodies up to a pack's limit (the rest of the API stays at 512 KiB).
    let limit = usize::try_from(service::limits().archive_bytes).unwrap_or(usize::MAX);
    Router::new()
        .route("/api/v1/packs", get(list).post(upload).layer(DefaultBodyLimit::max(limit)))
        .route("/api/v1/packs/{pack_id}", get(detail))
        .route("/api/v1/packs/{pack_id}/withdraw", post(withdraw))
        .route("/api/v1/packs/{pack_id}/versions/{version}/archive", get(archive))
}

async fn upload(
    State(state): State<AppState>,
    caller: VolunteerCaller,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, UploadError> {
    let media = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    let media = media.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    if !ZIP_TYPES.contains(&media.as_str()) {
        return Err(Problem::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "send the pack's ZIP archive as the body with Content-Type: application/zip",
        )
        .into());
    }
    let body = match body {
        Ok(body) => body,
        Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            let limit = service::limits().archive_bytes;
            let size = headers
                .get(header::CONTENT_LENGTH)
                .and_then(|v| v.to_str().ok()?.parse::<u64>().ok())
                .filter(|s| *s > limit);
            return Err(match size {
                Some(size) => UploadError::Refused(PackError::ArchiveTooLarge { size, limit }),
                None => {
                    let message = format!("the archive is larger than {limit} bytes, the most a pack may be");
                    return Ok((
                        StatusCode::PAYLOAD_TOO_LARGE,
                        Json(PackRefusal {
                            error: "archive_too_large".into(),
                            message: message.clone(),
                            problems: vec![message],
                        }),
                    )
                        .into_response());
                }
            });
        }
        Err(rejection) => return Err(Problem::new(rejection.status(), "bad_request", rejection.body_text()).into()),
    };
    let (version, created) = service::publish(&state, caller.org, caller.volunteer, body.to_vec()).await?;
    let info = service::info(&state, version).await?;
    let status = if created { StatusCode::CREATED } else { StatusCode::OK };
    Ok((status, Json(info)).into_response())
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct ListQuery {
    city: Option<String>,
    date: Option<String>,
}

/// A pack id in a path, as the document states it (else 400).
fn pack_id(id: String) -> Result<String, Problem> {
    if form::is_pack_id(&id) {
        Ok(id)
    } else {
        Err(Problem::bad_request(
            "pack_id: 3 to 64 of a-z, 0-9 and \"-\", starting with a letter, no \"--\", not ending in \"-\"",
        ))
    }
}

/// `YYYY-MM-DD`, a real date.
fn date(text: &str) -> Result<NaiveDate, Problem> {
    let form = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
    form.then(|| NaiveDate::parse_from_str(text, "%Y-%m-%d").ok())
        .flatten()
        .ok_or_else(|| Problem::bad_request("date: a calendar date, YYYY-MM-DD"))
}

/// The packs for a city (default: the senior's event's city, the volunteer's organisation's)
/// on a date (default: today, UTC).
async fn list(
    State(state): State<AppState>,
    caller: Caller,
    ApiQuery(q): ApiQuery<ListQuery>,
) -> Result<Json<PackList>, Problem> {
    let date = q.date.as_deref().map(date).transpose()?;
    let city = match (q.city.as_deref(), &caller.grant) {
        (Some(city), _) if form::is_text(city, 100) => city.trim().to_owned(),
        (Some(_), _) => {
            return Err(Problem::bad_request("city: 1 to 100 characters, no control characters, not only spaces"));
        }
        (None, Grant::Senior { event_code, .. }) => state
            .storage
            .city_of_code(event_code.as_str())
            .await?
            .ok_or_else(|| Problem::bad_request("city: the event code is not known here; give ?city="))?,
        (None, Grant::Volunteer { org, .. }) => state.storage.org(*org).await?.ok_or_else(Problem::internal)?.city,
    };
    let date = date.unwrap_or_else(|| state.now().date_naive());
    let packs = state.storage.packs_for_city(&city, date).await?.into_iter().map(service::offer).collect();
    let withdrawn = state.storage.withdrawn_for_city(&city).await?;
    Ok(Json(PackList { city, date, packs, withdrawn }))
}

async fn detail(
    State(state): State<AppState>,
    caller: VolunteerCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<PackInfo>, Problem> {
    let pack = service::own_pack(&state, caller.org, &pack_id(id)?).await?;
    Ok(Json(service::info(&state, pack).await?))
}

async fn withdraw(
    State(state): State<AppState>,
    caller: VolunteerCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<PackInfo>, Problem> {
    let pack = service::withdraw(&state, caller.org, &pack_id(id)?, state.now()).await?;
    Ok(Json(service::info(&state, pack).await?))
}

/// One version's archive, byte for byte as signed; the fetch is counted for "where it went".
async fn archive(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    ApiPath((id, version)): ApiPath<(String, u64)>,
) -> Result<Response, Problem> {
    if !(1..=form::MAX_ID).contains(&version) {
        return Err(Problem::bad_request(format!("version: 1 to {}", form::MAX_ID)));
    }
    // A phone is counted once however many tokens it used (a senior at two events); a client
    // without the phone's id is counted by its token.
    let fetcher = match headers.get(PHONE_HEADER).map(|v| v.to_str().unwrap_or_default()) {
        Some(phone) if is_phone_id(phone) => auth::token_hash(&format!("phone:{phone}")),
        Some(_) => return Err(Problem::bad_request(format!("{PHONE_HEADER}: 32 lowercase hex digits"))),
        None => caller.token_hash.clone(),
    };
    let (v, bytes) = state.storage.pack_archive(&pack_id(id)?, version).await?.ok_or_else(Problem::not_found)?;
    if v.withdrawn_at.is_some() {
        return Err(Problem::new(StatusCode::GONE, "pack_withdrawn", "the organisers withdrew this pack"));
    }
    let (event_code, city) = match &caller.grant {
        Grant::Senior { event_code, .. } => (Some(event_code.as_str().to_owned()), String::new()),
        Grant::Volunteer { org, .. } => (None, state.storage.org(*org).await?.map(|o| o.city).unwrap_or_default()),
    };
    state.storage.record_pack_fetch(v.id, &fetcher, event_code.as_deref(), &city, state.now()).await?;
    let disposition = format!("attachment; filename=\"{}-{}.zip\"", v.pack_id, v.version);
    Ok(([(header::CONTENT_TYPE, "application/zip".to_owned()), (header::CONTENT_DISPOSITION, disposition)], bytes)
        .into_response())
}
