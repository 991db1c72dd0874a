//! The attendance screens' state and actions: the senior's check-in by event code (consent asked
//! once), "My events", the learner card, and volunteer mode (sign-in, the organisation's events,
//! a new event, check-in by learner code, the sync status). The decisions are the core's
//! (`crate::attendance`); this turns them into screens and kind sentences. Network work never
//! runs here: the sign-in and the sync run on their own threads and come back through
//! `Background`.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use blue_vest_protocol::{CodeError, EventCode, LearnerCode, LoginResponse, RecordedBy};
use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::AppController;
use super::background::{Background, BackgroundSender, Inbox, Waker};
use crate::attendance::engine::SignInError;
use crate::attendance::worker::SyncWorker;
use crate::attendance::{self, CheckInError, SyncOptions, SyncReport, Transport, TransportError};
use crate::navigation::ScreenId;
use crate::store::{LocalEvent, LocalRecord, RecordState, VolunteerSession};

/// Digits in an event code.
pub const EVENT_CODE_DIGITS: usize = 6;

/// Makes the transport a background thread talks to the server with (the real one: HTTP).
pub type TransportFactory = Arc<dyn Fn() -> Result<Box<dyn Transport>, TransportError> + Send + Sync>;

fn http_transport() -> Result<Box<dyn Transport>, TransportError> {
    Ok(Box::new(attendance::http::HttpTransport::new()?))
}

/// A one-line outcome under a form: a Fluent id, its `$value`, and whether it is a problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub message_id: &'static str,
    pub value: String,
    pub is_error: bool,
}

impl Status {
    fn error(message_id: &'static str) -> Status {
        Status { message_id, value: String::new(), is_error: true }
    }

    fn done(message_id: &'static str, value: String) -> Status {
        Status { message_id, value, is_error: false }
    }
}

/// The confirmation after a senior's check-in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckInView {
    /// The event code as shown, `"482 913"`.
    pub code: String,
    /// The senior had already checked in at this event.
    pub already: bool,
    /// Where the record is, in words (a Fluent id).
    pub state_id: &'static str,
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
    pub state_id: &'static str,
    pub problem: bool,
}

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
}

/// The sync as the volunteer sees it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SyncStatusView {
    pub waiting: usize,
    pub quarantined: usize,
    /// When the last sync reached the server (local time), if ever.
    pub last_sent: Option<String>,
    /// The last problem, as a Fluent id.
    pub problem_id: Option<&'static str>,
    /// "Send now" was asked and its report has not come back yet.
    pub sending: bool,
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

/// The attendance part of the controller's state.
pub(super) struct AttendanceState {
    /// Digits typed on the keypad.
    typed: String,
    /// The code that waits for the consent screen's answer.
    pending_code: Option<String>,
    /// The last check-in (event, learner) and whether it was there already.
    last_check_in: Option<(EventCode, LearnerCode, bool)>,
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
            transport: Arc::new(http_transport),
        }
    }
}

/// `"482913"` → `"482 913"`: two groups of three are easier to read out and to type.
pub fn spaced_event_code(code: &str) -> String {
    if code.len() == EVENT_CODE_DIGITS && code.is_ascii() {
        format!("{} {}", &code[..3], &code[3..])
    } else {
        code.to_owned()
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

/// Where a record is, in words: a Fluent id per state and reason code.
pub fn record_state_id(state: RecordState, reason: Option<&str>) -> &'static str {
    match (state, reason) {
        (RecordState::Waiting, _) => "record-waiting",
        (RecordState::Sent, Some("conflict")) => "record-sent-conflict",
        (RecordState::Sent, _) => "record-sent",
        (RecordState::Rejected, Some("unknown_event_code")) => "record-rejected-unknown-code",
        (RecordState::Rejected, Some("event_closed")) => "record-rejected-closed",
        (RecordState::Rejected, Some("not_permitted")) => "record-rejected-not-permitted",
        (RecordState::Rejected, _) => "record-rejected-invalid",
        (RecordState::Quarantined, _) => "record-quarantined",
    }
}

fn is_problem(state: RecordState) -> bool {
    matches!(state, RecordState::Rejected | RecordState::Quarantined)
}

/// A sync problem's stable code (`SyncProblem::code`, as the sync log keeps it) in words.
pub fn sync_problem_id(code: &str) -> &'static str {
    match code {
        "no_server" => "sync-problem-no-server",
        "offline" => "sync-problem-offline",
        "sign_in_needed" => "sync-problem-sign-in-needed",
        "storage" => "sync-problem-storage",
        _ => "sync-problem-server-trouble",
    }
}

