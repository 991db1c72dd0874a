//! Tokens: a volunteer's sign-in (kept in the store) and the senior tokens a phone asks for, one
//! per event code, to upload its senior's own check-ins.

use blue_vest_protocol::{EventCode, LoginResponse};
use rand::Rng;

use super::{Run, StepError};
use crate::attendance::transport::{Transport, TransportError};
use crate::store::{Store, StoreError, VolunteerSession};

#[derive(Debug, thiserror::Error)]
pub enum SignInError {
    #[error("{0}")]
    Transport(#[from] TransportError),
    #[error("{0}")]
    Store(#[from] StoreError),
}

/// Signs a volunteer in and keeps the session (token) in the store.
pub fn sign_in(
    store: &mut Store,
    transport: &dyn Transport,
    server: &str,
    email: &str,
    password: &str,
) -> Result<VolunteerSession, SignInError> {
    let answer = transport.login(server, email.trim(), password)?;
    Ok(keep_session(store, server, answer)?)
}

/// Keeps a volunteer's sign-in answer (fetched by `sign_in`, or off the UI thread by the app).
pub fn keep_session(store: &mut Store, server: &str, answer: LoginResponse) -> Result<VolunteerSession, StoreError> {
    let session = VolunteerSession {
        server: server.trim_end_matches('/').to_owned(),
        token: answer.token,
        name: answer.volunteer.name,
        org_name: answer.organisation.name,
        city: answer.organisation.city,
        expires_at: answer.expires_at,
    };
    store.save_volunteer_session(&session)?;
    // The phone syncs (seniors' check-ins too) with the server its volunteer signed in to.
    store.set_server_url(Some(&session.server))?;
    Ok(session)
}

impl<R: Rng> Run<'_, R> {
    /// The senior token for `code`: the kept one while it is valid, else a new one from the server.
    pub(super) fn senior_token(&mut self, code: &EventCode) -> Result<String, StepError> {
        if let Some(token) = self.store.senior_token(code, self.now)? {
            return Ok(token);
        }
        let answer = self.transport.senior_token(&self.server, code)?;
        self.store.save_senior_token(code, &answer.token, answer.expires_at)?;
        Ok(answer.token)
    }
}
