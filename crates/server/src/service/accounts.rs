//! Signing a volunteer in (password check, rate limit, a new token) and out.

use std::net::IpAddr;

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

/// The longest email address (RFC 5321's path limit).
pub const MAX_EMAIL: usize = 254;
/// The longest password checked (argon2 would hash any length).
pub const MAX_PASSWORD: usize = 1024;

/// Refuses what no database should see: control characters (a NUL makes PostgreSQL fail) and
/// lengths past any real address or password.
pub fn check_credentials(email: &str, password: &str) -> Result<(), Problem> {
    if !blue_vest_protocol::form::is_text(email, MAX_EMAIL) {
        return Err(Problem::bad_request(format!("email: 1 to {MAX_EMAIL} characters, no control characters")));
    }
    if password.is_empty() || password.chars().count() > MAX_PASSWORD {
        return Err(Problem::bad_request(format!("password: 1 to {MAX_PASSWORD} characters")));
    }
    Ok(())
}

/// Checks a volunteer's email and password and issues a token. Rate-limited per client address
/// (`client`, see `client.rs`), wrong passwords limited per account from any address, and at
/// most `password_checks` argon2 checks at once (beyond: a short wait, then 503 `busy`).
pub async fn sign_in(state: &AppState, client: IpAddr, email: &str, password: &str) -> Result<SignedIn, Problem> {
    check_credentials(email, password)?;
    state.limits.login.check(&client).map_err(Problem::rate_limited)?;
    let email = email.trim().to_lowercase();
    state.limits.account_failures.peek(&email).map_err(Problem::rate_limited)?;
    let permit = tokio::time::timeout(state.password_wait, state.password_checks.clone().acquire_owned())
        .await
        .map_err(|_| Problem::busy(1))?
        .map_err(|_| Problem::internal())?;
    let volunteer = state.storage.volunteer_by_email(&email).await?;
    let hash = volunteer.as_ref().map(|v| v.password_hash.clone()).unwrap_or_else(|| auth::decoy_hash().to_owned());
    let password = password.to_owned();
    // argon2 takes tens of milliseconds of CPU: keep it off the async workers.
    let ok = tokio::task::spawn_blocking(move || {
        let _permit = permit;
        auth::verify_password(&password, &hash)
    })
    .await
    .map_err(|_| Problem::internal())?;
    let (Some(volunteer), true) = (volunteer, ok) else {
        tracing::info!("sign-in refused");
        state.limits.account_failures.take(&email);
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
