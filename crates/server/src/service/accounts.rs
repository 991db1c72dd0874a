//! Signing a volunteer in (password check, rate limit, a new token) and out.

use std::net::SocketAddr;

use axum::http::StatusCode;
use chrono::{DateTime, Duration, Utc};

use crate::auth;
use crate::problem::Problem;
use crate::state::AppState;
use crate::storage::{Grant, Org, TokenHash, Volunteer};

/// A successful sign-in: a new token for the volunteer.
pub struct SignedIn {
    pub token: String,
    pub expires_at: DateTime<Utc>,
    pub volunteer: Volunteer,
    pub org: Org,
}

/// Checks a volunteer's email and password (rate-limited per address) and issues a token.
pub async fn sign_in(state: &AppState, client: SocketAddr, email: &str, password: &str) -> Result<SignedIn, Problem> {
    state.login_limiter.check(client.ip()).map_err(Problem::rate_limited)?;
    let email = email.trim().to_lowercase();
    let volunteer = state.storage.volunteer_by_email(&email).await?;
    let hash = volunteer.as_ref().map(|v| v.password_hash.clone()).unwrap_or_else(|| auth::decoy_hash().to_owned());
    let password = password.to_owned();
    // argon2 takes tens of milliseconds of CPU: keep it off the async workers.
    let ok = tokio::task::spawn_blocking(move || auth::verify_password(&password, &hash))
        .await
        .map_err(|_| Problem::internal())?;
    let (Some(volunteer), true) = (volunteer, ok) else {
        tracing::info!("sign-in refused");
        return Err(Problem::new(StatusCode::UNAUTHORIZED, "bad_credentials", "the email or the password is wrong"));
    };
    let org = state.storage.org(volunteer.org).await?.ok_or_else(Problem::internal)?;
    let token = auth::new_token();
    let now = state.now();
    let expires_at = now + Duration::days(auth::VOLUNTEER_TOKEN_DAYS);
    let grant = Grant::Volunteer { volunteer: volunteer.id, org: volunteer.org, expires_at };
    state.storage.insert_token(&auth::token_hash(&token), &grant, now).await?;
    tracing::info!(volunteer = volunteer.id.0, "signed in");
    Ok(SignedIn { token, expires_at, volunteer, org })
}

/// Ends the sign-in a token (by its hash) belongs to.
pub async fn sign_out(state: &AppState, token_hash: &TokenHash) -> Result<(), Problem> {
    Ok(state.storage.revoke_token(token_hash, state.now()).await?)
}
