//! The lesson runner: the state machine of one lesson (current step, attempts, hints,
//! completion, score). Plain Rust; the UI shows its state and forwards taps, the store keeps
//! `RunState` so a lesson resumes at the same step.

use super::model::{Lesson, Role, Step};

/// What is kept between sessions for a lesson in progress.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RunState {
    /// Index of the current step (0-based).
    pub step: usize,
    /// Answers and taps so far (neutral taps not counted).
    pub attempts: u32,
    /// Of those, the wrong or unsafe ones.
    pub wrong: u32,
    /// Graded steps answered right at the first try.
    pub first_try_right: u32,
    /// Attempts on the current step.
    pub step_attempts: u32,
    /// The current step has been answered right (the senior may go on).
    pub step_solved: bool,
    pub completed: bool,
}

/// A gentle hint shown after mistakes: the target or answer to try.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hint {
    Target(String),
    Answer(usize),
}

/// What a tap or an answer led to; each carries the Fluent id said and shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Feedback {
    Right {
        feedback: String,
    },
    /// Wrong or unsafe: explained kindly, then the senior tries again.
    Wrong {
        feedback: String,
    },
    /// Harmless but not what the step asks.
    Neutral {
        feedback: String,
    },
    /// Nothing to answer here (an explain step, an unknown target, or already solved).
    Ignored,
}

/// One graded answer, for the store (review of mistakes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerRecord {
    pub lesson_id: String,
    pub step: usize,
    /// The answer index or the target tapped.
    pub choice: String,
    pub correct: bool,
    /// Whether it was the first attempt at this step.
    pub first_attempt: bool,
}

/// The score at the end: graded steps right at the first try, out of all graded steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Score {
    pub first_try_right: u32,
    pub graded_steps: u32,
}

#[derive(Debug, Clone)]
pub struct LessonRunner {
    lesson: Lesson,
    state: RunState,
    last_answer: Option<AnswerRecord>,
}

/// Wrong answers to a question before its right answer is highlighted.
const QUESTION_HINT_AFTER: u32 = 2;

impl LessonRunner {
    pub fn new(lesson: Lesson) -> Self {
        Self::resume(lesson, RunState::default())
    }

    /// Continues from a stored state (a step beyond the lesson's end restarts it).
    pub fn resume(lesson: Lesson, mut state: RunState) -> Self {
        if state.step >= lesson.steps.len() {
            state = RunState::default();
        }
        LessonRunner { lesson, state, last_answer: None }
    }

    pub fn lesson(&self) -> &Lesson {
        &self.lesson
    }

    pub fn state(&self) -> &RunState {
        &self.state
    }

    pub fn step(&self) -> &Step {
        &self.lesson.steps[self.state.step]
    }

    /// "Step N of M", 1-based.
    pub fn position(&self) -> (usize, usize) {
        (self.state.step + 1, self.lesson.steps.len())
    }

    /// Whether "Next" may be pressed: always on an explain step, after the right answer otherwise.
    pub fn can_advance(&self) -> bool {
        !self.state.completed && (!self.step().is_graded() || self.state.step_solved)
    }

    /// Goes to the next step, or completes the lesson after the last. Returns whether it moved.
    pub fn advance(&mut self) -> bool {
        if !self.can_advance() {
            return false;
        }
        if self.state.step + 1 == self.lesson.steps.len() {
            self.state.completed = true;
        } else {
            self.state.step += 1;
            self.state.step_attempts = 0;
            self.state.step_solved = false;
        }
        true
    }

    /// The hint to show now, if the senior has had trouble with this step.
    pub fn hint(&self) -> Option<Hint> {
        if self.state.step_solved {
            return None;
        }
        match self.step() {
            // Unsolved with attempts: every attempt was unsafe.
            Step::Simulated { targets, .. } if self.state.step_attempts > 0 => {
                targets.iter().find(|t| t.role == Role::Correct).map(|t| Hint::Target(t.target.clone()))
            }
            Step::Question { answers, .. } if self.state.step_attempts >= QUESTION_HINT_AFTER => {
                answers.iter().position(|a| a.correct).map(Hint::Answer)
            }
            _ => None,
        }
    }

