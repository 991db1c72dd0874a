//! Per-client-address token buckets for sign-in and senior-token issuance. In memory, per
//! server instance: behind N instances a client gets N times the budget, which still stops
//! password guessing; the server needs no shared state.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct RateLimiter {
    burst: f64,
    per_second: f64,
    buckets: Mutex<HashMap<IpAddr, (f64, Instant)>>,
}

impl RateLimiter {
    /// `burst` requests at once, then one every `every`.
    pub fn new(burst: u32, every: Duration) -> RateLimiter {
        RateLimiter { burst: burst as f64, per_second: 1.0 / every.as_secs_f64(), buckets: Mutex::new(HashMap::new()) }
    }

    /// Takes one request from the address's bucket; `Err(seconds)` says when to come back.
    pub fn check(&self, ip: IpAddr) -> Result<(), u64> {
        self.check_at(ip, Instant::now())
    }

    fn check_at(&self, ip: IpAddr, now: Instant) -> Result<(), u64> {
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        if buckets.len() > 100_000 {
            // Forget full buckets so many addresses cannot grow the map without end.
            let (burst, rate) = (self.burst, self.per_second);
            buckets.retain(|_, (tokens, at)| *tokens + now.duration_since(*at).as_secs_f64() * rate < burst);
        }
        let (tokens, at) = buckets.entry(ip).or_insert((self.burst, now));
        *tokens = (*tokens + now.duration_since(*at).as_secs_f64() * self.per_second).min(self.burst);
        *at = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            Ok(())
        } else {
            Err(((1.0 - *tokens) / self.per_second).ceil().max(1.0) as u64)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_then_one_per_interval_per_address() {
        let limiter = RateLimiter::new(3, Duration::from_secs(10));
        let (a, b): (IpAddr, IpAddr) = ("10.0.0.1".parse().unwrap(), "10.0.0.2".parse().unwrap());
        let t0 = Instant::now();
        for _ in 0..3 {
            assert!(limiter.check_at(a, t0).is_ok());
        }
        assert_eq!(limiter.check_at(a, t0), Err(10));
        assert!(limiter.check_at(b, t0).is_ok(), "another address has its own bucket");
        assert!(limiter.check_at(a, t0 + Duration::from_secs(5)).is_err());
        assert!(limiter.check_at(a, t0 + Duration::from_secs(11)).is_ok());
    }
}
