//! The sync worker: a thread with its own connection to the store file that syncs at start,
//! whenever asked (after a check-in, "Send now") and periodically while the app is open. The
//! UI never waits for it; each report comes back through a callback.

use std::path::PathBuf;
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use ed25519_dalek::VerifyingKey;

use super::engine::{SyncOptions, SyncReport, sync_lesson_packs, sync_once};
use super::transport::Transport;
use crate::store::Store;

/// How often the open app syncs on its own.
pub const PERIOD: Duration = Duration::from_secs(60);
/// The first sync waits this long after start, so it does not compete with the first frame.
pub const FIRST_DELAY: Duration = Duration::from_secs(2);
/// Lesson packs are asked for at start, after a check-in or "Send now", and else this often.
pub const PACKS_PERIOD: Duration = Duration::from_secs(30 * 60);

/// Where the worker installs lesson packs, and the key they must be signed with.
#[derive(Debug, Clone)]
pub struct PackSetup {
    pub dir: PathBuf,
    pub key: VerifyingKey,
}

enum Msg {
    Sync { force: bool },
    Stop,
}

pub struct SyncWorker {
    tx: Sender<Msg>,
    handle: Option<JoinHandle<()>>,
}

impl SyncWorker {
    pub fn start(
        db_path: PathBuf,
        options: SyncOptions,
        period: Duration,
        first_delay: Duration,
        transport: Box<dyn Transport>,
        packs: Option<PackSetup>,
        on_report: Box<dyn Fn(SyncReport) + Send>,
    ) -> SyncWorker {
        let (tx, rx) = mpsc::channel::<Msg>();
        let handle = std::thread::Builder::new()
            .name("sync".into())
            .spawn(move || {
                let mut rng = rand::thread_rng();
                let mut store: Option<Store> = None;
                let mut wait = first_delay;
                let mut packs_synced: Option<Instant> = None;
                loop {
                    let (force, asked) = match rx.recv_timeout(wait) {
                        Ok(Msg::Stop) | Err(RecvTimeoutError::Disconnected) => return,
                        Ok(Msg::Sync { force }) => (force, true),
                        Err(RecvTimeoutError::Timeout) => (false, false),
                    };
                    wait = period;
                    if store.is_none() {
                        match Store::open(&db_path) {
                            Ok(s) => store = Some(s),
                            Err(e) => {
                                log::warn!("sync: cannot open the store: {e}");
                                continue;
                            }
                        }
                    }
                    let Some(store) = store.as_mut() else { continue };
                    let options = SyncOptions { force, ..options.clone() };
                    let now = chrono::Utc::now();
                    let mut report = sync_once(store, transport.as_ref(), &options, now, &mut rng);
                    // The packs after the attendance: a senior's check-in has just got its token.
                    if let Some(setup) = &packs
                        && (asked || packs_synced.is_none_or(|t| t.elapsed() >= PACKS_PERIOD))
                    {
                        packs_synced = Some(Instant::now());
                        match sync_lesson_packs(store, transport.as_ref(), &options, &setup.dir, &setup.key, now) {
                            Ok(packs) => report.packs = Some(packs),
                            Err(e) => log::info!("sync: lesson packs not synced this time: {e}"),
                        }
                    }
                    log::info!("sync: {report:?}");
                    on_report(report);
                }
            })
            .expect("a thread for the sync");
        SyncWorker { tx, handle: Some(handle) }
    }

    /// Asks for a sync now; `force` ignores retry times ("Send now").
    pub fn sync_now(&self, force: bool) {
        let _ = self.tx.send(Msg::Sync { force });
    }
}

impl Drop for SyncWorker {
    fn drop(&mut self) {
        let _ = self.tx.send(Msg::Stop);
        // A sync in progress finishes its request (bounded by the transport's timeouts).
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}