    /// The senior picked answer `index` of a question.
    pub fn choose_answer(&mut self, index: usize) -> Feedback {
        if self.state.step_solved || self.state.completed {
            return Feedback::Ignored;
        }
        let Step::Question { answers, .. } = self.step() else { return Feedback::Ignored };
        let Some(answer) = answers.get(index) else { return Feedback::Ignored };
        let (correct, feedback) = (answer.correct, answer.feedback.clone());
        self.record(index.to_string(), correct);
        if correct { Feedback::Right { feedback } } else { Feedback::Wrong { feedback } }
    }

    /// The senior tapped `target` on a simulated screen.
    pub fn tap_target(&mut self, target: &str) -> Feedback {
        if self.state.step_solved || self.state.completed {
            return Feedback::Ignored;
        }
        let Step::Simulated { targets, .. } = self.step() else { return Feedback::Ignored };
        let Some(t) = targets.iter().find(|t| t.target == target) else { return Feedback::Ignored };
        let (role, feedback) = (t.role, t.feedback.clone());
        match role {
            Role::Neutral => Feedback::Neutral { feedback },
            Role::Correct => {
                self.record(target.to_owned(), true);
                Feedback::Right { feedback }
            }
            Role::Unsafe => {
                self.record(target.to_owned(), false);
                Feedback::Wrong { feedback }
            }
        }
    }

    /// The graded answer just given, once, for the store.
    pub fn take_answer(&mut self) -> Option<AnswerRecord> {
        self.last_answer.take()
    }

    fn record(&mut self, choice: String, correct: bool) {
        let first_attempt = self.state.step_attempts == 0;
        self.state.attempts += 1;
        self.state.step_attempts += 1;
        if correct {
            self.state.step_solved = true;
            if first_attempt {
                self.state.first_try_right += 1;
            }
        } else {
            self.state.wrong += 1;
        }
        self.last_answer = Some(AnswerRecord {
            lesson_id: self.lesson.id.clone(),
            step: self.state.step,
            choice,
            correct,
            first_attempt,
        });
    }

