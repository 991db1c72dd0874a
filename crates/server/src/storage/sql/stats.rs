//! The dashboard's campaign totals and chart buckets, read from the counters every upload keeps.

use async_trait::async_trait;
use sqlx::{ColumnIndex, Decode, Encode, Executor, Row, Type};

use super::{Dialect, SqlStorage};
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
        rows.iter().map(Self::bucket_row).collect()
    }

    async fn per_month(&self) -> Result<Vec<Bucket>> {
        let rows = sqlx::query("SELECT month, attendance, unique_learners, lessons FROM month_stats ORDER BY month")
            .fetch_all(self.read())
            .await?;
        rows.iter().map(Self::bucket_row).collect()
    }
}
