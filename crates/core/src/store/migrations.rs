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
    // 2: lesson progress, every graded answer, the review schedule and certificates.
    "CREATE TABLE lesson_progress (
        lesson_id       TEXT PRIMARY KEY NOT NULL,
        step            INTEGER NOT NULL,
        attempts        INTEGER NOT NULL,
        wrong           INTEGER NOT NULL,
        first_try_right INTEGER NOT NULL,
        step_attempts   INTEGER NOT NULL,
        step_solved     INTEGER NOT NULL,
        completed       INTEGER NOT NULL,
        started_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        completed_at    TEXT
    ) STRICT;
    CREATE TABLE answers (
        id            INTEGER PRIMARY KEY,
        lesson_id     TEXT NOT NULL,
        step          INTEGER NOT NULL,
        choice        TEXT NOT NULL,
        correct       INTEGER NOT NULL,
        first_attempt INTEGER NOT NULL,
        answered_at   TEXT NOT NULL
    ) STRICT;
    CREATE TABLE review_items (
        lesson_id     TEXT NOT NULL,
        step          INTEGER NOT NULL,
        due_at        TEXT NOT NULL,
        interval_days INTEGER NOT NULL,
        right_streak  INTEGER NOT NULL,
        PRIMARY KEY (lesson_id, step)
    ) STRICT;
    CREATE TABLE certificates (
        track     TEXT PRIMARY KEY NOT NULL,
        name      TEXT,
        issued_at TEXT NOT NULL
    ) STRICT;",
    // 3: event attendance made on this phone, the outbox that uploads it, and volunteer mode.
    "CREATE TABLE attendance (
        id           TEXT PRIMARY KEY NOT NULL,
        event_code   TEXT NOT NULL,
        learner      TEXT NOT NULL,
        recorded_by  TEXT NOT NULL,
        lessons_done TEXT NOT NULL,
        device_time  TEXT NOT NULL,
        state        TEXT NOT NULL,
        reason       TEXT,
        updated_at   TEXT NOT NULL
    ) STRICT;
    CREATE INDEX attendance_event ON attendance (event_code, learner);
    CREATE TABLE outbox (
        record_id       TEXT PRIMARY KEY NOT NULL REFERENCES attendance (id),
        attempts        INTEGER NOT NULL,
        next_attempt_at TEXT NOT NULL,
        last_error      TEXT
    ) STRICT;
    CREATE TABLE volunteer_session (
        id         INTEGER PRIMARY KEY CHECK (id = 1),
        server     TEXT NOT NULL,
        token      TEXT NOT NULL,
        name       TEXT NOT NULL,
        org_name   TEXT NOT NULL,
        city       TEXT NOT NULL,
        expires_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE volunteer_events (
        client_id TEXT PRIMARY KEY NOT NULL,
        server_id INTEGER,
        code      TEXT NOT NULL,
        venue     TEXT NOT NULL,
        city      TEXT NOT NULL,
        starts_at TEXT NOT NULL,
        topics    TEXT NOT NULL,
        closed    INTEGER NOT NULL,
        attendance INTEGER NOT NULL,
        uploaded  INTEGER NOT NULL
    ) STRICT;
    CREATE TABLE senior_tokens (
        event_code TEXT PRIMARY KEY NOT NULL,
        token      TEXT NOT NULL,
        expires_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE sync_log (
        id         INTEGER PRIMARY KEY CHECK (id = 1),
        last_success_at TEXT,
        last_error TEXT,
        last_try_at TEXT
    ) STRICT;
    CREATE TABLE sync_config (
        key   TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
    ) STRICT;",
    // 4: refusals counted apart from network failures, so only a record the server keeps
    // refusing is quarantined.
    "ALTER TABLE outbox ADD COLUMN refusals INTEGER NOT NULL DEFAULT 0;",
    // 5: the shuffle seed of a lesson attempt, so a resumed lesson shows the same order.
    "ALTER TABLE lesson_progress ADD COLUMN seed INTEGER NOT NULL DEFAULT 0;",
    // 6: why the server refused an event made offline (shown to the volunteer; the sync goes on
    // with the others), and the codes the server keeps for this volunteer's offline events.
    "ALTER TABLE volunteer_events ADD COLUMN problem TEXT;
    CREATE TABLE reserved_codes (
        code       TEXT PRIMARY KEY NOT NULL,
        expires_at TEXT NOT NULL
    ) STRICT;",
    // 7: a random id of this phone, sent (only) when it fetches a lesson pack, so organisers see
    // how many phones a pack reached; unrelated to the learner id.
    "ALTER TABLE learner ADD COLUMN phone_id TEXT;",
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
