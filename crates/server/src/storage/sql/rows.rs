//! How values are kept in columns (times as Unix ms, lists and record ids as text), and the row
//! readers: each reads the columns of its `*_COLS` list, in that order.

use blue_vest_protocol::{EventCode, LearnerCode, RecordedBy};
use chrono::{DateTime, TimeZone, Utc};
use sqlx::{ColumnIndex, Database, Decode, Encode, Executor, QueryBuilder, Row, Type};
use uuid::Uuid;

use super::{Dialect, SqlStorage};
use crate::storage::types::{Bucket, Event, Org, StoredRecord, Volunteer};
use crate::storage::{Result, StorageError};

pub(super) fn ms(t: DateTime<Utc>) -> i64 {
    t.timestamp_millis()
}

pub(super) fn from_ms(v: i64) -> DateTime<Utc> {
    Utc.timestamp_millis_opt(v).single().unwrap_or_default()
}

/// The month an event counts in, `YYYY-MM` (UTC).
pub(super) fn month_of(t: DateTime<Utc>) -> String {
    t.format("%Y-%m").to_string()
}

pub(super) fn by_str(by: RecordedBy) -> &'static str {
    match by {
        RecordedBy::Volunteer => "volunteer",
        RecordedBy::Senior => "senior",
    }
}

pub(super) fn by_parse(s: &str) -> Result<RecordedBy> {
    match s {
        "volunteer" => Ok(RecordedBy::Volunteer),
        "senior" => Ok(RecordedBy::Senior),
        other => Err(corrupt(format!("recorded_by {other:?}"))),
    }
}

pub(super) fn corrupt(what: impl Into<String>) -> StorageError {
    StorageError::Corrupt(what.into())
}

pub(super) fn event_code(s: &str) -> Result<EventCode> {
    EventCode::parse(s).map_err(|_| corrupt(format!("event code {s:?}")))
}

pub(super) fn learner_code(s: &str) -> Result<LearnerCode> {
    LearnerCode::parse(s).map_err(|_| corrupt(format!("learner code {s:?}")))
}

/// Lesson ids are `[A-Za-z0-9-]`, so a comma list is unambiguous.
pub(super) fn lessons_join(l: &[String]) -> String {
    l.join(",")
}

pub(super) fn lessons_split(s: &str) -> Vec<String> {
    if s.is_empty() { Vec::new() } else { s.split(',').map(str::to_owned).collect() }
}

/// Topics are free text from volunteers; kept as a JSON array.
pub(super) fn topics_join(t: &[String]) -> String {
    serde_json::to_string(t).unwrap_or_else(|_| "[]".into())
}

pub(super) fn topics_split(s: &str) -> Vec<String> {
    serde_json::from_str(s).unwrap_or_default()
}

pub(super) fn is_unique_violation(e: &sqlx::Error) -> bool {
    e.as_database_error().is_some_and(|d| d.is_unique_violation())
}

/// PostgreSQL's deadlock and serialization failures: the transaction is simply retried.
pub(super) fn is_retryable(e: &StorageError) -> bool {
    matches!(e, StorageError::Raced)
        || matches!(e, StorageError::Database(d) if d.as_database_error()
            .and_then(|d| d.code())
            .is_some_and(|c| c == "40P01" || c == "40001"))
}

/// The distinct values of an iterator, sorted (lock order, and fewer binds).
pub(super) fn distinct<T: Ord + Clone>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut v: Vec<T> = items.into_iter().collect::<std::collections::BTreeSet<T>>().into_iter().collect();
    v.dedup();
    v
}

/// Appends a parenthesised list with one bind per item, for `IN`.
pub(super) fn in_list<'a, DB: Database, T>(qb: &mut QueryBuilder<DB>, items: impl IntoIterator<Item = T>)
where
    T: Encode<'a, DB> + Type<DB>,
{
    qb.push("(");
    let mut sep = qb.separated(", ");
    for item in items {
        sep.push_bind(item);
    }
    qb.push(")");
}

