//! One sync: upload events made offline, refresh the volunteer's events, then send the outbox in
//! batches and store each record's answer. A record leaves the outbox only with the server's
//! answer; a failure leaves it there with a later retry time (backoff with full jitter); a
//! record the server keeps refusing on its own is quarantined so the rest of the queue flows.
//!
//! `session.rs` signs in and keeps tokens, `events.rs` syncs the volunteer's events,
//! `upload.rs` sends batches (splitting, quarantine, retry times).

mod events;
mod packs;
mod session;
#[cfg(test)]
mod tests;
mod upload;

use std::collections::BTreeMap;

use blue_vest_protocol::{AttendanceRecord, EventCode, RecordedBy, RejectReason};
use chrono::{DateTime, Utc};
use rand::Rng;
use uuid::Uuid;

pub use packs::sync_lesson_packs;
pub use session::{SignInError, keep_session, sign_in};
use upload::Flow;

use super::transport::{Transport, TransportError};
use crate::store::{Store, StoreError, VolunteerSession};

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
    /// The server answered in a way only a newer version of the app understands.
    UpdateNeeded,
}

impl SyncProblem {
    pub const ALL: [SyncProblem; 6] = [
        SyncProblem::NoServer,
        SyncProblem::Offline,
        SyncProblem::ServerTrouble,
        SyncProblem::SignInNeeded,
        SyncProblem::Storage,
        SyncProblem::UpdateNeeded,
    ];

    /// The stable code the sync log keeps.
    pub fn code(self) -> &'static str {
        match self {
            SyncProblem::NoServer => "no_server",
            SyncProblem::Offline => "offline",
            SyncProblem::ServerTrouble => "server_trouble",
            SyncProblem::SignInNeeded => "sign_in_needed",
            SyncProblem::Storage => "storage",
            SyncProblem::UpdateNeeded => "update_needed",
        }
    }

    pub fn from_code(code: &str) -> Option<SyncProblem> {
        Self::ALL.into_iter().find(|p| p.code() == code)
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
    /// Answered in a way only a newer app understands: left waiting, and the app asks to be updated.
    pub update_needed: usize,
    /// Left in the outbox for a later try.
    pub deferred: usize,
    pub events_uploaded: usize,
    /// Events made offline that the server refused as they are (marked, shown, not sent again).
    pub events_refused: usize,
    /// In the outbox after this sync.
    pub waiting: usize,
    pub problem: Option<SyncProblem>,
    /// The lesson packs' part, when the sync worker asked for them too.
    pub packs: Option<crate::packs::PackSyncReport>,
}

impl SyncReport {
    pub fn sent(&self) -> usize {
        self.created + self.duplicate + self.conflict
    }

    /// Notes why a request failed (the first problem of a sync is the one shown).
    fn note(&mut self, e: &TransportError) {
        let problem = match e {
            TransportError::Offline(_) => SyncProblem::Offline,
            TransportError::Server(_) | TransportError::RateLimited(_) | TransportError::Refused { .. } => {
                SyncProblem::ServerTrouble
            }
            TransportError::Unauthorized => SyncProblem::SignInNeeded,
        };
        self.problem.get_or_insert(problem);
    }
}

#[derive(Debug, Clone, Default)]
pub struct SyncOptions {
    /// The server to use; else the store's setting, else the volunteer session's.
    pub server: Option<String>,
    /// Ignore retry times ("Send now").
    pub force: bool,
}

