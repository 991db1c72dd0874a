//! Lesson packs: versions with their archive's bytes, cities, withdrawals and fetches.

use async_trait::async_trait;
use blue_vest_protocol::{PackCityReach, PackEventReach, PackReach, PackSignature};
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::{ColumnIndex, Decode, Encode, Executor, Row, Type};

use super::rows::*;
use super::{Dialect, SqlStorage, Tx};
use crate::storage::ids::*;
use crate::storage::packs::{NewPackVersion, PackVersion, Packs, SignVersion};
use crate::storage::{Result, StorageError};

/// The columns `version_row` reads, in its order (`v`: pack_versions, `p`: packs).
const VERSION_COLS: &str = "v.id, v.pack_id, p.org_id, v.version, v.titles, v.valid_from, v.valid_until, v.cities, \
     v.sha256, v.size, v.statement, v.signature, v.created_at, p.withdrawn_at";
/// Only a pack's newest version.
const NEWEST: &str = "v.version = (SELECT MAX(w.version) FROM pack_versions w WHERE w.pack_id = v.pack_id)";

fn date_text(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn date_parse(s: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| corrupt(format!("pack date {s:?}")))
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
    for<'q> Vec<u8>: Type<DB> + Encode<'q, DB> + Decode<'q, DB>,
{
    fn version_row(r: &DB::Row) -> Result<PackVersion> {
        let titles: String = r.try_get(4)?;
        let cities: String = r.try_get(7)?;
        Ok(PackVersion {
            id: r.try_get(0)?,
            pack_id: r.try_get(1)?,
            org: r.try_get(2)?,
            version: r.try_get::<i64, _>(3)? as u64,
            titles: serde_json::from_str(&titles).map_err(|_| corrupt("pack titles"))?,
            valid_from: date_parse(&r.try_get::<String, _>(5)?)?,
            valid_until: date_parse(&r.try_get::<String, _>(6)?)?,
            cities: serde_json::from_str(&cities).map_err(|_| corrupt("pack cities"))?,
            sha256: r.try_get(8)?,
            size: r.try_get::<i64, _>(9)? as u64,
            signed: PackSignature { statement: r.try_get(10)?, signature: r.try_get(11)? },
            uploaded_at: from_ms(r.try_get(12)?),
            withdrawn_at: r.try_get::<Option<i64>, _>(13)?.map(from_ms),
        })
    }

    async fn newest_in(tx: &mut Tx<DB>, pack_id: &str) -> Result<Option<PackVersion>> {
        let sql = format!(
            "SELECT {VERSION_COLS} FROM pack_versions v JOIN packs p ON p.id = v.pack_id \
             WHERE v.pack_id = $1 ORDER BY v.version DESC LIMIT 1"
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(pack_id.to_owned()).fetch_optional(&mut **tx).await?;
        row.as_ref().map(Self::version_row).transpose()
    }

    async fn versions_where(&self, filter: &str, binds: Vec<String>) -> Result<Vec<PackVersion>> {
        let sql = format!(
            "SELECT {VERSION_COLS} FROM pack_versions v JOIN packs p ON p.id = v.pack_id WHERE {filter} \
             ORDER BY v.created_at DESC, v.pack_id"
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for b in binds {
            query = query.bind(b);
        }
        query.fetch_all(self.read()).await?.iter().map(Self::version_row).collect()
    }
}

#[async_trait]
impl<DB> Packs for SqlStorage<DB>
where
    DB: Dialect,
    for<'c> &'c mut DB::Connection: Executor<'c, Database = DB>,
    usize: ColumnIndex<DB::Row>,
    for<'q> i64: Type<DB> + Encode<'q, DB> + Decode<'q, DB>,
    for<'q> String: Type<DB> + Encode<'q, DB> + Decode<'q, DB>,
    for<'q> Option<i64>: Encode<'q, DB>,
    for<'q> Option<String>: Encode<'q, DB>,
    for<'q> &'q str: Type<DB> + Encode<'q, DB>,
    for<'q> Vec<u8>: Type<DB> + Encode<'q, DB> + Decode<'q, DB>,
{
    async fn publish_pack(
        &self,
        new: &NewPackVersion,
        sign: &SignVersion<'_>,
        now: DateTime<Utc>,
    ) -> Result<(PackVersion, bool)> {
        let now_ms = ms(now);
        let mut tx: Tx<DB> = self.write().begin().await?;
        sqlx::query("INSERT INTO packs (id, org_id, created_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING")
            .bind(new.pack_id.clone())
            .bind(new.org)
            .bind(now_ms)
            .execute(&mut *tx)
            .await?;
        let sql = format!("SELECT org_id FROM packs WHERE id = $1{}", DB::FOR_UPDATE);
        let owner: OrgId =
            sqlx::query(sqlx::AssertSqlSafe(sql)).bind(new.pack_id.clone()).fetch_one(&mut *tx).await?.try_get(0)?;
        if owner != new.org {
            return Err(StorageError::Taken("pack id"));
        }
        let newest = Self::newest_in(&mut tx, &new.pack_id).await?;
        if let Some(n) = &newest
            && n.sha256 == new.sha256
            && n.withdrawn_at.is_none()
        {
            tx.commit().await?;
            return Ok((n.clone(), false));
        }
        let version = newest.map_or(1, |n| n.version + 1);
        let signed = sign(version);
        let titles = serde_json::to_string(&new.titles).map_err(|e| corrupt(e.to_string()))?;
        let cities = serde_json::to_string(&new.cities).map_err(|e| corrupt(e.to_string()))?;
        let id: i64 = sqlx::query(
            "INSERT INTO pack_versions (pack_id, version, titles, valid_from, valid_until, cities, sha256, size, \
             statement, signature, archive, uploaded_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
        )
        .bind(new.pack_id.clone())
        .bind(version as i64)
        .bind(titles)
        .bind(date_text(new.valid_from))
        .bind(date_text(new.valid_until))
        .bind(cities)
        .bind(new.sha256.clone())
        .bind(new.archive.len() as i64)
        .bind(signed.statement.clone())
        .bind(signed.signature.clone())
        .bind(new.archive.clone())
        .bind(new.uploaded_by)
        .bind(now_ms)
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        for city in distinct(new.cities.iter().cloned()) {
            sqlx::query("INSERT INTO pack_cities (city, version_id) VALUES ($1, $2)")
                .bind(city)
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query("UPDATE packs SET withdrawn_at = NULL WHERE id = $1")
            .bind(new.pack_id.clone())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        let stored = PackVersion {
            id,
            pack_id: new.pack_id.clone(),
            org: new.org,
            version,
            titles: new.titles.clone(),
            valid_from: new.valid_from,
            valid_until: new.valid_until,
            cities: new.cities.clone(),
            sha256: new.sha256.clone(),
            size: new.archive.len() as u64,
            signed,
            uploaded_at: from_ms(now_ms),
            withdrawn_at: None,
        };
        Ok((stored, true))
    }

    async fn pack(&self, pack_id: &str) -> Result<Option<PackVersion>> {
        Ok(self.versions_where(&format!("v.pack_id = $1 AND {NEWEST}"), vec![pack_id.to_owned()]).await?.pop())
    }

    async fn org_packs(&self, org: OrgId) -> Result<Vec<PackVersion>> {
        let sql = format!(
            "SELECT {VERSION_COLS} FROM pack_versions v JOIN packs p ON p.id = v.pack_id \
             WHERE p.org_id = $1 AND {NEWEST} ORDER BY v.created_at DESC, v.pack_id"
        );
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(org)
            .fetch_all(self.read())
            .await?
            .iter()
            .map(Self::version_row)
            .collect()
    }

    async fn packs_for_city(&self, city: &str, date: NaiveDate) -> Result<Vec<PackVersion>> {
        let filter = format!(
            "{NEWEST} AND p.withdrawn_at IS NULL AND v.valid_from <= $2 AND v.valid_until >= $2 \
             AND EXISTS (SELECT 1 FROM pack_cities c WHERE c.version_id = v.id AND c.city = $1)"
        );
        self.versions_where(&filter, vec![city.to_owned(), date_text(date)]).await
    }

    async fn withdrawn_for_city(&self, city: &str) -> Result<Vec<String>> {
        let filter = format!(
            "{NEWEST} AND p.withdrawn_at IS NOT NULL \
             AND EXISTS (SELECT 1 FROM pack_cities c WHERE c.version_id = v.id AND c.city = $1)"
        );
        let mut ids: Vec<String> =
            self.versions_where(&filter, vec![city.to_owned()]).await?.into_iter().map(|v| v.pack_id).collect();
        ids.sort();
        Ok(ids)
    }

    async fn pack_archive(&self, pack_id: &str, version: u64) -> Result<Option<(PackVersion, Vec<u8>)>> {
        let sql = format!(
            "SELECT {VERSION_COLS}, v.archive FROM pack_versions v JOIN packs p ON p.id = v.pack_id \
             WHERE v.pack_id = $1 AND v.version = $2"
        );
        let Some(row) = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(pack_id.to_owned())
            .bind(i64::try_from(version).unwrap_or(i64::MAX))
            .fetch_optional(self.read())
            .await?
        else {
            return Ok(None);
        };
        let bytes: Vec<u8> = row.try_get(14)?;
        Ok(Some((Self::version_row(&row)?, bytes)))
    }

    async fn withdraw_pack(&self, org: OrgId, pack_id: &str, now: DateTime<Utc>) -> Result<PackVersion> {
        let mut tx: Tx<DB> = self.write().begin().await?;
        let done =
            sqlx::query("UPDATE packs SET withdrawn_at = $1 WHERE id = $2 AND org_id = $3 AND withdrawn_at IS NULL")
                .bind(ms(now))
                .bind(pack_id.to_owned())
                .bind(org)
                .execute(&mut *tx)
                .await?;
        let _ = DB::rows_affected(&done);
        let newest = Self::newest_in(&mut tx, pack_id).await?.filter(|v| v.org == org).ok_or(StorageError::NotFound)?;
        tx.commit().await?;
        Ok(newest)
    }

    async fn record_pack_fetch(
        &self,
        version_id: i64,
        token: &TokenHash,
        event_code: Option<&str>,
        city: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let mut tx: Tx<DB> = self.write().begin().await?;
        let mut event: Option<i64> = None;
        let mut city = city.to_owned();
        if let Some(code) = event_code {
            let row = sqlx::query(
                "SELECT id, city FROM events WHERE code = $1 ORDER BY (closed_at IS NULL) DESC, id DESC LIMIT 1",
            )
            .bind(code.to_owned())
            .fetch_optional(&mut *tx)
            .await?;
            if let Some(row) = row {
                event = Some(row.try_get(0)?);
                city = row.try_get(1)?;
            }
        }
        sqlx::query(
            "INSERT INTO pack_fetches (version_id, token_hash, event_id, city, fetched_at) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (version_id, token_hash) DO NOTHING",
        )
        .bind(version_id)
        .bind(token.as_str().to_owned())
        .bind(event)
        .bind(city)
        .bind(ms(now))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn pack_reach(&self, pack_id: &str) -> Result<PackReach> {
        const FROM: &str = "FROM pack_fetches f JOIN pack_versions v ON v.id = f.version_id WHERE v.pack_id = $1";
        let phones: i64 = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT COUNT(DISTINCT f.token_hash) {FROM}")))
            .bind(pack_id.to_owned())
            .fetch_one(self.read())
            .await?
            .try_get(0)?;
        let cities = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT f.city, COUNT(DISTINCT f.token_hash) {FROM} GROUP BY f.city ORDER BY 2 DESC, 1"
        )))
        .bind(pack_id.to_owned())
        .fetch_all(self.read())
        .await?
        .iter()
        .map(|r| Ok(PackCityReach { city: r.try_get(0)?, phones: r.try_get::<i64, _>(1)? as u64 }))
        .collect::<Result<Vec<_>>>()?;
        let events = sqlx::query(
            "SELECT e.id, e.city, e.venue, COUNT(DISTINCT f.token_hash) FROM pack_fetches f \
             JOIN pack_versions v ON v.id = f.version_id JOIN events e ON e.id = f.event_id \
             WHERE v.pack_id = $1 GROUP BY e.id, e.city, e.venue ORDER BY e.id",
        )
        .bind(pack_id.to_owned())
        .fetch_all(self.read())
        .await?
        .iter()
        .map(|r| {
            Ok(PackEventReach {
                event_id: r.try_get(0)?,
                city: r.try_get(1)?,
                venue: r.try_get(2)?,
                phones: r.try_get::<i64, _>(3)? as u64,
            })
        })
        .collect::<Result<Vec<_>>>()?;
        Ok(PackReach { phones: phones as u64, cities, events })
    }

    async fn city_of_code(&self, event_code: &str) -> Result<Option<String>> {
        let row =
            sqlx::query("SELECT city FROM events WHERE code = $1 ORDER BY (closed_at IS NULL) DESC, id DESC LIMIT 1")
                .bind(event_code.to_owned())
                .fetch_optional(self.read())
                .await?;
        Ok(row.map(|r| r.try_get(0)).transpose()?)
    }
}