/// The columns `org_row` reads, in its order.
pub(super) const ORG_COLS: &str = "id, name, city, created_at";
/// The columns `volunteer_row` reads, in its order.
pub(super) const VOLUNTEER_COLS: &str = "id, org_id, email, name, password_hash, created_at";
/// The columns `event_row` reads, in its order.
pub(super) const EVENT_COLS: &str =
    "id, client_id, org_id, city, venue, starts_at, topics, code, closed_at, created_at, attendance";

impl<DB> SqlStorage<DB>
where
    DB: Dialect,
    for<'c> &'c mut DB::Connection: Executor<'c, Database = DB>,
    usize: ColumnIndex<DB::Row>,
    for<'q> i64: Type<DB> + Encode<'q, DB> + Decode<'q, DB>,
    for<'q> String: Type<DB> + Encode<'q, DB> + Decode<'q, DB>,
    for<'q> Option<i64>: Encode<'q, DB>,
    for<'q> Option<String>: Encode<'q, DB>,
    for<'q> &'q str: Type<DB> + Encode<'q, DB>,
{
    pub(super) fn org_row(r: &DB::Row) -> Result<Org> {
        Ok(Org { id: r.try_get(0)?, name: r.try_get(1)?, city: r.try_get(2)?, created_at: from_ms(r.try_get(3)?) })
    }

    pub(super) fn volunteer_row(r: &DB::Row) -> Result<Volunteer> {
        Ok(Volunteer {
            id: r.try_get(0)?,
            org: r.try_get(1)?,
            email: r.try_get(2)?,
            name: r.try_get(3)?,
            password_hash: r.try_get(4)?,
            created_at: from_ms(r.try_get(5)?),
        })
    }

    pub(super) fn event_row(r: &DB::Row) -> Result<Event> {
        let client_id: String = r.try_get(1)?;
        Ok(Event {
            id: r.try_get(0)?,
            client_id: client_id.parse().map_err(|_| corrupt(format!("event client id {client_id:?}")))?,
            organisation: r.try_get(2)?,
            city: r.try_get(3)?,
            venue: r.try_get(4)?,
            starts_at: from_ms(r.try_get(5)?),
            topics: topics_split(&r.try_get::<String, _>(6)?),
            code: event_code(&r.try_get::<String, _>(7)?)?,
            closed_at: r.try_get::<Option<i64>, _>(8)?.map(from_ms),
            created_at: from_ms(r.try_get(9)?),
            attendance: r.try_get(10)?,
        })
    }

    /// A chart bar from key, attendance, unique learners, lessons.
    pub(super) fn bucket_row(r: &DB::Row) -> Result<Bucket> {
        Ok(Bucket {
            key: r.try_get(0)?,
            attendance: r.try_get(1)?,
            unique_learners: r.try_get(2)?,
            lessons: r.try_get(3)?,
        })
    }

    /// A stored record from six columns starting at `at`: event_code, learner, recorded_by,
    /// lessons_done, device_time, received_at.
    pub(super) fn record_cols(r: &DB::Row, id: Uuid, at: usize) -> Result<StoredRecord> {
        Ok(StoredRecord {
            id,
            event_code: event_code(&r.try_get::<String, _>(at)?)?,
            learner: learner_code(&r.try_get::<String, _>(at + 1)?)?,
            recorded_by: by_parse(&r.try_get::<String, _>(at + 2)?)?,
            lessons_done: lessons_split(&r.try_get::<String, _>(at + 3)?),
            device_time: from_ms(r.try_get(at + 4)?),
            received_at: from_ms(r.try_get(at + 5)?),
        })
    }

    pub(super) fn uuid_col(r: &DB::Row, at: usize) -> Result<Uuid> {
        let s: String = r.try_get(at)?;
        s.parse().map_err(|_| corrupt(format!("record id {s:?}")))
    }
}
