//! Lesson progress in the store: the runner's state per lesson (so a lesson resumes at its
//! step), every graded answer, the review schedule of mistakes, and track certificates.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};

use super::{Store, StoreError};
use crate::lessons::{AnswerRecord, ReviewItem, RunState, Track};

/// A stored lesson state with its times.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonProgress {
    pub lesson_id: String,
    pub state: RunState,
    pub updated_at: DateTime<Utc>,
    pub completed_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Certificate {
    pub track: Track,
    pub name: Option<String>,
    pub issued_at: DateTime<Utc>,
}

/// Fixed-width UTC times, so text order is time order in SQL comparisons.
pub(super) fn stamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

pub(super) fn time(text: String) -> rusqlite::Result<DateTime<Utc>> {
    conv(text.parse())
}

/// A value read as text that does not parse is a conversion failure of its column.
pub(super) fn conv<T, E: std::error::Error + Send + Sync + 'static>(r: Result<T, E>) -> rusqlite::Result<T> {
    r.map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e)))
}

fn progress_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<LessonProgress> {
    Ok(LessonProgress {
        lesson_id: r.get(0)?,
        state: RunState {
            step: r.get::<_, i64>(1)? as usize,
            attempts: r.get(2)?,
            wrong: r.get(3)?,
            first_try_right: r.get(4)?,
            step_attempts: r.get(5)?,
            step_solved: r.get(6)?,
            completed: r.get(7)?,
            // SQLite keeps 64-bit signed integers: the seed's bits round-trip as i64.
            seed: r.get::<_, i64>(10)? as u64,
        },
        updated_at: time(r.get(8)?)?,
        completed_at: r.get::<_, Option<String>>(9)?.map(time).transpose()?,
    })
}

const PROGRESS_COLUMNS: &str = "lesson_id, step, attempts, wrong, first_try_right, step_attempts, step_solved, \
                                completed, updated_at, completed_at, seed";

impl Store {
    /// Saves where the senior is in a lesson, with the answer just given (if any) and the
    /// review change it causes, in one transaction.
    pub fn save_lesson_step(
        &mut self,
        lesson_id: &str,
        state: &RunState,
        answer: Option<&AnswerRecord>,
        review: Option<&ReviewChange>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        let now_text = stamp(now);
        tx.execute(
            "INSERT INTO lesson_progress (lesson_id, step, attempts, wrong, first_try_right, step_attempts,
                 step_solved, completed, started_at, updated_at, completed_at, seed)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, CASE WHEN ?8 THEN ?9 END, ?10)
             ON CONFLICT (lesson_id) DO UPDATE SET step = ?2, attempts = ?3, wrong = ?4, first_try_right = ?5,
                 step_attempts = ?6, step_solved = ?7, completed = ?8, updated_at = ?9,
                 completed_at = COALESCE(completed_at, CASE WHEN ?8 THEN ?9 END), seed = ?10",
            params![
                lesson_id,
                state.step as i64,
                state.attempts,
                state.wrong,
                state.first_try_right,
                state.step_attempts,
                state.step_solved,
                state.completed,
                now_text,
                state.seed as i64
            ],
        )?;
        if let Some(a) = answer {
            tx.execute(
                "INSERT INTO answers (lesson_id, step, choice, correct, first_attempt, answered_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![a.lesson_id, a.step as i64, a.choice, a.correct, a.first_attempt, now_text],
            )?;
        }
        apply_review_change(&tx, review)?;
        tx.commit()?;
        Ok(())
    }

    pub fn lesson_progress(&self, lesson_id: &str) -> Result<Option<LessonProgress>, StoreError> {
        let sql = format!("SELECT {PROGRESS_COLUMNS} FROM lesson_progress WHERE lesson_id = ?1");
        Ok(self.conn.query_row(&sql, [lesson_id], progress_row).optional()?)
    }

    pub fn all_progress(&self) -> Result<Vec<LessonProgress>, StoreError> {
        let sql = format!("SELECT {PROGRESS_COLUMNS} FROM lesson_progress ORDER BY lesson_id");
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map([], progress_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The lesson to "Continue": the one most recently worked on and not finished.
    pub fn resume_point(&self) -> Result<Option<LessonProgress>, StoreError> {
        let sql = format!(
            "SELECT {PROGRESS_COLUMNS} FROM lesson_progress WHERE completed = 0 ORDER BY updated_at DESC LIMIT 1"
        );
        Ok(self.conn.query_row(&sql, [], progress_row).optional()?)
    }

    /// Review items due at `now`, oldest first.
    pub fn due_reviews(&self, now: DateTime<Utc>) -> Result<Vec<ReviewItem>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT lesson_id, step, due_at, interval_days, right_streak FROM review_items
             WHERE due_at <= ?1 ORDER BY due_at, lesson_id, step",
        )?;
        let rows = stmt.query_map([stamp(now)], |r| {
            Ok(ReviewItem {
                lesson_id: r.get(0)?,
                step: r.get::<_, i64>(1)? as usize,
                due: time(r.get(2)?)?,
                interval_days: r.get(3)?,
                right_streak: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Saves a review answer and its schedule change in one transaction.
    pub fn save_review_answer(
        &mut self,
        answer: &AnswerRecord,
        change: Option<&ReviewChange>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO answers (lesson_id, step, choice, correct, first_attempt, answered_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                answer.lesson_id,
                answer.step as i64,
                answer.choice,
                answer.correct,
                answer.first_attempt,
                stamp(now)
            ],
        )?;
        apply_review_change(&tx, change)?;
        tx.commit()?;
        Ok(())
    }

    /// The name printed on every certificate (`None` to leave it off).
    pub fn set_certificate_name(&mut self, name: Option<&str>) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        tx.execute("UPDATE certificates SET name = ?1", [name])?;
        tx.commit()?;
        Ok(())
    }

    /// Issues (once) the certificate of a completed track.
    pub fn issue_certificate(
        &mut self,
        track: Track,
        name: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<Certificate, StoreError> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO certificates (track, name, issued_at) VALUES (?1, ?2, ?3) ON CONFLICT (track) DO NOTHING",
            params![track.name(), name, stamp(now)],
        )?;
        tx.commit()?;
        Ok(self.certificates()?.into_iter().find(|c| c.track == track).expect("just issued"))
    }

    pub fn certificates(&self) -> Result<Vec<Certificate>, StoreError> {
        let mut stmt = self.conn.prepare("SELECT track, name, issued_at FROM certificates ORDER BY issued_at")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get(1)?, time(r.get(2)?)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (track, name, issued_at) = row?;
            if let Some(track) = Track::from_name(&track) {
                out.push(Certificate { track, name, issued_at });
            }
        }
        Ok(out)
    }
}

