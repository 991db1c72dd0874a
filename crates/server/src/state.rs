//! What every handler shares: the storage, the rate limiters and the clock.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

use blue_vest_core::packs::SigningKey;
use chrono::{DateTime, Utc};

use crate::rate_limit::RateLimiter;
use crate::settings::RateLimits;
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
    /// The campaign's lesson pack signing key (`serve --pack-key`); without it uploads are 503.
    pub pack_key: Option<Arc<SigningKey>>,
}

impl AppState {
    /// The state with the default rate limits.
    pub fn new(storage: Arc<dyn Storage>) -> AppState {
        AppState::with_limits(storage, &RateLimits::default())
    }

    pub fn with_limits(storage: Arc<dyn Storage>, limits: &RateLimits) -> AppState {
        let limiter = |burst, secs| Arc::new(RateLimiter::new(burst, Duration::from_secs_f64(secs)));
        AppState {
            storage,
            login_limiter: limiter(limits.login_burst, limits.login_refill_secs),
            senior_limiter: limiter(limits.senior_token_burst, limits.senior_token_refill_secs),
            clock_offset: Arc::new(AtomicI64::new(0)),
            pack_key: None,
        }
    }

    /// The state with the campaign's pack signing key.
    pub fn with_pack_key(mut self, key: SigningKey) -> AppState {
        self.pack_key = Some(Arc::new(key));
        self
    }

    pub fn now(&self) -> DateTime<Utc> {
        Utc::now() + chrono::Duration::seconds(self.clock_offset.load(Ordering::Relaxed))
    }
}
