//! The queries, written once and instantiated for SQLite and PostgreSQL by `impl_storage!`.
//! Both schemas use BIGINT times (Unix ms) and 0/1 booleans, and the queries use `$N`
//! placeholders, `ON CONFLICT` and `RETURNING`, which both databases understand; the one
//! difference, row locks, is the macro's `for_update` argument.

use std::collections::{BTreeMap, HashMap};

use blue_vest_protocol::{AttendanceRecord, EventCode, LearnerCode, RecordedBy};
use chrono::{DateTime, TimeZone, Utc};

use super::ingest_plan::EventInfo;
use super::{Result, StorageError};

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
    matches!(e, StorageError::Database(d) if d.as_database_error()
        .and_then(|d| d.code())
        .is_some_and(|c| c == "40P01" || c == "40001"))
}

/// One new record's effect on its (event, learner) attendance.
#[derive(Debug, Clone)]
pub(super) struct Contribution {
    pub event: EventInfo,
    pub learner_id: i64,
    pub recorded_by: RecordedBy,
    pub lessons: i64,
    pub received_at: i64,
}

/// The counter changes of one transaction, applied in key order so concurrent uploads lock
/// rows in the same order (no deadlocks).
#[derive(Debug, Default)]
pub(super) struct Deltas {
    pub events: BTreeMap<i64, i64>,
    pub cities: BTreeMap<String, [i64; 5]>,
    pub months: BTreeMap<String, [i64; 5]>,
}

/// Indexes into the `[i64; 5]` counters: attendance, records, unique learners, new learners, lessons.
pub(super) const ATT: usize = 0;
pub(super) const REC: usize = 1;
pub(super) const UNIQ: usize = 2;
pub(super) const NEW: usize = 3;
pub(super) const LES: usize = 4;

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

/// The distinct values of an iterator, sorted (lock order, and fewer binds).
pub(super) fn distinct<T: Ord + Clone>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut v: Vec<T> = items.into_iter().collect::<std::collections::BTreeSet<T>>().into_iter().collect();
    v.dedup();
    v
}

/// Groups the upload's records by event code.
pub(super) fn codes_of(records: &[AttendanceRecord]) -> Vec<String> {
    distinct(records.iter().map(|r| r.event_code.as_str().to_owned()))
}

pub(super) type EventsByCode = HashMap<EventCode, Vec<EventInfo>>;

