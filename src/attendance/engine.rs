//! One sync: upload events made offline, refresh the volunteer's events, then send the outbox in
//! batches and store each record's answer. A record leaves the outbox only with the server's
//! answer; a failure leaves it there with a later retry time (backoff with full jitter); a
//! record the server keeps refusing on its own is quarantined so the rest of the queue flows.

use std::collections::BTreeMap;

use blue_vest_protocol::{
    AttendanceBatch, AttendanceRecord, EventCode, ItemStatus, LoginResponse, NewEventRequest, RecordedBy, RejectReason,
};
use chrono::{DateTime, Utc};
use rand::Rng;
use uuid::Uuid;

use super::backoff::retry_delay;
use super::transport::{Transport, TransportError};
use crate::store::{LocalEvent, RecordState, Store, StoreError, VolunteerSession};

/// The campaign's server, set when a release is built (`BLUE_VEST_SERVER_URL=https://…`), so a
/// senior's phone syncs without any set-up; a volunteer's sign-in or `--server` overrides it.
pub const DEFAULT_SERVER: Option<&str> = option_env!("BLUE_VEST_SERVER_URL");

/// Records per upload.
pub const BATCH: usize = 100;
/// Records taken from the outbox per sync.
pub const PER_SYNC: usize = 2_000;
/// A record whose event code the server does not know is looked at again for this long: the
/// volunteer may have made the event offline and not uploaded it yet.
pub const RECHECK_UNKNOWN_HOURS: i64 = 48;
/// After this many refusals of a record on its own (network failures do not count), it is quarantined.
pub const QUARANTINE_AFTER: u32 = 3;

/// Why a sync could not send everything, for a kind sentence on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyncProblem {
    /// No server address is set.
    NoServer,
    /// No connection, or no answer.
    Offline,
    /// The server failed or asked us to wait.
    ServerTrouble,
    /// Volunteer records wait for a volunteer to sign in (again).
    SignInNeeded,
    /// The store could not be read or written.
    Storage,
}

