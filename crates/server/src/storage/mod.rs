//! Storage behind one trait (`Storage`, made of one trait per domain), with a SQLite (default)
//! and a PostgreSQL backend chosen by the database URL, both running the queries in `sql/`. The
//! HTTP layer, the dashboard and the admin CLI only see `Storage`.

mod ids;
mod ingest_plan;
mod packs;
mod postgres;
mod sql;
mod sqlite;
mod types;

use std::sync::Arc;

use async_trait::async_trait;
use blue_vest_protocol::{AttendanceRecord, EventCode, ItemStatus, LearnerCode};
use chrono::{DateTime, Utc};

use crate::settings::DbSettings;
pub use ids::*;
pub use ingest_plan::normalize as normalize_record;
pub use packs::{NewPackVersion, PackVersion, Packs, SignVersion};
pub use types::*;

pub type Result<T, E = StorageError> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("not found")]
    NotFound,
    #[error("{0} is already taken")]
    Taken(&'static str),
    #[error("the event is closed")]
    Closed,
    #[error("the event already has attendance, so its city and month cannot change")]
    HasAttendance,
    /// Another transaction's write was not visible yet: the caller tries again.
    #[error("a concurrent upload of the same record is not visible yet")]
    Raced,
    #[error("unexpected data in the database: {0}")]
    Corrupt(String),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
    #[error("unsupported database URL {0:?}: use sqlite://FILE or postgres://...")]
    UnsupportedUrl(String),
}

/// Everything the server keeps: one trait per domain, all implemented by each backend.
/// Implementations must be safe for many concurrent requests, and every method that writes does
/// so in one transaction. Callers hold an `Arc<dyn Storage>` and call any domain's methods on it.
pub trait Storage: Accounts + Events + Ingest + Stats + Conflicts + Packs + Send + Sync + 'static {
    /// "sqlite" or "postgres", for logs and benchmark output.
    fn backend(&self) -> &'static str;
}

/// Organisations, volunteers and bearer tokens (only their SHA-256 is stored).
#[async_trait]
pub trait Accounts {
    async fn create_org(&self, name: &str, city: &str, now: DateTime<Utc>) -> Result<Org>;
    async fn org_by_name(&self, name: &str) -> Result<Option<Org>>;
    async fn org(&self, id: OrgId) -> Result<Option<Org>>;
    async fn create_volunteer(&self, new: &NewVolunteer, now: DateTime<Utc>) -> Result<Volunteer>;
    async fn volunteer_by_email(&self, email: &str) -> Result<Option<Volunteer>>;
    async fn volunteer(&self, id: VolunteerId) -> Result<Option<Volunteer>>;
    async fn set_password_hash(&self, id: VolunteerId, password_hash: &str) -> Result<()>;

    async fn insert_token(&self, token_hash: &TokenHash, grant: &Grant, now: DateTime<Utc>) -> Result<()>;
    /// The grant of a token that exists, has not expired and is not revoked.
    async fn grant(&self, token_hash: &TokenHash, now: DateTime<Utc>) -> Result<Option<Grant>>;
    async fn revoke_token(&self, token_hash: &TokenHash, now: DateTime<Utc>) -> Result<()>;
    /// Ties a senior token to the learner it first uploads for; returns the token's learner
    /// (this one, or the one it was tied to before).
    async fn bind_senior_token(&self, token_hash: &TokenHash, learner: &LearnerCode) -> Result<Option<LearnerCode>>;
    /// Revokes every live token of a volunteer; returns how many.
    async fn revoke_volunteer_tokens(&self, id: VolunteerId, now: DateTime<Utc>) -> Result<u64>;
}

/// Events, and the attendance an event holds.
#[async_trait]
pub trait Events {
    /// Creates an event, or returns the one created earlier with the same `client_id` (then `false`).
    async fn create_event(
        &self,
        org: OrgId,
        by: VolunteerId,
        new: &NewEvent,
        now: DateTime<Utc>,
    ) -> Result<(Event, bool)>;
    async fn event(&self, id: EventId) -> Result<Option<Event>>;
    async fn events(&self, org: OrgId, query: &EventQuery) -> Result<Vec<Event>>;
    async fn update_event(&self, id: EventId, patch: &EventPatch, now: DateTime<Utc>) -> Result<Event>;
    async fn close_event(&self, id: EventId, now: DateTime<Utc>) -> Result<Event>;
    /// Keeps codes for a volunteer's events made offline, topped up to `count`; returns every
    /// code kept for them, with when it expires. Nobody else gets these codes meanwhile.
    async fn reserve_codes(
        &self,
        org: OrgId,
        volunteer: VolunteerId,
        count: u32,
        now: DateTime<Utc>,
    ) -> Result<Vec<(EventCode, DateTime<Utc>)>>;
    /// Whether an open event carries the code, or it is kept for an event made offline.
    async fn code_in_use(&self, code: &EventCode, now: DateTime<Utc>) -> Result<bool>;

    /// The merged attendances of one event, with the records behind each.
    async fn event_attendance(&self, event: EventId) -> Result<Vec<Attendance>>;
    /// Every attendance of an organisation (or one event), for the CSV export, oldest first.
    async fn export_attendance(&self, org: OrgId, event: Option<EventId>) -> Result<Vec<ExportRow>>;
}

/// The attendance upload.
#[async_trait]
pub trait Ingest {
    /// Stores a batch in one transaction and answers per record, in order.
    async fn ingest(&self, by: &Submitter, records: &[AttendanceRecord], now: DateTime<Utc>)
    -> Result<Vec<ItemStatus>>;
}

/// The organiser's view: campaign totals and chart buckets, kept up to date by every upload.
#[async_trait]
pub trait Stats {
    async fn totals(&self) -> Result<Totals>;
    async fn per_city(&self) -> Result<Vec<Bucket>>;
    async fn per_month(&self) -> Result<Vec<Bucket>>;
    /// Every difference between the kept counters and a full recount from the rows (empty when
    /// they agree), in words: `admin recount --check`.
    async fn recount_differences(&self) -> Result<Vec<String>>;
}

/// Two versions of one record, waiting for an organiser's decision.
#[async_trait]
pub trait Conflicts {
    async fn conflicts(&self, org: OrgId, open_only: bool) -> Result<Vec<Conflict>>;
    /// How many of an organisation's conflicts wait for a decision.
    async fn open_conflicts(&self, org: OrgId) -> Result<i64>;
    async fn resolve_conflict(&self, org: OrgId, id: ConflictId, keep: Keep, now: DateTime<Utc>) -> Result<()>;
}

/// Opens (creating if needed) and migrates the database a URL names:
/// `sqlite://FILE` (or `sqlite::memory:`) or `postgres://...`, with the default settings.
pub async fn open(url: &str) -> Result<Arc<dyn Storage>> {
    open_with(url, &DbSettings::default()).await
}

/// `open` with a deployment's settings.
pub async fn open_with(url: &str, settings: &DbSettings) -> Result<Arc<dyn Storage>> {
    if url.starts_with("sqlite:") {
        Ok(Arc::new(sqlite::open(url).await?))
    } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok(Arc::new(postgres::open(url, settings.pg_connections).await?))
    } else {
        Err(StorageError::UnsupportedUrl(url.to_owned()))
    }
}