macro_rules! impl_storage {
    ($store:ty, $db:ty, backend = $backend:literal, for_update = $for_update:literal) => {
        use std::collections::HashMap;

        use async_trait::async_trait;
        use blue_vest_protocol::{AttendanceRecord, ItemStatus};
        use chrono::{DateTime, Utc};
        use sqlx::{QueryBuilder, Row};
        use uuid::Uuid;

        use super::ingest_plan::{self, Decision, EventInfo, Existing};
        use super::sql::*;
        use super::types::*;
        use super::{Result, Storage, StorageError};

        type Tx = sqlx::Transaction<'static, $db>;
        type DbRow = <$db as sqlx::Database>::Row;

        const EVENT_COLS: &str = "id, client_id, org_id, city, venue, starts_at, topics, code, closed_at, created_at, attendance";
        const ORG_COLS: &str = "id, name, city, created_at";
        const VOLUNTEER_COLS: &str = "id, org_id, email, name, password_hash, created_at";

        fn org_row(r: &DbRow) -> Result<Org> {
            Ok(Org { id: r.try_get(0)?, name: r.try_get(1)?, city: r.try_get(2)?, created_at: from_ms(r.try_get(3)?) })
        }

        fn volunteer_row(r: &DbRow) -> Result<Volunteer> {
            Ok(Volunteer {
                id: r.try_get(0)?,
                org: r.try_get(1)?,
                email: r.try_get(2)?,
                name: r.try_get(3)?,
                password_hash: r.try_get(4)?,
                created_at: from_ms(r.try_get(5)?),
            })
        }

        fn event_row(r: &DbRow) -> Result<Event> {
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

        /// A stored record from six columns starting at `at`: event_code, learner, recorded_by,
        /// lessons_done, device_time, received_at.
        fn record_cols(r: &DbRow, id: Uuid, at: usize) -> Result<StoredRecord> {
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

        /// A chart bar from key, attendance, unique learners, lessons.
        fn bucket_row(r: &DbRow) -> Result<Bucket> {
            Ok(Bucket { key: r.try_get(0)?, attendance: r.try_get(1)?, unique_learners: r.try_get(2)?, lessons: r.try_get(3)? })
        }

        fn uuid_col(r: &DbRow, at: usize) -> Result<Uuid> {
            let s: String = r.try_get(at)?;
            s.parse().map_err(|_| corrupt(format!("record id {s:?}")))
        }

        fn in_list<'a, T>(qb: &mut QueryBuilder<$db>, items: impl IntoIterator<Item = T>)
        where
            T: sqlx::Encode<'a, $db> + sqlx::Type<$db>,
        {
            qb.push("(");
            let mut sep = qb.separated(", ");
            for item in items {
                sep.push_bind(item);
            }
            qb.push(")");
        }

        /// Every event carrying one of these codes, open or closed.
        async fn events_by_code(tx: &mut Tx, codes: &[String]) -> Result<EventsByCode> {
            let mut qb = QueryBuilder::<$db>::new("SELECT id, org_id, city, month, closed_at, code FROM events WHERE code IN ");
            in_list(&mut qb, codes.iter().cloned());
            let mut map: EventsByCode = HashMap::new();
            for r in qb.build().fetch_all(&mut **tx).await? {
                let info = EventInfo {
                    id: r.try_get(0)?,
                    org: r.try_get(1)?,
                    city: r.try_get(2)?,
                    month: r.try_get(3)?,
                    closed_at: r.try_get::<Option<i64>, _>(4)?.map(from_ms),
                };
                map.entry(event_code(&r.try_get::<String, _>(5)?)?).or_default().push(info);
            }
            Ok(map)
        }

        async fn existing_records(tx: &mut Tx, ids: &[String]) -> Result<HashMap<Uuid, Existing>> {
            let mut qb = QueryBuilder::<$db>::new(
                "SELECT r.id, r.event_code, r.learner, r.recorded_by, r.lessons_done, r.device_time, r.received_at, \
                 r.event_id, e.org_id FROM records r JOIN events e ON e.id = r.event_id WHERE r.id IN ",
            );
            in_list(&mut qb, ids.iter().cloned());
            let mut map = HashMap::new();
            for r in qb.build().fetch_all(&mut **tx).await? {
                let id = uuid_col(&r, 0)?;
                let record = record_cols(&r, id, 1)?;
                map.insert(id, Existing { record, event: r.try_get(7)?, org: r.try_get(8)? });
            }
            Ok(map)
        }

        /// Learner ids for codes, creating the new ones; returns the ids and which were new.
        async fn learner_ids(
            tx: &mut Tx,
            codes: &[String],
            now: i64,
        ) -> Result<(HashMap<String, i64>, std::collections::HashSet<i64>)> {
            let mut qb = QueryBuilder::<$db>::new("INSERT INTO learners (code, first_seen_at) ");
            qb.push_values(codes, |mut row, code| {
                row.push_bind(code.clone()).push_bind(now);
            });
            qb.push(" ON CONFLICT (code) DO NOTHING RETURNING id");
            let mut fresh = std::collections::HashSet::new();
            for r in qb.build().fetch_all(&mut **tx).await? {
                fresh.insert(r.try_get::<i64, _>(0)?);
            }
            let mut qb = QueryBuilder::<$db>::new("SELECT id, code FROM learners WHERE code IN ");
            in_list(&mut qb, codes.iter().cloned());
            let mut ids = HashMap::new();
            for r in qb.build().fetch_all(&mut **tx).await? {
                ids.insert(r.try_get::<String, _>(1)?, r.try_get::<i64, _>(0)?);
            }
            Ok((ids, fresh))
        }

        /// Inserts records whose ids are new; returns the ids this transaction stored (another
        /// upload of the same id at the same moment may win the race).
        async fn insert_records(
            tx: &mut Tx,
            rows: &[(&AttendanceRecord, i64, i64)],
            now: i64,
        ) -> Result<std::collections::HashSet<Uuid>> {
            let mut qb = QueryBuilder::<$db>::new(
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
                stored.insert(uuid_col(&r, 0)?);
            }
            Ok(stored)
        }

        /// Merges contributions into attendances (one per event and learner) and counts the changes.
        async fn apply_contributions(tx: &mut Tx, items: &[Contribution], deltas: &mut Deltas) -> Result<()> {
            if items.is_empty() {
                return Ok(());
            }
            // Fold the upload's own records first: a volunteer and a senior record may arrive together.
            let mut merged: std::collections::BTreeMap<(i64, i64), (EventInfo, i64, i64, i64, i64)> = Default::default();
            for c in items {
                let e = merged.entry((c.event.id, c.learner_id)).or_insert((c.event.clone(), 0, 0, 0, c.received_at));
                match c.recorded_by {
                    blue_vest_protocol::RecordedBy::Volunteer => e.1 = 1,
                    blue_vest_protocol::RecordedBy::Senior => e.2 = 1,
                }
                e.3 = e.3.max(c.lessons);
            }
            let mut qb = QueryBuilder::<$db>::new(
                "INSERT INTO attendances (event_id, learner_id, by_volunteer, by_senior, lessons, first_received_at) ",
            );
            qb.push_values(&merged, |mut row, ((event, learner), (_, v, s, l, at))| {
                row.push_bind(*event).push_bind(*learner).push_bind(*v).push_bind(*s).push_bind(*l).push_bind(*at);
            });
            qb.push(" ON CONFLICT (event_id, learner_id) DO NOTHING RETURNING event_id, learner_id");
            let mut created = std::collections::HashSet::new();
            for r in qb.build().fetch_all(&mut **tx).await? {
                created.insert((r.try_get::<i64, _>(0)?, r.try_get::<i64, _>(1)?));
            }
            // The rest existed already: merge the flags and lessons under a row lock.
            let existing: Vec<_> = merged.keys().filter(|k| !created.contains(k)).copied().collect();
            if !existing.is_empty() {
                let mut qb = QueryBuilder::<$db>::new(
                    "SELECT id, event_id, learner_id, by_volunteer, by_senior, lessons FROM attendances WHERE learner_id IN ",
                );
                in_list(&mut qb, distinct(existing.iter().map(|k| k.1)));
                qb.push(concat!(" ORDER BY id", $for_update));
                for r in qb.build().fetch_all(&mut **tx).await? {
                    let key = (r.try_get::<i64, _>(1)?, r.try_get::<i64, _>(2)?);
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
                let mut qb = QueryBuilder::<$db>::new(format!("INSERT INTO {table} ({col}, learner_id) "));
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
        async fn apply_deltas(tx: &mut Tx, deltas: &Deltas) -> Result<()> {
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
                         new_learners = {table}.new_learners + excluded.new_learners, \
                         lessons = {table}.lessons + excluded.lessons"
                    );
                    sqlx::query(sqlx::AssertSqlSafe(sql))
                        .bind(key.clone())
                        .bind(d[ATT])
                        .bind(d[REC])
                        .bind(d[UNIQ])
                        .bind(d[NEW])
                        .bind(d[LES])
                        .execute(&mut **tx)
                        .await?;
                }
            }
            Ok(())
        }

        /// One try of an upload, in one transaction.
        async fn ingest_once(
            store: &$store,
            by: &Submitter,
            records: &[AttendanceRecord],
            now: DateTime<Utc>,
        ) -> Result<Vec<ItemStatus>> {
            let mut tx: Tx = store.write().begin().await?;
            let ids: Vec<String> = records.iter().map(|r| r.id.to_string()).collect();
            let existing = existing_records(&mut tx, &ids).await?;
            let events = events_by_code(&mut tx, &codes_of(records)).await?;
            let decisions = ingest_plan::decide(by, records, &events, &existing, now);
            let now_ms = ms(now);
            let mut statuses: Vec<Option<ItemStatus>> = vec![None; records.len()];
            let mut inserts = Vec::new();
            let mut conflicts = Vec::new();
            for (i, (r, d)) in records.iter().zip(decisions).enumerate() {
                match d {
                    Decision::Answer(s) => statuses[i] = Some(s),
                    Decision::Insert(event) => inserts.push((i, r, event)),
                    Decision::Conflict { event, org } => conflicts.push((i, r, event, org)),
                }
            }
            let mut deltas = Deltas::default();
            if !inserts.is_empty() {
                let codes = distinct(inserts.iter().map(|(_, r, _)| r.learner.as_str().to_owned()));
                let (learners, fresh) = learner_ids(&mut tx, &codes, now_ms).await?;
                let rows: Vec<(&AttendanceRecord, i64, i64)> = inserts
                    .iter()
                    .map(|(_, r, e)| (*r, e.id, learners.get(r.learner.as_str()).copied().unwrap_or_default()))
                    .collect();
                let stored = insert_records(&mut tx, &rows, now_ms).await?;
                let mut contributions = Vec::new();
                let mut counted_new = std::collections::HashSet::new();
                for (i, r, event) in &inserts {
                    if !stored.contains(&r.id) {
                        // Lost a race with the same id: answer it as the retry it is.
                        conflicts.push((*i, *r, event.id, event.org));
                        continue;
                    }
                    statuses[*i] = Some(ItemStatus::Created);
                    let learner_id = learners[r.learner.as_str()];
                    deltas.add(event, REC, 1);
                    if fresh.contains(&learner_id) && counted_new.insert(learner_id) {
                        deltas.add(event, NEW, 1);
                    }
                    contributions.push(Contribution {
                        event: event.clone(),
                        learner_id,
                        recorded_by: r.recorded_by,
                        lessons: r.lessons_done.len() as i64,
                        received_at: now_ms,
                    });
                }
                apply_contributions(&mut tx, &contributions, &mut deltas).await?;
                apply_deltas(&mut tx, &deltas).await?;
            }
            if !conflicts.is_empty() {
                // Records that lost a race are compared now that the winner is visible.
                let ids: Vec<String> = conflicts.iter().map(|(_, r, _, _)| r.id.to_string()).collect();
                let now_existing = existing_records(&mut tx, &ids).await?;
                let mut to_store = Vec::new();
                for (i, r, event, org) in conflicts {
                    match now_existing.get(&r.id) {
                        Some(s) if ingest_plan::stored_key(&s.record) == ingest_plan::record_key(r) => {
                            statuses[i] = Some(ItemStatus::Duplicate)
                        }
                        _ => {
                            statuses[i] = Some(ItemStatus::Conflict);
                            to_store.push((r, event, org));
                        }
                    }
                }
                if !to_store.is_empty() {
                    let mut qb = QueryBuilder::<$db>::new(
                        "INSERT INTO conflicts (record_id, org_id, event_id, event_code, learner, recorded_by, \
                         lessons_done, device_time, received_at, content_key) ",
                    );
                    qb.push_values(&to_store, |mut row, (r, event, org)| {
                        row.push_bind(r.id.to_string())
                            .push_bind(*org)
                            .push_bind(*event)
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

        /// Takes a stored record's part out of its attendance (the organiser chose another version).
        async fn retract(tx: &mut Tx, event: &EventInfo, learner_id: i64, record_id: &str, deltas: &mut Deltas) -> Result<()> {
            let row = sqlx::query(concat!(
                "SELECT id, lessons FROM attendances WHERE event_id = $1 AND learner_id = $2",
                $for_update
            ))
            .bind(event.id)
            .bind(learner_id)
            .fetch_optional(&mut **tx)
            .await?;
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

        async fn event_info(tx: &mut Tx, id: i64) -> Result<EventInfo> {
            let r = sqlx::query("SELECT id, org_id, city, month, closed_at FROM events WHERE id = $1")
                .bind(id)
                .fetch_optional(&mut **tx)
                .await?
                .ok_or(StorageError::NotFound)?;
            Ok(EventInfo {
                id: r.try_get(0)?,
                org: r.try_get(1)?,
                city: r.try_get(2)?,
                month: r.try_get(3)?,
                closed_at: r.try_get::<Option<i64>, _>(4)?.map(from_ms),
            })
        }

        async fn fetch_event(pool: &sqlx::Pool<$db>, id: i64) -> Result<Option<Event>> {
            let sql = format!("SELECT {EVENT_COLS} FROM events WHERE id = $1");
            let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(pool).await?;
            row.as_ref().map(event_row).transpose()
        }

        fn new_code() -> String {
            use rand::Rng;
            format!("{:06}", rand::thread_rng().gen_range(0..1_000_000))
        }

        #[async_trait]
        impl Storage for $store {
            fn backend(&self) -> &'static str {
                $backend
            }

            async fn create_org(&self, name: &str, city: &str, now: DateTime<Utc>) -> Result<Org> {
                let res = sqlx::query("INSERT INTO orgs (name, city, created_at) VALUES ($1, $2, $3) RETURNING id")
                    .bind(name.to_owned())
                    .bind(city.to_owned())
                    .bind(ms(now))
                    .fetch_one(self.write())
                    .await;
                match res {
                    Ok(r) => Ok(Org { id: r.try_get(0)?, name: name.into(), city: city.into(), created_at: from_ms(ms(now)) }),
                    Err(e) if is_unique_violation(&e) => Err(StorageError::Taken("organisation name")),
                    Err(e) => Err(e.into()),
                }
            }

            async fn org_by_name(&self, name: &str) -> Result<Option<Org>> {
                let sql = format!("SELECT {ORG_COLS} FROM orgs WHERE name = $1");
                let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(name.to_owned()).fetch_optional(self.read()).await?;
                row.as_ref().map(org_row).transpose()
            }

            async fn org(&self, id: OrgId) -> Result<Option<Org>> {
                let sql = format!("SELECT {ORG_COLS} FROM orgs WHERE id = $1");
                let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(self.read()).await?;
                row.as_ref().map(org_row).transpose()
            }

            async fn create_volunteer(&self, new: &NewVolunteer, now: DateTime<Utc>) -> Result<Volunteer> {
                let res = sqlx::query(
                    "INSERT INTO volunteers (org_id, email, name, password_hash, created_at) \
                     VALUES ($1, $2, $3, $4, $5) RETURNING id",
                )
                .bind(new.org)
                .bind(new.email.clone())
                .bind(new.name.clone())
                .bind(new.password_hash.clone())
                .bind(ms(now))
                .fetch_one(self.write())
                .await;
                match res {
                    Ok(r) => Ok(Volunteer {
                        id: r.try_get(0)?,
                        org: new.org,
                        email: new.email.clone(),
                        name: new.name.clone(),
                        password_hash: new.password_hash.clone(),
                        created_at: from_ms(ms(now)),
                    }),
                    Err(e) if is_unique_violation(&e) => Err(StorageError::Taken("email")),
                    Err(e) => Err(e.into()),
                }
            }

            async fn volunteer_by_email(&self, email: &str) -> Result<Option<Volunteer>> {
                let sql = format!("SELECT {VOLUNTEER_COLS} FROM volunteers WHERE email = $1");
                let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(email.to_owned()).fetch_optional(self.read()).await?;
                row.as_ref().map(volunteer_row).transpose()
            }

            async fn volunteer(&self, id: VolunteerId) -> Result<Option<Volunteer>> {
                let sql = format!("SELECT {VOLUNTEER_COLS} FROM volunteers WHERE id = $1");
                let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(self.read()).await?;
                row.as_ref().map(volunteer_row).transpose()
            }

            async fn set_password_hash(&self, id: VolunteerId, password_hash: &str) -> Result<()> {
                let done = sqlx::query("UPDATE volunteers SET password_hash = $1 WHERE id = $2")
                    .bind(password_hash.to_owned())
                    .bind(id)
                    .execute(self.write())
                    .await?;
                if done.rows_affected() == 0 { Err(StorageError::NotFound) } else { Ok(()) }
            }

            async fn insert_token(&self, token_hash: &str, grant: &Grant, now: DateTime<Utc>) -> Result<()> {
                let (kind, volunteer, org, code) = match grant {
                    Grant::Volunteer { volunteer, org, .. } => ("volunteer", Some(*volunteer), Some(*org), None),
                    Grant::Senior { event_code, .. } => ("senior", None, None, Some(event_code.as_str().to_owned())),
                };
                sqlx::query(
                    "INSERT INTO tokens (token_hash, kind, volunteer_id, org_id, event_code, created_at, expires_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(token_hash.to_owned())
                .bind(kind)
                .bind(volunteer)
                .bind(org)
                .bind(code)
                .bind(ms(now))
                .bind(ms(grant.expires_at()))
                .execute(self.write())
                .await?;
                Ok(())
            }

            async fn grant(&self, token_hash: &str, now: DateTime<Utc>) -> Result<Option<Grant>> {
                let row = sqlx::query(
                    "SELECT kind, volunteer_id, org_id, event_code, expires_at FROM tokens \
                     WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > $2",
                )
                .bind(token_hash.to_owned())
                .bind(ms(now))
                .fetch_optional(self.read())
                .await?;
                let Some(r) = row else { return Ok(None) };
                let expires_at = from_ms(r.try_get(4)?);
                let kind: String = r.try_get(0)?;
                Ok(Some(match kind.as_str() {
                    "volunteer" => Grant::Volunteer {
                        volunteer: r.try_get::<Option<i64>, _>(1)?.ok_or_else(|| corrupt("token without volunteer"))?,
                        org: r.try_get::<Option<i64>, _>(2)?.ok_or_else(|| corrupt("token without organisation"))?,
                        expires_at,
                    },
                    "senior" => Grant::Senior {
                        event_code: event_code(&r.try_get::<Option<String>, _>(3)?.unwrap_or_default())?,
                        expires_at,
                    },
                    other => return Err(corrupt(format!("token kind {other:?}"))),
                }))
            }

            async fn revoke_token(&self, token_hash: &str, now: DateTime<Utc>) -> Result<()> {
                sqlx::query("UPDATE tokens SET revoked_at = $1 WHERE token_hash = $2 AND revoked_at IS NULL")
                    .bind(ms(now))
                    .bind(token_hash.to_owned())
                    .execute(self.write())
                    .await?;
                Ok(())
            }

            async fn revoke_volunteer_tokens(&self, id: VolunteerId, now: DateTime<Utc>) -> Result<u64> {
                let done = sqlx::query(
                    "UPDATE tokens SET revoked_at = $1 WHERE volunteer_id = $2 AND revoked_at IS NULL AND expires_at > $1",
                )
                .bind(ms(now))
                .bind(id)
                .execute(self.write())
                .await?;
                Ok(done.rows_affected())
            }

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
                    let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(client_id.clone()).fetch_optional(self.write()).await?;
                    row.as_ref().map(event_row).transpose()
                };
                let same_client = |e: Event| if e.organisation == org { Ok((e, false)) } else { Err(StorageError::Taken("client_id")) };
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
                            let id: i64 = r.try_get(0)?;
                            return Ok((fetch_event(self.write(), id).await?.ok_or(StorageError::NotFound)?, true));
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
                fetch_event(self.read(), id).await
            }

            async fn events(&self, org: OrgId, query: &EventQuery) -> Result<Vec<Event>> {
                let mut qb = QueryBuilder::<$db>::new(format!("SELECT {EVENT_COLS} FROM events WHERE org_id = "));
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
                qb.build().fetch_all(self.read()).await?.iter().map(event_row).collect()
            }

            async fn update_event(&self, id: EventId, patch: &EventPatch, now: DateTime<Utc>) -> Result<Event> {
                let mut tx: Tx = self.write().begin().await?;
                let sql = format!("SELECT {EVENT_COLS} FROM events WHERE id = $1{}", $for_update);
                let current = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(&mut *tx).await?;
                let current = event_row(&current.ok_or(StorageError::NotFound)?)?;
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
                fetch_event(self.write(), id).await?.ok_or(StorageError::NotFound)
            }

            async fn close_event(&self, id: EventId, now: DateTime<Utc>) -> Result<Event> {
                sqlx::query(
                    "UPDATE events SET closed_at = $1, open_code = NULL, updated_at = $1 WHERE id = $2 AND closed_at IS NULL",
                )
                .bind(ms(now))
                .bind(id)
                .execute(self.write())
                .await?;
                fetch_event(self.write(), id).await?.ok_or(StorageError::NotFound)
            }

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
                    match ingest_once(self, by, records, now).await {
                        Err(e) if is_retryable(&e) && attempt < 5 => attempt += 1,
                        other => return other,
                    }
                }
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
                let mut qb = QueryBuilder::<$db>::new(
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

            async fn totals(&self) -> Result<Totals> {
                let r = sqlx::query(
                    "SELECT (SELECT COUNT(*) FROM orgs), (SELECT COUNT(*) FROM events), \
                     (SELECT COUNT(*) FROM events WHERE open_code IS NOT NULL), \
                     CAST(COALESCE(SUM(attendance), 0) AS BIGINT), CAST(COALESCE(SUM(records), 0) AS BIGINT), \
                     CAST(COALESCE(SUM(new_learners), 0) AS BIGINT), CAST(COALESCE(SUM(lessons), 0) AS BIGINT), \
                     (SELECT COUNT(*) FROM conflicts WHERE resolved_at IS NULL) FROM city_stats",
                )
                .fetch_one(self.read())
                .await?;
                Ok(Totals {
                    organisations: r.try_get(0)?,
                    events: r.try_get(1)?,
                    open_events: r.try_get(2)?,
                    attendance: r.try_get(3)?,
                    records: r.try_get(4)?,
                    unique_learners: r.try_get(5)?,
                    lessons_completed: r.try_get(6)?,
                    open_conflicts: r.try_get(7)?,
                })
            }

            async fn per_city(&self) -> Result<Vec<Bucket>> {
                let rows = sqlx::query(
                    "SELECT city, attendance, unique_learners, lessons FROM city_stats ORDER BY attendance DESC, city",
                )
                .fetch_all(self.read())
                .await?;
                rows.iter().map(bucket_row).collect()
            }

            async fn per_month(&self) -> Result<Vec<Bucket>> {
                let rows = sqlx::query("SELECT month, attendance, unique_learners, lessons FROM month_stats ORDER BY month")
                    .fetch_all(self.read())
                    .await?;
                rows.iter().map(bucket_row).collect()
            }

            async fn conflicts(&self, org: OrgId, open_only: bool) -> Result<Vec<Conflict>> {
                let mut qb = QueryBuilder::<$db>::new(
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
                        let id = uuid_col(r, 2)?;
                        let kept = match r.try_get::<Option<String>, _>(4)?.as_deref() {
                            Some("stored") => Some(Keep::Stored),
                            Some("incoming") => Some(Keep::Incoming),
                            _ => None,
                        };
                        Ok(Conflict {
                            id: r.try_get(0)?,
                            event: r.try_get(1)?,
                            incoming: record_cols(r, id, 5)?,
                            stored: record_cols(r, id, 11)?,
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
                let mut tx: Tx = self.write().begin().await?;
                let row = sqlx::query(concat!(
                    "SELECT c.record_id, c.resolved_at, c.event_code, c.learner, c.recorded_by, c.lessons_done, \
                     c.device_time, r.event_id, r.learner_id FROM conflicts c JOIN records r ON r.id = c.record_id \
                     WHERE c.id = $1 AND c.org_id = $2",
                    $for_update
                ))
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
                    };
                    let old_event = event_info(&mut tx, row.try_get(7)?).await?;
                    let old_learner: i64 = row.try_get(8)?;
                    // The new version's event: its code's event in this organisation, open or most recent.
                    let candidates = events_by_code(&mut tx, &[incoming.event_code.as_str().to_owned()]).await?;
                    let new_event = candidates
                        .get(&incoming.event_code)
                        .and_then(|list| list.iter().filter(|e| e.org == org).max_by_key(|e| (e.closed_at.is_none(), e.closed_at)))
                        .cloned()
                        .ok_or(StorageError::NotFound)?;
                    let mut deltas = Deltas::default();
                    retract(&mut tx, &old_event, old_learner, &record_id, &mut deltas).await?;
                    let now_ms = ms(now);
                    let (learners, fresh) = learner_ids(&mut tx, &[incoming.learner.as_str().to_owned()], now_ms).await?;
                    let learner_id = learners[incoming.learner.as_str()];
                    if fresh.contains(&learner_id) {
                        deltas.add(&new_event, NEW, 1);
                    }
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
                    apply_contributions(&mut tx, std::slice::from_ref(&contribution), &mut deltas).await?;
                    apply_deltas(&mut tx, &deltas).await?;
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
    };
}

pub(super) use impl_storage;
