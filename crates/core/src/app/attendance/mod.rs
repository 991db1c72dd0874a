//! The attendance screens' part of the controller: the senior's check-in by event code (consent
//! asked once), "My events" and the learner card (`checkin.rs`); volunteer mode: sign-in, the
//! organisation's events, a new event, check-in by learner code (`volunteer.rs`); the sync
//! worker and its status in words (`sync_status.rs`). The decisions are the core's
//! (`crate::attendance`); this turns them into screens and kind sentences. Network work never
//! runs here: the sign-in and the sync run on their own threads and come back through
//! `Background`.

mod checkin;
mod sync_status;
#[cfg(test)]
mod tests;
mod volunteer;

use std::sync::Arc;

use chrono::{DateTime, Utc};
use uuid::Uuid;

pub use checkin::{CheckInView, EVENT_CODE_DIGITS, RecordView, record_state_text, spaced_event_code};
pub use sync_status::{SyncStatusView, TransportFactory, sync_problem_text};
pub use volunteer::{EventView, VolunteerEventView, VolunteerView, event_problem_text};

use super::AppController;
use super::background::Inbox;
use crate::attendance::SyncReport;
use crate::attendance::worker::SyncWorker;
use crate::navigation::ScreenId;
use crate::texts::Text;

/// A one-line outcome under a form: a message, its `$value`, and whether it is a problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: Text,
    pub value: String,
    pub is_error: bool,
}

impl Status {
    fn error(text: Text) -> Status {
        Status { text, value: String::new(), is_error: true }
    }

    fn done(text: Text, value: String) -> Status {
        Status { text, value, is_error: false }
    }
}

/// The attendance part of the controller's state.
pub(super) struct AttendanceState {
    /// Digits typed on the keypad.
    typed: String,
    /// The code that waits for the consent screen's answer.
    pending_code: Option<String>,
    /// The last check-in (event, learner) and whether it was there already.
    last_check_in: Option<(blue_vest_protocol::EventCode, blue_vest_protocol::LearnerCode, bool)>,
    check_in_status: Option<Status>,
    sign_in_busy: bool,
    sign_in_status: Option<Status>,
    /// The volunteer's open event (client id).
    event: Option<Uuid>,
    event_status: Option<Status>,
    new_event_status: Option<Status>,
    last_report: Option<SyncReport>,
    sending: bool,
    inbox: Inbox,
    worker: Option<SyncWorker>,
    transport: TransportFactory,
}

impl AttendanceState {
    pub(super) fn new() -> AttendanceState {
        AttendanceState {
            typed: String::new(),
            pending_code: None,
            last_check_in: None,
            check_in_status: None,
            sign_in_busy: false,
            sign_in_status: None,
            event: None,
            event_status: None,
            new_event_status: None,
            last_report: None,
            sending: false,
            inbox: Inbox::new(),
            worker: None,
            transport: Arc::new(sync_status::default_transport),
        }
    }
}

fn local_time(t: DateTime<Utc>) -> String {
    t.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M").to_string()
}

/// Today's times as `HH:MM`, others with their date.
fn local_time_short(t: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let (t, now) = (t.with_timezone(&chrono::Local), now.with_timezone(&chrono::Local));
    let format = if t.date_naive() == now.date_naive() { "%H:%M" } else { "%Y-%m-%d %H:%M" };
    t.format(format).to_string()
}

impl AppController {
    /// Volunteer screens need a signed-in volunteer; an event screen needs an event.
    pub(super) fn attendance_redirect(&self, screen: ScreenId) -> ScreenId {
        match screen {
            ScreenId::VolunteerHome | ScreenId::VolunteerNewEvent | ScreenId::VolunteerEvent
                if !self.volunteer_signed_in() =>
            {
                ScreenId::VolunteerSignIn
            }
            ScreenId::VolunteerEvent if self.current_volunteer_event().is_none() => ScreenId::VolunteerHome,
            other => other,
        }
    }

    /// A screen opened afresh starts with empty forms and no old messages.
    pub(super) fn attendance_on_open(&mut self, screen: ScreenId) {
        let a = &mut self.attendance;
        match screen {
            ScreenId::EventCode => {
                a.typed.clear();
                a.check_in_status = None;
            }
            ScreenId::VolunteerSignIn if !a.sign_in_busy => a.sign_in_status = None,
            ScreenId::VolunteerNewEvent => a.new_event_status = None,
            ScreenId::VolunteerEvent => a.event_status = None,
            _ => {}
        }
    }

    /// For screenshot scenes and tests: the store as it is, to set up events and states.
    pub fn store_mut(&mut self) -> &mut crate::store::Store {
        &mut self.store
    }
}