    pub fn score(&self) -> Score {
        Score {
            first_try_right: self.state.first_try_right,
            graded_steps: self.lesson.steps.iter().filter(|s| s.is_graded()).count() as u32,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lessons::{Answer, ScreenKind, Target, Track};

    fn lesson() -> Lesson {
        let answer = |text: &str, correct| Answer { text: text.into(), correct, feedback: format!("{text}-fb") };
        let target = |name: &str, role| Target { target: name.into(), role, feedback: format!("{name}-fb") };
        Lesson {
            id: "l".into(),
            track: Track::Safety,
            order: 1,
            sources: vec![],
            title: "t".into(),
            remember: "r".into(),
            steps: vec![
                Step::Explain { text: "e".into(), picture: None },
                Step::Simulated {
                    screen: ScreenKind::IncomingCall,
                    instruction: "i".into(),
                    labels: Default::default(),
                    targets: vec![target("answer", Role::Unsafe), target("decline", Role::Correct)],
                },
                Step::Question {
                    text: "q".into(),
                    answers: vec![answer("a0", false), answer("a1", true), answer("a2", false)],
                },
            ],
        }
    }

    #[test]
    fn explain_steps_go_on_and_graded_steps_wait_for_the_right_answer() {
        let mut r = LessonRunner::new(lesson());
        assert_eq!(r.position(), (1, 3));
        assert_eq!(r.choose_answer(0), Feedback::Ignored, "nothing to answer on an explain step");
        assert!(r.advance());
        assert_eq!(r.position(), (2, 3));
        assert!(!r.can_advance());
        assert!(!r.advance(), "no skipping a practice");
    }

    #[test]
    fn a_right_answer_first_time_scores() {
        let mut r = LessonRunner::new(lesson());
        r.advance();
        assert_eq!(r.tap_target("decline"), Feedback::Right { feedback: "decline-fb".into() });
        let rec = r.take_answer().unwrap();
        assert!(rec.correct && rec.first_attempt);
        assert_eq!((rec.step, rec.choice.as_str()), (1, "decline"));
        assert!(r.take_answer().is_none(), "taken once");
        assert!(r.advance());
        assert_eq!(r.choose_answer(1), Feedback::Right { feedback: "a1-fb".into() });
        assert!(r.advance());
        assert!(r.state().completed);
        assert_eq!(r.score(), Score { first_try_right: 2, graded_steps: 2 });
        assert!(!r.advance(), "nothing after the end");
    }

    #[test]
    fn an_unsafe_tap_explains_shows_the_hint_and_lets_them_try_again() {
        let mut r = LessonRunner::new(lesson());
        r.advance();
        assert_eq!(r.hint(), None);
        assert_eq!(r.tap_target("answer"), Feedback::Wrong { feedback: "answer-fb".into() });
        assert!(!r.take_answer().unwrap().correct);
        assert_eq!(r.hint(), Some(Hint::Target("decline".into())), "the safe target is highlighted");
        assert!(!r.can_advance());
        assert_eq!(r.tap_target("decline"), Feedback::Right { feedback: "decline-fb".into() });
        assert!(!r.take_answer().unwrap().first_attempt);
        assert_eq!(r.hint(), None);
        assert_eq!(r.tap_target("answer"), Feedback::Ignored, "solved: further taps do nothing");
        r.advance();
        r.choose_answer(1);
        r.advance();
        assert_eq!(r.score(), Score { first_try_right: 1, graded_steps: 2 });
        assert_eq!((r.state().attempts, r.state().wrong), (3, 1));
    }

    #[test]
    fn a_question_highlights_the_answer_after_two_wrong_tries() {
        let mut r = LessonRunner::new(lesson());
        r.advance();
        r.tap_target("decline");
        r.advance();
        assert!(matches!(r.choose_answer(0), Feedback::Wrong { .. }));
        assert_eq!(r.hint(), None, "one mistake: no hint yet");
        assert!(matches!(r.choose_answer(2), Feedback::Wrong { .. }));
        assert_eq!(r.hint(), Some(Hint::Answer(1)));
        assert_eq!(r.choose_answer(7), Feedback::Ignored, "no such answer");
    }

    #[test]
    fn unknown_targets_and_neutral_taps_do_not_count() {
        let mut lesson = lesson();
        if let Step::Simulated { targets, .. } = &mut lesson.steps[1] {
            targets[0].role = Role::Neutral;
        }
        let mut r = LessonRunner::new(lesson);
        r.advance();
        assert_eq!(r.tap_target("nowhere"), Feedback::Ignored);
        assert_eq!(r.tap_target("answer"), Feedback::Neutral { feedback: "answer-fb".into() });
        assert_eq!(r.state().attempts, 0);
        assert!(r.take_answer().is_none());
        assert_eq!(r.hint(), None);
    }

    #[test]
    fn resuming_returns_to_the_same_step() {
        let mut r = LessonRunner::new(lesson());
        r.advance();
        r.tap_target("answer");
        let saved = r.state().clone();
        let r = LessonRunner::resume(lesson(), saved.clone());
        assert_eq!(r.position(), (2, 3));
        assert_eq!(r.state(), &saved);
        assert_eq!(r.hint(), Some(Hint::Target("decline".into())));
        let stale = RunState { step: 99, ..Default::default() };
        assert_eq!(LessonRunner::resume(lesson(), stale).position(), (1, 3), "a changed lesson restarts");
    }
}