/// A step of a sync failed: a request (the server's or the network's fault: try later) or the
/// phone's own store (reported as a storage problem, never as "offline").
#[derive(Debug, thiserror::Error)]
pub enum StepError {
    #[error(transparent)]
    Transport(#[from] TransportError),
    #[error(transparent)]
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

/// What one sync works with: the store, the server, the clock, the dice and the report.
struct Run<'a, R: Rng> {
    store: &'a mut Store,
    transport: &'a dyn Transport,
    server: String,
    now: DateTime<Utc>,
    rng: &'a mut R,
    report: &'a mut SyncReport,
    /// Attempts so far of each record taken from the outbox in this sync.
    attempts: BTreeMap<Uuid, u32>,
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
    let Some(server) = server_for(store, options, session.as_ref())? else {
        report.problem = Some(SyncProblem::NoServer);
        return Ok(());
    };
    let mut run = Run { store, transport, server, now, rng, report, attempts: BTreeMap::new() };
    if let Some(session) = &session {
        match run.volunteer_events(session) {
            Ok(()) => {}
            Err(StepError::Store(e)) => return Err(e),
            Err(StepError::Transport(e)) => {
                run.report.note(&e);
                if e.is_unreachable() {
                    return run.defer_all(options.force, &e);
                }
            }
        }
    }
    run.send_outbox(session.as_ref(), options.force)
}

/// The server a sync talks to: the one asked for, else the store's setting, else the
/// volunteer session's, else the one built into the release.
fn server_for(
    store: &Store,
    options: &SyncOptions,
    session: Option<&VolunteerSession>,
) -> Result<Option<String>, StoreError> {
    Ok(options
        .server
        .clone()
        .or(store.server_url()?)
        .or_else(|| session.map(|s| s.server.clone()))
        .or_else(|| DEFAULT_SERVER.map(str::to_owned)))
}

impl<R: Rng> Run<'_, R> {
    /// Sends what is due in the outbox: volunteer records with the volunteer's token, a senior's
    /// with a senior token for its event code.
    fn send_outbox(&mut self, session: Option<&VolunteerSession>, force: bool) -> Result<(), StoreError> {
        let due = self.store.outbox_due(self.now, force, PER_SYNC)?;
        let mut groups: BTreeMap<Option<EventCode>, Vec<AttendanceRecord>> = BTreeMap::new();
        for entry in due {
            self.attempts.insert(entry.record.id, entry.attempts);
            let key = (entry.record.recorded_by == RecordedBy::Senior).then(|| entry.record.event_code.clone());
            groups.entry(key).or_default().push(entry.record);
        }
        for (code, records) in groups {
            let token = match &code {
                None => match session {
                    Some(s) => s.token.clone(),
                    None => {
                        // Volunteer records wait for a sign-in; that is not their fault, so no attempt is counted.
                        self.report.problem.get_or_insert(SyncProblem::SignInNeeded);
                        self.report.deferred += records.len();
                        continue;
                    }
                },
                Some(code) => match self.senior_token(code) {
                    Ok(token) => token,
                    Err(StepError::Store(e)) => return Err(e),
                    Err(StepError::Transport(e)) => {
                        self.report.note(&e);
                        let ids: Vec<Uuid> = records.iter().map(|r| r.id).collect();
                        self.retry_later(&ids, &e.to_string())?;
                        self.report.deferred += ids.len();
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
                    self.report.deferred += chunk.len();
                    continue;
                }
                match self.send(&token, chunk)? {
                    Flow::Go => {}
                    Flow::Stop => stop = true,
                    Flow::TokenGone => {
                        if let Some(code) = &code {
                            self.store.forget_senior_token(code)?;
                        } else {
                            self.report.problem.get_or_insert(SyncProblem::SignInNeeded);
                        }
                        self.report.deferred += chunk.len();
                        stop = true;
                    }
                }
            }
            let unreachable = matches!(self.report.problem, Some(SyncProblem::Offline | SyncProblem::ServerTrouble));
            if stop && unreachable {
                break;
            }
        }
        Ok(())
    }
}

/// A rejection's stable reason code, as the store keeps it.
pub fn reason_code(r: &RejectReason) -> &'static str {
    match r {
        RejectReason::UnknownEventCode => "unknown_event_code",
        RejectReason::EventClosed => "event_closed",
        RejectReason::NotPermitted => "not_permitted",
        RejectReason::Invalid { .. } => "invalid",
        RejectReason::Other => UPDATE_APP,
    }
}

/// The reason a record waits when the server's answer needs a newer app.
pub const UPDATE_APP: &str = "update_app";

/// How old a record is at `now` by the phone's own clock, in milliseconds (never negative: a
/// clock set back since the check-in gives 0).
pub fn age_ms(device_time: DateTime<Utc>, now: DateTime<Utc>) -> u64 {
    u64::try_from((now - device_time).num_milliseconds()).unwrap_or(0)
}
