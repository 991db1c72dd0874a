//! PostgreSQL storage, for the campaign's scale. The server keeps no state of its own, so any
//! number of instances can share one database; past one database machine the answer is
//! PostgreSQL's own scaling (replicas, partitioning), not code here.

use std::str::FromStr;
use std::time::Duration;

use sqlx::Postgres;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};

use super::StorageError;
use super::sql::{Dialect, SqlStorage};

impl Dialect for Postgres {
    const BACKEND: &'static str = "postgres";
    const FOR_UPDATE: &'static str = " FOR UPDATE";

    fn rows_affected(done: &sqlx::postgres::PgQueryResult) -> u64 {
        done.rows_affected()
    }
}

/// Connects a pool of at most `connections` and migrates.
pub async fn open(url: &str, connections: u32) -> Result<SqlStorage<Postgres>, StorageError> {
    let options = PgConnectOptions::from_str(url)?;
    let pool = PgPoolOptions::new()
        .max_connections(connections)
        .acquire_timeout(Duration::from_secs(10))
        .connect_with(options)
        .await?;
    sqlx::migrate!("migrations/postgres").run(&pool).await?;
    // One pool for reads and writes.
    Ok(SqlStorage::new(pool.clone(), pool))
}
