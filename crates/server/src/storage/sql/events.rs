//! Events (created once per client id, with a free code), their pages, and the attendance they hold.

use async_trait::async_trait;
use blue_vest_protocol::EventCode;
use chrono::{DateTime, Utc};
use sqlx::{ColumnIndex, Decode, Encode, Executor, Pool, QueryBuilder, Row, Type};
use uuid::Uuid;

use super::rows::*;
use super::{Dialect, SqlStorage, Tx};
use crate::storage::ids::*;
use crate::storage::types::*;
use crate::storage::{Events, Result, StorageError};

/// How long a code reserved for events made offline is kept.
pub const RESERVATION_DAYS: i64 = 30;

fn new_code() -> String {
    use rand::Rng;
    format!("{:06}", rand::thread_rng().gen_range(0..1_000_000))
}

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
    pub(super) async fn fetch_event(pool: &Pool<DB>, id: EventId) -> Result<Option<Event>> {
        let sql = format!("SELECT {EVENT_COLS} FROM events WHERE id = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(pool).await?;
        row.as_ref().map(Self::event_row).transpose()
    }

    /// Inserts an event with `code` in one transaction; `None` if another organisation keeps
    /// the code. `opened_at`, from when the event counts as carrying its code: its start, its
    /// creation or when its organisation reserved the code, whichever is first (a phone makes
    /// events offline and uploads them later), never before another event with the code closed.
    async fn insert_event(
        &self,
        org: OrgId,
        by: VolunteerId,
        new: &NewEvent,
        client_id: &str,
        code: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<EventId>> {
        let now_ms = ms(now);
        let mut tx: Tx<DB> = self.write().begin().await?;
        let reserved =
            sqlx::query("SELECT org_id, created_at FROM code_reservations WHERE code = $1 AND expires_at > $2")
                .bind(code.to_owned())
                .bind(now_ms)
                .fetch_optional(&mut *tx)
                .await?;
        let reserved_at = match reserved {
            Some(r) if r.try_get::<OrgId, _>(0)? != org => return Ok(None),
            Some(r) => Some(r.try_get::<i64, _>(1)?),
            None => None,
        };
        let last_close: Option<i64> = sqlx::query("SELECT MAX(closed_at) FROM events WHERE code = $1")
            .bind(code.to_owned())
            .fetch_one(&mut *tx)
            .await?
            .try_get(0)?;
        let first = [Some(now_ms), Some(ms(new.starts_at)), reserved_at].into_iter().flatten().min().unwrap_or(now_ms);
        let opened_at = first.max(last_close.unwrap_or(i64::MIN));
        let row = sqlx::query(
            "INSERT INTO events (client_id, org_id, city, venue, starts_at, month, topics, code, open_code, \
             created_by, created_at, updated_at, opened_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9, $10, $10, $11) \
             RETURNING id",
        )
        .bind(client_id.to_owned())
        .bind(org)
        .bind(new.city.clone())
        .bind(new.venue.clone())
        .bind(ms(new.starts_at))
        .bind(month_of(new.starts_at))
        .bind(topics_join(&new.topics))
        .bind(code.to_owned())
        .bind(by)
        .bind(now_ms)
        .bind(opened_at)
        .fetch_one(&mut *tx)
        .await?;
        let id: EventId = row.try_get(0)?;
        if reserved_at.is_some() {
            sqlx::query("DELETE FROM code_reservations WHERE code = $1")
                .bind(code.to_owned())
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(Some(id))
    }
}

#[async_trait]
impl<DB> Events for SqlStorage<DB>
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
    async fn create_event(
        &self,
        org: OrgId,
        by: VolunteerId,
        new: &NewEvent,
        now: DateTime<Utc>,
    ) -> Result<(Event, bool)> {
        let client_id = new.client_id.unwrap_or_else(Uuid::now_v7).to_string();
        let find_client = || async {
            let sql = format!("SELECT {EVENT_COLS} FROM events WHERE client_id = $1");
            let row =
                sqlx::query(sqlx::AssertSqlSafe(sql)).bind(client_id.clone()).fetch_optional(self.write()).await?;
            row.as_ref().map(Self::event_row).transpose()
        };
        let same_client =
            |e: Event| if e.organisation == org { Ok((e, false)) } else { Err(StorageError::Taken("client_id")) };
        if let Some(e) = find_client().await? {
            return same_client(e);
        }
        for _ in 0..50 {
            let code = new.code.as_ref().map(|c| c.as_str().to_owned()).unwrap_or_else(new_code);
            match self.insert_event(org, by, new, &client_id, &code, now).await {
                Ok(Some(id)) => {
                    return Ok((Self::fetch_event(self.write(), id).await?.ok_or(StorageError::NotFound)?, true));
                }
                // Kept for another organisation's events made offline, or another open event's.
                Ok(None) => {}
                Err(StorageError::Database(e)) if is_unique_violation(&e) => {
                    if let Some(e) = find_client().await? {
                        return same_client(e);
                    }
                }
                Err(e) => return Err(e),
            }
            if new.code.is_some() {
                return Err(StorageError::Taken("code"));
            }
        }
        Err(StorageError::Taken("code"))
    }

    async fn event(&self, id: EventId) -> Result<Option<Event>> {
        Self::fetch_event(self.read(), id).await
    }

    async fn events(&self, org: OrgId, query: &EventQuery) -> Result<Vec<Event>> {
        let mut qb = QueryBuilder::<DB>::new(format!("SELECT {EVENT_COLS} FROM events WHERE org_id = "));
        qb.push_bind(org);
        match query.state {
            EventState::Open => {
                qb.push(" AND closed_at IS NULL");
            }
            EventState::Closed => {
                qb.push(" AND closed_at IS NOT NULL");
            }
            EventState::All => {}
        }
        if let Some((at, id)) = query.before {
            qb.push(" AND (starts_at < ").push_bind(ms(at));
            qb.push(" OR (starts_at = ").push_bind(ms(at)).push(" AND id < ").push_bind(id).push("))");
        }
        qb.push(" ORDER BY starts_at DESC, id DESC LIMIT ").push_bind(query.limit.clamp(1, 500));
        qb.build().fetch_all(self.read()).await?.iter().map(Self::event_row).collect()
    }

    async fn update_event(&self, id: EventId, patch: &EventPatch, now: DateTime<Utc>) -> Result<Event> {
        let mut tx: Tx<DB> = self.write().begin().await?;
        let sql = format!("SELECT {EVENT_COLS} FROM events WHERE id = $1{}", DB::FOR_UPDATE);
        let current = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(&mut *tx).await?;
        let current = Self::event_row(&current.ok_or(StorageError::NotFound)?)?;
        if current.closed_at.is_some() {
            return Err(StorageError::Closed);
        }
        let moves_counts = patch.city.as_ref().is_some_and(|c| *c != current.city)
            || patch.starts_at.is_some_and(|t| month_of(t) != month_of(current.starts_at));
        if moves_counts && current.attendance > 0 {
            return Err(StorageError::HasAttendance);
        }
        sqlx::query(
            "UPDATE events SET city = $1, venue = $2, starts_at = $3, month = $4, topics = $5, updated_at = $6 \
             WHERE id = $7",
        )
        .bind(patch.city.clone().unwrap_or(current.city))
        .bind(patch.venue.clone().unwrap_or(current.venue))
        .bind(ms(patch.starts_at.unwrap_or(current.starts_at)))
        .bind(month_of(patch.starts_at.unwrap_or(current.starts_at)))
        .bind(topics_join(patch.topics.as_ref().unwrap_or(&current.topics)))
        .bind(ms(now))
        .bind(id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Self::fetch_event(self.write(), id).await?.ok_or(StorageError::NotFound)
    }

    async fn close_event(&self, id: EventId, now: DateTime<Utc>) -> Result<Event> {
        sqlx::query(
            "UPDATE events SET closed_at = $1, open_code = NULL, updated_at = $1 WHERE id = $2 AND closed_at IS NULL",
        )
        .bind(ms(now))
        .bind(id)
        .execute(self.write())
        .await?;
        Self::fetch_event(self.write(), id).await?.ok_or(StorageError::NotFound)
    }

    async fn reserve_codes(
        &self,
        org: OrgId,
        volunteer: VolunteerId,
        count: u32,
        now: DateTime<Utc>,
    ) -> Result<Vec<(EventCode, DateTime<Utc>)>> {
        let now_ms = ms(now);
        let expires = ms(now + chrono::Duration::days(RESERVATION_DAYS));
        let mut tx: Tx<DB> = self.write().begin().await?;
        sqlx::query("DELETE FROM code_reservations WHERE expires_at <= $1").bind(now_ms).execute(&mut *tx).await?;
        const HELD: &str =
            "SELECT code, expires_at FROM code_reservations WHERE volunteer_id = $1 ORDER BY expires_at, code";
        let mut have = sqlx::query(HELD).bind(volunteer).fetch_all(&mut *tx).await?.len();
        let mut tries = 0;
        while have < count as usize && tries < 50 {
            tries += 1;
            // Not a code an open event carries; the primary key keeps it from two volunteers.
            let added = sqlx::query(
                "INSERT INTO code_reservations (code, org_id, volunteer_id, created_at, expires_at) \
                 SELECT $1, $2, $3, $4, $5 WHERE NOT EXISTS (SELECT 1 FROM events WHERE open_code = $1) \
                 ON CONFLICT (code) DO NOTHING",
            )
            .bind(new_code())
            .bind(org)
            .bind(volunteer)
            .bind(now_ms)
            .bind(expires)
            .execute(&mut *tx)
            .await?;
            have += DB::rows_affected(&added) as usize;
        }
        let rows = sqlx::query(HELD).bind(volunteer).fetch_all(&mut *tx).await?;
        tx.commit().await?;
        rows.iter().map(|r| Ok((event_code(&r.try_get::<String, _>(0)?)?, from_ms(r.try_get(1)?)))).collect()
    }

    async fn code_in_use(&self, code: &EventCode, now: DateTime<Utc>) -> Result<bool> {
        let row = sqlx::query(
            "SELECT (SELECT COUNT(*) FROM events WHERE open_code = $1) + \
             (SELECT COUNT(*) FROM code_reservations WHERE code = $1 AND expires_at > $2)",
        )
        .bind(code.as_str().to_owned())
        .bind(ms(now))
        .fetch_one(self.read())
        .await?;
        Ok(row.try_get::<i64, _>(0)? > 0)
    }

    async fn event_attendance(&self, event: EventId) -> Result<Vec<Attendance>> {
        let rows = sqlx::query(
            "SELECT l.code, a.by_volunteer, a.by_senior, a.lessons, a.first_received_at \
             FROM attendances a JOIN learners l ON l.id = a.learner_id WHERE a.event_id = $1 \
             ORDER BY a.first_received_at, a.id",
        )
        .bind(event)
        .fetch_all(self.read())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Attendance {
                    learner: learner_code(&r.try_get::<String, _>(0)?)?,
                    by_volunteer: r.try_get::<i64, _>(1)? != 0,
                    by_senior: r.try_get::<i64, _>(2)? != 0,
                    lessons: r.try_get(3)?,
                    first_received_at: from_ms(r.try_get(4)?),
                })
            })
            .collect()
    }

    async fn export_attendance(&self, org: OrgId, event: Option<EventId>) -> Result<Vec<ExportRow>> {
        let mut qb = QueryBuilder::<DB>::new(
            "SELECT e.id, e.code, e.city, e.venue, e.starts_at, l.code, a.by_volunteer, a.by_senior, a.lessons, \
             a.first_received_at FROM events e JOIN attendances a ON a.event_id = e.id \
             JOIN learners l ON l.id = a.learner_id WHERE e.org_id = ",
        );
        qb.push_bind(org);
        if let Some(event) = event {
            qb.push(" AND e.id = ").push_bind(event);
        }
        qb.push(" ORDER BY e.starts_at, e.id, a.id");
        qb.build()
            .fetch_all(self.read())
            .await?
            .iter()
            .map(|r| {
                Ok(ExportRow {
                    event_id: r.try_get(0)?,
                    event_code: event_code(&r.try_get::<String, _>(1)?)?,
                    city: r.try_get(2)?,
                    venue: r.try_get(3)?,
                    starts_at: from_ms(r.try_get(4)?),
                    learner: learner_code(&r.try_get::<String, _>(5)?)?,
                    by_volunteer: r.try_get::<i64, _>(6)? != 0,
                    by_senior: r.try_get::<i64, _>(7)? != 0,
                    lessons: r.try_get(8)?,
                    first_received_at: from_ms(r.try_get(9)?),
                })
            })
            .collect()
    }
}
