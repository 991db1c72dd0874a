//! "I'm at an event": the keypad for the volunteer's 6-digit code, the one-time consent, the
//! confirmation, "My events" and the learner card.

use blue_vest_protocol::{LearnerCode, RecordedBy};

use super::{Status, local_time};
use crate::app::AppController;
use crate::attendance::engine::UPDATE_APP;
use crate::attendance::{self, CheckInError};
use crate::navigation::ScreenId;
use crate::store::{LocalRecord, RecordState};
use crate::texts::Text;

/// Digits in an event code.
pub const EVENT_CODE_DIGITS: usize = 6;

/// The confirmation after a senior's check-in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckInView {
    /// The event code as shown, `"482 913"`.
    pub code: String,
    /// The senior had already checked in at this event.
    pub already: bool,
    /// Where the record is, in words.
    pub state: Text,
    /// The server refused it or it could not be sent.
    pub problem: bool,
}

/// One check-in in a list ("My events", an event's check-ins).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordView {
    /// `"482 913"`.
    pub event_code: String,
    /// `"7KQ2-M9XD"`.
    pub learner: String,
    /// Local time, `YYYY-MM-DD HH:MM`.
    pub when: String,
    pub state: Text,
    pub problem: bool,
}

/// `"482913"` → `"482 913"`: two groups of three are easier to read out and to type.
pub fn spaced_event_code(code: &str) -> String {
    if code.len() == EVENT_CODE_DIGITS && code.is_ascii() {
        format!("{} {}", &code[..3], &code[3..])
    } else {
        code.to_owned()
    }
}

/// Where a record is, in words: a message per state and reason code.
pub fn record_state_text(state: RecordState, reason: Option<&str>) -> Text {
    match (state, reason) {
        (RecordState::Waiting, Some(UPDATE_APP)) => Text::RecordUpdateApp,
        (RecordState::Waiting, _) => Text::RecordWaiting,
        (RecordState::Sent, Some("conflict")) => Text::RecordSentConflict,
        (RecordState::Sent, _) => Text::RecordSent,
        (RecordState::Rejected, Some("unknown_event_code")) => Text::RecordRejectedUnknownCode,
        (RecordState::Rejected, Some("event_closed")) => Text::RecordRejectedClosed,
        (RecordState::Rejected, Some("not_permitted")) => Text::RecordRejectedNotPermitted,
        (RecordState::Rejected, _) => Text::RecordRejectedInvalid,
        (RecordState::Quarantined, _) => Text::RecordQuarantined,
    }
}

fn is_problem(state: RecordState) -> bool {
    matches!(state, RecordState::Rejected | RecordState::Quarantined)
}

pub(super) fn record_view(r: &LocalRecord) -> RecordView {
    RecordView {
        event_code: spaced_event_code(r.record.event_code.as_str()),
        learner: r.record.learner.display_grouped(),
        when: local_time(r.record.device_time),
        state: record_state_text(r.state, r.reason.as_deref()),
        problem: is_problem(r.state),
    }
}

impl AppController {
    /// The digits typed so far.
    pub fn typed_event_code(&self) -> &str {
        &self.attendance.typed
    }

    /// "Check in" is possible once six digits are typed.
    pub fn can_check_in(&self) -> bool {
        self.attendance.typed.len() == EVENT_CODE_DIGITS
    }

    /// A problem with the last check-in attempt (the phone could not save it).
    pub fn check_in_status(&self) -> Option<&Status> {
        self.attendance.check_in_status.as_ref()
    }

    /// A keypad digit; a seventh is ignored.
    pub fn event_code_key(&mut self, digit: &str) {
        let mut chars = digit.chars();
        if let (Some(d), None) = (chars.next(), chars.next())
            && d.is_ascii_digit()
            && self.attendance.typed.len() < EVENT_CODE_DIGITS
        {
            self.attendance.typed.push(d);
            self.attendance.check_in_status = None;
        }
    }

