//! API v1: volunteer sign-in, events of one's own organisation, senior tokens, and the
//! attendance upload. Handlers check who may do what and translate to and from the wire.
//! `openapi.rs` is the OpenAPI document, generated from the protocol's types.

pub mod openapi;
mod packs;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use blue_vest_protocol::form;
use blue_vest_protocol::{
    AttendanceBatch, BatchResult, CodeReservationRequest, EventInfo, EventList, EventPatchRequest, ItemResult,
    ItemStatus, LoginRequest, LoginResponse, MAX_RESERVED_CODES, NewEventRequest, OrganisationInfo, RejectReason,
    ReservedCode, ReservedCodes, SeniorTokenRequest, SeniorTokenResponse, VolunteerInfo,
};
use chrono::Duration;
use serde::Deserialize;

use crate::auth;
use crate::client::ClientKey;
use crate::problem::{ApiJson, ApiPath, ApiQuery, Problem};
use crate::service::{accounts, events};
use crate::session::{Caller, VolunteerCaller};
use crate::state::AppState;
use crate::storage::{Event, EventId, EventPatch, Grant, NewEvent, Submitter, normalize_record};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/login", post(login))
        .route("/api/v1/logout", post(logout))
        .route("/api/v1/events", get(list_events).post(create_event))
        .route("/api/v1/events/{id}", get(get_event).patch(update_event))
        .route("/api/v1/events/{id}/close", post(close_event))
        .route("/api/v1/senior-token", post(senior_token))
        .route("/api/v1/code-reservations", post(reserve_codes))
        .route("/api/v1/attendance", post(upload_attendance))
        .route("/api/v1/openapi.json", get(openapi))
        .merge(packs::routes())
}

/// The wire form of an event: the same fields, with plain ids.
impl From<Event> for EventInfo {
    fn from(e: Event) -> EventInfo {
        EventInfo {
            id: e.id.0,
            client_id: e.client_id,
            organisation: e.organisation.0,
            city: e.city,
            venue: e.venue,
            starts_at: e.starts_at,
            topics: e.topics,
            code: e.code,
            closed_at: e.closed_at,
            created_at: e.created_at,
            attendance: e.attendance,
        }
    }
}

async fn openapi() -> Response {
    Json(openapi::document()).into_response()
}

async fn login(
    State(state): State<AppState>,
    ClientKey(client): ClientKey,
    ApiJson(req): ApiJson<LoginRequest>,
) -> Result<Json<LoginResponse>, Problem> {
    let s = accounts::sign_in(&state, client, &req.email, &req.password).await?;
    Ok(Json(LoginResponse {
        token: s.token,
        expires_at: s.expires_at,
        volunteer: VolunteerInfo { id: s.volunteer.id.0, name: s.volunteer.name, email: s.volunteer.email },
        organisation: OrganisationInfo { id: s.org.id.0, name: s.org.name, city: s.org.city },
    }))
}

