//! The sync as the app sees it: the worker thread that runs it, the results that come back
//! through `Background`, and the volunteer's status line ("N waiting", the last success, the
//! problem in words).

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use super::local_time_short;
use crate::app::AppController;
use crate::app::background::{Background, BackgroundSender, Waker};
use crate::attendance::worker::SyncWorker;
use crate::attendance::{SyncOptions, SyncProblem, SyncReport, Transport, TransportError};
use crate::texts::Text;

/// Makes the transport a background thread talks to the server with (the real one: HTTP).
pub type TransportFactory = Arc<dyn Fn() -> Result<Box<dyn Transport>, TransportError> + Send + Sync>;

#[cfg(feature = "http")]
pub(super) fn default_transport() -> Result<Box<dyn Transport>, TransportError> {
    Ok(Box::new(crate::attendance::http::HttpTransport::new()?))
}

/// Built without the `http` feature, the app has no way to the server: sign-ins say so.
#[cfg(not(feature = "http"))]
pub(super) fn default_transport() -> Result<Box<dyn Transport>, TransportError> {
    Err(TransportError::Offline("this build has no HTTP transport".into()))
}

/// The sync as the volunteer sees it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SyncStatusView {
    pub waiting: usize,
    pub quarantined: usize,
    /// When the last sync reached the server (local time), if ever.
    pub last_sent: Option<String>,
    /// The last problem, in words.
    pub problem: Option<Text>,
    /// "Send now" was asked and its report has not come back yet.
    pub sending: bool,
    /// The titles of the lesson packs on this phone now (what seniors at this event get).
    pub packs: Vec<String>,
    /// Packs the last sync refused (signature or content check failed), by id.
    pub packs_refused: Vec<String>,
}

/// A sync problem in words.
pub fn sync_problem_text(problem: SyncProblem) -> Text {
    match problem {
        SyncProblem::NoServer => Text::SyncProblemNoServer,
        SyncProblem::Offline => Text::SyncProblemOffline,
        SyncProblem::SignInNeeded => Text::SyncProblemSignInNeeded,
        SyncProblem::Storage => Text::SyncProblemStorage,
        SyncProblem::ServerTrouble => Text::SyncProblemServerTrouble,
        SyncProblem::UpdateNeeded => Text::SyncProblemUpdateNeeded,
    }
}

impl AppController {
    /// Applies every result other threads sent since the last call (on the UI thread). Returns
    /// whether anything arrived, i.e. whether the screen needs refreshing.
    pub fn poll_background(&mut self) -> bool {
        let mut any = false;
        while let Some(result) = self.attendance.inbox.try_recv() {
            any = true;
            match result {
                Background::SignedIn { server, answer } => {
                    log::debug!("background result: sign-in");
                    self.finish_sign_in(&server, answer);
                }
                Background::Synced(report) => {
                    log::debug!("background result: sync report");
                    self.attendance.sending = false;
                    self.refresh_packs(report.packs.as_ref().is_some_and(crate::packs::PackSyncReport::changed));
                    self.attendance.last_report = Some(report);
                }
            }
        }
        any
    }

    /// How other threads wake the UI thread to call `poll_background` (the window sets it).
    pub fn set_background_waker(&self, waker: Waker) {
        self.attendance.inbox.set_waker(waker);
    }

    /// A handle to send results to this controller from another thread.
    pub fn background_sender(&self) -> BackgroundSender {
        self.attendance.inbox.sender()
    }

    /// The transport sign-ins use (default: HTTP). The sync worker gets its own at start.
    pub fn set_transport_factory(&mut self, factory: TransportFactory) {
        self.attendance.transport = factory;
    }

    /// The store's file, if it is on one (the sync worker opens its own connection to it).
    pub fn store_file(&self) -> Option<PathBuf> {
        self.store.path().map(|p| p.to_owned())
    }

    /// Starts the sync worker: at once after `first_delay`, then every `period`, and whenever a
    /// check-in or "Send now" asks. Only for a store on a file; returns whether it started.
    pub fn start_sync_worker(
        &mut self,
        transport: Box<dyn Transport>,
        period: Duration,
        first_delay: Duration,
    ) -> bool {
        let Some(path) = self.store_file() else {
            log::warn!("sync: the store is in memory; attendance stays on this phone for now");
            return false;
        };
        let sender = self.background_sender();
        let worker = SyncWorker::start(
            path,
            SyncOptions::default(),
            period,
            first_delay,
            transport,
            Some(self.pack_setup()),
            Box::new(move |report| sender.send(Background::Synced(report))),
        );
        self.attendance.worker = Some(worker);
        true
    }

    pub(super) fn request_sync(&mut self, force: bool) {
        if let Some(worker) = &self.attendance.worker {
            worker.sync_now(force);
            if force {
                self.attendance.sending = true;
            }
        }
    }

    /// The last report of the sync worker, if one came.
    pub fn last_sync_report(&self) -> Option<&SyncReport> {
        self.attendance.last_report.as_ref()
    }

    /// "Send now": a sync at once, retry times ignored.
    pub fn send_now(&mut self) {
        if self.attendance.worker.is_none() {
            // No worker (the store is in memory): say so rather than seem to send.
            self.attendance.last_report =
                Some(SyncReport { problem: Some(SyncProblem::Storage), ..Default::default() });
            return;
        }
        self.request_sync(true);
    }

    pub(super) fn sync_status(&self) -> SyncStatusView {
        let (waiting, quarantined) = self.store.outbox_counts().unwrap_or_default();
        let (last_success, last_error) = self.store.sync_log().unwrap_or_default();
        let problem = match &self.attendance.last_report {
            Some(report) => report.problem,
            // A code the sync log kept that this version does not know reads as server trouble.
            None => last_error.map(|code| SyncProblem::from_code(&code).unwrap_or(SyncProblem::ServerTrouble)),
        };
        SyncStatusView {
            waiting,
            quarantined,
            last_sent: last_success.map(|t| local_time_short(t, self.now())),
            problem: problem.filter(|_| !self.attendance.sending).map(sync_problem_text),
            sending: self.attendance.sending,
            packs: self.new_packs().into_iter().map(|card| card.title).collect(),
            packs_refused: self
                .attendance
                .last_report
                .iter()
                .flat_map(|r| r.packs.iter().flat_map(|p| p.refused.iter().map(|(id, _)| id.clone())))
                .collect(),
        }
    }
}
