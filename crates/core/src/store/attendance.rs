//! Event attendance made on this phone and the outbox that uploads it (migration 3), plus
//! volunteer mode's session and events, and the senior tokens per event code. A record and its
//! outbox row are written in one transaction; a record leaves the outbox only in the
//! transaction that stores the server's answer.

use blue_vest_protocol::{AttendanceRecord, EventCode, LearnerCode, RecordedBy};
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};
use uuid::Uuid;

use super::progress::{conv, stamp, time};
use super::{Store, StoreError};

/// Where a record is on its way to the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordState {
    /// In the outbox.
    Waiting,
    /// The server holds it (created, duplicate or conflict).
    Sent,
    /// The server refused it; `LocalRecord::reason` says why.
    Rejected,
    /// It kept failing on its own; kept aside so the rest of the queue flows.
    Quarantined,
}

impl RecordState {
    fn as_str(self) -> &'static str {
        match self {
            RecordState::Waiting => "waiting",
            RecordState::Sent => "sent",
            RecordState::Rejected => "rejected",
            RecordState::Quarantined => "quarantined",
        }
    }

    fn parse(s: &str) -> RecordState {
        match s {
            "sent" => RecordState::Sent,
            "rejected" => RecordState::Rejected,
            "quarantined" => RecordState::Quarantined,
            _ => RecordState::Waiting,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalRecord {
    pub record: AttendanceRecord,
    pub state: RecordState,
    /// A stable reason code (`unknown_event_code`, `event_closed`, …) when rejected or quarantined.
    pub reason: Option<String>,
    pub updated_at: DateTime<Utc>,
}

/// A record waiting in the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxEntry {
    pub record: AttendanceRecord,
    pub attempts: u32,
    pub next_attempt_at: DateTime<Utc>,
}

/// A signed-in volunteer on this phone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VolunteerSession {
    pub server: String,
    pub token: String,
    pub name: String,
    pub org_name: String,
    pub city: String,
    pub expires_at: DateTime<Utc>,
}

/// An event of the volunteer's organisation, downloaded or created on this phone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalEvent {
    pub client_id: Uuid,
    pub server_id: Option<i64>,
    pub code: EventCode,
    pub venue: String,
    pub city: String,
    pub starts_at: DateTime<Utc>,
    pub topics: Vec<String>,
    pub closed: bool,
    /// Attendance the server last reported.
    pub attendance: i64,
    /// Whether the server has it (an event created offline waits to be uploaded).
    pub uploaded: bool,
    /// Why the server refused to take it (`<code>: <message>`), if it did: it is not sent again.
    pub problem: Option<String>,
}

fn by_str(by: RecordedBy) -> &'static str {
    match by {
        RecordedBy::Volunteer => "volunteer",
        RecordedBy::Senior => "senior",
    }
}

const RECORD_COLUMNS: &str = "a.id, a.event_code, a.learner, a.recorded_by, a.lessons_done, a.device_time";

fn record_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<AttendanceRecord> {
    let lessons: String = r.get(4)?;
    Ok(AttendanceRecord {
        id: conv(r.get::<_, String>(0)?.parse::<Uuid>())?,
        event_code: conv(EventCode::parse(&r.get::<_, String>(1)?))?,
        learner: conv(LearnerCode::parse(&r.get::<_, String>(2)?))?,
        recorded_by: if r.get::<_, String>(3)? == "senior" { RecordedBy::Senior } else { RecordedBy::Volunteer },
        lessons_done: if lessons.is_empty() { Vec::new() } else { lessons.split(',').map(str::to_owned).collect() },
        device_time: time(r.get(5)?)?,
        age_ms: None,
    })
}

fn event_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<LocalEvent> {
    Ok(LocalEvent {
        client_id: conv(r.get::<_, String>(0)?.parse::<Uuid>())?,
        server_id: r.get(1)?,
        code: conv(EventCode::parse(&r.get::<_, String>(2)?))?,
        venue: r.get(3)?,
        city: r.get(4)?,
        starts_at: time(r.get(5)?)?,
        topics: serde_json::from_str(&r.get::<_, String>(6)?).unwrap_or_default(),
        closed: r.get(7)?,
        attendance: r.get(8)?,
        uploaded: r.get(9)?,
        problem: r.get(10)?,
    })
}

