//! The attendance upload: one transaction of about ten set-based statements whatever its size.
//! Look up ids and codes, decide per record (`ingest_plan`), insert learners, records and
//! attendances with `ON CONFLICT DO NOTHING … RETURNING`, then bump the counters in key order.

use std::collections::{BTreeMap, HashMap};

use async_trait::async_trait;
use blue_vest_protocol::{AttendanceRecord, EventCode, ItemStatus, RecordedBy};
use chrono::{DateTime, Utc};
use sqlx::{ColumnIndex, Decode, Encode, Executor, QueryBuilder, Row, Type};
use uuid::Uuid;

use super::rows::*;
use super::{Dialect, SqlStorage, Tx};
use crate::storage::ids::*;
use crate::storage::ingest_plan::{self, Decision, EventInfo, Existing};
use crate::storage::types::*;
use crate::storage::{Ingest, Result};

/// One new record's effect on its (event, learner) attendance.
#[derive(Debug, Clone)]
pub(super) struct Contribution {
    pub event: EventInfo,
    pub learner_id: LearnerId,
    pub recorded_by: RecordedBy,
    pub lessons: i64,
    pub received_at: i64,
}

/// The counter changes of one transaction, applied in key order so concurrent uploads lock
/// rows in the same order (no deadlocks).
#[derive(Debug, Default)]
pub(super) struct Deltas {
    pub events: BTreeMap<EventId, i64>,
    pub cities: BTreeMap<String, [i64; 4]>,
    pub months: BTreeMap<String, [i64; 4]>,
    /// Each learner's change in attendances (a learner with none is not a unique senior).
    pub learners: BTreeMap<LearnerId, i64>,
}

/// Indexes into the `[i64; 4]` counters: attendance, records, unique learners, lessons.
pub(super) const ATT: usize = 0;
pub(super) const REC: usize = 1;
pub(super) const UNIQ: usize = 2;
pub(super) const LES: usize = 3;

impl Deltas {
    pub fn add(&mut self, e: &EventInfo, what: usize, n: i64) {
        if n == 0 {
            return;
        }
        self.cities.entry(e.city.clone()).or_default()[what] += n;
        self.months.entry(e.month.clone()).or_default()[what] += n;
        if what == ATT {
            *self.events.entry(e.id).or_default() += n;
        }
    }
}

/// Groups the upload's records by event code.
pub(super) fn codes_of(records: &[AttendanceRecord]) -> Vec<String> {
    distinct(records.iter().map(|r| r.event_code.as_str().to_owned()))
}

pub(super) type EventsByCode = HashMap<EventCode, Vec<EventInfo>>;

/// The organisation of one of the upload's events.
fn incoming_org(events: &EventsByCode, id: EventId) -> Option<OrgId> {
    events.values().flatten().find(|e| e.id == id).map(|e| e.org)
}

