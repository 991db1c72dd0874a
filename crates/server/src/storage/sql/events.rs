//! Events (created once per client id, with a free code), their pages, and the attendance they hold.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::{ColumnIndex, Decode, Encode, Executor, Pool, QueryBuilder, Row, Type};
use uuid::Uuid;

use super::rows::*;
use super::{Dialect, SqlStorage, Tx};
use crate::storage::ids::*;
use crate::storage::types::*;
use crate::storage::{Events, Result, StorageError};

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
            let res = sqlx::query(
                "INSERT INTO events (client_id, org_id, city, venue, starts_at, month, topics, code, open_code, \
                 created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9, $10, $10) \
                 RETURNING id",
            )
            .bind(client_id.clone())
            .bind(org)
            .bind(new.city.clone())
            .bind(new.venue.clone())
            .bind(ms(new.starts_at))
            .bind(month_of(new.starts_at))
            .bind(topics_join(&new.topics))
            .bind(code)
            .bind(by)
            .bind(ms(now))
            .fetch_one(self.write())
            .await;
            match res {
                Ok(r) => {
                    let id: EventId = r.try_get(0)?;
                    return Ok((Self::fetch_event(self.write(), id).await?.ok_or(StorageError::NotFound)?, true));
                }
                Err(e) if is_unique_violation(&e) => {
                    if let Some(e) = find_client().await? {
                        return same_client(e);
                    }
                    if new.code.is_some() {
                        return Err(StorageError::Taken("code"));
                    }
                }
                Err(e) => return Err(e.into()),
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
