//! SQLite storage: one file, zero set-up. One writer connection (SQLite takes one writer at a
//! time anyway, and this way writers queue in the pool instead of spinning on SQLITE_BUSY)
//! and a pool of readers over WAL.

use std::str::FromStr;
use std::time::Duration;

use sqlx::Sqlite;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

use super::StorageError;
use super::sql::{Dialect, SqlStorage};

impl Dialect for Sqlite {
    const BACKEND: &'static str = "sqlite";
    const FOR_UPDATE: &'static str = "";

    fn rows_affected(done: &sqlx::sqlite::SqliteQueryResult) -> u64 {
        done.rows_affected()
    }
}

/// Opens (creating if missing) and migrates the file, with its writer and reader pools.
pub async fn open(url: &str) -> Result<SqlStorage<Sqlite>, StorageError> {
    let memory = url.contains(":memory:") || url.contains("mode=memory");
    let options = SqliteConnectOptions::from_str(url)?
        .create_if_missing(true)
        .journal_mode(if memory { SqliteJournalMode::Memory } else { SqliteJournalMode::Wal })
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(10));
    let writer = SqlitePoolOptions::new().max_connections(1).connect_with(options.clone()).await?;
    sqlx::migrate!("migrations/sqlite").run(&writer).await?;
    // An in-memory database exists once per connection: there the writer reads too.
    let reader = if memory {
        writer.clone()
    } else {
        SqlitePoolOptions::new().max_connections(8).connect_with(options.read_only(true)).await?
    };
    Ok(SqlStorage::new(writer, reader))
}
