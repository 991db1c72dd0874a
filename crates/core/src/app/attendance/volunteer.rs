//! Volunteer mode: sign-in (off the UI thread) and sign-out, the organisation's events, a new
//! event made on the phone, and checking seniors in by learner code at an event.

use std::sync::Arc;

use blue_vest_protocol::{CodeError, LoginResponse, RecordedBy};
use uuid::Uuid;

use super::checkin::{record_view, spaced_event_code};
use super::sync_status::SyncStatusView;
use super::{RecordView, Status, local_time};
use crate::app::AppController;
use crate::app::background::Background;
use crate::attendance::engine::SignInError;
use crate::attendance::{self, CheckInError, NewEventError, TransportError};
use crate::navigation::ScreenId;
use crate::store::{LocalEvent, VolunteerSession};
use crate::texts::Text;

/// An event of the volunteer's organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventView {
    pub id: String,
    pub venue: String,
    pub city: String,
    pub when: String,
    /// `"482 913"`.
    pub code: String,
    /// Made on this phone and not yet on the server.
    pub uploaded: bool,
    pub closed: bool,
    /// The server refused it (made offline): why, in words. It needs the volunteer's attention.
    pub problem: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VolunteerView {
    pub name: String,
    pub org_name: String,
    pub events: Vec<EventView>,
    pub sync: SyncStatusView,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VolunteerEventView {
    pub event: EventView,
    /// Seniors checked in here by this phone.
    pub count: usize,
    pub records: Vec<RecordView>,
}

fn sign_in_error(e: &TransportError) -> Text {
    match e {
        TransportError::Unauthorized => Text::SignInErrorPassword,
        TransportError::Offline(_) => Text::SignInErrorOffline,
        TransportError::RateLimited(_) => Text::SignInErrorTooMany,
        TransportError::Server(_) => Text::SignInErrorServer,
        TransportError::Refused { .. } => Text::SignInErrorRefused,
    }
}

fn event_view(e: &LocalEvent) -> EventView {
    EventView {
        id: e.client_id.to_string(),
        venue: e.venue.clone(),
        city: e.city.clone(),
        when: local_time(e.starts_at),
        code: spaced_event_code(e.code.as_str()),
        uploaded: e.uploaded,
        closed: e.closed,
        problem: e.problem.as_deref().map(event_problem_text),
    }
}

/// Why the server refused an event made offline (`<code>: <message>`, the message naming the
/// field), in words.
pub fn event_problem_text(problem: &str) -> Text {
    let message = problem.split_once(": ").map_or("", |(_, m)| m);
    if message.starts_with("venue") {
        Text::EventRefusedVenue
    } else if message.starts_with("city") {
        Text::EventRefusedCity
    } else {
        Text::EventRefusedOther
    }
}

impl AppController {
    /// The signed-in volunteer, if the session has not expired.
    pub fn volunteer_session(&self) -> Option<VolunteerSession> {
        let now = self.now();
        self.store.volunteer_session().ok().flatten().filter(|s| s.expires_at > now)
    }

    pub fn volunteer_signed_in(&self) -> bool {
        self.volunteer_session().is_some()
    }

    /// The sign-in form's server address: the one saved on this phone, if any.
    pub fn sign_in_server_default(&self) -> String {
        let session_server = || self.store.volunteer_session().ok().flatten().map(|s| s.server);
        self.store.server_url().ok().flatten().or_else(session_server).unwrap_or_default()
    }

    pub fn sign_in_busy(&self) -> bool {
        self.attendance.sign_in_busy
    }

    pub fn sign_in_status(&self) -> Option<&Status> {
        self.attendance.sign_in_status.as_ref()
    }

    /// "Sign in": checks the form, then asks the server on another thread; the answer comes
    /// back through `poll_background`. Returns whether a request went out.
    pub fn volunteer_sign_in(&mut self, server: &str, email: &str, password: &str) -> bool {
        if self.attendance.sign_in_busy {
            return false;
        }
        let (server, email) = (server.trim().to_owned(), email.trim().to_owned());
        if server.is_empty() || email.is_empty() || password.is_empty() {
            self.attendance.sign_in_status = Some(Status::error(Text::SignInErrorMissing));
            return false;
        }
        if !(server.starts_with("http://") || server.starts_with("https://")) {
            self.attendance.sign_in_status = Some(Status::error(Text::SignInErrorAddress));
            return false;
        }
        self.attendance.sign_in_busy = true;
        self.attendance.sign_in_status = None;
        let sender = self.background_sender();
        let transport = Arc::clone(&self.attendance.transport);
        let password = password.to_owned();
        let spawned = std::thread::Builder::new().name("sign-in".into()).spawn(move || {
            let answer = transport().and_then(|t| t.login(&server, &email, &password));
            sender.send(Background::SignedIn { server, answer });
        });
        if let Err(e) = spawned {
            log::error!("cannot start the sign-in: {e}");
            self.attendance.sign_in_busy = false;
            self.attendance.sign_in_status = Some(Status::error(Text::SignInErrorOffline));
            return false;
        }
        true
    }

    pub(super) fn finish_sign_in(&mut self, server: &str, answer: Result<LoginResponse, TransportError>) {
        self.attendance.sign_in_busy = false;
        let stored = answer
            .map_err(SignInError::from)
            .and_then(|a| Ok(attendance::engine::keep_session(&mut self.store, server, a)?));
        match stored {
            Ok(_) => {
                self.attendance.sign_in_status = None;
                if self.nav.current() == ScreenId::VolunteerSignIn {
                    self.navigate(|nav| nav.replace(ScreenId::VolunteerHome));
                }
                // Download the organisation's events and send what waits.
                self.request_sync(true);
            }
            Err(SignInError::Transport(e)) => {
                log::info!("sign-in refused: {e}");
                let text = sign_in_error(&e);
                self.attendance.sign_in_status = Some(Status::error(text));
                self.say(text.id());
            }
            Err(SignInError::Store(e)) => {
                log::error!("cannot keep the volunteer session: {e}");
                self.attendance.sign_in_status = Some(Status::error(Text::SignInErrorStorage));
            }
        }
    }

    /// "Sign out": the token leaves the phone; back out of volunteer mode.
    pub fn volunteer_sign_out(&mut self) {
        // The server forgets the token too (best effort, off the UI thread); the phone forgets it now.
        if let Ok(Some(session)) = self.store.volunteer_session() {
            let transport = Arc::clone(&self.attendance.transport);
            let _ = std::thread::Builder::new().name("sign-out".into()).spawn(move || {
                if let Err(e) = transport().and_then(|t| t.logout(&session.server, &session.token)) {
                    log::info!("sign-out: the server was not told ({e}); the token expires on its own");
                }
            });
        }
        if let Err(e) = self.store.clear_volunteer_session() {
            log::error!("cannot sign out: {e}");
        }
        self.attendance.event = None;
        self.attendance.last_report = None;
        self.attendance.sending = false;
        self.navigate(|nav| {
            while nav.current().is_volunteer() {
                nav.back();
            }
        });
    }

    /// Volunteer home: who is signed in, the events, the sync.
    pub fn volunteer_view(&self) -> Option<VolunteerView> {
        let session = self.volunteer_session()?;
        let events = self.store.volunteer_events().unwrap_or_else(|e| {
            log::error!("cannot read the events: {e}");
            Vec::new()
        });
        Some(VolunteerView {
            name: session.name,
            org_name: session.org_name,
            events: events.iter().map(event_view).collect(),
            sync: self.sync_status(),
        })
    }

    /// The new-event form's city: the organisation's.
    pub fn new_event_city_default(&self) -> String {
        self.volunteer_session().map(|s| s.city).unwrap_or_default()
    }

    pub fn new_event_status(&self) -> Option<&Status> {
        self.attendance.new_event_status.as_ref()
    }

    /// "Create event": made on the phone with a code at once (start: now), uploaded at the next
    /// sync; its screen opens.
    pub fn create_event(&mut self, venue: &str, city: &str) -> bool {
        let now = self.now();
        match attendance::create_event_offline(&mut self.store, venue, city, now, Vec::new()) {
            Ok(event) => {
                self.attendance.event = Some(event.client_id);
                self.attendance.event_status = None;
                self.navigate(|nav| nav.replace(ScreenId::VolunteerEvent));
                self.request_sync(false);
                true
            }
            Err(e) => {
                let text = match e {
                    NewEventError::VenueMissing => Text::NewEventVenueMissing,
                    NewEventError::VenueInvalid => Text::NewEventVenueTooLong,
                    NewEventError::CityInvalid => Text::NewEventCityTooLong,
                    NewEventError::Store(e) => {
                        log::error!("cannot create the event: {e}");
                        Text::NewEventErrorStorage
                    }
                };
                self.attendance.new_event_status = Some(Status::error(text));
                false
            }
        }
    }

    /// Opens one of the organisation's events (by client id).
    pub fn open_volunteer_event(&mut self, id: &str) -> bool {
        let Ok(id) = id.parse::<Uuid>() else { return false };
        if self.store.volunteer_event(id).ok().flatten().is_none() {
            return false;
        }
        self.attendance.event = Some(id);
        self.open(ScreenId::VolunteerEvent);
        true
    }

    pub(super) fn current_volunteer_event(&self) -> Option<LocalEvent> {
        self.store.volunteer_event(self.attendance.event?).ok().flatten()
    }

    pub fn volunteer_event_status(&self) -> Option<&Status> {
        self.attendance.event_status.as_ref()
    }

    /// The open event: its code, the count and the learners checked in here.
    pub fn volunteer_event_view(&self) -> Option<VolunteerEventView> {
        let event = self.current_volunteer_event()?;
        let count = self.store.checked_in_count(&event.code).unwrap_or(0);
        let records = self.store.attendance_records(Some(&event.code)).unwrap_or_default();
        Some(VolunteerEventView {
            event: event_view(&event),
            count,
            records: records
                .iter()
                .filter(|r| r.record.recorded_by == RecordedBy::Volunteer)
                .map(record_view)
                .collect(),
        })
    }

    /// A learner code typed at the open event. Returns whether the field can be cleared for the
    /// next senior (checked in now, or already).
    pub fn volunteer_check_in(&mut self, learner_text: &str) -> bool {
        let Some(event) = self.current_volunteer_event() else { return false };
        let now = self.now();
        let (status, clear) = match attendance::volunteer_check_in(&mut self.store, &event.code, learner_text, now) {
            Ok(r) => {
                self.request_sync(false);
                (Status::done(Text::VolunteerCheckInDone, r.record.learner.display_grouped()), true)
            }
            Err(CheckInError::Already(r)) => {
                (Status::done(Text::VolunteerCheckInAlready, r.record.learner.display_grouped()), true)
            }
            Err(CheckInError::Code(CodeError::LearnerCodeCheck)) => {
                (Status::error(Text::VolunteerCheckInMistyped), false)
            }
            Err(CheckInError::Code(_)) => (Status::error(Text::VolunteerCheckInFormat), false),
            Err(e) => {
                log::error!("cannot record the check-in: {e}");
                (Status::error(Text::VolunteerCheckInStorage), false)
            }
        };
        self.attendance.event_status = Some(status);
        clear
    }
}
