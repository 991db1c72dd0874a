//! Who is calling: the bearer token (or the dashboard's session cookie) looked up by its hash.

use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;

use crate::auth;
use crate::problem::Problem;
use crate::state::AppState;
use crate::storage::{Grant, OrgId, TokenHash, VolunteerId};

/// The dashboard's cookie; it carries a volunteer token.
pub const SESSION_COOKIE: &str = "bv_session";

/// Any valid token: a volunteer's or a senior's.
pub struct Caller {
    pub grant: Grant,
    pub token_hash: TokenHash,
}

/// A signed-in volunteer.
pub struct VolunteerCaller {
    pub volunteer: VolunteerId,
    pub org: OrgId,
    pub token_hash: TokenHash,
}

fn bearer(parts: &Parts) -> Option<&str> {
    let value = parts.headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim()).filter(|t| !t.is_empty())
}

/// The session token from the `Cookie` header.
pub fn session_token(parts: &Parts) -> Option<&str> {
    parts.headers.get_all(header::COOKIE).iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(';')).find_map(
        |pair| {
            let (name, value) = pair.trim().split_once('=')?;
            (name == SESSION_COOKIE && !value.is_empty()).then_some(value)
        },
    )
}

/// The grant of a token, if it is live.
pub async fn lookup(state: &AppState, token: &str) -> Result<Option<(Grant, TokenHash)>, Problem> {
    if token.len() > 200 {
        return Ok(None);
    }
    let hash = auth::token_hash(token);
    Ok(state.storage.grant(&hash, state.now()).await?.map(|g| (g, hash)))
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Problem> {
        let token = bearer(parts).ok_or_else(Problem::unauthorized)?;
        let (grant, token_hash) = lookup(state, token).await?.ok_or_else(Problem::unauthorized)?;
        Ok(Caller { grant, token_hash })
    }
}

impl FromRequestParts<AppState> for VolunteerCaller {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Problem> {
        let caller = Caller::from_request_parts(parts, state).await?;
        match caller.grant {
            Grant::Volunteer { volunteer, org, .. } => {
                Ok(VolunteerCaller { volunteer, org, token_hash: caller.token_hash })
            }
            Grant::Senior { .. } => Err(Problem::forbidden_for_senior()),
        }
    }
}
