//! Conflicts: the same record id uploaded with other content. Resolving one for the incoming
//! version moves the record, its attendance and its counts.

use async_trait::async_trait;
use blue_vest_protocol::AttendanceRecord;
use chrono::{DateTime, Utc};
use sqlx::{ColumnIndex, Decode, Encode, Executor, QueryBuilder, Row, Type};

use super::ingest::{ATT, Contribution, Deltas, LES, REC, UNIQ};
use super::rows::*;
use super::{Dialect, SqlStorage, Tx};
use crate::storage::ids::*;
use crate::storage::ingest_plan::{EventInfo, event_at};
use crate::storage::types::*;
use crate::storage::{Conflicts, Result, StorageError};

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
    /// Takes a stored record's part out of its attendance (the organiser chose another version).
    async fn retract(
        tx: &mut Tx<DB>,
        event: &EventInfo,
        learner_id: LearnerId,
        record_id: &str,
        deltas: &mut Deltas,
    ) -> Result<()> {
        let sql =
            format!("SELECT id, lessons FROM attendances WHERE event_id = $1 AND learner_id = $2{}", DB::FOR_UPDATE);
        let row =
            sqlx::query(sqlx::AssertSqlSafe(sql)).bind(event.id).bind(learner_id).fetch_optional(&mut **tx).await?;
        let Some(row) = row else { return Ok(()) };
        let (att_id, old_lessons): (i64, i64) = (row.try_get(0)?, row.try_get(1)?);
        let others = sqlx::query(
            "SELECT recorded_by, lessons_done FROM records WHERE event_id = $1 AND learner_id = $2 AND id <> $3",
        )
        .bind(event.id)
        .bind(learner_id)
        .bind(record_id.to_owned())
        .fetch_all(&mut **tx)
        .await?;
        deltas.add(event, REC, -1);
        if others.is_empty() {
            sqlx::query("DELETE FROM attendances WHERE id = $1").bind(att_id).execute(&mut **tx).await?;
            deltas.add(event, ATT, -1);
            *deltas.learners.entry(learner_id).or_default() -= 1;
            deltas.add(event, LES, -old_lessons);
            for (table, col, key, is_city) in [
                ("city_learners", "city", event.city.clone(), true),
                ("month_learners", "month", event.month.clone(), false),
            ] {
                let same_col = if is_city { "e.city" } else { "e.month" };
                let still = sqlx::query(sqlx::AssertSqlSafe(format!(
                    "SELECT COUNT(*) FROM attendances a JOIN events e ON e.id = a.event_id \
                     WHERE a.learner_id = $1 AND {same_col} = $2"
                )))
                .bind(learner_id)
                .bind(key.clone())
                .fetch_one(&mut **tx)
                .await?
                .try_get::<i64, _>(0)?;
                if still == 0 {
                    sqlx::query(sqlx::AssertSqlSafe(format!(
                        "DELETE FROM {table} WHERE {col} = $1 AND learner_id = $2"
                    )))
                    .bind(key.clone())
                    .bind(learner_id)
                    .execute(&mut **tx)
                    .await?;
                    let map = if is_city { &mut deltas.cities } else { &mut deltas.months };
                    map.entry(key).or_default()[UNIQ] -= 1;
                }
            }
        } else {
            let (mut v, mut s, mut l) = (0i64, 0i64, 0i64);
            for o in &others {
                match by_parse(&o.try_get::<String, _>(0)?)? {
                    blue_vest_protocol::RecordedBy::Volunteer => v = 1,
                    blue_vest_protocol::RecordedBy::Senior => s = 1,
                }
                l = l.max(lessons_split(&o.try_get::<String, _>(1)?).len() as i64);
            }
            sqlx::query("UPDATE attendances SET by_volunteer = $1, by_senior = $2, lessons = $3 WHERE id = $4")
                .bind(v)
                .bind(s)
                .bind(l)
                .bind(att_id)
                .execute(&mut **tx)
                .await?;
            deltas.add(event, LES, l - old_lessons);
        }
        Ok(())
    }

    /// Events by id, locked (PostgreSQL) in id order, as an upload locks them.
    async fn events_locked(tx: &mut Tx<DB>, ids: &[EventId]) -> Result<Vec<EventInfo>> {
        let mut qb =
            QueryBuilder::<DB>::new("SELECT id, org_id, city, month, opened_at, closed_at FROM events WHERE id IN ");
        in_list(&mut qb, distinct(ids.iter().copied()));
        qb.push(" ORDER BY id").push(DB::FOR_UPDATE);
        qb.build()
            .fetch_all(&mut **tx)
            .await?
            .iter()
            .map(|r| {
                Ok(EventInfo {
                    id: r.try_get(0)?,
                    org: r.try_get(1)?,
                    city: r.try_get(2)?,
                    month: r.try_get(3)?,
                    opened_at: from_ms(r.try_get(4)?),
                    closed_at: r.try_get::<Option<i64>, _>(5)?.map(from_ms),
                })
            })
            .collect()
    }

    /// One try of `resolve_conflict`, in one transaction.
    async fn resolve_once(&self, org: OrgId, id: ConflictId, keep: Keep, now: DateTime<Utc>) -> Result<()> {
        let mut tx: Tx<DB> = self.write().begin().await?;
        let sql = format!(
            "SELECT c.record_id, c.resolved_at, c.event_code, c.learner, c.recorded_by, c.lessons_done, \
             c.device_time, r.event_id, r.learner_id, c.incoming_event_id FROM conflicts c \
             JOIN records r ON r.id = c.record_id WHERE c.id = $1 AND c.org_id = $2{}",
            DB::FOR_UPDATE
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .bind(org)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StorageError::NotFound)?;
        if row.try_get::<Option<i64>, _>(1)?.is_some() {
            return Ok(());
        }
        if keep == Keep::Incoming {
            let record_id: String = row.try_get(0)?;
            let incoming = AttendanceRecord {
                id: record_id.parse().map_err(|_| corrupt("record id"))?,
                event_code: event_code(&row.try_get::<String, _>(2)?)?,
                learner: learner_code(&row.try_get::<String, _>(3)?)?,
                recorded_by: by_parse(&row.try_get::<String, _>(4)?)?,
                lessons_done: lessons_split(&row.try_get::<String, _>(5)?),
                device_time: from_ms(row.try_get(6)?),
                age_ms: None,
            };
            let old_event_id: EventId = row.try_get(7)?;
            let old_learner: LearnerId = row.try_get(8)?;
            // The new version's event was decided when it was uploaded. Conflicts kept before
            // that was recorded: the organisation's event its code had at its device time, else
            // the record stays in its event. Never looked up among the events open now.
            let new_event_id = match row.try_get::<Option<EventId>, _>(9)? {
                Some(e) => e,
                None => {
                    let candidates = Self::events_by_code(&mut tx, &[incoming.event_code.as_str().to_owned()]).await?;
                    let own: Vec<EventInfo> = candidates
                        .get(&incoming.event_code)
                        .map(|list| list.iter().filter(|e| e.org == org).cloned().collect())
                        .unwrap_or_default();
                    event_at(&own, incoming.device_time).map_or(old_event_id, |e| e.id)
                }
            };
            let locked = Self::events_locked(&mut tx, &[old_event_id, new_event_id]).await?;
            let find = |id: EventId| locked.iter().find(|e| e.id == id).cloned().ok_or(StorageError::NotFound);
            let (old_event, new_event) = (find(old_event_id)?, find(new_event_id)?);
            let mut deltas = Deltas::default();
            Self::retract(&mut tx, &old_event, old_learner, &record_id, &mut deltas).await?;
            let now_ms = ms(now);
            let learners = Self::learner_ids(&mut tx, &[incoming.learner.as_str().to_owned()], now_ms).await?;
            let learner_id = learners[incoming.learner.as_str()];
            sqlx::query(
                "UPDATE records SET event_id = $1, learner_id = $2, event_code = $3, learner = $4, \
                 recorded_by = $5, lessons_done = $6, device_time = $7, received_at = $8 WHERE id = $9",
            )
            .bind(new_event.id)
            .bind(learner_id)
            .bind(incoming.event_code.as_str().to_owned())
            .bind(incoming.learner.as_str().to_owned())
            .bind(by_str(incoming.recorded_by))
            .bind(lessons_join(&incoming.lessons_done))
            .bind(ms(incoming.device_time))
            .bind(now_ms)
            .bind(record_id.clone())
            .execute(&mut *tx)
            .await?;
            deltas.add(&new_event, REC, 1);
            let contribution = Contribution {
                event: new_event.clone(),
                learner_id,
                recorded_by: incoming.recorded_by,
                lessons: incoming.lessons_done.len() as i64,
                received_at: now_ms,
            };
            Self::apply_contributions(&mut tx, std::slice::from_ref(&contribution), &mut deltas).await?;
            Self::apply_deltas(&mut tx, &deltas).await?;
        }
        sqlx::query("UPDATE conflicts SET resolved_at = $1, kept = $2 WHERE id = $3")
            .bind(ms(now))
            .bind(match keep {
                Keep::Stored => "stored",
                Keep::Incoming => "incoming",
            })
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }
}