fn sign_in_error_id(e: &TransportError) -> &'static str {
    match e {
        TransportError::Unauthorized => "sign-in-error-password",
        TransportError::Offline(_) => "sign-in-error-offline",
        TransportError::RateLimited(_) => "sign-in-error-too-many",
        TransportError::Server(_) => "sign-in-error-server",
        TransportError::Refused { .. } => "sign-in-error-refused",
    }
}

/// Every Fluent id this module hands to the views (the message coverage test reads it).
pub fn message_ids() -> Vec<&'static str> {
    let mut ids = vec![
        "record-waiting",
        "record-sent",
        "record-sent-conflict",
        "record-rejected-unknown-code",
        "record-rejected-closed",
        "record-rejected-not-permitted",
        "record-rejected-invalid",
        "record-quarantined",
        "sync-problem-no-server",
        "sync-problem-offline",
        "sync-problem-sign-in-needed",
        "sync-problem-storage",
        "sync-problem-server-trouble",
        "sign-in-error-password",
        "sign-in-error-offline",
        "sign-in-error-too-many",
        "sign-in-error-server",
        "sign-in-error-refused",
        "sign-in-error-missing",
        "sign-in-error-address",
        "sign-in-error-storage",
        "check-in-error-storage",
        "volunteer-check-in-done",
        "volunteer-check-in-already",
        "volunteer-check-in-mistyped",
        "volunteer-check-in-format",
        "volunteer-check-in-storage",
        "new-event-venue-missing",
        "new-event-error-storage",
    ];
    ids.sort_unstable();
    ids
}

fn record_view(r: &LocalRecord) -> RecordView {
    RecordView {
        event_code: spaced_event_code(r.record.event_code.as_str()),
        learner: r.record.learner.display_grouped(),
        when: local_time(r.record.device_time),
        state_id: record_state_id(r.state, r.reason.as_deref()),
        problem: is_problem(r.state),
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
    }
}

impl AppController {
    // --- the background: results of other threads, and the sync worker ---

    /// Applies every result other threads sent since the last call (on the UI thread). Returns
    /// whether anything arrived, i.e. whether the screen needs refreshing.
    pub fn poll_background(&mut self) -> bool {
        let mut any = false;
        while let Some(result) = self.attendance.inbox.try_recv() {
            any = true;
            log::debug!(
                "background result: {}",
                match &result {
                    Background::SignedIn { .. } => "sign-in",
                    Background::Synced(_) => "sync report",
                }
            );
            match result {
                Background::SignedIn { server, answer } => self.finish_sign_in(&server, answer),
                Background::Synced(report) => {
                    self.attendance.sending = false;
                    self.attendance.last_report = Some(report);
                }
            }
        }
        any
    }

    /// How other threads wake the UI thread to call `poll_background` (the window sets it).
    pub fn set_background_waker(&self, waker: Waker) {
        self.attendance.inbox.set_waker(waker);
    }

    /// A handle to send results to this controller from another thread.
    pub fn background_sender(&self) -> BackgroundSender {
        self.attendance.inbox.sender()
    }

    /// The transport sign-ins use (default: HTTP). The sync worker gets its own at start.
    pub fn set_transport_factory(&mut self, factory: TransportFactory) {
        self.attendance.transport = factory;
    }

