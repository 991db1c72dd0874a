//! Results of work done off the UI thread (a volunteer's sign-in, each sync) travel back to the
//! controller through a channel. Only the UI thread touches the controller: it drains the channel
//! with `AppController::poll_background`. The window is woken to do so as soon as a result
//! arrives (the waker); headless tests, which run no event loop, call it themselves.

use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};

use blue_vest_protocol::LoginResponse;

use crate::attendance::{SyncReport, TransportError};

/// What came back from another thread.
#[derive(Debug)]
pub enum Background {
    /// The server's answer to a volunteer's sign-in (not yet stored).
    SignedIn { server: String, answer: Result<LoginResponse, TransportError> },
    /// The sync worker finished a sync.
    Synced(SyncReport),
}

/// Called from the sending thread after each result: asks the UI thread to poll.
pub type Waker = Arc<dyn Fn() + Send + Sync>;

/// The controller's end of the channel.
pub(super) struct Inbox {
    tx: Sender<Background>,
    rx: Receiver<Background>,
    waker: Arc<Mutex<Option<Waker>>>,
}

impl Inbox {
    pub(super) fn new() -> Inbox {
        let (tx, rx) = mpsc::channel();
        Inbox { tx, rx, waker: Arc::new(Mutex::new(None)) }
    }

    /// A handle another thread sends its result with.
    pub(super) fn sender(&self) -> BackgroundSender {
        BackgroundSender { tx: self.tx.clone(), waker: Arc::clone(&self.waker) }
    }

    /// Senders made before and after this call wake the UI with `waker`.
    pub(super) fn set_waker(&self, waker: Waker) {
        *self.waker.lock().unwrap_or_else(|e| e.into_inner()) = Some(waker);
    }

    pub(super) fn try_recv(&self) -> Option<Background> {
        self.rx.try_recv().ok()
    }
}

/// Sends one result to the UI thread and wakes it.
#[derive(Clone)]
pub struct BackgroundSender {
    tx: Sender<Background>,
    waker: Arc<Mutex<Option<Waker>>>,
}

impl BackgroundSender {
    pub fn send(&self, result: Background) {
        if self.tx.send(result).is_err() {
            return; // the app has closed
        }
        let waker = self.waker.lock().unwrap_or_else(|e| e.into_inner()).clone();
        if let Some(wake) = waker {
            wake();
        }
    }
}