impl SyncProblem {
    pub fn code(self) -> &'static str {
        match self {
            SyncProblem::NoServer => "no_server",
            SyncProblem::Offline => "offline",
            SyncProblem::ServerTrouble => "server_trouble",
            SyncProblem::SignInNeeded => "sign_in_needed",
            SyncProblem::Storage => "storage",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncReport {
    /// Stored by the server now.
    pub created: usize,
    /// The server already had them (an earlier answer was lost): fine.
    pub duplicate: usize,
    /// Same id, different content: the server keeps both for an organiser.
    pub conflict: usize,
    pub rejected: usize,
    pub quarantined: usize,
    /// Left in the outbox for a later try.
    pub deferred: usize,
    pub events_uploaded: usize,
    /// In the outbox after this sync.
    pub waiting: usize,
    pub problem: Option<SyncProblem>,
}

impl SyncReport {
    pub fn sent(&self) -> usize {
        self.created + self.duplicate + self.conflict
    }
}

#[derive(Debug, Clone, Default)]
pub struct SyncOptions {
    /// The server to use; else the store's setting, else the volunteer session's.
    pub server: Option<String>,
    /// Ignore retry times ("Send now").
    pub force: bool,
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

#[derive(Debug, thiserror::Error)]
pub enum SignInError {
    #[error("{0}")]
    Transport(#[from] TransportError),
    #[error("{0}")]
    Store(#[from] StoreError),
}

/// Runs one sync. Never panics on a bad answer; what could not be sent waits in the outbox.
pub fn sync_once(
    store: &mut Store,
    transport: &dyn Transport,
    options: &SyncOptions,
    now: DateTime<Utc>,
    rng: &mut impl Rng,
) -> SyncReport {
    let mut report = SyncReport::default();
    if let Err(e) = run(store, transport, options, now, rng, &mut report) {
        log::warn!("sync: store: {e}");
        report.problem = Some(SyncProblem::Storage);
    }
    report.waiting = store.outbox_counts().map(|c| c.0).unwrap_or(report.waiting);
    let error = report.problem.filter(|p| *p != SyncProblem::SignInNeeded).map(SyncProblem::code);
    if report.problem != Some(SyncProblem::NoServer) {
        let _ = store.note_sync(now, error);
    }
    report
}

fn run(
    store: &mut Store,
    transport: &dyn Transport,
    options: &SyncOptions,
    now: DateTime<Utc>,
    rng: &mut impl Rng,
    report: &mut SyncReport,
) -> Result<(), StoreError> {
    let session = store.volunteer_session()?.filter(|s| s.expires_at > now);
    let server = options
        .server
        .clone()
        .or(store.server_url()?)
        .or_else(|| session.as_ref().map(|s| s.server.clone()))
        .or_else(|| DEFAULT_SERVER.map(str::to_owned));
    let Some(server) = server else {
        report.problem = Some(SyncProblem::NoServer);
        return Ok(());
    };
    if let Some(session) = &session {
        if let Err(e) = volunteer_events(store, transport, &server, session, report) {
            note_transport(report, &e);
            if e.is_unreachable() {
                defer_all(store, options, now, rng, report, &e)?;
                return Ok(());
            }
        }
    }
    let due = store.outbox_due(now, options.force, PER_SYNC)?;
    let mut attempts: BTreeMap<Uuid, u32> = BTreeMap::new();
    let mut groups: BTreeMap<Option<EventCode>, Vec<AttendanceRecord>> = BTreeMap::new();
    for entry in due {
        attempts.insert(entry.record.id, entry.attempts);
        let key = (entry.record.recorded_by == RecordedBy::Senior).then(|| entry.record.event_code.clone());
        groups.entry(key).or_default().push(entry.record);
    }
    for (code, records) in groups {
        let token = match &code {
            None => match &session {
                Some(s) => s.token.clone(),
                None => {
                    // Volunteer records wait for a sign-in; that is not their fault, so no attempt is counted.
                    report.problem.get_or_insert(SyncProblem::SignInNeeded);
                    report.deferred += records.len();
                    continue;
                }
            },
            Some(code) => match senior_token(store, transport, &server, code, now) {
                Ok(token) => token,
                Err(e) => {
                    note_transport(report, &e);
                    let ids: Vec<Uuid> = records.iter().map(|r| r.id).collect();
                    retry_later(store, &ids, &attempts, now, rng, &e.to_string())?;
                    report.deferred += ids.len();
                    if e.is_unreachable() {
                        break;
                    }
                    continue;
                }
            },
        };
        let mut stop = false;
        for chunk in records.chunks(BATCH) {
            if stop {
                let ids: Vec<Uuid> = chunk.iter().map(|r| r.id).collect();
                report.deferred += ids.len();
                continue;
            }
            match send(store, transport, &server, &token, chunk, &attempts, now, rng, report)? {
                Flow::Go => {}
                Flow::Stop => stop = true,
                Flow::TokenGone => {
                    if let Some(code) = &code {
                        store.forget_senior_token(code)?;
                    } else {
                        report.problem.get_or_insert(SyncProblem::SignInNeeded);
                    }
                    report.deferred += chunk.len();
                    stop = true;
                }
            }
        }
        if stop && report.problem.is_some_and(|p| matches!(p, SyncProblem::Offline | SyncProblem::ServerTrouble)) {
            break;
        }
    }
    Ok(())
}

enum Flow {
    Go,
    Stop,
    TokenGone,
}

#[allow(clippy::too_many_arguments)]
fn send(
    store: &mut Store,
    transport: &dyn Transport,
    server: &str,
    token: &str,
    chunk: &[AttendanceRecord],
    attempts: &BTreeMap<Uuid, u32>,
    now: DateTime<Utc>,
    rng: &mut impl Rng,
    report: &mut SyncReport,
) -> Result<Flow, StoreError> {
    let batch = AttendanceBatch { records: chunk.to_vec() };
    match transport.upload(server, token, &batch) {
        Ok(answer) => {
            let mut outcomes = Vec::new();
            let mut recheck = Vec::new();
            for item in answer.results {
                if !chunk.iter().any(|r| r.id == item.id) {
                    continue;
                }
                let (state, reason) = match item.status {
                    ItemStatus::Created => {
                        report.created += 1;
                        (RecordState::Sent, None)
                    }
                    ItemStatus::Duplicate => {
                        report.duplicate += 1;
                        (RecordState::Sent, None)
                    }
                    ItemStatus::Conflict => {
                        report.conflict += 1;
                        (RecordState::Sent, Some("conflict".to_owned()))
                    }
                    ItemStatus::Rejected(reason) => {
                        report.rejected += 1;
                        let recent = chunk
                            .iter()
                            .find(|r| r.id == item.id)
                            .is_some_and(|r| now - r.device_time < chrono::Duration::hours(RECHECK_UNKNOWN_HOURS));
                        if reason == RejectReason::UnknownEventCode && recent {
                            recheck.push(item.id);
                        }
                        (RecordState::Rejected, Some(reason_code(&reason).to_owned()))
                    }
                };
                outcomes.push((item.id, state, reason));
            }
            store.settle(&outcomes, now)?;
            if !recheck.is_empty() {
                // Shown as not recognised now, and asked about again with backoff for a while.
                store.requeue(&retry_times(&recheck, attempts, now, rng), "event code not known (yet)")?;
            }
            // Anything the answer left out stays in the outbox.
            let missing: Vec<Uuid> =
                chunk.iter().map(|r| r.id).filter(|id| !outcomes.iter().any(|o| o.0 == *id)).collect();
            if !missing.is_empty() {
                retry_later(store, &missing, attempts, now, rng, "no answer for this record")?;
                report.deferred += missing.len();
            }
            Ok(Flow::Go)
        }
        Err(TransportError::Unauthorized) => Ok(Flow::TokenGone),
        Err(TransportError::Refused { status, code, message }) if chunk.len() > 1 && about_the_records(status) => {
            // One bad record spoils a batch: halve it until the bad one stands alone.
            log::info!("sync: batch of {} refused ({status} {code}: {message}); splitting", chunk.len());
            let (a, b) = chunk.split_at(chunk.len() / 2);
            for half in [a, b] {
                if let Flow::TokenGone = send(store, transport, server, token, half, attempts, now, rng, report)? {
                    return Ok(Flow::TokenGone);
                }
            }
            Ok(Flow::Go)
        }
        Err(TransportError::Refused { status, code, .. }) if about_the_records(status) => {
            let record = &chunk[0];
            if store.refusals(record.id)? + 1 >= QUARANTINE_AFTER {
                store
                    .settle(&[(record.id, RecordState::Quarantined, Some(format!("refused_{status}_{code}")))], now)?;
                report.quarantined += 1;
            } else {
                retry_later(store, &[record.id], attempts, now, rng, &format!("refused {status} {code}"))?;
                store.count_refusal(record.id)?;
                report.deferred += 1;
            }
            Ok(Flow::Go)
        }
        Err(e) => {
            note_transport(report, &e);
            let ids: Vec<Uuid> = chunk.iter().map(|r| r.id).collect();
            retry_later(store, &ids, attempts, now, rng, &e.to_string())?;
            report.deferred += ids.len();
            Ok(Flow::Stop)
        }
    }
}

/// Whether a refusal can be about what was sent (one bad record spoils the body) rather than
/// where it went: a 404, 405 or 403 from a wrong address or a proxy is the same for every record,
/// so it is not split down or held against each record (that quarantined the whole queue).
fn about_the_records(status: u16) -> bool {
    matches!(status, 400 | 413 | 422)
}

fn reason_code(r: &RejectReason) -> &'static str {
    match r {
        RejectReason::UnknownEventCode => "unknown_event_code",
        RejectReason::EventClosed => "event_closed",
        RejectReason::NotPermitted => "not_permitted",
        RejectReason::Invalid { .. } => "invalid",
    }
}

fn note_transport(report: &mut SyncReport, e: &TransportError) {
    let problem = match e {
        TransportError::Offline(_) => SyncProblem::Offline,
        TransportError::Server(_) | TransportError::RateLimited(_) | TransportError::Refused { .. } => {
            SyncProblem::ServerTrouble
        }
        TransportError::Unauthorized => SyncProblem::SignInNeeded,
    };
    report.problem.get_or_insert(problem);
}

fn retry_later(
    store: &mut Store,
    ids: &[Uuid],
    attempts: &BTreeMap<Uuid, u32>,
    now: DateTime<Utc>,
    rng: &mut impl Rng,
    error: &str,
) -> Result<(), StoreError> {
    store.defer(&retry_times(ids, attempts, now, rng), error)
}

/// Each record's next try: one more attempt, after a backoff delay with full jitter.
fn retry_times(
    ids: &[Uuid],
    attempts: &BTreeMap<Uuid, u32>,
    now: DateTime<Utc>,
    rng: &mut impl Rng,
) -> Vec<(Uuid, u32, DateTime<Utc>)> {
    ids.iter()
        .map(|id| {
            let tries = attempts.get(id).copied().unwrap_or(0).saturating_add(1);
            let wait = chrono::Duration::from_std(retry_delay(tries, rng)).unwrap_or_default();
            (*id, tries, now + wait)
        })
        .collect()
}

fn defer_all(
    store: &mut Store,
    options: &SyncOptions,
    now: DateTime<Utc>,
    rng: &mut impl Rng,
    report: &mut SyncReport,
    e: &TransportError,
) -> Result<(), StoreError> {
    let due = store.outbox_due(now, options.force, PER_SYNC)?;
    let attempts: BTreeMap<Uuid, u32> = due.iter().map(|d| (d.record.id, d.attempts)).collect();
    let ids: Vec<Uuid> = attempts.keys().copied().collect();
    retry_later(store, &ids, &attempts, now, rng, &e.to_string())?;
    report.deferred += ids.len();
    Ok(())
}

fn senior_token(
    store: &mut Store,
    transport: &dyn Transport,
    server: &str,
    code: &EventCode,
    now: DateTime<Utc>,
) -> Result<String, TransportError> {
    if let Ok(Some(token)) = store.senior_token(code, now) {
        return Ok(token);
    }
    let answer = transport.senior_token(server, code)?;
    let _ = store.save_senior_token(code, &answer.token, answer.expires_at);
    Ok(answer.token)
}

/// Uploads events made offline, then refreshes the organisation's events.
fn volunteer_events(
    store: &mut Store,
    transport: &dyn Transport,
    server: &str,
    session: &VolunteerSession,
    report: &mut SyncReport,
) -> Result<(), TransportError> {
    let local = store.volunteer_events().map_err(|e| TransportError::Offline(e.to_string()))?;
    for event in local.iter().filter(|e| !e.uploaded) {
        let mut request = NewEventRequest {
            client_id: Some(event.client_id),
            city: Some(event.city.clone()).filter(|c| !c.is_empty()),
            venue: event.venue.clone(),
            starts_at: event.starts_at,
            topics: event.topics.clone(),
            code: Some(event.code.clone()),
        };
        let created = match transport.create_event(server, &session.token, &request) {
            Err(TransportError::Refused { code, .. }) if code == "code_taken" => {
                // Another open event has this code: take the server's, and move waiting check-ins to it.
                request.code = None;
                transport.create_event(server, &session.token, &request)?
            }
            other => other?,
        };
        if created.code != event.code {
            let _ = store.recode_waiting(&event.code, &created.code);
        }
        save_remote(store, &created);
        report.events_uploaded += 1;
    }
    for remote in transport.events(server, &session.token)? {
        save_remote(store, &remote);
    }
    Ok(())
}

fn save_remote(store: &mut Store, e: &blue_vest_protocol::EventInfo) {
    let local = LocalEvent {
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
    };
    if let Err(err) = store.save_volunteer_event(&local) {
        log::warn!("sync: saving an event: {err}");
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{HashMap, HashSet};
    use std::sync::Mutex;

    use blue_vest_protocol::{BatchResult, EventInfo, ItemResult, LearnerCode, LoginResponse, SeniorTokenResponse};
    use rand::SeedableRng;
    use rand::rngs::StdRng;

    use super::*;
    use crate::attendance::backoff::BASE;
    use crate::attendance::checkin::{senior_check_in, volunteer_check_in};
    use crate::store::{LocalRecord, OutboxEntry};

    const SERVER: &str = "https://bv.example.org";
    const VOLUNTEER_TOKEN: &str = "volunteer-token";

    #[derive(Debug, Clone, PartialEq, Eq)]
    enum Call {
        Login,
        SeniorToken(String),
        Upload { token: String, ids: Vec<Uuid> },
        Events(String),
        CreateEvent,
    }

    type UploadScript = Box<dyn FnMut(&str, &AttendanceBatch) -> Result<BatchResult, TransportError> + Send>;

    /// A transport that records every call and answers uploads from a script.
    struct Fake {
        calls: Mutex<Vec<Call>>,
        upload: Mutex<UploadScript>,
        /// Senior tokens handed out so far; the next is `senior-<n+1>`.
        issued: Mutex<u32>,
    }

    impl Fake {
        fn new(
            upload: impl FnMut(&str, &AttendanceBatch) -> Result<BatchResult, TransportError> + Send + 'static,
        ) -> Fake {
            Fake { calls: Mutex::new(Vec::new()), upload: Mutex::new(Box::new(upload)), issued: Mutex::new(0) }
        }

        /// Answers every record with `status`.
        fn answering(status: ItemStatus) -> Fake {
            Fake::new(move |_, batch| Ok(answer(batch, |_| Some(status.clone()))))
        }

        fn script(
            &self,
            upload: impl FnMut(&str, &AttendanceBatch) -> Result<BatchResult, TransportError> + Send + 'static,
        ) {
            *self.upload.lock().unwrap() = Box::new(upload);
        }

        fn calls(&self) -> Vec<Call> {
            self.calls.lock().unwrap().clone()
        }

        fn uploads(&self) -> Vec<(String, Vec<Uuid>)> {
            self.calls()
                .into_iter()
                .filter_map(|c| match c {
                    Call::Upload { token, ids } => Some((token, ids)),
                    _ => None,
                })
                .collect()
        }
    }

    fn answer(batch: &AttendanceBatch, status: impl Fn(Uuid) -> Option<ItemStatus>) -> BatchResult {
        BatchResult {
            results: batch
                .records
                .iter()
                .filter_map(|r| status(r.id).map(|s| ItemResult { id: r.id, status: s }))
                .collect(),
        }
    }

    impl Transport for Fake {
        fn login(&self, _: &str, _: &str, _: &str) -> Result<LoginResponse, TransportError> {
            self.calls.lock().unwrap().push(Call::Login);
            Err(TransportError::Offline("not in these tests".into()))
        }

        fn senior_token(&self, server: &str, code: &EventCode) -> Result<SeniorTokenResponse, TransportError> {
            assert_eq!(server, SERVER);
            self.calls.lock().unwrap().push(Call::SeniorToken(code.to_string()));
            let mut n = self.issued.lock().unwrap();
            *n += 1;
            Ok(SeniorTokenResponse {
                token: format!("senior-{n}"),
                event_code: code.clone(),
                expires_at: now() + chrono::Duration::days(2),
            })
        }

        fn upload(&self, server: &str, token: &str, batch: &AttendanceBatch) -> Result<BatchResult, TransportError> {
            assert_eq!(server, SERVER);
            assert!(!batch.records.is_empty() && batch.records.len() <= BATCH, "batch of {}", batch.records.len());
            self.calls
                .lock()
                .unwrap()
                .push(Call::Upload { token: token.to_owned(), ids: batch.records.iter().map(|r| r.id).collect() });
            (self.upload.lock().unwrap())(token, batch)
        }

        fn events(&self, server: &str, token: &str) -> Result<Vec<EventInfo>, TransportError> {
            assert_eq!(server, SERVER);
            self.calls.lock().unwrap().push(Call::Events(token.to_owned()));
            Ok(Vec::new())
        }

        fn create_event(&self, _: &str, _: &str, _: &NewEventRequest) -> Result<EventInfo, TransportError> {
            self.calls.lock().unwrap().push(Call::CreateEvent);
            Err(TransportError::Offline("not in these tests".into()))
        }

        fn logout(&self, _: &str, _: &str) -> Result<(), TransportError> {
            Err(TransportError::Offline("not in these tests".into()))
        }
    }

    fn now() -> DateTime<Utc> {
        "2026-11-27T06:00:00Z".parse().unwrap()
    }

    fn code() -> EventCode {
        EventCode::parse("482913").unwrap()
    }

    fn rng() -> StdRng {
        StdRng::seed_from_u64(7)
    }

    fn sync(store: &mut Store, fake: &Fake, force: bool, at: DateTime<Utc>) -> SyncReport {
        sync_once(store, fake, &SyncOptions { server: None, force }, at, &mut rng())
    }

    /// A phone with a signed-in volunteer and `n` learners checked in at `code()`.
    fn volunteer_phone(n: u64) -> (Store, Vec<Uuid>) {
        let mut store = Store::in_memory().unwrap();
        store
            .save_volunteer_session(&VolunteerSession {
                server: SERVER.into(),
                token: VOLUNTEER_TOKEN.into(),
                name: "李伟".into(),
                org_name: "Chengdu Blue Vest".into(),
                city: "成都".into(),
                expires_at: now() + chrono::Duration::days(30),
            })
            .unwrap();
        store.set_server_url(Some(SERVER)).unwrap();
        let ids = (0..n)
            .map(|i| {
                let learner = LearnerCode::from_bits(0x1000 + i);
                volunteer_check_in(&mut store, &code(), learner.as_str(), now()).unwrap().record.id
            })
            .collect();
        (store, ids)
    }

    fn record(store: &Store, id: Uuid) -> LocalRecord {
        store.attendance_records(None).unwrap().into_iter().find(|r| r.record.id == id).expect("the record is kept")
    }

    fn outbox(store: &Store) -> HashMap<Uuid, OutboxEntry> {
        store.outbox_due(now(), true, PER_SYNC).unwrap().into_iter().map(|e| (e.record.id, e)).collect()
    }

    #[test]
    fn an_unknown_code_is_shown_as_rejected_and_looked_at_again_for_two_days() {
        let (mut store, ids) = volunteer_phone(1);
        let fake = Fake::answering(ItemStatus::Rejected(RejectReason::UnknownEventCode));
        let report = sync(&mut store, &fake, false, now());
        assert_eq!((report.rejected, report.waiting), (1, 0), "{report:?}");
        let r = record(&store, ids[0]);
        assert_eq!((r.state, r.reason.as_deref()), (RecordState::Rejected, Some("unknown_event_code")));
        let entry = &outbox(&store)[&ids[0]];
        assert_eq!(entry.attempts, 1);
        assert!(entry.next_attempt_at > now() - chrono::Duration::seconds(1), "asked about again later");
        // The volunteer's phone has uploaded the event meanwhile: the next answer takes it.
        fake.script(|_, batch| Ok(answer(batch, |_| Some(ItemStatus::Created))));
        let report = sync(&mut store, &fake, true, now() + chrono::Duration::hours(1));
        assert_eq!(report.created, 1);
        assert_eq!((record(&store, ids[0]).state, record(&store, ids[0]).reason), (RecordState::Sent, None));
        assert!(outbox(&store).is_empty());

        // A record two days old whose code is still unknown is not asked about again.
        let (mut old, old_ids) = volunteer_phone(1);
        let fake = Fake::answering(ItemStatus::Rejected(RejectReason::UnknownEventCode));
        sync(&mut old, &fake, true, now() + chrono::Duration::hours(RECHECK_UNKNOWN_HOURS + 1));
        assert_eq!(record(&old, old_ids[0]).state, RecordState::Rejected);
        assert!(outbox(&old).is_empty());
    }

    #[test]
    fn created_duplicate_and_conflict_are_sent_and_rejected_keeps_its_reason() {
        let (mut store, ids) = volunteer_phone(4);
        let statuses: HashMap<Uuid, ItemStatus> = ids
            .iter()
            .copied()
            .zip([
                ItemStatus::Created,
                ItemStatus::Duplicate,
                ItemStatus::Conflict,
                ItemStatus::Rejected(RejectReason::EventClosed),
            ])
            .collect();
        let answers = statuses.clone();
        let fake = Fake::new(move |_, batch| Ok(answer(batch, |id| answers.get(&id).cloned())));
        let report = sync(&mut store, &fake, false, now());
        assert_eq!(
            (report.created, report.duplicate, report.conflict, report.rejected, report.deferred, report.waiting),
            (1, 1, 1, 1, 0, 0),
            "{report:?}"
        );
        assert_eq!(report.problem, None);
        assert_eq!(report.sent(), 3);
        // The organisation's events are refreshed first, then one upload with the volunteer's token.
        let mut sorted = ids.clone();
        sorted.sort();
        let calls = fake.calls();
        assert_eq!(calls[0], Call::Events(VOLUNTEER_TOKEN.into()));
        let uploads = fake.uploads();
        assert_eq!(uploads.len(), 1);
        assert_eq!(uploads[0].0, VOLUNTEER_TOKEN);
        let mut uploaded = uploads[0].1.clone();
        uploaded.sort();
        assert_eq!(uploaded, sorted);
        for id in &ids {
            let r = record(&store, *id);
            match &statuses[id] {
                ItemStatus::Rejected(_) => {
                    assert_eq!(r.state, RecordState::Rejected);
                    assert_eq!(r.reason.as_deref(), Some("event_closed"));
                }
                ItemStatus::Conflict => {
                    assert_eq!(r.state, RecordState::Sent);
                    assert_eq!(r.reason.as_deref(), Some("conflict"));
                }
                _ => assert_eq!((r.state, r.reason), (RecordState::Sent, None)),
            }
        }
        assert_eq!(store.outbox_counts().unwrap(), (0, 0));
        assert!(outbox(&store).is_empty());
        assert_eq!(store.sync_log().unwrap(), (Some(now()), None));
        // Nothing is sent twice.
        let again = sync(&mut store, &fake, true, now());
        assert_eq!(again.sent() + again.rejected + again.deferred, 0);
        assert_eq!(fake.uploads().len(), 1);
    }

    #[test]
    fn offline_defers_with_backoff_and_does_not_retry_before_due_unless_forced() {
        let (mut store, ids) = volunteer_phone(3);
        let fake = Fake::new(|_, _| Err(TransportError::Offline("connection refused".into())));
        let report = sync(&mut store, &fake, false, now());
        assert_eq!(report.problem, Some(SyncProblem::Offline));
        assert_eq!((report.sent(), report.deferred, report.waiting), (0, 3, 3), "{report:?}");
        assert_eq!(fake.uploads().len(), 1);
        let first = outbox(&store);
        assert_eq!(first.len(), 3);
        for id in &ids {
            let e = &first[id];
            assert_eq!(e.attempts, 1);
            assert!(e.next_attempt_at > now(), "a later try: {}", e.next_attempt_at);
            assert!(e.next_attempt_at <= now() + chrono::Duration::from_std(BASE).unwrap(), "within the first bound");
            assert_eq!(record(&store, *id).state, RecordState::Waiting);
        }
        assert_eq!(store.sync_log().unwrap().1.as_deref(), Some("offline"));

        // Before the earliest retry time, an ordinary sync leaves them alone.
        let earliest = first.values().map(|e| e.next_attempt_at).min().unwrap();
        let before = earliest - chrono::Duration::milliseconds(1);
        let report = sync(&mut store, &fake, false, before);
        assert_eq!((report.sent(), report.deferred, report.waiting), (0, 0, 3), "{report:?}");
        assert_eq!(fake.uploads().len(), 1, "not retried before due");
        assert_eq!(outbox(&store), first, "nothing changed");

        // "Send now" tries at once, and the bound doubles.
        let report = sync(&mut store, &fake, true, before);
        assert_eq!((report.deferred, report.problem), (3, Some(SyncProblem::Offline)));
        assert_eq!(fake.uploads().len(), 2);
        for e in outbox(&store).values() {
            assert_eq!(e.attempts, 2);
            assert!(e.next_attempt_at <= before + chrono::Duration::from_std(BASE * 2).unwrap());
        }

        // Once due, an ordinary sync sends them.
        let due = outbox(&store).values().map(|e| e.next_attempt_at).max().unwrap();
        fake.script(|_, batch| Ok(answer(batch, |_| Some(ItemStatus::Created))));
        let report = sync(&mut store, &fake, false, due);
        assert_eq!((report.created, report.waiting, report.problem), (3, 0, None), "{report:?}");
        assert!(ids.iter().all(|id| record(&store, *id).state == RecordState::Sent));
        assert_eq!(store.sync_log().unwrap(), (Some(due), None));
    }

    #[test]
    fn a_refused_batch_is_split_and_only_the_bad_record_is_quarantined() {
        let (mut store, ids) = volunteer_phone(5);
        let bad = ids[3];
        let fake = Fake::new(move |_, batch| {
            if batch.records.iter().any(|r| r.id == bad) {
                Err(TransportError::Refused {
                    status: 400,
                    code: "bad_request".into(),
                    message: "records[3].lessons_done".into(),
                })
            } else {
                Ok(answer(batch, |_| Some(ItemStatus::Created)))
            }
        });
        let report = sync(&mut store, &fake, true, now());
        assert_eq!((report.created, report.deferred, report.quarantined, report.waiting), (4, 1, 0, 1), "{report:?}");
        let sizes: Vec<usize> = fake.uploads().iter().map(|u| u.1.len()).collect();
        assert_eq!(sizes[0], 5, "the whole batch first");
        assert!(sizes.contains(&1), "halved down to the bad record alone: {sizes:?}");
        for id in ids.iter().filter(|id| **id != bad) {
            assert_eq!(record(&store, *id).state, RecordState::Sent);
        }
        assert_eq!(outbox(&store)[&bad].attempts, 1);

        for tries in 2..QUARANTINE_AFTER {
            let report = sync(&mut store, &fake, true, now());
            assert_eq!((report.deferred, report.quarantined), (1, 0));
            assert_eq!(outbox(&store)[&bad].attempts, tries);
            assert_eq!(record(&store, bad).state, RecordState::Waiting);
        }
        let before = fake.uploads().len();
        let report = sync(&mut store, &fake, true, now());
        assert_eq!((report.quarantined, report.waiting, report.deferred), (1, 0, 0), "{report:?}");
        let r = record(&store, bad);
        assert_eq!(r.state, RecordState::Quarantined);
        assert_eq!(r.reason.as_deref(), Some("refused_400_bad_request"));
        assert_eq!(store.outbox_counts().unwrap(), (0, 1));
        // After the first sync only the bad record travelled, alone.
        let later = fake.uploads();
        assert_eq!(later.len(), before + 1);
        assert!(later[sizes.len()..].iter().all(|u| u.1 == vec![bad]));
        // The rest of the queue flows: a new record is sent past the quarantined one.
        let next = volunteer_check_in(&mut store, &code(), LearnerCode::from_bits(0x9999).as_str(), now()).unwrap();
        let report = sync(&mut store, &fake, false, now());
        assert_eq!((report.created, report.waiting), (1, 0));
        assert_eq!(record(&store, next.record.id).state, RecordState::Sent);
        assert_eq!(record(&store, bad).state, RecordState::Quarantined);
    }

    #[test]
    fn network_failures_do_not_count_towards_quarantine() {
        let (mut store, ids) = volunteer_phone(1);
        let fake = Fake::new(|_, _| Err(TransportError::Offline("no network".into())));
        for _ in 0..QUARANTINE_AFTER {
            sync(&mut store, &fake, true, now());
        }
        assert_eq!(outbox(&store)[&ids[0]].attempts, QUARANTINE_AFTER);
        fake.script(|_, _| {
            Err(TransportError::Refused { status: 400, code: "bad_request".into(), message: "no".into() })
        });
        let report = sync(&mut store, &fake, true, now());
        assert_eq!((report.quarantined, report.deferred), (0, 1), "one refusal is not 'keeps failing': {report:?}");
        assert_eq!(record(&store, ids[0]).state, RecordState::Waiting);
        for _ in 1..QUARANTINE_AFTER {
            sync(&mut store, &fake, true, now());
        }
        assert_eq!(record(&store, ids[0]).state, RecordState::Quarantined);
    }

    #[test]
    fn a_refusal_that_is_not_about_the_records_quarantines_nothing() {
        // Two failed tries offline, then every upload answered 404 (a wrong address, a proxy):
        // that is not one record's fault, so nothing is split or quarantined.
        let (mut store, ids) = volunteer_phone(8);
        let fake = Fake::new(|_, _| Err(TransportError::Offline("connection refused".into())));
        sync(&mut store, &fake, true, now());
        sync(&mut store, &fake, true, now());
        fake.script(|_, _| {
            Err(TransportError::Refused { status: 404, code: "unknown".into(), message: "not found".into() })
        });
        let before = fake.uploads().len();
        let report = sync(&mut store, &fake, true, now());
        assert_eq!(
            (report.quarantined, report.deferred, report.waiting, report.problem),
            (0, 8, 8, Some(SyncProblem::ServerTrouble)),
            "{report:?}"
        );
        assert_eq!(fake.uploads().len(), before + 1, "one request, not one per record");
        assert!(outbox(&store).values().all(|e| e.attempts == 3));
        assert!(ids.iter().all(|id| record(&store, *id).state == RecordState::Waiting));
        assert_eq!(store.outbox_counts().unwrap(), (8, 0));
    }

    #[test]
    fn a_senior_token_refused_with_401_is_forgotten_and_a_new_one_fetched() {
        let mut store = Store::in_memory().unwrap();
        store.set_server_url(Some(SERVER)).unwrap();
        store.give_attendance_consent(now()).unwrap();
        let first = senior_check_in(&mut store, code().as_str(), now()).unwrap().record;
        let fake = Fake::new(|token, batch| {
            if token == "senior-1" {
                Err(TransportError::Unauthorized)
            } else {
                Ok(answer(batch, |_| Some(ItemStatus::Created)))
            }
        });
        let report = sync(&mut store, &fake, false, now());
        assert_eq!((report.sent(), report.deferred, report.waiting), (0, 1, 1), "{report:?}");
        assert_eq!(
            fake.calls(),
            vec![Call::SeniorToken("482913".into()), Call::Upload { token: "senior-1".into(), ids: vec![first.id] }],
            "no volunteer session: no events are fetched"
        );
        assert_eq!(store.senior_token(&code(), now()).unwrap(), None, "the refused token is forgotten");
        assert_eq!(record(&store, first.id).state, RecordState::Waiting);

        let report = sync(&mut store, &fake, false, now());
        assert_eq!((report.created, report.waiting, report.problem), (1, 0, None), "{report:?}");
        assert_eq!(
            fake.calls()[2..],
            [Call::SeniorToken("482913".into()), Call::Upload { token: "senior-2".into(), ids: vec![first.id] }]
        );
        assert_eq!(store.senior_token(&code(), now()).unwrap().as_deref(), Some("senior-2"));
        assert_eq!(record(&store, first.id).state, RecordState::Sent);

        // A valid token is kept and used again without asking for another.
        let second = AttendanceRecord {
            id: Uuid::now_v7(),
            learner: LearnerCode::from_bits(0x4242),
            device_time: now(),
            ..first.clone()
        };
        store.add_attendance(&second, now()).unwrap();
        let report = sync(&mut store, &fake, false, now());
        assert_eq!(report.created, 1);
        assert_eq!(fake.calls()[4..], [Call::Upload { token: "senior-2".into(), ids: vec![second.id] }]);
    }

    #[test]
    fn a_volunteer_token_refused_with_401_asks_for_a_sign_in_and_counts_no_attempt() {
        let (mut store, ids) = volunteer_phone(2);
        let fake = Fake::new(|_, _| Err(TransportError::Unauthorized));
        let report = sync(&mut store, &fake, true, now());
        assert_eq!((report.problem, report.deferred, report.waiting), (Some(SyncProblem::SignInNeeded), 2, 2));
        assert!(outbox(&store).values().all(|e| e.attempts == 0));
        assert!(ids.iter().all(|id| record(&store, *id).state == RecordState::Waiting));
    }

    #[test]
    fn without_a_server_nothing_is_tried() {
        let mut store = Store::in_memory().unwrap();
        store.give_attendance_consent(now()).unwrap();
        let r = senior_check_in(&mut store, "482913", now()).unwrap();
        let fake = Fake::answering(ItemStatus::Created);
        let report = sync(&mut store, &fake, true, now());
        assert_eq!(report.problem, Some(SyncProblem::NoServer));
        assert_eq!((report.sent(), report.waiting), (0, 1));
        assert!(fake.calls().is_empty());
        assert_eq!(outbox(&store)[&r.record.id].attempts, 0);
        assert_eq!(store.sync_log().unwrap(), (None, None), "not noted as a failed try");
        // The server given for this sync is used.
        let options = SyncOptions { server: Some(SERVER.into()), force: false };
        let report = sync_once(&mut store, &fake, &options, now(), &mut rng());
        assert_eq!((report.created, report.problem), (1, None));
    }

    #[test]
    fn a_record_the_answer_leaves_out_stays_waiting() {
        let (mut store, ids) = volunteer_phone(3);
        let stranger = Uuid::now_v7();
        let answered: HashSet<Uuid> = ids[..2].iter().copied().collect();
        let fake = Fake::new(move |_, batch| {
            let mut result = answer(batch, |id| answered.contains(&id).then_some(ItemStatus::Created));
            // An answer for a record that was not sent is ignored.
            result.results.push(ItemResult { id: stranger, status: ItemStatus::Created });
            Ok(result)
        });
        let report = sync(&mut store, &fake, false, now());
        assert_eq!((report.created, report.deferred, report.waiting, report.problem), (2, 1, 1, None), "{report:?}");
        assert_eq!(record(&store, ids[0]).state, RecordState::Sent);
        assert_eq!(record(&store, ids[1]).state, RecordState::Sent);
        assert_eq!(record(&store, ids[2]).state, RecordState::Waiting);
        let left = outbox(&store);
        assert_eq!(left.keys().copied().collect::<Vec<_>>(), vec![ids[2]]);
        assert_eq!(left[&ids[2]].attempts, 1);
        assert!(left[&ids[2]].next_attempt_at > now());
        assert_eq!(store.attendance_records(None).unwrap().len(), 3, "no record made from a stranger's answer");
        // Forced, only the one left is sent again.
        fake.script(|_, batch| Ok(answer(batch, |_| Some(ItemStatus::Duplicate))));
        let report = sync(&mut store, &fake, true, now());
        assert_eq!((report.duplicate, report.waiting), (1, 0));
        assert_eq!(fake.uploads().last().unwrap().1, vec![ids[2]]);
        assert_eq!(record(&store, ids[2]).state, RecordState::Sent);
    }

    #[test]
    fn a_batch_larger_than_one_upload_goes_in_several() {
        let (mut store, ids) = volunteer_phone(BATCH as u64 * 2 + 5);
        let fake = Fake::answering(ItemStatus::Created);
        let report = sync(&mut store, &fake, false, now());
        assert_eq!((report.created, report.waiting), (ids.len(), 0));
        let sizes: Vec<usize> = fake.uploads().iter().map(|u| u.1.len()).collect();
        assert_eq!(sizes, vec![BATCH, BATCH, 5]);
        let sent: HashSet<Uuid> = fake.uploads().into_iter().flat_map(|u| u.1).collect();
        assert_eq!(sent, ids.into_iter().collect::<HashSet<_>>());
    }
}
