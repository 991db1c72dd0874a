//! The dashboard's campaign totals and chart buckets, read from the counters every upload keeps,
//! and the recount that checks those counters against the rows (`admin recount --check`).

use async_trait::async_trait;
use sqlx::{ColumnIndex, Decode, Encode, Executor, Row, Type};

use std::collections::{BTreeMap, BTreeSet, HashMap};

use blue_vest_protocol::RecordedBy;

use super::ingest::{ATT, LES, REC, UNIQ};
use super::rows::*;
use super::{Dialect, SqlStorage, Tx};
use crate::storage::ids::*;
use crate::storage::types::*;
use crate::storage::{Result, Stats};

#[async_trait]
impl<DB> Stats for SqlStorage<DB>
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
    async fn totals(&self) -> Result<Totals> {
        let r = sqlx::query(
            "SELECT (SELECT COUNT(*) FROM orgs), (SELECT COUNT(*) FROM events), \
             (SELECT COUNT(*) FROM events WHERE open_code IS NOT NULL), \
             CAST(COALESCE(SUM(attendance), 0) AS BIGINT), CAST(COALESCE(SUM(records), 0) AS BIGINT), \
             COALESCE((SELECT unique_learners FROM campaign_stats WHERE id = 1), 0), \
             CAST(COALESCE(SUM(lessons), 0) AS BIGINT), \
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
        rows.iter().map(Self::bucket_row).collect()
    }

    async fn per_month(&self) -> Result<Vec<Bucket>> {
        let rows = sqlx::query("SELECT month, attendance, unique_learners, lessons FROM month_stats ORDER BY month")
            .fetch_all(self.read())
            .await?;
        rows.iter().map(Self::bucket_row).collect()
    }

    async fn recount_differences(&self) -> Result<Vec<String>> {
        // Read everything in one snapshot (one transaction on the writer), then count again in Rust.
        let mut tx: Tx<DB> = self.write().begin().await?;
        let mut events: HashMap<EventId, (String, String, i64)> = HashMap::new();
        for r in sqlx::query("SELECT id, city, month, attendance FROM events").fetch_all(&mut *tx).await? {
            events.insert(r.try_get(0)?, (r.try_get(1)?, r.try_get(2)?, r.try_get(3)?));
        }
        // (event, learner) -> (volunteer, senior, lessons) as the records make it.
        let mut from_records: BTreeMap<(EventId, LearnerId), (i64, i64, i64)> = BTreeMap::new();
        let mut expected = Recount::default();
        for r in sqlx::query("SELECT event_id, learner_id, recorded_by, lessons_done FROM records")
            .fetch_all(&mut *tx)
            .await?
        {
            let key: (EventId, LearnerId) = (r.try_get(0)?, r.try_get(1)?);
            let e = from_records.entry(key).or_default();
            match by_parse(&r.try_get::<String, _>(2)?)? {
                RecordedBy::Volunteer => e.0 = 1,
                RecordedBy::Senior => e.1 = 1,
            }
            e.2 = e.2.max(lessons_split(&r.try_get::<String, _>(3)?).len() as i64);
            let (city, month, _) = events.get(&key.0).ok_or_else(|| corrupt("a record of no event"))?;
            expected.cities.entry(city.clone()).or_default()[REC] += 1;
            expected.months.entry(month.clone()).or_default()[REC] += 1;
        }
        let mut differences = Vec::new();
        let mut attendances: BTreeMap<(EventId, LearnerId), (i64, i64, i64)> = BTreeMap::new();
        for r in sqlx::query("SELECT event_id, learner_id, by_volunteer, by_senior, lessons FROM attendances")
            .fetch_all(&mut *tx)
            .await?
        {
            attendances.insert((r.try_get(0)?, r.try_get(1)?), (r.try_get(2)?, r.try_get(3)?, r.try_get(4)?));
        }
        for (key, want) in &from_records {
            match attendances.get(key) {
                Some(have) if have == want => {}
                Some(have) => differences.push(format!(
                    "attendance of learner {} at event {}: kept (volunteer, senior, lessons) {have:?}, records say {want:?}",
                    key.1.0, key.0
                )),
                None => differences.push(format!("learner {} at event {} has records but no attendance", key.1.0, key.0)),
            }
        }
        let mut per_learner: HashMap<LearnerId, i64> = HashMap::new();
        let mut per_event: HashMap<EventId, i64> = HashMap::new();
        for ((event, learner), (_, _, lessons)) in &attendances {
            if !from_records.contains_key(&(*event, *learner)) {
                differences.push(format!("learner {} at event {} has an attendance but no record", learner.0, event));
            }
            let (city, month, _) = events.get(event).ok_or_else(|| corrupt("an attendance of no event"))?;
            for (map, set, key) in [
                (&mut expected.cities, &mut expected.city_learners, city),
                (&mut expected.months, &mut expected.month_learners, month),
            ] {
                let c = map.entry(key.clone()).or_default();
                c[ATT] += 1;
                c[LES] += lessons;
                if set.insert((key.clone(), *learner)) {
                    c[UNIQ] += 1;
                }
            }
            *per_learner.entry(*learner).or_default() += 1;
            *per_event.entry(*event).or_default() += 1;
        }
        for (id, (_, _, kept)) in &events {
            let want = per_event.get(id).copied().unwrap_or(0);
            if *kept != want {
                differences.push(format!("event {id}: attendance kept {kept}, recounted {want}"));
            }
        }
        for (table, col, want, learners_table, want_learners) in [
            ("city_stats", "city", &expected.cities, "city_learners", &expected.city_learners),
            ("month_stats", "month", &expected.months, "month_learners", &expected.month_learners),
        ] {
            let mut kept: BTreeMap<String, [i64; 4]> = BTreeMap::new();
            let sql = format!("SELECT {col}, attendance, records, unique_learners, lessons FROM {table}");
            for r in sqlx::query(sqlx::AssertSqlSafe(sql)).fetch_all(&mut *tx).await? {
                kept.insert(r.try_get(0)?, [r.try_get(1)?, r.try_get(2)?, r.try_get(3)?, r.try_get(4)?]);
            }
            for key in kept.keys().chain(want.keys()).collect::<BTreeSet<_>>() {
                let (k, w) = (kept.get(key).copied().unwrap_or_default(), want.get(key).copied().unwrap_or_default());
                if k != w {
                    differences.push(format!(
                        "{table} {key:?}: kept (attendance, records, unique seniors, lessons) {k:?}, recounted {w:?}"
                    ));
                }
            }
            let sql = format!("SELECT {col}, learner_id FROM {learners_table}");
            let mut have: BTreeSet<(String, LearnerId)> = BTreeSet::new();
            for r in sqlx::query(sqlx::AssertSqlSafe(sql)).fetch_all(&mut *tx).await? {
                have.insert((r.try_get(0)?, r.try_get(1)?));
            }
            if &have != want_learners {
                let extra = have.difference(want_learners).count();
                let missing = want_learners.difference(&have).count();
                differences.push(format!("{learners_table}: {extra} rows too many, {missing} missing"));
            }
        }
        for r in sqlx::query("SELECT id, attendances FROM learners").fetch_all(&mut *tx).await? {
            let (id, kept): (LearnerId, i64) = (r.try_get(0)?, r.try_get(1)?);
            let want = per_learner.get(&id).copied().unwrap_or(0);
            if kept != want {
                differences.push(format!("learner {}: attendances kept {kept}, recounted {want}", id.0));
            }
        }
        let kept: i64 = sqlx::query("SELECT COALESCE((SELECT unique_learners FROM campaign_stats WHERE id = 1), 0)")
            .fetch_one(&mut *tx)
            .await?
            .try_get(0)?;
        if kept != per_learner.len() as i64 {
            differences.push(format!("unique seniors: kept {kept}, recounted {}", per_learner.len()));
        }
        tx.rollback().await?;
        Ok(differences)
    }
}

/// The counters as a recount from the rows makes them.
#[derive(Default)]
struct Recount {
    cities: BTreeMap<String, [i64; 4]>,
    months: BTreeMap<String, [i64; 4]>,
    city_learners: BTreeSet<(String, LearnerId)>,
    month_learners: BTreeSet<(String, LearnerId)>,
}
