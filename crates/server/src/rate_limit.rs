//! Token buckets for sign-in, senior tokens and senior uploads, keyed by client address (see
//! `client.rs`: IPv6 by its /64), by account, by event code, by token or by nothing (one bucket
//! for the whole instance). In memory, per server instance: behind N instances a client gets N
//! times the budget, which still stops guessing; the server needs no shared state.

use std::collections::HashMap;
use std::hash::Hash;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct RateLimiter<K = IpAddr> {
    burst: f64,
    per_second: f64,
    buckets: Mutex<HashMap<K, (f64, Instant)>>,
}

impl<K: Hash + Eq + Clone> RateLimiter<K> {
    /// `burst` requests at once, then one every `every`.
    pub fn new(burst: u32, every: Duration) -> RateLimiter<K> {
        RateLimiter { burst: burst as f64, per_second: 1.0 / every.as_secs_f64(), buckets: Mutex::new(HashMap::new()) }
    }

    /// Takes one request from the key's bucket; `Err(seconds)` says when to come back.
    pub fn check(&self, key: &K) -> Result<(), u64> {
        self.check_at(key, Instant::now())
    }

    /// `Err(seconds)` if the key's bucket is empty, without taking anything.
    pub fn peek(&self, key: &K) -> Result<(), u64> {
        self.with_bucket(key, Instant::now(), |tokens, wait| if *tokens >= 1.0 { Ok(()) } else { Err(wait(*tokens)) })
    }

    /// Takes one from the key's bucket even if that empties it (it then stays empty longer).
    pub fn take(&self, key: &K) {
        self.with_bucket(key, Instant::now(), |tokens, _| *tokens = (*tokens - 1.0).max(-1.0));
    }

    fn check_at(&self, key: &K, now: Instant) -> Result<(), u64> {
        self.with_bucket(key, now, |tokens, wait| {
            if *tokens >= 1.0 {
                *tokens -= 1.0;
                Ok(())
            } else {
                Err(wait(*tokens))
            }
        })
    }

    fn with_bucket<T>(&self, key: &K, now: Instant, f: impl FnOnce(&mut f64, &dyn Fn(f64) -> u64) -> T) -> T {
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        if buckets.len() > 100_000 {
            // Forget full buckets so many keys cannot grow the map without end.
            let (burst, rate) = (self.burst, self.per_second);
            buckets.retain(|_, (tokens, at)| *tokens + now.duration_since(*at).as_secs_f64() * rate < burst);
        }
        let (tokens, at) = buckets.entry(key.clone()).or_insert((self.burst, now));
        *tokens = (*tokens + now.duration_since(*at).as_secs_f64() * self.per_second).min(self.burst);
        *at = now;
        let rate = self.per_second;
        f(tokens, &|t| ((1.0 - t) / rate).ceil().max(1.0) as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_then_one_per_interval_per_key() {
        let limiter = RateLimiter::new(3, Duration::from_secs(10));
        let (a, b): (IpAddr, IpAddr) = ("10.0.0.1".parse().unwrap(), "10.0.0.2".parse().unwrap());
        let t0 = Instant::now();
        for _ in 0..3 {
            assert!(limiter.check_at(&a, t0).is_ok());
        }
        assert_eq!(limiter.check_at(&a, t0), Err(10));
        assert!(limiter.check_at(&b, t0).is_ok(), "another address has its own bucket");
        assert!(limiter.check_at(&a, t0 + Duration::from_secs(5)).is_err());
        assert!(limiter.check_at(&a, t0 + Duration::from_secs(11)).is_ok());
    }

    #[test]
    fn peek_takes_nothing_and_take_can_empty_a_bucket() {
        let limiter: RateLimiter<&str> = RateLimiter::new(2, Duration::from_secs(60));
        assert!(limiter.peek(&"x").is_ok());
        limiter.take(&"x");
        limiter.take(&"x");
        assert!(limiter.peek(&"x").is_err());
        assert!(limiter.check(&"x").is_err());
        assert!(limiter.peek(&"y").is_ok());
    }
}
