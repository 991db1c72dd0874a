//! Review of mistakes: a question answered wrongly comes back later on a simple spaced
//! schedule (1 day, then 3, then 9…) until it has been answered right twice in a row.

use chrono::{DateTime, Duration, Utc};

/// Right answers in a row after which a question leaves the review.
pub const REVIEW_RETIRE_AFTER: u32 = 2;
const GROWTH: i64 = 3;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewItem {
    pub lesson_id: String,
    /// Index of the step in the lesson (0-based).
    pub step: usize,
    pub due: DateTime<Utc>,
    pub interval_days: i64,
    pub right_streak: u32,
}

impl ReviewItem {
    /// A question just answered wrongly: back tomorrow.
    pub fn after_mistake(lesson_id: &str, step: usize, now: DateTime<Utc>) -> ReviewItem {
        ReviewItem {
            lesson_id: lesson_id.to_owned(),
            step,
            due: now + Duration::days(1),
            interval_days: 1,
            right_streak: 0,
        }
    }

    pub fn is_due(&self, now: DateTime<Utc>) -> bool {
        self.due <= now
    }

    /// The item after a review answer; `None` once it has been right twice in a row.
    pub fn after_review(mut self, correct: bool, now: DateTime<Utc>) -> Option<ReviewItem> {
        if correct {
            self.right_streak += 1;
            if self.right_streak >= REVIEW_RETIRE_AFTER {
                return None;
            }
            self.interval_days *= GROWTH;
        } else {
            self.right_streak = 0;
            self.interval_days = 1;
        }
        self.due = now + Duration::days(self.interval_days);
        Some(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t0() -> DateTime<Utc> {
        "2026-11-27T09:00:00Z".parse().unwrap()
    }

    #[test]
    fn a_mistake_comes_back_tomorrow() {
        let item = ReviewItem::after_mistake("l", 2, t0());
        assert!(!item.is_due(t0()));
        assert!(!item.is_due(t0() + Duration::hours(23)));
        assert!(item.is_due(t0() + Duration::days(1)));
    }

    #[test]
    fn right_twice_retires_it_with_growing_gaps() {
        let item = ReviewItem::after_mistake("l", 2, t0());
        let now = t0() + Duration::days(1);
        let item = item.after_review(true, now).expect("right once: still in review");
        assert_eq!(item.interval_days, 3);
        assert_eq!(item.due, now + Duration::days(3));
        assert_eq!(item.after_review(true, now + Duration::days(3)), None, "right twice: done");
    }

    #[test]
    fn a_wrong_review_starts_again() {
        let item = ReviewItem::after_mistake("l", 2, t0()).after_review(true, t0()).unwrap();
        let item = item.after_review(false, t0()).unwrap();
        assert_eq!((item.right_streak, item.interval_days), (0, 1));
        assert_eq!(item.due, t0() + Duration::days(1));
    }
}
