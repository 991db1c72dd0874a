//! PostgreSQL storage, for the campaign's scale. The server keeps no state of its own, so any
//! number of instances can share one database; past one database machine the answer is
//! PostgreSQL's own scaling (replicas, partitioning), not code here.

use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};

pub struct PgStorage {
    pool: PgPool,
}

impl PgStorage {
    pub async fn open(url: &str) -> Result<PgStorage, StorageError> {
        let options = PgConnectOptions::from_str(url)?;
        let connections = std::env::var("BLUE_VEST_PG_CONNECTIONS").ok().and_then(|v| v.parse().ok()).unwrap_or(16);
        let pool = PgPoolOptions::new()
            .max_connections(connections)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(options)
            .await?;
        sqlx::migrate!("migrations/postgres").run(&pool).await?;
        Ok(PgStorage { pool })
    }

    fn write(&self) -> &PgPool {
        &self.pool
    }

    fn read(&self) -> &PgPool {
        &self.pool
    }
}

super::sql::impl_storage!(PgStorage, sqlx::Postgres, backend = "postgres", for_update = " FOR UPDATE");