fn apply_review_change(tx: &rusqlite::Transaction<'_>, change: Option<&ReviewChange>) -> Result<(), StoreError> {
    match change {
        Some(ReviewChange::Schedule(item)) => {
            tx.execute(
                "INSERT INTO review_items (lesson_id, step, due_at, interval_days, right_streak)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (lesson_id, step) DO UPDATE SET due_at = ?3, interval_days = ?4, right_streak = ?5",
                params![item.lesson_id, item.step as i64, stamp(item.due), item.interval_days, item.right_streak],
            )?;
        }
        Some(ReviewChange::Retire { lesson_id, step }) => {
            tx.execute(
                "DELETE FROM review_items WHERE lesson_id = ?1 AND step = ?2",
                params![lesson_id, *step as i64],
            )?;
        }
        None => {}
    }
    Ok(())
}

/// How an answer changes the review schedule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewChange {
    Schedule(ReviewItem),
    Retire { lesson_id: String, step: usize },
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn a_lesson_resumes_at_its_step_after_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(super::super::DB_FILE);
        let state =
            RunState { step: 3, attempts: 4, wrong: 1, first_try_right: 2, step_attempts: 1, ..Default::default() };
        {
            let mut store = Store::open(&path).unwrap();
            store.save_lesson_step("a", &RunState::default(), None, None, t("2026-11-27T09:00:00Z")).unwrap();
            store.save_lesson_step("b", &state, None, None, t("2026-11-27T10:00:00Z")).unwrap();
        }
        let store = Store::open(&path).unwrap();
        let p = store.lesson_progress("b").unwrap().unwrap();
        assert_eq!(p.state, state);
        assert_eq!(store.resume_point().unwrap().unwrap().lesson_id, "b", "the latest unfinished one");
        assert_eq!(store.all_progress().unwrap().len(), 2);
    }

    #[test]
    fn completion_is_timestamped_once_and_leaves_the_resume_point() {
        let mut store = Store::in_memory().unwrap();
        let done = RunState { step: 2, completed: true, ..Default::default() };
        store.save_lesson_step("a", &done, None, None, t("2026-11-27T09:00:00Z")).unwrap();
        store.save_lesson_step("a", &done, None, None, t("2026-11-28T09:00:00Z")).unwrap();
        let p = store.lesson_progress("a").unwrap().unwrap();
        assert_eq!(p.completed_at, Some(t("2026-11-27T09:00:00Z")));
        assert_eq!(p.updated_at, t("2026-11-28T09:00:00Z"));
        assert_eq!(store.resume_point().unwrap(), None);
    }

    #[test]
    fn answers_and_reviews_are_kept_together() {
        let mut store = Store::in_memory().unwrap();
        let now = t("2026-11-27T09:00:00Z");
        let wrong =
            AnswerRecord { lesson_id: "a".into(), step: 4, choice: "0".into(), correct: false, first_attempt: true };
        let item = ReviewItem::after_mistake("a", 4, now);
        store
            .save_lesson_step("a", &RunState::default(), Some(&wrong), Some(&ReviewChange::Schedule(item.clone())), now)
            .unwrap();
        assert!(store.due_reviews(now).unwrap().is_empty(), "not due yet");
        let later = t("2026-11-28T09:00:00Z");
        assert_eq!(store.due_reviews(later).unwrap(), vec![item]);
        let n: i64 = store.conn.query_row("SELECT COUNT(*) FROM answers WHERE correct = 0", [], |r| r.get(0)).unwrap();
        assert_eq!(n, 1);
        let retire = ReviewChange::Retire { lesson_id: "a".into(), step: 4 };
        store.save_lesson_step("a", &RunState::default(), None, Some(&retire), later).unwrap();
        assert!(store.due_reviews(later).unwrap().is_empty());
    }

    #[test]
    fn a_certificate_is_issued_once() {
        let mut store = Store::in_memory().unwrap();
        let first = store.issue_certificate(Track::Safety, Some("王阿姨"), t("2026-11-27T09:00:00Z")).unwrap();
        let again = store.issue_certificate(Track::Safety, None, t("2026-12-01T09:00:00Z")).unwrap();
        assert_eq!(first, again);
        assert_eq!(first.name.as_deref(), Some("王阿姨"));
        assert_eq!(store.certificates().unwrap().len(), 1);
    }
}