async fn logout(State(state): State<AppState>, caller: VolunteerCaller) -> Result<StatusCode, Problem> {
    accounts::sign_out(&state, &caller.token_hash).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct ListQuery {
    pub state: Option<String>,
    pub limit: Option<i64>,
    pub before: Option<String>,
}

async fn list_events(
    State(state): State<AppState>,
    caller: VolunteerCaller,
    ApiQuery(q): ApiQuery<ListQuery>,
) -> Result<Json<EventList>, Problem> {
    let limit = q.limit.unwrap_or(100);
    if !(1..=500).contains(&limit) {
        return Err(Problem::bad_request("limit: 1 to 500"));
    }
    let page = events::page(&state, caller.org, q.state.as_deref(), q.before.as_deref(), limit).await?;
    Ok(Json(EventList { events: page.events.into_iter().map(EventInfo::from).collect(), next: page.next }))
}

/// Free text as the schema states it (`form::TEXT_PATTERN`): 1 to `max` characters as sent, no
/// control characters, not only spaces; kept without the spaces around it.
fn check_text(field: &str, value: &str, max: usize) -> Result<String, Problem> {
    if !form::is_text(value, max) {
        return Err(Problem::bad_request(format!("{field}: 1 to {max} characters, no control characters")));
    }
    Ok(value.trim().to_owned())
}

fn check_topics(topics: &[String]) -> Result<Vec<String>, Problem> {
    if topics.len() > 20 {
        return Err(Problem::bad_request("topics: at most 20"));
    }
    topics.iter().map(|t| check_text("topics", t, 100)).collect()
}

async fn create_event(
    State(state): State<AppState>,
    caller: VolunteerCaller,
    ApiJson(req): ApiJson<NewEventRequest>,
) -> Result<Response, Problem> {
    let org = state.storage.org(caller.org).await?.ok_or_else(Problem::internal)?;
    let new = NewEvent {
        client_id: req.client_id,
        city: match &req.city {
            Some(c) => check_text("city", c, 100)?,
            None => org.city,
        },
        venue: check_text("venue", &req.venue, 200)?,
        starts_at: req.starts_at,
        topics: check_topics(&req.topics)?,
        code: req.code,
    };
    let (event, created) = state.storage.create_event(caller.org, caller.volunteer, &new, state.now()).await?;
    let status = if created { StatusCode::CREATED } else { StatusCode::OK };
    Ok((status, Json(EventInfo::from(event))).into_response())
}

async fn get_event(
    State(state): State<AppState>,
    caller: VolunteerCaller,
    ApiPath(id): ApiPath<EventId>,
) -> Result<Json<EventInfo>, Problem> {
    Ok(Json(events::own_event(&state, caller.org, id).await?.into()))
}

async fn update_event(
    State(state): State<AppState>,
    caller: VolunteerCaller,
    ApiPath(id): ApiPath<EventId>,
    ApiJson(req): ApiJson<EventPatchRequest>,
) -> Result<Json<EventInfo>, Problem> {
    events::own_event(&state, caller.org, id).await?;
    let patch = EventPatch {
        city: req.city.as_deref().map(|c| check_text("city", c, 100)).transpose()?,
        venue: req.venue.as_deref().map(|v| check_text("venue", v, 200)).transpose()?,
        starts_at: req.starts_at,
        topics: req.topics.as_deref().map(check_topics).transpose()?,
    };
    Ok(Json(state.storage.update_event(id, &patch, state.now()).await?.into()))
}

async fn close_event(
    State(state): State<AppState>,
    caller: VolunteerCaller,
    ApiPath(id): ApiPath<EventId>,
) -> Result<Json<EventInfo>, Problem> {
    events::own_event(&state, caller.org, id).await?;
    Ok(Json(state.storage.close_event(id, state.now()).await?.into()))
}

/// A senior's phone asks for a token for the code it was given. Any well-formed code gets one:
/// whether the code is known is answered per record on upload, where the app shows it. Asking
/// for codes no open event carries is a guess: each address, and the whole server, gets few of
/// those, and once they are spent it gets no token at all (so a refusal tells nothing).
async fn senior_token(
    State(state): State<AppState>,
    ClientKey(client): ClientKey,
    ApiJson(req): ApiJson<SeniorTokenRequest>,
) -> Result<Response, Problem> {
    let limits = &state.limits;
    limits.senior.check(&client).map_err(Problem::rate_limited)?;
    limits.senior_misses.peek(&client).map_err(Problem::rate_limited)?;
    limits.senior_misses_global.peek(&()).map_err(Problem::rate_limited)?;
    limits.senior_per_code.check(&req.event_code).map_err(Problem::rate_limited)?;
    let now = state.now();
    if !state.storage.code_in_use(&req.event_code, now).await? {
        limits.senior_misses.take(&client);
        limits.senior_misses_global.take(&());
    }
    let token = auth::new_token();
    let expires_at = now + Duration::days(auth::SENIOR_TOKEN_DAYS);
    let grant = Grant::Senior { event_code: req.event_code.clone(), learner: None, expires_at };
    state.storage.insert_token(&auth::token_hash(&token), &grant, now).await?;
    let body = SeniorTokenResponse { token, event_code: req.event_code, expires_at };
    Ok((StatusCode::CREATED, Json(body)).into_response())
}

/// A volunteer's phone keeps a few codes for events it may make offline.
async fn reserve_codes(
    State(state): State<AppState>,
    caller: VolunteerCaller,
    ApiJson(req): ApiJson<CodeReservationRequest>,
) -> Result<Json<ReservedCodes>, Problem> {
    if !(1..=MAX_RESERVED_CODES).contains(&req.count) {
        return Err(Problem::bad_request(format!("count: 1 to {MAX_RESERVED_CODES}")));
    }
    let kept = state.storage.reserve_codes(caller.org, caller.volunteer, req.count, state.now()).await?;
    Ok(Json(ReservedCodes {
        codes: kept.into_iter().map(|(code, expires_at)| ReservedCode { code, expires_at }).collect(),
    }))
}

async fn upload_attendance(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(batch): ApiJson<AttendanceBatch>,
) -> Result<Json<BatchResult>, Problem> {
    batch.validate().map_err(|e| Problem::bad_request(e.to_string()))?;
    let by = match caller.grant {
        Grant::Volunteer { org, .. } => Submitter::Volunteer { org },
        Grant::Senior { event_code, learner, .. } => {
            state.limits.senior_uploads.check(&caller.token_hash).map_err(Problem::rate_limited)?;
            // A senior token checks in one learner: the first it uploads for.
            let learner = match learner {
                Some(l) => Some(l),
                None => match batch.records.iter().find(|r| r.event_code == event_code) {
                    Some(first) => state.storage.bind_senior_token(&caller.token_hash, &first.learner).await?,
                    None => None,
                },
            };
            Submitter::Senior { event_code, learner }
        }
    };
    // Only lessons of the shipped content count, each once. An id repeated in the upload is
    // answered on its own, after the first.
    let repeats = batch.repeats();
    let records: Vec<_> = batch
        .records
        .iter()
        .zip(&repeats)
        .filter(|(_, repeat)| !**repeat)
        .map(|(r, _)| normalize_record(r, |id| state.lessons.contains(id)))
        .collect();
    let mut statuses = state.storage.ingest(&by, &records, state.now()).await?.into_iter();
    let repeated =
        || ItemStatus::Rejected(RejectReason::Invalid { detail: "id: the same id twice in one upload".into() });
    let results = batch
        .records
        .iter()
        .zip(repeats)
        .map(|(r, repeat)| ItemResult {
            id: r.id,
            status: if repeat { repeated() } else { statuses.next().unwrap_or_else(repeated) },
        })
        .collect();
    Ok(Json(BatchResult { results }))
}
