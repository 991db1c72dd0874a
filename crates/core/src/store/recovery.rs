//! Recovery from a database that cannot be opened: move it aside with a timestamp, carry over
//! whatever settings can still be read, start a fresh file; failing that, run in memory.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use super::{Store, StoreError, settings_rows};
use crate::texts::Text;

/// What happened while opening, for a kind sentence on Home.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenNote {
    /// The old file was moved to `moved_to`; `salvaged_settings` rows were carried over.
    Recovered { moved_to: PathBuf, salvaged_settings: usize },
    /// Nothing could be written: progress lives in memory until the app closes.
    InMemory { reason: String },
}

impl OpenNote {
    /// The Fluent id of the sentence the senior sees.
    pub fn text(&self) -> Text {
        match self {
            OpenNote::Recovered { .. } => Text::NoticeStoreRecovered,
            OpenNote::InMemory { .. } => Text::NoticeStoreMemory,
        }
    }
}

pub fn open_or_recover(path: &Path) -> (Store, Option<OpenNote>) {
    let first = match Store::open(path) {
        Ok(store) => return (store, None),
        Err(e) => e,
    };
    log::error!("store: cannot open {}: {first}", path.display());
    if !path.is_file() || matches!(first, StoreError::NewerSchema { .. }) {
        // Nothing to move aside (an unwritable folder, a directory in the way), or a file from a
        // newer app that must stay untouched.
        return in_memory(first.to_string());
    }
    let moved_to = match move_aside(path) {
        Ok(p) => p,
        Err(e) => {
            log::error!("store: cannot move {} aside: {e}", path.display());
            return in_memory(e.to_string());
        }
    };
    let salvaged = salvage_settings(&moved_to);
    match Store::open(path) {
        Ok(mut store) => {
            let count = salvaged.len();
            if count > 0 {
                let settings = settings_rows::from_rows(&salvaged);
                if let Err(e) = store.save_settings(&settings) {
                    log::error!("store: cannot write salvaged settings: {e}");
                }
            }
            log::warn!("store: moved the unreadable file to {}; {count} settings kept", moved_to.display());
            (store, Some(OpenNote::Recovered { moved_to, salvaged_settings: count }))
        }
        Err(e) => {
            log::error!("store: cannot create a fresh file: {e}");
            in_memory(e.to_string())
        }
    }
}

fn in_memory(reason: String) -> (Store, Option<OpenNote>) {
    let store = Store::in_memory().expect("an in-memory SQLite database always opens");
    (store, Some(OpenNote::InMemory { reason }))
}

/// Renames the file (and its WAL and shared-memory files) to `<name>.corrupt-<UTC timestamp>`.
fn move_aside(path: &Path) -> std::io::Result<PathBuf> {
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S%.3fZ");
    let moved = PathBuf::from(format!("{}.corrupt-{stamp}", path.display()));
    std::fs::rename(path, &moved)?;
    for suffix in ["-wal", "-shm"] {
        let side = PathBuf::from(format!("{}{suffix}", path.display()));
        if side.exists() {
            let _ = std::fs::rename(&side, format!("{}{suffix}", moved.display()));
        }
    }
    Ok(moved)
}

/// Settings rows still readable from a damaged file; none if the file is garbage.
fn salvage_settings(path: &Path) -> settings_rows::Rows {
    let read = || -> Result<settings_rows::Rows, rusqlite::Error> {
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        settings_rows::read_rows(&conn)
    };
    read().unwrap_or_else(|e| {
        log::info!("store: nothing salvageable in {}: {e}", path.display());
        Vec::new()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::DB_FILE;

    #[test]
    fn garbage_is_moved_aside_and_a_fresh_store_works() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DB_FILE);
        std::fs::write(&path, b"this is not a database, just garbage bytes \x00\x01\x02".repeat(200)).unwrap();
        let (mut store, note) = open_or_recover(&path);
        let Some(OpenNote::Recovered { moved_to, salvaged_settings }) = note else {
            panic!("expected recovery, got {note:?}");
        };
        assert_eq!(salvaged_settings, 0);
        assert!(moved_to.exists(), "the old file is kept");
        assert!(moved_to.file_name().unwrap().to_string_lossy().contains(".corrupt-"));
        assert_eq!(store.path(), Some(path.as_path()));
        let mut s = store.load_settings().unwrap();
        s.text_scale = 1.5;
        store.save_settings(&s).unwrap();
        drop(store);
        let (store, note) = open_or_recover(&path);
        assert_eq!(note, None, "the fresh file opens cleanly next time");
        assert_eq!(store.load_settings().unwrap().text_scale, 1.5);
    }

    #[test]
    fn readable_settings_survive_a_failed_integrity_check() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DB_FILE);
        {
            let mut store = Store::open(&path).unwrap();
            let s = crate::settings::Settings { text_scale: 1.8, ..Default::default() };
            store.save_settings(&s).unwrap();
        }
        // A newer-than-known schema version is refused without touching the file.
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 1000).unwrap();
        drop(conn);
        let (_, note) = open_or_recover(&path);
        assert!(matches!(note, Some(OpenNote::InMemory { .. })), "{note:?}");
        assert!(path.exists(), "a newer app's file stays where it is");
        // A settings table that is readable but whose schema is broken is salvaged.
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 0).unwrap();
        drop(conn);
        let (store, note) = open_or_recover(&path);
        let Some(OpenNote::Recovered { salvaged_settings, .. }) = note else {
            panic!("expected recovery, got {note:?}");
        };
        assert!(salvaged_settings >= 1);
        assert_eq!(store.load_settings().unwrap().text_scale, 1.8);
    }

    #[test]
    fn an_unwritable_place_runs_in_memory() {
        let dir = tempfile::tempdir().unwrap();
        // A directory where the file should be: nothing can be opened or moved.
        let path = dir.path().join(DB_FILE);
        std::fs::create_dir(&path).unwrap();
        let (mut store, note) = open_or_recover(&path);
        assert!(matches!(note, Some(OpenNote::InMemory { .. })), "{note:?}");
        assert_eq!(store.path(), None);
        store.save_settings(&Default::default()).unwrap();
    }
}