    /// The keypad's "Delete": removes the last digit.
    pub fn event_code_delete(&mut self) {
        self.attendance.typed.pop();
        self.attendance.check_in_status = None;
    }

    /// "Check in": the consent screen the first time, else the check-in and its confirmation.
    pub fn event_check_in(&mut self) {
        if !self.can_check_in() {
            return;
        }
        let code = self.attendance.typed.clone();
        if !self.has_attendance_consent() {
            self.attendance.pending_code = Some(code);
            self.navigate(|nav| nav.open(ScreenId::Consent));
            return;
        }
        self.check_in_with(&code);
    }

    pub fn has_attendance_consent(&self) -> bool {
        self.store.attendance_consent().ok().flatten().is_some()
    }

    /// "I agree": kept for good, then the check-in that was waiting for it.
    pub fn consent_agree(&mut self) {
        if let Err(e) = self.store.give_attendance_consent(self.now()) {
            log::error!("cannot save the consent: {e}");
            self.attendance.check_in_status = Some(Status::error(Text::CheckInErrorStorage));
            self.back();
            return;
        }
        match self.attendance.pending_code.take() {
            Some(code) => self.check_in_with(&code),
            None => self.back(),
        }
    }

    /// "Not now": nothing is recorded; back to the keypad.
    pub fn consent_not_now(&mut self) {
        self.attendance.pending_code = None;
        self.back();
    }

    fn check_in_with(&mut self, code: &str) {
        let now = self.now();
        let (record, already) = match attendance::senior_check_in(&mut self.store, code, now) {
            Ok(r) => (r, false),
            Err(CheckInError::Already(r)) => (*r, true),
            Err(CheckInError::NoConsent) => {
                self.attendance.pending_code = Some(code.to_owned());
                self.navigate(|nav| nav.open(ScreenId::Consent));
                return;
            }
            Err(CheckInError::Code(_)) => return, // six digits were checked above
            Err(CheckInError::Store(e)) => {
                log::error!("cannot record the check-in: {e}");
                self.attendance.check_in_status = Some(Status::error(Text::CheckInErrorStorage));
                self.navigate(|nav| {
                    if nav.current() == ScreenId::Consent {
                        nav.back();
                    }
                });
                self.say(Text::CheckInErrorStorage.id());
                return;
            }
        };
        self.attendance.typed.clear();
        self.attendance.last_check_in = Some((record.record.event_code, record.record.learner, already));
        if !already {
            self.request_sync(false);
        }
        // Back from the confirmation goes Home, not to the keypad again.
        self.nav.home();
        self.navigate(|nav| nav.open(ScreenId::CheckedIn));
    }

    /// The last check-in found the senior already checked in at that event.
    pub(crate) fn checked_in_before(&self) -> bool {
        self.attendance.last_check_in.as_ref().is_some_and(|(_, _, already)| *already)
    }

    /// The confirmation screen's state: the last check-in as the store has it now.
    pub fn checked_in_view(&self) -> Option<CheckInView> {
        let (code, learner, already) = self.attendance.last_check_in.as_ref()?;
        let record = self.store.attendance_for(code, learner).ok().flatten()?;
        Some(CheckInView {
            code: spaced_event_code(code.as_str()),
            already: *already,
            state: record_state_text(record.state, record.reason.as_deref()),
            problem: is_problem(record.state),
        })
    }

    /// "My events": the senior's own check-ins on this phone, newest first.
    pub fn my_records(&self) -> Vec<RecordView> {
        let records = self.store.attendance_records(None).unwrap_or_else(|e| {
            log::error!("cannot read the check-ins: {e}");
            Vec::new()
        });
        records.iter().filter(|r| r.record.recorded_by == RecordedBy::Senior).map(record_view).collect()
    }

    /// This phone's learner code as printed, `"7KQ2-M9XD"`.
    pub fn learner_code_grouped(&self) -> Option<String> {
        self.store.learner_code().ok().map(|c: LearnerCode| c.display_grouped())
    }
}
