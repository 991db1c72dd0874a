//! What every handler shares: the storage, the rate limiters, the limit on password checks, how
//! the server meets its clients (proxies, HTTPS), the shipped lessons and the clock.

use std::collections::HashSet;
use std::net::IpAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

use blue_vest_core::packs::SigningKey;
use blue_vest_protocol::EventCode;
use chrono::{DateTime, Utc};

use crate::client::IpNet;
use crate::rate_limit::RateLimiter;
use crate::settings::{PASSWORD_CHECK_WAIT, REQUEST_TIMEOUT, RateLimits, ServeSettings};
use crate::storage::{Storage, TokenHash};

/// Nothing here is per-client state that another instance would need: the server stays
/// stateless behind a load balancer (rate-limit buckets are per instance).
#[derive(Clone)]
pub struct AppState {
    pub storage: Arc<dyn Storage>,
    pub limits: Arc<Limiters>,
    /// Password checks running at once (each takes 19 MiB): at most this many.
    pub password_checks: Arc<tokio::sync::Semaphore>,
    /// How long a sign-in waits for a free password check before it is answered 503.
    pub password_wait: Duration,
    /// No request may take longer than this.
    pub request_timeout: Duration,
    pub trusted_proxies: Arc<Vec<IpNet>>,
    /// Cookies carry `Secure` (the server is behind HTTPS) unless told otherwise.
    pub secure_cookies: bool,
    /// The lesson ids of the shipped content: the only ones an upload may count.
    pub lessons: Arc<HashSet<String>>,
    /// A fixed offset from the real clock; tests move it to expire tokens.
    pub clock_offset: Arc<AtomicI64>,
    /// The campaign's lesson pack signing key (`serve --pack-key`); without it uploads are 503.
    pub pack_key: Option<Arc<SigningKey>>,
}

/// Every rate limiter of one instance (`settings::RateLimits` sets them).
pub struct Limiters {
    /// Sign-ins per client address.
    pub login: RateLimiter<IpAddr>,
    /// Wrong passwords per account (email), from any address.
    pub account_failures: RateLimiter<String>,
    /// Senior tokens per client address.
    pub senior: RateLimiter<IpAddr>,
    /// Senior tokens for codes not in use, per client address and for the whole instance.
    pub senior_misses: RateLimiter<IpAddr>,
    pub senior_misses_global: RateLimiter<()>,
    /// Senior tokens per event code.
    pub senior_per_code: RateLimiter<EventCode>,
    /// Uploads per senior token.
    pub senior_uploads: RateLimiter<TokenHash>,
}

impl Limiters {
    pub fn new(l: &RateLimits) -> Limiters {
        fn every(secs: f64) -> Duration {
            Duration::from_secs_f64(secs)
        }
        Limiters {
            login: RateLimiter::new(l.login_burst, every(l.login_refill_secs)),
            account_failures: RateLimiter::new(l.account_failure_burst, every(l.account_failure_refill_secs)),
            senior: RateLimiter::new(l.senior_token_burst, every(l.senior_token_refill_secs)),
            senior_misses: RateLimiter::new(l.senior_miss_burst, every(l.senior_miss_refill_secs)),
            senior_misses_global: RateLimiter::new(l.senior_miss_global_burst, every(l.senior_miss_global_refill_secs)),
            senior_per_code: RateLimiter::new(l.senior_code_burst, every(l.senior_code_refill_secs)),
            senior_uploads: RateLimiter::new(l.senior_upload_burst, every(l.senior_upload_refill_secs)),
        }
    }
}

/// The lesson ids of the content the server was built with (`assets/lessons/`, read by the core
/// at run time, so a lesson added there counts without a change here).
fn shipped_lessons() -> Arc<HashSet<String>> {
    static LESSONS: std::sync::OnceLock<Arc<HashSet<String>>> = std::sync::OnceLock::new();
    LESSONS
        .get_or_init(|| {
            let localizer = blue_vest_core::i18n::Localizer::embedded();
            let (lessons, _) = blue_vest_core::lessons::embedded_lessons(&localizer);
            Arc::new(lessons.into_iter().map(|l| l.id).collect())
        })
        .clone()
}

impl AppState {
    /// The state with the default settings.
    pub fn new(storage: Arc<dyn Storage>) -> AppState {
        AppState::with_settings(storage, &RateLimits::default(), &ServeSettings::default())
    }

    pub fn with_limits(storage: Arc<dyn Storage>, limits: &RateLimits) -> AppState {
        AppState::with_settings(storage, limits, &ServeSettings::default())
    }

    pub fn with_settings(storage: Arc<dyn Storage>, limits: &RateLimits, serve: &ServeSettings) -> AppState {
        AppState {
            storage,
            limits: Arc::new(Limiters::new(limits)),
            password_checks: Arc::new(tokio::sync::Semaphore::new(serve.password_checks())),
            password_wait: PASSWORD_CHECK_WAIT,
            request_timeout: REQUEST_TIMEOUT,
            trusted_proxies: Arc::new(serve.trusted_proxies.clone()),
            secure_cookies: !serve.plain_http,
            lessons: shipped_lessons(),
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
