//! The device store: one SQLite file (bundled SQLite, WAL) owned by one `Store`. It keeps the
//! settings and the learner id. Opening never fails for the app: a corrupt file is moved aside
//! (what can still be read is carried over) and a fresh one made; if no file can be written at
//! all the app runs on an in-memory store and says so.

mod attendance;
mod migrations;
mod progress;
mod recovery;
mod settings_rows;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension};

pub use attendance::{LocalEvent, LocalRecord, OutboxEntry, RecordState, VolunteerSession};
pub use migrations::{MIGRATIONS, schema_version};
pub use progress::{Certificate, LessonProgress, ReviewChange};
pub use recovery::OpenNote;

use crate::settings::Settings;

/// The file name inside the data directory.
pub const DB_FILE: &str = "blue-vest.sqlite3";

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("file error: {0}")]
    Io(#[from] std::io::Error),
    #[error("integrity check failed: {0}")]
    Corrupt(String),
    #[error("database schema {found} is newer than this app knows ({known})")]
    NewerSchema { found: usize, known: usize },
}

pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
}

impl Store {
    /// Opens (or creates) the store in `data_dir`, recovering from a corrupt or unreadable file.
    /// The note, if any, is for the senior: the app shows it kindly on Home.
    pub fn open_or_recover(data_dir: &Path) -> (Store, Option<OpenNote>) {
        recovery::open_or_recover(&data_dir.join(DB_FILE))
    }

    /// Opens the file as it is; any problem is an error.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let conn = Connection::open(path)?;
        Self::prepare(conn, Some(path.to_owned()))
    }

    /// A store that lives only as long as the process (tests, or when no file can be written).
    pub fn in_memory() -> Result<Store, StoreError> {
        Self::prepare(Connection::open_in_memory()?, None)
    }

    fn prepare(mut conn: Connection, path: Option<PathBuf>) -> Result<Store, StoreError> {
        // Reading the journal mode is the first real read of the file: garbage fails here.
        let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        conn.pragma_update(None, "foreign_keys", true)?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        // The sync worker has its own connection to the same file; writers wait for each other.
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        let check: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
        if check != "ok" {
            return Err(StoreError::Corrupt(check));
        }
        migrations::migrate(&mut conn)?;
        let mut store = Store { conn, path };
        store.ensure_learner_id(&uuid::Uuid::new_v4().to_string())?;
        Ok(store)
    }

    /// Runs raw SQL: for tests that break the store on purpose.
    #[cfg(test)]
    pub(crate) fn execute_for_test(&self, sql: &str) {
        self.conn.execute_batch(sql).expect("test SQL");
    }

    /// The file behind this store; `None` when in memory.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Creates the learner id once; later calls keep the first.
    fn ensure_learner_id(&mut self, candidate: &str) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO learner (id, learner_id, created_at) VALUES (1, ?1, ?2)
             ON CONFLICT (id) DO NOTHING",
            (candidate, chrono::Utc::now().to_rfc3339()),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The random, pseudonymous learner id of this phone (never a name or a number).
    pub fn learner_id(&self) -> Result<String, StoreError> {
        let id: Option<String> =
            self.conn.query_row("SELECT learner_id FROM learner WHERE id = 1", [], |r| r.get(0)).optional()?;
        id.ok_or_else(|| StoreError::Corrupt("learner id missing".into()))
    }

    /// A random id of this phone (made on first use), sent only with lesson pack fetches so the
    /// dashboard can count phones; it says nothing about the learner.
    pub fn phone_id(&mut self) -> Result<String, StoreError> {
        let id: Option<String> =
            self.conn.query_row("SELECT phone_id FROM learner WHERE id = 1", [], |r| r.get(0)).optional()?.flatten();
        if let Some(id) = id {
            return Ok(id);
        }
        let id = format!("{:032x}", rand::random::<u128>());
        self.conn.execute("UPDATE learner SET phone_id = ?1 WHERE id = 1 AND phone_id IS NULL", [&id])?;
        self.conn
            .query_row("SELECT phone_id FROM learner WHERE id = 1", [], |r| r.get::<_, Option<String>>(0))?
            .ok_or_else(|| StoreError::Corrupt("learner row missing".into()))
    }

    pub fn load_settings(&self) -> Result<Settings, StoreError> {
        let rows = settings_rows::read_rows(&self.conn)?;
        Ok(settings_rows::from_rows(&rows))
    }

    /// Saves all settings in one transaction.
    pub fn save_settings(&mut self, settings: &Settings) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        settings_rows::write_rows(&tx, &settings_rows::to_rows(settings))?;
        tx.commit()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::TrustedContact;

    #[test]
    fn fresh_store_has_defaults_and_a_learner_id() {
        let store = Store::in_memory().unwrap();
        assert_eq!(store.load_settings().unwrap(), Settings::default());
        let id = store.learner_id().unwrap();
        assert_eq!(uuid::Uuid::parse_str(&id).unwrap().get_version_num(), 4);
    }

    #[test]
    fn settings_round_trip_and_persist_across_opens() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DB_FILE);
        let settings = Settings {
            text_scale: 1.7,
            locale: Some("en-US".into()),
            high_contrast: Some(true),
            voice_enabled: false,
            speech_rate: 1.2,
            trusted_contact: Some(TrustedContact::new("王小明", "13800138000").unwrap()),
        };
        let learner = {
            let mut store = Store::open(&path).unwrap();
            store.save_settings(&settings).unwrap();
            store.learner_id().unwrap()
        };
        let store = Store::open(&path).unwrap();
        assert_eq!(store.load_settings().unwrap(), settings);
        assert_eq!(store.learner_id().unwrap(), learner, "the learner id is created once");
        assert_eq!(schema_version(&store.conn).unwrap(), MIGRATIONS.len());
    }

    #[test]
    fn removing_the_contact_removes_its_rows() {
        let mut store = Store::in_memory().unwrap();
        let mut s = Settings {
            trusted_contact: Some(TrustedContact::new("Ann", "+4420794609").unwrap()),
            ..Settings::default()
        };
        store.save_settings(&s).unwrap();
        s.trusted_contact = None;
        store.save_settings(&s).unwrap();
        assert_eq!(store.load_settings().unwrap().trusted_contact, None);
    }

    #[test]
    fn wal_mode_is_on_for_files() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join(DB_FILE)).unwrap();
        let mode: String = store.conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
        assert_eq!(mode, "wal");
    }

    #[test]
    fn a_newer_schema_is_refused_not_touched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DB_FILE);
        drop(Store::open(&path).unwrap());
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        drop(conn);
        assert!(matches!(Store::open(&path), Err(StoreError::NewerSchema { found: 99, .. })));
    }
}
