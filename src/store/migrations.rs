//! The one list of schema migrations. `PRAGMA user_version` records how many have run; each runs
//! in its own transaction. Append only: never edit a migration that has shipped.

use rusqlite::Connection;

use super::StoreError;

pub const MIGRATIONS: &[&str] = &[
    // 1: settings as key/value rows, and the learner's pseudonymous id (one row).
    "CREATE TABLE settings (
        key   TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
    ) STRICT;
    CREATE TABLE learner (
        id         INTEGER PRIMARY KEY CHECK (id = 1),
        learner_id TEXT NOT NULL,
        created_at TEXT NOT NULL
    ) STRICT;",
];

pub fn schema_version(conn: &Connection) -> Result<usize, StoreError> {
    let v: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    Ok(usize::try_from(v).unwrap_or(0))
}

/// Brings the schema up to date; a database from a newer app version is refused, not touched.
pub fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let current = schema_version(conn)?;
    if current > MIGRATIONS.len() {
        return Err(StoreError::NewerSchema { found: current, known: MIGRATIONS.len() });
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(current) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (index + 1) as i64)?;
        tx.commit()?;
        log::info!("store: applied migration {}", index + 1);
    }
    Ok(())
}