    /// The store's file, if it is on one (the sync worker opens its own connection to it).
    pub fn store_file(&self) -> Option<PathBuf> {
        self.store.path().map(|p| p.to_owned())
    }

    /// Starts the sync worker: at once after `first_delay`, then every `period`, and whenever a
    /// check-in or "Send now" asks. Only for a store on a file; returns whether it started.
    pub fn start_sync_worker(
        &mut self,
        transport: Box<dyn Transport>,
        period: Duration,
        first_delay: Duration,
    ) -> bool {
        let Some(path) = self.store_file() else {
            log::warn!("sync: the store is in memory; attendance stays on this phone for now");
            return false;
        };
        let sender = self.background_sender();
        let worker = SyncWorker::start(
            path,
            SyncOptions::default(),
            period,
            first_delay,
            transport,
            Box::new(move |report| sender.send(Background::Synced(report))),
        );
        self.attendance.worker = Some(worker);
        true
    }

    fn request_sync(&mut self, force: bool) {
        if let Some(worker) = &self.attendance.worker {
            worker.sync_now(force);
            if force {
                self.attendance.sending = true;
            }
        }
    }

    /// The last report of the sync worker, if one came.
    pub fn last_sync_report(&self) -> Option<&SyncReport> {
        self.attendance.last_report.as_ref()
    }

    // --- navigation rules ---

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

