//! Shuffled orders that are the same every time for the same seed: an attempt's seed, a step
//! and a group (a question's answers, a row of buttons) give one permutation, so a resumed
//! lesson shows what it showed before and a new attempt shows another order. SplitMix64 with a
//! Fisher–Yates shuffle: small, and stable across versions of any crate.

/// SplitMix64: a full-period 64-bit generator, good enough for shuffling and fixed forever.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n ≤ a few dozen here; the modulo bias is negligible).
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// A permutation of `0..len` for (`seed`, `step`, `group`).
pub fn permutation(seed: u64, step: u64, group: u64, len: usize) -> Vec<usize> {
    let mut rng = SplitMix(seed ^ step.wrapping_mul(0xA24B_AED4_963E_E407) ^ group.wrapping_mul(0x9FB2_1C65_1E98_DF25));
    let mut order: Vec<usize> = (0..len).collect();
    for i in (1..len).rev() {
        let j = rng.below(i as u64 + 1) as usize;
        order.swap(i, j);
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_order_and_every_item_once() {
        let a = permutation(42, 3, 0, 4);
        assert_eq!(a, permutation(42, 3, 0, 4));
        let mut sorted = a.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, vec![0, 1, 2, 3]);
    }

    #[test]
    fn other_seeds_give_other_orders_and_every_position_is_used() {
        // Over many attempts the right answer (index 1 of 3) lands on each place about equally.
        let mut places = [0usize; 3];
        for seed in 0..3000u64 {
            let order = permutation(seed, 5, 1000, 3);
            places[order.iter().position(|&i| i == 1).unwrap()] += 1;
        }
        for n in places {
            assert!((800..1200).contains(&n), "{places:?}");
        }
        assert_ne!(permutation(1, 0, 0, 5), permutation(2, 0, 0, 5));
    }
}
