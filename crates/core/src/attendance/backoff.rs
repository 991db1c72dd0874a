//! Retry delays: exponential backoff with full jitter (a random delay between zero and the
//! exponential bound), so phones that failed together do not retry together.

use std::time::Duration;

use rand::Rng;

/// The bound after the first failure.
pub const BASE: Duration = Duration::from_secs(10);
/// The longest wait between tries.
pub const CAP: Duration = Duration::from_secs(30 * 60);

/// The wait before try number `attempts + 1`, after `attempts` failures (at least 1).
pub fn retry_delay(attempts: u32, rng: &mut impl Rng) -> Duration {
    let bound = BASE.saturating_mul(1u32 << attempts.saturating_sub(1).min(20)).min(CAP);
    Duration::from_millis(rng.gen_range(0..=bound.as_millis() as u64))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn delays_grow_to_a_cap_and_are_spread_out() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(1);
        for attempts in 1..40 {
            let bound = BASE.saturating_mul(1 << (attempts - 1).min(20)).min(CAP);
            let samples: Vec<Duration> = (0..200).map(|_| retry_delay(attempts, &mut rng)).collect();
            assert!(samples.iter().all(|d| *d <= bound), "never past the bound");
            let mean = samples.iter().map(Duration::as_secs_f64).sum::<f64>() / 200.0;
            assert!(mean > bound.as_secs_f64() * 0.35 && mean < bound.as_secs_f64() * 0.65, "full jitter: {mean}");
        }
        assert!(retry_delay(100, &mut rng) <= CAP);
    }
}
