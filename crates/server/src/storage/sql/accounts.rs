//! Organisations, volunteers and bearer tokens.

use async_trait::async_trait;
use blue_vest_protocol::LearnerCode;
use chrono::{DateTime, Utc};
use sqlx::{ColumnIndex, Decode, Encode, Executor, Row, Type};

use super::rows::*;
use super::{Dialect, SqlStorage};
use crate::storage::ids::*;
use crate::storage::types::*;
use crate::storage::{Accounts, Result, StorageError};

#[async_trait]
impl<DB> Accounts for SqlStorage<DB>
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
        row.as_ref().map(Self::org_row).transpose()
    }

    async fn org(&self, id: OrgId) -> Result<Option<Org>> {
        let sql = format!("SELECT {ORG_COLS} FROM orgs WHERE id = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(self.read()).await?;
        row.as_ref().map(Self::org_row).transpose()
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
        row.as_ref().map(Self::volunteer_row).transpose()
    }

    async fn volunteer(&self, id: VolunteerId) -> Result<Option<Volunteer>> {
        let sql = format!("SELECT {VOLUNTEER_COLS} FROM volunteers WHERE id = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(self.read()).await?;
        row.as_ref().map(Self::volunteer_row).transpose()
    }

    async fn set_password_hash(&self, id: VolunteerId, password_hash: &str) -> Result<()> {
        let done = sqlx::query("UPDATE volunteers SET password_hash = $1 WHERE id = $2")
            .bind(password_hash.to_owned())
            .bind(id)
            .execute(self.write())
            .await?;
        if DB::rows_affected(&done) == 0 { Err(StorageError::NotFound) } else { Ok(()) }
    }

    async fn insert_token(&self, token_hash: &TokenHash, grant: &Grant, now: DateTime<Utc>) -> Result<()> {
        let (kind, volunteer, org, code) = match grant {
            Grant::Volunteer { volunteer, org, .. } => ("volunteer", Some(volunteer.0), Some(org.0), None),
            Grant::Senior { event_code, .. } => ("senior", None, None, Some(event_code.as_str().to_owned())),
        };
        let learner = match grant {
            Grant::Senior { learner, .. } => learner.as_ref().map(|l| l.as_str().to_owned()),
            Grant::Volunteer { .. } => None,
        };
        sqlx::query(
            "INSERT INTO tokens (token_hash, kind, volunteer_id, org_id, event_code, created_at, expires_at, learner) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(token_hash.to_owned())
        .bind(kind)
        .bind(volunteer)
        .bind(org)
        .bind(code)
        .bind(ms(now))
        .bind(ms(grant.expires_at()))
        .bind(learner)
        .execute(self.write())
        .await?;
        Ok(())
    }

    async fn grant(&self, token_hash: &TokenHash, now: DateTime<Utc>) -> Result<Option<Grant>> {
        let row = sqlx::query(
            "SELECT kind, volunteer_id, org_id, event_code, expires_at, learner FROM tokens \
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
                volunteer: r.try_get::<Option<VolunteerId>, _>(1)?.ok_or_else(|| corrupt("token without volunteer"))?,
                org: r.try_get::<Option<OrgId>, _>(2)?.ok_or_else(|| corrupt("token without organisation"))?,
                expires_at,
            },
            "senior" => Grant::Senior {
                event_code: event_code(&r.try_get::<Option<String>, _>(3)?.unwrap_or_default())?,
                learner: r.try_get::<Option<String>, _>(5)?.as_deref().map(learner_code).transpose()?,
                expires_at,
            },
            other => return Err(corrupt(format!("token kind {other:?}"))),
        }))
    }

    async fn revoke_token(&self, token_hash: &TokenHash, now: DateTime<Utc>) -> Result<()> {
        sqlx::query("UPDATE tokens SET revoked_at = $1 WHERE token_hash = $2 AND revoked_at IS NULL")
            .bind(ms(now))
            .bind(token_hash.to_owned())
            .execute(self.write())
            .await?;
        Ok(())
    }

    async fn bind_senior_token(&self, token_hash: &TokenHash, learner: &LearnerCode) -> Result<Option<LearnerCode>> {
        // Only a token not tied yet is tied: two first uploads at once cannot both win.
        sqlx::query("UPDATE tokens SET learner = $1 WHERE token_hash = $2 AND kind = 'senior' AND learner IS NULL")
            .bind(learner.as_str().to_owned())
            .bind(token_hash.to_owned())
            .execute(self.write())
            .await?;
        let row = sqlx::query("SELECT learner FROM tokens WHERE token_hash = $1")
            .bind(token_hash.to_owned())
            .fetch_optional(self.write())
            .await?;
        row.map(|r| r.try_get::<Option<String>, _>(0)).transpose()?.flatten().as_deref().map(learner_code).transpose()
    }

    async fn revoke_volunteer_tokens(&self, id: VolunteerId, now: DateTime<Utc>) -> Result<u64> {
        let done = sqlx::query(
            "UPDATE tokens SET revoked_at = $1 WHERE volunteer_id = $2 AND revoked_at IS NULL AND expires_at > $1",
        )
        .bind(ms(now))
        .bind(id)
        .execute(self.write())
        .await?;
        Ok(DB::rows_affected(&done))
    }
}