#[async_trait]
impl<DB> Conflicts for SqlStorage<DB>
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
    async fn conflicts(&self, org: OrgId, open_only: bool) -> Result<Vec<Conflict>> {
        let mut qb = QueryBuilder::<DB>::new(
            "SELECT c.id, c.event_id, c.record_id, c.resolved_at, c.kept, \
             c.event_code, c.learner, c.recorded_by, c.lessons_done, c.device_time, c.received_at, \
             r.event_code, r.learner, r.recorded_by, r.lessons_done, r.device_time, r.received_at \
             FROM conflicts c JOIN records r ON r.id = c.record_id WHERE c.org_id = ",
        );
        qb.push_bind(org);
        if open_only {
            qb.push(" AND c.resolved_at IS NULL");
        }
        qb.push(" ORDER BY c.id LIMIT 500");
        qb.build()
            .fetch_all(self.read())
            .await?
            .iter()
            .map(|r| {
                let id = Self::uuid_col(r, 2)?;
                let kept = match r.try_get::<Option<String>, _>(4)?.as_deref() {
                    Some("stored") => Some(Keep::Stored),
                    Some("incoming") => Some(Keep::Incoming),
                    _ => None,
                };
                Ok(Conflict {
                    id: r.try_get(0)?,
                    event: r.try_get(1)?,
                    incoming: Self::record_cols(r, id, 5)?,
                    stored: Self::record_cols(r, id, 11)?,
                    resolved_at: r.try_get::<Option<i64>, _>(3)?.map(from_ms),
                    kept,
                })
            })
            .collect()
    }

    async fn open_conflicts(&self, org: OrgId) -> Result<i64> {
        let row = sqlx::query("SELECT COUNT(*) FROM conflicts WHERE org_id = $1 AND resolved_at IS NULL")
            .bind(org)
            .fetch_one(self.read())
            .await?;
        Ok(row.try_get(0)?)
    }

    async fn resolve_conflict(&self, org: OrgId, id: ConflictId, keep: Keep, now: DateTime<Utc>) -> Result<()> {
        let mut attempt = 0;
        loop {
            match self.resolve_once(org, id, keep, now).await {
                Err(e) if is_retryable(&e) && attempt < 5 => attempt += 1,
                other => return other,
            }
        }
    }
}
