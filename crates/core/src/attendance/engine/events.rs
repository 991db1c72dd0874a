//! The volunteer's events: those made offline are uploaded (their client id makes a retry
//! harmless; a code taken meanwhile is swapped and waiting check-ins follow), then the
//! organisation's events are refreshed.

use blue_vest_protocol::{EventInfo, NewEventRequest};
use rand::Rng;

use super::{Run, StepError};
use crate::attendance::transport::TransportError;
use crate::store::{LocalEvent, StoreError, VolunteerSession};

/// Codes the phone keeps for events made offline.
pub const RESERVED_CODES: u32 = 3;

impl<R: Rng> Run<'_, R> {
    /// Uploads events made offline, then refreshes the organisation's events and the codes kept
    /// for events made offline. An event the server refuses as it is (4xx) is marked with the
    /// reason, shown to the volunteer, and not sent again; the others go on.
    pub(super) fn volunteer_events(&mut self, session: &VolunteerSession) -> Result<(), StepError> {
        let local = self.store.volunteer_events()?;
        for event in local.iter().filter(|e| !e.uploaded && e.problem.is_none()) {
            let mut request = NewEventRequest {
                client_id: Some(event.client_id),
                city: Some(event.city.clone()).filter(|c| !c.is_empty()),
                venue: event.venue.clone(),
                starts_at: event.starts_at,
                topics: event.topics.clone(),
                code: Some(event.code.clone()),
            };
            let mut answer = self.transport.create_event(&self.server, &session.token, &request);
            if matches!(&answer, Err(TransportError::Refused { code, .. }) if code == "code_taken") {
                // Another open event has this code: take the server's, and move waiting check-ins to it.
                request.code = None;
                answer = self.transport.create_event(&self.server, &session.token, &request);
            }
            let created = match answer {
                Ok(created) => created,
                Err(TransportError::Refused { status, code, message }) if (400..500).contains(&status) => {
                    log::warn!("sync: the server refused event {} ({status} {code}: {message})", event.client_id);
                    self.store.set_event_problem(event.client_id, &format!("{code}: {message}"))?;
                    self.report.events_refused += 1;
                    continue;
                }
                Err(e) => return Err(e.into()),
            };
            if created.code != event.code {
                self.store.recode_waiting(&event.code, &created.code)?;
            }
            self.save_remote(&created)?;
            self.report.events_uploaded += 1;
        }
        for remote in self.transport.events(&self.server, &session.token)? {
            self.save_remote(&remote)?;
        }
        self.keep_reserved_codes(session)?;
        Ok(())
    }

    /// Tops up the codes the server keeps for this volunteer's events made offline. A server
    /// without reservations (older: a 4xx) leaves the phone with random codes: no harm. A server
    /// out of reach ends this sync like any other request.
    fn keep_reserved_codes(&mut self, session: &VolunteerSession) -> Result<(), StepError> {
        if self.store.reserved_codes(self.now)?.len() >= RESERVED_CODES as usize {
            return Ok(());
        }
        match self.transport.reserve_codes(&self.server, &session.token, RESERVED_CODES) {
            Ok(kept) => {
                // A code an event of this phone already took stays used.
                let used: Vec<_> =
                    self.store.volunteer_events()?.into_iter().filter(|e| !e.closed).map(|e| e.code).collect();
                let codes: Vec<_> = kept
                    .codes
                    .into_iter()
                    .filter(|c| !used.contains(&c.code))
                    .map(|c| (c.code, c.expires_at))
                    .collect();
                Ok(self.store.save_reserved_codes(&codes)?)
            }
            Err(e) if e.is_unreachable() => Err(e.into()),
            Err(e) => {
                log::info!("sync: no codes kept for events made offline ({e})");
                Ok(())
            }
        }
    }

    fn save_remote(&mut self, e: &EventInfo) -> Result<(), StoreError> {
        self.store.save_volunteer_event(&LocalEvent {
            client_id: e.client_id,
            server_id: Some(e.id),
            code: e.code.clone(),
            venue: e.venue.clone(),
            city: e.city.clone(),
            starts_at: e.starts_at,
            topics: e.topics.clone(),
            closed: e.closed_at.is_some(),
            attendance: e.attendance,
            uploaded: true,
            problem: None,
        })
    }
}
