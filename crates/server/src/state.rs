//! What every handler shares: the storage, the rate limiters and the clock.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

use chrono::{DateTime, Utc};

use crate::rate_limit::RateLimiter;
use crate::storage::Storage;

/// Nothing here is per-client state that another instance would need: the server stays
/// stateless behind a load balancer (rate-limit buckets are per instance).
#[derive(Clone)]
pub struct AppState {
    pub storage: Arc<dyn Storage>,
    pub login_limiter: Arc<RateLimiter>,
    pub senior_limiter: Arc<RateLimiter>,
    /// A fixed offset from the real clock; tests move it to expire tokens.
    pub clock_offset: Arc<AtomicI64>,
}

impl AppState {
    pub fn new(storage: Arc<dyn Storage>) -> AppState {
        AppState {
            storage,
            // Ten tries, then one a minute: a person retyping a password never notices.
            login_limiter: Arc::new(RateLimiter::new(10, Duration::from_secs(6))),
            // A hall of seniors behind one address syncing at once, but no code guessing.
            senior_limiter: Arc::new(RateLimiter::new(120, Duration::from_secs(1))),
            clock_offset: Arc::new(AtomicI64::new(0)),
        }
    }

    pub fn now(&self) -> DateTime<Utc> {
        Utc::now() + chrono::Duration::seconds(self.clock_offset.load(Ordering::Relaxed))
    }
}
