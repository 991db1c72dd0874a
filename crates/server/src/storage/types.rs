//! The plain rows the storage hands out and takes in.

use blue_vest_protocol::{EventCode, LearnerCode, RecordedBy};
use chrono::{DateTime, Utc};
use serde::Serialize;
use uuid::Uuid;

use super::ids::{ConflictId, EventId, OrgId, VolunteerId};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Org {
    pub id: OrgId,
    pub name: String,
    pub city: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone)]
pub struct NewVolunteer {
    pub org: OrgId,
    pub email: String,
    pub name: String,
    pub password_hash: String,
}

#[derive(Debug, Clone)]
pub struct Volunteer {
    pub id: VolunteerId,
    pub org: OrgId,
    pub email: String,
    pub name: String,
    /// argon2id PHC string; never logged or sent.
    pub password_hash: String,
    pub created_at: DateTime<Utc>,
}

/// What a bearer token allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Grant {
    /// A signed-in volunteer: reads and writes their organisation's events and attendance.
    Volunteer { volunteer: VolunteerId, org: OrgId, expires_at: DateTime<Utc> },
    /// A senior's phone: may only submit its own check-ins for one event code, for one learner
    /// (the first it uploads for; `None` until then).
    Senior { event_code: EventCode, learner: Option<LearnerCode>, expires_at: DateTime<Utc> },
}

impl Grant {
    pub fn expires_at(&self) -> DateTime<Utc> {
        match self {
            Grant::Volunteer { expires_at, .. } | Grant::Senior { expires_at, .. } => *expires_at,
        }
    }
}

/// Who sends an attendance batch, which decides what it may write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Submitter {
    Volunteer {
        org: OrgId,
    },
    /// A senior's phone for one event code; with `learner`, only that learner's check-ins.
    Senior {
        event_code: EventCode,
        learner: Option<LearnerCode>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEvent {
    /// A client-made id, so an event created offline and uploaded twice is created once.
    pub client_id: Option<Uuid>,
    pub city: String,
    pub venue: String,
    pub starts_at: DateTime<Utc>,
    pub topics: Vec<String>,
    /// A code the volunteer already showed offline; the server makes one if absent.
    pub code: Option<EventCode>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventPatch {
    pub city: Option<String>,
    pub venue: Option<String>,
    pub starts_at: Option<DateTime<Utc>>,
    pub topics: Option<Vec<String>>,
}

/// An event. The API shows it as the protocol's `EventInfo`, the same fields with plain ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub id: EventId,
    /// The id the creating device chose (or the server, for events made on the server).
    pub client_id: Uuid,
    pub organisation: OrgId,
    pub city: String,
    pub venue: String,
    pub starts_at: DateTime<Utc>,
    pub topics: Vec<String>,
    pub code: EventCode,
    pub closed_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    /// Merged attendances: one per senior.
    pub attendance: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EventState {
    Open,
    Closed,
    #[default]
    All,
}

/// A page of an organisation's events, newest start first. `before` is the last row of the
/// previous page (start time, id): keyset paging, so a page costs the same on any page.
#[derive(Debug, Clone, Default)]
pub struct EventQuery {
    pub state: EventState,
    pub before: Option<(DateTime<Utc>, EventId)>,
    pub limit: i64,
}

/// One record as a device sent it, with the server's receipt time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoredRecord {
    pub id: Uuid,
    pub event_code: EventCode,
    pub learner: LearnerCode,
    pub recorded_by: RecordedBy,
    pub lessons_done: Vec<String>,
    pub device_time: DateTime<Utc>,
    pub received_at: DateTime<Utc>,
}

/// One senior at one event: the volunteer's and the senior's own check-ins merged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Attendance {
    pub learner: LearnerCode,
    pub by_volunteer: bool,
    pub by_senior: bool,
    /// The most lessons any of its records lists.
    pub lessons: i64,
    pub first_received_at: DateTime<Utc>,
}

/// One CSV row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportRow {
    pub event_id: EventId,
    pub event_code: EventCode,
    pub city: String,
    pub venue: String,
    pub starts_at: DateTime<Utc>,
    pub learner: LearnerCode,
    pub by_volunteer: bool,
    pub by_senior: bool,
    pub lessons: i64,
    pub first_received_at: DateTime<Utc>,
}

/// Campaign-wide totals (`admin stats`, the dashboard's head).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Totals {
    pub organisations: i64,
    pub events: i64,
    pub open_events: i64,
    /// Merged attendances.
    pub attendance: i64,
    /// Records as uploaded (a merged attendance has one or two).
    pub records: i64,
    pub unique_learners: i64,
    pub lessons_completed: i64,
    pub open_conflicts: i64,
}

/// One bar of a chart: a city or a month (`YYYY-MM`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Bucket {
    pub key: String,
    pub attendance: i64,
    pub unique_learners: i64,
    pub lessons: i64,
}

/// The same record id uploaded with different content: both versions, for an organiser.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conflict {
    pub id: ConflictId,
    pub event: EventId,
    pub stored: StoredRecord,
    pub incoming: StoredRecord,
    pub resolved_at: Option<DateTime<Utc>>,
    pub kept: Option<Keep>,
}

/// An organiser's decision on a conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Keep {
    /// The version stored first stays.
    Stored,
    /// The later upload replaces it.
    Incoming,
}