/// One (event, learner) attendance as an upload's records make it: the event, volunteer and
/// senior flags (0/1), lessons, first receipt (Unix ms).
type Merged = (EventInfo, i64, i64, i64, i64);

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
    /// Every event carrying one of these codes, open or closed.
    pub(super) async fn events_by_code(tx: &mut Tx<DB>, codes: &[String]) -> Result<EventsByCode> {
        let mut qb = QueryBuilder::<DB>::new(
            "SELECT id, org_id, city, month, opened_at, closed_at, code FROM events WHERE code IN ",
        );
        in_list(&mut qb, codes.iter().cloned());
        // Locked (PostgreSQL) in id order: an edit of the event's city or month waits for this
        // upload, and this upload counts in the city and month the event has when it commits.
        qb.push(" ORDER BY id").push(DB::FOR_UPDATE);
        let mut map: EventsByCode = HashMap::new();
        for r in qb.build().fetch_all(&mut **tx).await? {
            let info = EventInfo {
                id: r.try_get(0)?,
                org: r.try_get(1)?,
                city: r.try_get(2)?,
                month: r.try_get(3)?,
                opened_at: from_ms(r.try_get(4)?),
                closed_at: r.try_get::<Option<i64>, _>(5)?.map(from_ms),
            };
            map.entry(event_code(&r.try_get::<String, _>(6)?)?).or_default().push(info);
        }
        Ok(map)
    }

    pub(super) async fn existing_records(tx: &mut Tx<DB>, ids: &[String]) -> Result<HashMap<Uuid, Existing>> {
        let mut qb = QueryBuilder::<DB>::new(
            "SELECT r.id, r.event_code, r.learner, r.recorded_by, r.lessons_done, r.device_time, r.received_at, \
             r.event_id, e.org_id FROM records r JOIN events e ON e.id = r.event_id WHERE r.id IN ",
        );
        in_list(&mut qb, ids.iter().cloned());
        let mut map = HashMap::new();
        for r in qb.build().fetch_all(&mut **tx).await? {
            let id = Self::uuid_col(&r, 0)?;
            let record = Self::record_cols(&r, id, 1)?;
            map.insert(id, Existing { record, event: r.try_get(7)?, org: r.try_get(8)? });
        }
        Ok(map)
    }

    /// Learner ids for codes, creating the new ones.
    pub(super) async fn learner_ids(tx: &mut Tx<DB>, codes: &[String], now: i64) -> Result<HashMap<String, LearnerId>> {
        let mut qb = QueryBuilder::<DB>::new("INSERT INTO learners (code, first_seen_at) ");
        qb.push_values(codes, |mut row, code| {
            row.push_bind(code.clone()).push_bind(now);
        });
        qb.push(" ON CONFLICT (code) DO NOTHING");
        qb.build().execute(&mut **tx).await?;
        let mut qb = QueryBuilder::<DB>::new("SELECT id, code FROM learners WHERE code IN ");
        in_list(&mut qb, codes.iter().cloned());
        let mut ids = HashMap::new();
        for r in qb.build().fetch_all(&mut **tx).await? {
            ids.insert(r.try_get::<String, _>(1)?, r.try_get::<LearnerId, _>(0)?);
        }
        Ok(ids)
    }

    /// Inserts records whose ids are new; returns the ids this transaction stored (another
    /// upload of the same id at the same moment may win the race).
    pub(super) async fn insert_records(
        tx: &mut Tx<DB>,
        rows: &[(&AttendanceRecord, EventId, LearnerId)],
        now: i64,
    ) -> Result<std::collections::HashSet<Uuid>> {
        let mut qb = QueryBuilder::<DB>::new(
            "INSERT INTO records (id, event_id, learner_id, event_code, learner, recorded_by, lessons_done, \
             device_time, received_at) ",
        );
        qb.push_values(rows, |mut row, (r, event, learner)| {
            row.push_bind(r.id.to_string())
                .push_bind(*event)
                .push_bind(*learner)
                .push_bind(r.event_code.as_str().to_owned())
                .push_bind(r.learner.as_str().to_owned())
                .push_bind(by_str(r.recorded_by))
                .push_bind(lessons_join(&r.lessons_done))
                .push_bind(ms(r.device_time))
                .push_bind(now);
        });
        qb.push(" ON CONFLICT (id) DO NOTHING RETURNING id");
        let mut stored = std::collections::HashSet::new();
        for r in qb.build().fetch_all(&mut **tx).await? {
            stored.insert(Self::uuid_col(&r, 0)?);
        }
        Ok(stored)
    }

    /// Merges contributions into attendances (one per event and learner) and counts the changes.
    pub(super) async fn apply_contributions(
        tx: &mut Tx<DB>,
        items: &[Contribution],
        deltas: &mut Deltas,
    ) -> Result<()> {
        if items.is_empty() {
            return Ok(());
        }
        // Fold the upload's own records first: a volunteer and a senior record may arrive together.
        let mut merged: BTreeMap<(EventId, LearnerId), Merged> = BTreeMap::new();
        for c in items {
            let e = merged.entry((c.event.id, c.learner_id)).or_insert((c.event.clone(), 0, 0, 0, c.received_at));
            match c.recorded_by {
                RecordedBy::Volunteer => e.1 = 1,
                RecordedBy::Senior => e.2 = 1,
            }
            e.3 = e.3.max(c.lessons);
        }
        let mut qb = QueryBuilder::<DB>::new(
            "INSERT INTO attendances (event_id, learner_id, by_volunteer, by_senior, lessons, first_received_at) ",
        );
        qb.push_values(&merged, |mut row, ((event, learner), (_, v, s, l, at))| {
            row.push_bind(*event).push_bind(*learner).push_bind(*v).push_bind(*s).push_bind(*l).push_bind(*at);
        });
        qb.push(" ON CONFLICT (event_id, learner_id) DO NOTHING RETURNING event_id, learner_id");
        let mut created = std::collections::HashSet::new();
        for r in qb.build().fetch_all(&mut **tx).await? {
            created.insert((r.try_get::<EventId, _>(0)?, r.try_get::<LearnerId, _>(1)?));
        }
        // The rest existed already: merge the flags and lessons under a row lock.
        let existing: Vec<_> = merged.keys().filter(|k| !created.contains(k)).copied().collect();
        if !existing.is_empty() {
            let mut qb = QueryBuilder::<DB>::new(
                "SELECT id, event_id, learner_id, by_volunteer, by_senior, lessons FROM attendances WHERE learner_id IN ",
            );
            in_list(&mut qb, distinct(existing.iter().map(|k| k.1)));
            qb.push(" ORDER BY id").push(DB::FOR_UPDATE);
            for r in qb.build().fetch_all(&mut **tx).await? {
                let key = (r.try_get::<EventId, _>(1)?, r.try_get::<LearnerId, _>(2)?);
                let Some((info, v, s, l, _)) = merged.get(&key).filter(|_| !created.contains(&key)) else {
                    continue;
                };
                let (ov, os, ol): (i64, i64, i64) = (r.try_get(3)?, r.try_get(4)?, r.try_get(5)?);
                let (nv, ns, nl) = (ov.max(*v), os.max(*s), ol.max(*l));
                if (nv, ns, nl) != (ov, os, ol) {
                    sqlx::query("UPDATE attendances SET by_volunteer = $1, by_senior = $2, lessons = $3 WHERE id = $4")
                        .bind(nv)
                        .bind(ns)
                        .bind(nl)
                        .bind(r.try_get::<i64, _>(0)?)
                        .execute(&mut **tx)
                        .await?;
                    deltas.add(info, LES, nl - ol);
                }
            }
        }
        for key in &created {
            let (info, _, _, lessons, _) = &merged[key];
            deltas.add(info, ATT, 1);
            deltas.add(info, LES, *lessons);
            *deltas.learners.entry(key.1).or_default() += 1;
        }
        // Unique seniors per city and per month.
        for (table, col, what) in [("city_learners", "city", true), ("month_learners", "month", false)] {
            let pairs = distinct(created.iter().map(|k| {
                let info = &merged[k].0;
                (if what { info.city.clone() } else { info.month.clone() }, k.1)
            }));
            if pairs.is_empty() {
                continue;
            }
            let mut qb = QueryBuilder::<DB>::new(format!("INSERT INTO {table} ({col}, learner_id) "));
            qb.push_values(&pairs, |mut row, (key, learner)| {
                row.push_bind(key.clone()).push_bind(*learner);
            });
            qb.push(format!(" ON CONFLICT DO NOTHING RETURNING {col}"));
            for r in qb.build().fetch_all(&mut **tx).await? {
                let key: String = r.try_get(0)?;
                let map = if what { &mut deltas.cities } else { &mut deltas.months };
                map.entry(key).or_default()[UNIQ] += 1;
            }
        }
        Ok(())
    }

    /// Writes the counters in key order.
    pub(super) async fn apply_deltas(tx: &mut Tx<DB>, deltas: &Deltas) -> Result<()> {
        // A learner counts as a unique senior while they have at least one attendance.
        let mut unique = 0i64;
        for (learner, n) in deltas.learners.iter().filter(|(_, n)| **n != 0) {
            let after: i64 =
                sqlx::query("UPDATE learners SET attendances = attendances + $1 WHERE id = $2 RETURNING attendances")
                    .bind(*n)
                    .bind(*learner)
                    .fetch_one(&mut **tx)
                    .await?
                    .try_get(0)?;
            match (after - n > 0, after > 0) {
                (false, true) => unique += 1,
                (true, false) => unique -= 1,
                _ => {}
            }
        }
        for (event, n) in &deltas.events {
            sqlx::query("UPDATE events SET attendance = attendance + $1 WHERE id = $2")
                .bind(*n)
                .bind(*event)
                .execute(&mut **tx)
                .await?;
        }
        for (table, col, map) in [("city_stats", "city", &deltas.cities), ("month_stats", "month", &deltas.months)] {
            for (key, d) in map {
                let sql = format!(
                    "INSERT INTO {table} ({col}, attendance, records, unique_learners, new_learners, lessons) \
                     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT ({col}) DO UPDATE SET \
                     attendance = {table}.attendance + excluded.attendance, \
                     records = {table}.records + excluded.records, \
                     unique_learners = {table}.unique_learners + excluded.unique_learners, \
                     lessons = {table}.lessons + excluded.lessons"
                );
                sqlx::query(sqlx::AssertSqlSafe(sql))
                    .bind(key.clone())
                    .bind(d[ATT])
                    .bind(d[REC])
                    .bind(d[UNIQ])
                    .bind(0i64)
                    .bind(d[LES])
                    .execute(&mut **tx)
                    .await?;
            }
        }
        if unique != 0 {
            sqlx::query("UPDATE campaign_stats SET unique_learners = unique_learners + $1 WHERE id = 1")
                .bind(unique)
                .execute(&mut **tx)
                .await?;
        }
        Ok(())
    }

    /// One try of an upload, in one transaction.
    async fn ingest_once(
        &self,
        by: &Submitter,
        records: &[AttendanceRecord],
        now: DateTime<Utc>,
    ) -> Result<Vec<ItemStatus>> {
        let mut tx: Tx<DB> = self.write().begin().await?;
        let ids: Vec<String> = records.iter().map(|r| r.id.to_string()).collect();
        let existing = Self::existing_records(&mut tx, &ids).await?;
        let events = Self::events_by_code(&mut tx, &codes_of(records)).await?;
        let decisions = ingest_plan::decide(by, records, &events, &existing, now);
        let now_ms = ms(now);
        let mut statuses: Vec<Option<ItemStatus>> = vec![None; records.len()];
        let mut inserts = Vec::new();
        let mut conflicts = Vec::new();
        for (i, (r, d)) in records.iter().zip(decisions).enumerate() {
            match d {
                Decision::Answer(s) => statuses[i] = Some(s),
                Decision::Insert(event) => inserts.push((i, r, event)),
                Decision::Conflict { event, org, incoming } => conflicts.push((i, r, Some((event, org)), incoming)),
            }
        }
        let mut deltas = Deltas::default();
        if !inserts.is_empty() {
            let codes = distinct(inserts.iter().map(|(_, r, _)| r.learner.as_str().to_owned()));
            let learners = Self::learner_ids(&mut tx, &codes, now_ms).await?;
            let rows: Vec<(&AttendanceRecord, EventId, LearnerId)> = inserts
                .iter()
                .map(|(_, r, e)| (*r, e.id, learners.get(r.learner.as_str()).copied().unwrap_or(LearnerId(0))))
                .collect();
            let stored = Self::insert_records(&mut tx, &rows, now_ms).await?;
            let mut contributions = Vec::new();
            for (i, r, event) in &inserts {
                if !stored.contains(&r.id) {
                    // Lost a race with the same id: compared below with the winner, and a
                    // conflict is kept with the winner's event and organisation.
                    conflicts.push((*i, *r, None, event.id));
                    continue;
                }
                statuses[*i] = Some(ItemStatus::Created);
                let learner_id = learners[r.learner.as_str()];
                deltas.add(event, REC, 1);
                contributions.push(Contribution {
                    event: event.clone(),
                    learner_id,
                    recorded_by: r.recorded_by,
                    lessons: r.lessons_done.len() as i64,
                    received_at: now_ms,
                });
            }
            Self::apply_contributions(&mut tx, &contributions, &mut deltas).await?;
            Self::apply_deltas(&mut tx, &deltas).await?;
        }
        if !conflicts.is_empty() {
            // Records that lost a race are compared now that the winner is visible.
            let ids: Vec<String> = conflicts.iter().map(|(_, r, _, _)| r.id.to_string()).collect();
            let now_existing = Self::existing_records(&mut tx, &ids).await?;
            let mut to_store = Vec::new();
            for (i, r, stored_at, incoming) in conflicts {
                match (now_existing.get(&r.id), stored_at) {
                    (Some(s), _) if ingest_plan::stored_key(&s.record) == ingest_plan::record_key(r) => {
                        statuses[i] = Some(ItemStatus::Duplicate)
                    }
                    (_, Some((event, org))) => {
                        statuses[i] = Some(ItemStatus::Conflict);
                        to_store.push((r, event, org, incoming));
                    }
                    (Some(s), None) if Some(s.org) == incoming_org(&events, incoming) => {
                        statuses[i] = Some(ItemStatus::Conflict);
                        to_store.push((r, s.event, s.org, incoming));
                    }
                    (Some(_), None) => {
                        statuses[i] = Some(ItemStatus::Rejected(blue_vest_protocol::RejectReason::NotPermitted))
                    }
                    // Not visible even now: the other upload rolled back; the phone sends it again.
                    (None, None) => return Err(crate::storage::StorageError::Raced),
                }
            }
            if !to_store.is_empty() {
                let mut qb = QueryBuilder::<DB>::new(
                    "INSERT INTO conflicts (record_id, org_id, event_id, incoming_event_id, event_code, learner, \
                     recorded_by, lessons_done, device_time, received_at, content_key) ",
                );
                qb.push_values(&to_store, |mut row, (r, event, org, incoming)| {
                    row.push_bind(r.id.to_string())
                        .push_bind(*org)
                        .push_bind(*event)
                        .push_bind(*incoming)
                        .push_bind(r.event_code.as_str().to_owned())
                        .push_bind(r.learner.as_str().to_owned())
                        .push_bind(by_str(r.recorded_by))
                        .push_bind(lessons_join(&r.lessons_done))
                        .push_bind(ms(r.device_time))
                        .push_bind(now_ms)
                        .push_bind(ingest_plan::record_key(r));
                });
                qb.push(" ON CONFLICT (record_id, content_key) DO NOTHING");
                qb.build().execute(&mut *tx).await?;
            }
        }
        tx.commit().await?;
        Ok(statuses.into_iter().map(|s| s.unwrap_or(ItemStatus::Created)).collect())
    }
}

#[async_trait]
impl<DB> Ingest for SqlStorage<DB>
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
    async fn ingest(
        &self,
        by: &Submitter,
        records: &[AttendanceRecord],
        now: DateTime<Utc>,
    ) -> Result<Vec<ItemStatus>> {
        if records.is_empty() {
            return Ok(Vec::new());
        }
        let mut attempt = 0;
        loop {
            match self.ingest_once(by, records, now).await {
                Err(e) if is_retryable(&e) && attempt < 5 => attempt += 1,
                other => return other,
            }
        }
    }
}