    // --- the senior's check-in ---

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
            self.attendance.check_in_status = Some(Status::error("check-in-error-storage"));
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
            Err(CheckInError::Already(r)) => (r, true),
            Err(CheckInError::NoConsent) => {
                self.attendance.pending_code = Some(code.to_owned());
                self.navigate(|nav| nav.open(ScreenId::Consent));
                return;
            }
            Err(CheckInError::Code(_)) => return, // six digits were checked above
            Err(CheckInError::Store(e)) => {
                log::error!("cannot record the check-in: {e}");
                self.attendance.check_in_status = Some(Status::error("check-in-error-storage"));
                self.navigate(|nav| {
                    if nav.current() == ScreenId::Consent {
                        nav.back();
                    }
                });
                self.say("check-in-error-storage");
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
    pub(super) fn checked_in_before(&self) -> bool {
        self.attendance.last_check_in.as_ref().is_some_and(|(_, _, already)| *already)
    }

    /// The confirmation screen's state: the last check-in as the store has it now.
    pub fn checked_in_view(&self) -> Option<CheckInView> {
        let (code, learner, already) = self.attendance.last_check_in.as_ref()?;
        let record = self.store.attendance_for(code, learner).ok().flatten()?;
        Some(CheckInView {
            code: spaced_event_code(code.as_str()),
            already: *already,
            state_id: record_state_id(record.state, record.reason.as_deref()),
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
        self.store.learner_code().ok().map(|c| c.display_grouped())
    }

    // --- volunteer mode ---

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
            self.attendance.sign_in_status = Some(Status::error("sign-in-error-missing"));
            return false;
        }
        if !(server.starts_with("http://") || server.starts_with("https://")) {
            self.attendance.sign_in_status = Some(Status::error("sign-in-error-address"));
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
            self.attendance.sign_in_status = Some(Status::error("sign-in-error-offline"));
            return false;
        }
        true
    }

    fn finish_sign_in(&mut self, server: &str, answer: Result<LoginResponse, TransportError>) {
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
                let id = sign_in_error_id(&e);
                self.attendance.sign_in_status = Some(Status::error(id));
                self.say(id);
            }
            Err(SignInError::Store(e)) => {
                log::error!("cannot keep the volunteer session: {e}");
                self.attendance.sign_in_status = Some(Status::error("sign-in-error-storage"));
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

    fn sync_status(&self) -> SyncStatusView {
        let (waiting, quarantined) = self.store.outbox_counts().unwrap_or_default();
        let (last_success, last_error) = self.store.sync_log().unwrap_or_default();
        let problem = match &self.attendance.last_report {
            Some(report) => report.problem.map(|p| p.code().to_owned()),
            None => last_error,
        };
        SyncStatusView {
            waiting,
            quarantined,
            last_sent: last_success.map(|t| local_time_short(t, self.now())),
            problem_id: problem.filter(|_| !self.attendance.sending).as_deref().map(sync_problem_id),
            sending: self.attendance.sending,
        }
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

    /// "Send now": a sync at once, retry times ignored.
    pub fn send_now(&mut self) {
        if self.attendance.worker.is_none() {
            // No worker (the store is in memory): say so rather than seem to send.
            self.attendance.last_report =
                Some(SyncReport { problem: Some(attendance::SyncProblem::Storage), ..Default::default() });
            return;
        }
        self.request_sync(true);
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
        if venue.trim().is_empty() {
            self.attendance.new_event_status = Some(Status::error("new-event-venue-missing"));
            return false;
        }
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
                log::error!("cannot create the event: {e}");
                self.attendance.new_event_status = Some(Status::error("new-event-error-storage"));
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

    fn current_volunteer_event(&self) -> Option<LocalEvent> {
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
                (Status::done("volunteer-check-in-done", r.record.learner.display_grouped()), true)
            }
            Err(CheckInError::Already(r)) => {
                (Status::done("volunteer-check-in-already", r.record.learner.display_grouped()), true)
            }
            Err(CheckInError::Code(CodeError::LearnerCodeCheck)) => {
                (Status::error("volunteer-check-in-mistyped"), false)
            }
            Err(CheckInError::Code(_)) => (Status::error("volunteer-check-in-format"), false),
            Err(e) => {
                log::error!("cannot record the check-in: {e}");
                (Status::error("volunteer-check-in-storage"), false)
            }
        };
        self.attendance.event_status = Some(status);
        clear
    }

    /// For screenshot scenes: the store as it is, to set up events and states.
    #[cfg(not(target_os = "android"))]
    pub(crate) fn store_mut(&mut self) -> &mut crate::store::Store {
        &mut self.store
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::AppOptions;
    use crate::voice::NoVoice;
    use blue_vest_protocol::{
        AttendanceBatch, BatchResult, EventInfo, NewEventRequest, OrganisationInfo, SeniorTokenResponse, VolunteerInfo,
    };
    use std::sync::Mutex;

    fn controller(dir: &std::path::Path) -> AppController {
        let options = AppOptions { data_dir: dir.to_owned(), ..Default::default() };
        AppController::new(&options, Box::new(NoVoice))
    }

    fn type_code(c: &mut AppController, code: &str) {
        for d in code.chars() {
            c.event_code_key(&d.to_string());
        }
    }

    #[test]
    fn the_keypad_takes_six_digits_and_delete_removes_one() {
        let dir = tempfile::tempdir().unwrap();
        let mut c = controller(dir.path());
        c.open(ScreenId::EventCode);
        type_code(&mut c, "48291");
        assert!(!c.can_check_in());
        c.event_check_in();
        assert_eq!(c.screen(), ScreenId::EventCode, "five digits cannot be sent");
        type_code(&mut c, "37");
        assert_eq!(c.typed_event_code(), "482913", "a seventh digit is ignored");
        c.event_code_key("x");
        c.event_code_key("12");
        assert_eq!(c.typed_event_code(), "482913");
        c.event_code_delete();
        assert_eq!(c.typed_event_code(), "48291");
        c.home();
        c.open(ScreenId::EventCode);
        assert_eq!(c.typed_event_code(), "", "opened afresh, the keypad is empty");
    }

    #[test]
    fn consent_is_asked_once_and_not_now_records_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut c = controller(dir.path());
        c.open(ScreenId::EventCode);
        type_code(&mut c, "482913");
        c.event_check_in();
        assert_eq!(c.screen(), ScreenId::Consent);
        c.consent_not_now();
        assert_eq!(c.screen(), ScreenId::EventCode);
        assert!(c.my_records().is_empty());
        c.event_check_in();
        assert_eq!(c.screen(), ScreenId::Consent, "asked again until agreed");
        c.consent_agree();
        assert_eq!(c.screen(), ScreenId::CheckedIn);
        let view = c.checked_in_view().unwrap();
        assert_eq!((view.code.as_str(), view.already, view.state_id), ("482 913", false, "record-waiting"));
        assert_eq!(c.prompt_id().as_deref(), Some("prompt-checked-in"));
        c.back();
        assert_eq!(c.screen(), ScreenId::Home, "Back from the confirmation goes Home");
        c.open(ScreenId::EventCode);
        type_code(&mut c, "482913");
        c.event_check_in();
        assert_eq!(c.screen(), ScreenId::CheckedIn, "no consent screen the second time");
        assert!(c.checked_in_view().unwrap().already);
        assert_eq!(c.prompt_id().as_deref(), Some("checked-in-already"), "the voice says so too");
        assert_eq!(c.my_records().len(), 1);
    }

    #[test]
    fn states_and_reasons_have_their_own_words() {
        assert_eq!(record_state_id(RecordState::Rejected, Some("unknown_event_code")), "record-rejected-unknown-code");
        assert_eq!(record_state_id(RecordState::Rejected, Some("event_closed")), "record-rejected-closed");
        assert_eq!(record_state_id(RecordState::Rejected, Some("something new")), "record-rejected-invalid");
        assert_eq!(record_state_id(RecordState::Quarantined, Some("refused_400_x")), "record-quarantined");
        for id in [record_state_id(RecordState::Sent, None), sync_problem_id("offline"), sync_problem_id("??")] {
            assert!(message_ids().contains(&id), "{id} is listed");
        }
        assert_eq!(spaced_event_code("482913"), "482 913");
    }

    /// Answers logins from a list; counts the calls.
    struct FakeLogin(Arc<Mutex<Vec<Result<LoginResponse, TransportError>>>>);
    impl Transport for FakeLogin {
        fn login(&self, _: &str, _: &str, _: &str) -> Result<LoginResponse, TransportError> {
            self.0.lock().unwrap().remove(0)
        }
        fn senior_token(&self, _: &str, _: &EventCode) -> Result<SeniorTokenResponse, TransportError> {
            Err(TransportError::Offline("fake".into()))
        }
        fn upload(&self, _: &str, _: &str, _: &AttendanceBatch) -> Result<BatchResult, TransportError> {
            Err(TransportError::Offline("fake".into()))
        }
        fn events(&self, _: &str, _: &str) -> Result<Vec<EventInfo>, TransportError> {
            Err(TransportError::Offline("fake".into()))
        }
        fn create_event(&self, _: &str, _: &str, _: &NewEventRequest) -> Result<EventInfo, TransportError> {
            Err(TransportError::Offline("fake".into()))
        }
        fn logout(&self, _: &str, _: &str) -> Result<(), TransportError> {
            Err(TransportError::Offline("fake".into()))
        }
    }

    fn wait_for_background(c: &mut AppController) {
        for _ in 0..500 {
            if c.poll_background() {
                return;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        panic!("no result came back");
    }

    #[test]
    fn sign_in_runs_off_the_ui_thread_and_its_answer_arrives_by_poll() {
        let dir = tempfile::tempdir().unwrap();
        let mut c = controller(dir.path());
        let answer = LoginResponse {
            token: "t0k3n".into(),
            expires_at: Utc::now() + chrono::Duration::days(30),
            volunteer: VolunteerInfo { id: 1, name: "李伟".into(), email: "lead@example.org".into() },
            organisation: OrganisationInfo { id: 1, name: "Chengdu Blue Vest".into(), city: "成都".into() },
        };
        let answers = Arc::new(Mutex::new(vec![
            Err(TransportError::Unauthorized),
            Err(TransportError::Offline("no route".into())),
            Ok(answer),
        ]));
        let factory_answers = Arc::clone(&answers);
        c.set_transport_factory(Arc::new(move || Ok(Box::new(FakeLogin(Arc::clone(&factory_answers))))));
        let woken = Arc::new(Mutex::new(0));
        let w = Arc::clone(&woken);
        c.set_background_waker(Arc::new(move || *w.lock().unwrap() += 1));

        c.open(ScreenId::VolunteerHome);
        assert_eq!(c.screen(), ScreenId::VolunteerSignIn, "not signed in: the sign-in comes first");
        assert!(!c.volunteer_sign_in("example.org", "lead@example.org", "pw"));
        assert_eq!(c.sign_in_status().unwrap().message_id, "sign-in-error-address");
        assert!(!c.volunteer_sign_in("http://server", "", "pw"));
        assert_eq!(c.sign_in_status().unwrap().message_id, "sign-in-error-missing");

        assert!(c.volunteer_sign_in("http://server/", "lead@example.org", "wrong"));
        assert!(c.sign_in_busy());
        assert!(!c.volunteer_sign_in("http://server/", "lead@example.org", "wrong"), "one at a time");
        wait_for_background(&mut c);
        assert!(!c.sign_in_busy());
        assert_eq!(c.sign_in_status().unwrap().message_id, "sign-in-error-password");
        assert!(c.volunteer_sign_in("http://server/", "lead@example.org", "pw"));
        wait_for_background(&mut c);
        assert_eq!(c.sign_in_status().unwrap().message_id, "sign-in-error-offline");
        assert!(c.volunteer_sign_in("http://server/", "lead@example.org", "pw"));
        wait_for_background(&mut c);
        assert_eq!(c.screen(), ScreenId::VolunteerHome);
        assert_eq!(*woken.lock().unwrap(), 3, "each result woke the UI");
        let view = c.volunteer_view().unwrap();
        assert_eq!((view.name.as_str(), view.org_name.as_str()), ("李伟", "Chengdu Blue Vest"));
        assert_eq!(c.sign_in_server_default(), "http://server", "kept for next time");
        assert_eq!(c.new_event_city_default(), "成都");

        c.volunteer_sign_out();
        assert_eq!(c.screen(), ScreenId::Home);
        assert!(c.store.volunteer_session().unwrap().is_none(), "the token left the phone");
    }

    #[test]
    fn a_volunteer_checks_seniors_in_at_a_new_event() {
        let dir = tempfile::tempdir().unwrap();
        let mut c = controller(dir.path());
        c.store
            .save_volunteer_session(&VolunteerSession {
                server: "http://server".into(),
                token: "t".into(),
                name: "李伟".into(),
                org_name: "Org".into(),
                city: "成都".into(),
                expires_at: Utc::now() + chrono::Duration::days(1),
            })
            .unwrap();
        c.open(ScreenId::VolunteerHome);
        c.open(ScreenId::VolunteerNewEvent);
        assert!(!c.create_event("  ", "成都"));
        assert_eq!(c.new_event_status().unwrap().message_id, "new-event-venue-missing");
        assert!(c.create_event("玉林社区", "成都"));
        assert_eq!(c.screen(), ScreenId::VolunteerEvent);
        let learner = LearnerCode::from_bits(4242);
        assert!(c.volunteer_check_in(&learner.display_grouped().to_lowercase()));
        assert_eq!(c.volunteer_event_view().unwrap().count, 1);
        let mut typo: Vec<char> = learner.as_str().chars().collect();
        typo[2] = if typo[2] == '7' { '8' } else { '7' };
        assert!(!c.volunteer_check_in(&typo.iter().collect::<String>()));
        assert_eq!(c.volunteer_event_status().unwrap().message_id, "volunteer-check-in-mistyped");
        assert_eq!(c.volunteer_event_view().unwrap().count, 1);
        c.back();
        assert_eq!(c.screen(), ScreenId::VolunteerHome, "the finished form is skipped");
        let view = c.volunteer_view().unwrap();
        assert_eq!(view.events.len(), 1);
        assert!(!view.events[0].uploaded);
        assert_eq!(view.sync.waiting, 1);
    }
}
