//! The volunteer's events: those made offline are uploaded (their client id makes a retry
//! harmless; a code taken meanwhile is swapped and waiting check-ins follow), then the
//! organisation's events are refreshed.

use blue_vest_protocol::{EventInfo, NewEventRequest};
use rand::Rng;

use super::{Run, StepError};
use crate::attendance::transport::TransportError;
use crate::store::{LocalEvent, StoreError, VolunteerSession};

impl<R: Rng> Run<'_, R> {
    /// Uploads events made offline, then refreshes the organisation's events.
    pub(super) fn volunteer_events(&mut self, session: &VolunteerSession) -> Result<(), StepError> {
        let local = self.store.volunteer_events()?;
        for event in local.iter().filter(|e| !e.uploaded) {
            let mut request = NewEventRequest {
                client_id: Some(event.client_id),
                city: Some(event.city.clone()).filter(|c| !c.is_empty()),
                venue: event.venue.clone(),
                starts_at: event.starts_at,
                topics: event.topics.clone(),
                code: Some(event.code.clone()),
            };
            let created = match self.transport.create_event(&self.server, &session.token, &request) {
                Err(TransportError::Refused { code, .. }) if code == "code_taken" => {
                    // Another open event has this code: take the server's, and move waiting check-ins to it.
                    request.code = None;
                    self.transport.create_event(&self.server, &session.token, &request)?
                }
                other => other?,
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
        Ok(())
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
        })
    }
}