const EVENT_COLUMNS: &str =
    "client_id, server_id, code, venue, city, starts_at, topics, closed, attendance, uploaded, problem";

impl Store {
    /// This phone's learner code, derived from its random learner id (one source of truth).
    pub fn learner_code(&self) -> Result<LearnerCode, StoreError> {
        let id = self.learner_id()?;
        let bits = match id.parse::<Uuid>() {
            Ok(uuid) => uuid.as_u64_pair().0,
            Err(_) => id.bytes().fold(0u64, |h, b| h.rotate_left(5) ^ b as u64),
        };
        Ok(LearnerCode::from_bits(bits))
    }

    /// Stores a new record and puts it in the outbox, in one transaction.
    pub fn add_attendance(&mut self, record: &AttendanceRecord, now: DateTime<Utc>) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO attendance (id, event_code, learner, recorded_by, lessons_done, device_time, state, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'waiting', ?7)",
            params![
                record.id.to_string(),
                record.event_code.as_str(),
                record.learner.as_str(),
                by_str(record.recorded_by),
                record.lessons_done.join(","),
                stamp(record.device_time),
                stamp(now)
            ],
        )?;
        tx.execute(
            "INSERT INTO outbox (record_id, attempts, next_attempt_at) VALUES (?1, 0, ?2)",
            params![record.id.to_string(), stamp(now)],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The record of a learner at an event made on this phone, if any (one check-in each).
    pub fn attendance_for(&self, code: &EventCode, learner: &LearnerCode) -> Result<Option<LocalRecord>, StoreError> {
        let sql = format!(
            "SELECT {RECORD_COLUMNS}, a.state, a.reason, a.updated_at FROM attendance a
             WHERE a.event_code = ?1 AND a.learner = ?2 ORDER BY a.device_time DESC LIMIT 1"
        );
        Ok(self.conn.query_row(&sql, params![code.as_str(), learner.as_str()], local_row).optional()?)
    }

    /// Every record made on this phone, newest first (optionally those of one event code).
    pub fn attendance_records(&self, code: Option<&EventCode>) -> Result<Vec<LocalRecord>, StoreError> {
        let sql = format!(
            "SELECT {RECORD_COLUMNS}, a.state, a.reason, a.updated_at FROM attendance a
             WHERE ?1 IS NULL OR a.event_code = ?1 ORDER BY a.device_time DESC, a.id DESC"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params![code.map(EventCode::as_str)], local_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Outbox entries due at `now` (all of them when `force`), oldest first. A retry time
    /// further away than the backoff's longest wait (`backoff::CAP`) is due now: the phone's
    /// clock was set back since it was chosen, and the record must not wait for days.
    pub fn outbox_due(&self, now: DateTime<Utc>, force: bool, limit: usize) -> Result<Vec<OutboxEntry>, StoreError> {
        let sql = format!(
            "SELECT {RECORD_COLUMNS}, o.attempts, o.next_attempt_at FROM outbox o JOIN attendance a ON a.id = o.record_id
             WHERE ?1 OR o.next_attempt_at <= ?2 OR o.next_attempt_at > ?4 ORDER BY a.device_time, a.id LIMIT ?3"
        );
        let latest = now + chrono::Duration::from_std(crate::attendance::backoff::CAP).unwrap_or_default();
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params![force, stamp(now), limit as i64, stamp(latest)], |r| {
            Ok(OutboxEntry { record: record_row(r)?, attempts: r.get(6)?, next_attempt_at: time(r.get(7)?)? })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// How many records wait in the outbox, and how many are quarantined.
    pub fn outbox_counts(&self) -> Result<(usize, usize), StoreError> {
        // Rejected records kept for a second look (`requeue`) are not "waiting to send".
        let waiting: i64 = self.conn.query_row(
            "SELECT COUNT(*) FROM outbox o JOIN attendance a ON a.id = o.record_id WHERE a.state = 'waiting'",
            [],
            |r| r.get(0),
        )?;
        let quarantined: i64 =
            self.conn.query_row("SELECT COUNT(*) FROM attendance WHERE state = 'quarantined'", [], |r| r.get(0))?;
        Ok((waiting as usize, quarantined as usize))
    }

    /// The earliest time an outbox entry is due, if any waits.
    pub fn next_due(&self) -> Result<Option<DateTime<Utc>>, StoreError> {
        let t: Option<String> = self.conn.query_row("SELECT MIN(next_attempt_at) FROM outbox", [], |r| r.get(0))?;
        Ok(t.map(time).transpose()?)
    }

    /// Stores the server's answers: each record leaves the outbox with its final state, all in
    /// one transaction.
    pub fn settle(
        &mut self,
        outcomes: &[(Uuid, RecordState, Option<String>)],
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        for (id, state, reason) in outcomes {
            tx.execute(
                "UPDATE attendance SET state = ?2, reason = ?3, updated_at = ?4 WHERE id = ?1",
                params![id.to_string(), state.as_str(), reason, stamp(now)],
            )?;
            tx.execute("DELETE FROM outbox WHERE record_id = ?1", params![id.to_string()])?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Keeps answered records in the outbox for another look later, e.g. a code the server does
    /// not know yet because the volunteer's phone has not uploaded the event it made offline.
    pub fn requeue(&mut self, retries: &[(Uuid, u32, DateTime<Utc>)], note: &str) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        for (id, attempts, next) in retries {
            tx.execute(
                "INSERT INTO outbox (record_id, attempts, next_attempt_at, last_error) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (record_id) DO UPDATE SET attempts = ?2, next_attempt_at = ?3, last_error = ?4",
                params![id.to_string(), attempts, stamp(*next), note],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// How many times the server refused this record on its own (not counting network failures).
    pub fn refusals(&self, id: Uuid) -> Result<u32, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT refusals FROM outbox WHERE record_id = ?1", params![id.to_string()], |r| r.get(0))
            .optional()?
            .unwrap_or(0))
    }

    pub fn count_refusal(&mut self, id: Uuid) -> Result<(), StoreError> {
        self.conn.execute("UPDATE outbox SET refusals = refusals + 1 WHERE record_id = ?1", params![id.to_string()])?;
        Ok(())
    }

    /// Notes why records stay in the outbox although the server answered (e.g. `update_app`: the
    /// answer came from a newer server this version cannot read).
    pub fn note_waiting(&mut self, ids: &[Uuid], reason: &str, now: DateTime<Utc>) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        for id in ids {
            tx.execute(
                "UPDATE attendance SET reason = ?2, updated_at = ?3 WHERE id = ?1 AND state = 'waiting'",
                params![id.to_string(), reason, stamp(now)],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Leaves records in the outbox for a later try.
    pub fn defer(&mut self, retries: &[(Uuid, u32, DateTime<Utc>)], error: &str) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        for (id, attempts, next) in retries {
            tx.execute(
                "UPDATE outbox SET attempts = ?2, next_attempt_at = ?3, last_error = ?4 WHERE record_id = ?1",
                params![id.to_string(), attempts, stamp(*next), error],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Puts quarantined records back in the outbox (a person asked to try again).
    pub fn release_quarantine(&mut self, now: DateTime<Utc>) -> Result<usize, StoreError> {
        let tx = self.conn.transaction()?;
        let n = tx.execute(
            "INSERT INTO outbox (record_id, attempts, next_attempt_at)
             SELECT id, 0, ?1 FROM attendance WHERE state = 'quarantined'",
            params![stamp(now)],
        )?;
        tx.execute(
            "UPDATE attendance SET state = 'waiting', reason = NULL, updated_at = ?1 WHERE state = 'quarantined'",
            params![stamp(now)],
        )?;
        tx.commit()?;
        Ok(n)
    }

    /// Notes a sync attempt; `error` is None when it reached the server.
    pub fn note_sync(&mut self, now: DateTime<Utc>, error: Option<&str>) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO sync_log (id, last_success_at, last_error, last_try_at) VALUES (1, CASE WHEN ?2 IS NULL THEN ?1 END, ?2, ?1)
             ON CONFLICT (id) DO UPDATE SET last_try_at = ?1, last_error = ?2,
               last_success_at = CASE WHEN ?2 IS NULL THEN ?1 ELSE last_success_at END",
            params![stamp(now), error],
        )?;
        Ok(())
    }

    /// The last successful sync and the last error (None once a sync succeeded).
    pub fn sync_log(&self) -> Result<(Option<DateTime<Utc>>, Option<String>), StoreError> {
        let row: Option<(Option<String>, Option<String>)> = self
            .conn
            .query_row("SELECT last_success_at, last_error FROM sync_log WHERE id = 1", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?;
        let (ok, err) = row.unwrap_or_default();
        Ok((ok.map(time).transpose()?, err))
    }

    pub fn senior_token(&self, code: &EventCode, now: DateTime<Utc>) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT token FROM senior_tokens WHERE event_code = ?1 AND expires_at > ?2",
                params![code.as_str(), stamp(now)],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// The senior token that stays valid longest (the latest event's), for fetching lesson packs.
    pub fn latest_senior_token(&self, now: DateTime<Utc>) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT token FROM senior_tokens WHERE expires_at > ?1 ORDER BY expires_at DESC LIMIT 1",
                params![stamp(now)],
                |r| r.get(0),
            )
            .optional()?)
    }

    pub fn save_senior_token(
        &mut self,
        code: &EventCode,
        token: &str,
        expires_at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO senior_tokens (event_code, token, expires_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (event_code) DO UPDATE SET token = ?2, expires_at = ?3",
            params![code.as_str(), token, stamp(expires_at)],
        )?;
        Ok(())
    }

    pub fn forget_senior_token(&mut self, code: &EventCode) -> Result<(), StoreError> {
        self.conn.execute("DELETE FROM senior_tokens WHERE event_code = ?1", params![code.as_str()])?;
        Ok(())
    }

    pub fn volunteer_session(&self) -> Result<Option<VolunteerSession>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT server, token, name, org_name, city, expires_at FROM volunteer_session WHERE id = 1",
                [],
                |r| {
                    Ok(VolunteerSession {
                        server: r.get(0)?,
                        token: r.get(1)?,
                        name: r.get(2)?,
                        org_name: r.get(3)?,
                        city: r.get(4)?,
                        expires_at: time(r.get(5)?)?,
                    })
                },
            )
            .optional()?)
    }

    pub fn save_volunteer_session(&mut self, s: &VolunteerSession) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO volunteer_session (id, server, token, name, org_name, city, expires_at)
             VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (id) DO UPDATE SET server = ?1, token = ?2, name = ?3, org_name = ?4, city = ?5, expires_at = ?6",
            params![s.server, s.token, s.name, s.org_name, s.city, stamp(s.expires_at)],
        )?;
        Ok(())
    }

    /// Signing out removes the token (and the organisation's downloaded events) from the phone.
    pub fn clear_volunteer_session(&mut self) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM volunteer_session", [])?;
        tx.execute("DELETE FROM volunteer_events WHERE uploaded = 1", [])?;
        tx.execute("DELETE FROM reserved_codes", [])?;
        tx.commit()?;
        Ok(())
    }

    pub fn volunteer_events(&self) -> Result<Vec<LocalEvent>, StoreError> {
        let sql = format!("SELECT {EVENT_COLUMNS} FROM volunteer_events ORDER BY closed, starts_at DESC");
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map([], event_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn volunteer_event(&self, client_id: Uuid) -> Result<Option<LocalEvent>, StoreError> {
        let sql = format!("SELECT {EVENT_COLUMNS} FROM volunteer_events WHERE client_id = ?1");
        Ok(self.conn.query_row(&sql, params![client_id.to_string()], event_row).optional()?)
    }

    /// Adds or refreshes an event (downloaded, or just created here).
    pub fn save_volunteer_event(&mut self, e: &LocalEvent) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO volunteer_events (client_id, server_id, code, venue, city, starts_at, topics, closed, attendance, uploaded, problem)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
             ON CONFLICT (client_id) DO UPDATE SET server_id = ?2, code = ?3, venue = ?4, city = ?5, starts_at = ?6,
               topics = ?7, closed = ?8, attendance = ?9, uploaded = ?10, problem = ?11",
            params![
                e.client_id.to_string(),
                e.server_id,
                e.code.as_str(),
                e.venue,
                e.city,
                stamp(e.starts_at),
                serde_json::to_string(&e.topics).unwrap_or_else(|_| "[]".into()),
                e.closed,
                e.attendance,
                e.uploaded,
                e.problem
            ],
        )?;
        Ok(())
    }

    /// Notes why the server refused an event made offline; it is not sent again.
    pub fn set_event_problem(&mut self, client_id: Uuid, problem: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE volunteer_events SET problem = ?2 WHERE client_id = ?1",
            params![client_id.to_string(), problem],
        )?;
        Ok(())
    }

    /// The codes the server keeps for this volunteer's events made offline (unexpired at `now`).
    pub fn reserved_codes(&self, now: DateTime<Utc>) -> Result<Vec<EventCode>, StoreError> {
        let mut stmt =
            self.conn.prepare("SELECT code FROM reserved_codes WHERE expires_at > ?1 ORDER BY expires_at, code")?;
        let rows = stmt.query_map(params![stamp(now)], |r| conv(EventCode::parse(&r.get::<_, String>(0)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Keeps the server's list of codes reserved for this volunteer (replacing the old one).
    pub fn save_reserved_codes(&mut self, codes: &[(EventCode, DateTime<Utc>)]) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM reserved_codes", [])?;
        for (code, expires_at) in codes {
            tx.execute(
                "INSERT INTO reserved_codes (code, expires_at) VALUES (?1, ?2) ON CONFLICT (code) DO NOTHING",
                params![code.as_str(), stamp(*expires_at)],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Takes a reserved code for an event made offline (not one in `taken`); it is used up.
    pub fn take_reserved_code(
        &mut self,
        now: DateTime<Utc>,
        taken: &[EventCode],
    ) -> Result<Option<EventCode>, StoreError> {
        let Some(code) = self.reserved_codes(now)?.into_iter().find(|c| !taken.contains(c)) else { return Ok(None) };
        self.conn.execute("DELETE FROM reserved_codes WHERE code = ?1", params![code.as_str()])?;
        Ok(Some(code))
    }

    /// How many learners were checked in at an event on this phone.
    pub fn checked_in_count(&self, code: &EventCode) -> Result<usize, StoreError> {
        let n: i64 = self.conn.query_row(
            "SELECT COUNT(DISTINCT learner) FROM attendance WHERE event_code = ?1 AND recorded_by = 'volunteer'",
            params![code.as_str()],
            |r| r.get(0),
        )?;
        Ok(n as usize)
    }

    /// When the senior agreed to share attendance (the consent screen is shown once).
    pub fn attendance_consent(&self) -> Result<Option<DateTime<Utc>>, StoreError> {
        self.sync_config("consent_at")?.map(|t| Ok(time(t)?)).transpose()
    }

    pub fn give_attendance_consent(&mut self, now: DateTime<Utc>) -> Result<(), StoreError> {
        self.set_sync_config("consent_at", Some(&stamp(now)))
    }

    /// The volunteer server this phone syncs with, if one was set.
    pub fn server_url(&self) -> Result<Option<String>, StoreError> {
        self.sync_config("server_url")
    }

    pub fn set_server_url(&mut self, url: Option<&str>) -> Result<(), StoreError> {
        self.set_sync_config("server_url", url)
    }

    fn sync_config(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT value FROM sync_config WHERE key = ?1", params![key], |r| r.get(0))
            .optional()?)
    }

    fn set_sync_config(&mut self, key: &str, value: Option<&str>) -> Result<(), StoreError> {
        match value {
            Some(v) => self.conn.execute(
                "INSERT INTO sync_config (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = ?2",
                params![key, v],
            )?,
            None => self.conn.execute("DELETE FROM sync_config WHERE key = ?1", params![key])?,
        };
        Ok(())
    }

    /// Gives waiting records of an event a new code (the server gave the offline-made event another one).
    pub fn recode_waiting(&mut self, old: &EventCode, new: &EventCode) -> Result<usize, StoreError> {
        Ok(self.conn.execute(
            "UPDATE attendance SET event_code = ?2 WHERE event_code = ?1 AND state = 'waiting'",
            params![old.as_str(), new.as_str()],
        )?)
    }

    /// `PRAGMA integrity_check` (the crash test and the CLI use it).
    pub fn integrity_check(&self) -> Result<String, StoreError> {
        Ok(self.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }
}

fn local_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<LocalRecord> {
    Ok(LocalRecord {
        record: record_row(r)?,
        state: RecordState::parse(&r.get::<_, String>(6)?),
        reason: r.get(7)?,
        updated_at: time(r.get(8)?)?,
    })
}
