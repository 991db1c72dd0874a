//! One sync: upload events made offline, refresh the volunteer's events, then send the outbox in
//! batches and store each record's answer. A record leaves the outbox only with the server's
//! answer; a failure leaves it there with a later retry time (backoff with full jitter); a
//! record the server keeps refusing on its own is quarantined so the rest of the queue flows.

use std::collections::BTreeMap;

use blue_vest_protocol::{
    AttendanceBatch, AttendanceRecord, EventCode, ItemStatus, NewEventRequest, RecordedBy, RejectReason,
};
use chrono::{DateTime, Utc};
use rand::Rng;
use uuid::Uuid;

use super::backoff::retry_delay;
use super::transport::{Transport, TransportError};
use crate::store::{LocalEvent, RecordState, Store, StoreError, VolunteerSession};

/// Records per upload.
pub const BATCH: usize = 100;
/// Records taken from the outbox per sync.
pub const PER_SYNC: usize = 2_000;
/// After this many refusals of a record on its own, it is quarantined.
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
    let session = VolunteerSession {
        server: server.trim_end_matches('/').to_owned(),
        token: answer.token,
        name: answer.volunteer.name,
        org_name: answer.organisation.name,
        city: answer.organisation.city,
        expires_at: answer.expires_at,
    };
    store.save_volunteer_session(&session)?;
    if store.server_url()?.is_none() {
        store.set_server_url(Some(&session.server))?;
    }
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
    let server = options.server.clone().or(store.server_url()?).or_else(|| session.as_ref().map(|s| s.server.clone()));
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
                        (RecordState::Rejected, Some(reason_code(&reason).to_owned()))
                    }
                };
                outcomes.push((item.id, state, reason));
            }
            store.settle(&outcomes, now)?;
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
        Err(TransportError::Refused { status, code, message }) if chunk.len() > 1 => {
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
        Err(TransportError::Refused { status, code, .. }) => {
            let record = &chunk[0];
            let tries = attempts.get(&record.id).copied().unwrap_or(0) + 1;
            if tries >= QUARANTINE_AFTER {
                store
                    .settle(&[(record.id, RecordState::Quarantined, Some(format!("refused_{status}_{code}")))], now)?;
                report.quarantined += 1;
            } else {
                retry_later(store, &[record.id], attempts, now, rng, &format!("refused {status} {code}"))?;
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
    let retries: Vec<(Uuid, u32, DateTime<Utc>)> = ids
        .iter()
        .map(|id| {
            let tries = attempts.get(id).copied().unwrap_or(0).saturating_add(1);
            let wait = chrono::Duration::from_std(retry_delay(tries, rng)).unwrap_or_default();
            (*id, tries, now + wait)
        })
        .collect();
    store.defer(&retries, error)
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
