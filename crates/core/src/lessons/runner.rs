//! The lesson runner: the state machine of one lesson (current step, attempts, hints,
//! completion, score), of the practice phone on a step (typed digits, switches, the sample
//! text's size) and of a scam-call role-play (its turn, its end). Answers, targets and turn
//! choices are shown in an order shuffled per attempt: the order comes from the run's seed,
//! which the store keeps, so a resumed lesson shows the same order. Plain Rust; the UI shows
//! its state and forwards taps, the store keeps `RunState` so a lesson resumes at its step.

use std::collections::BTreeMap;

use super::model::{Effect, Lesson, Move, Practice, Pressure, Role, RolePlay, Step};
use super::phone::{Block, ButtonStyle, PhoneScreen, builtin};
use super::shuffle::permutation;

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
    /// This attempt's shuffle: the order of answers, buttons and replies follows from it.
    pub seed: u64,
}

impl RunState {
    /// A new attempt at a lesson, shuffled by `seed`.
    pub fn fresh(seed: u64) -> RunState {
        RunState { seed, ..RunState::default() }
    }
}

/// A gentle hint shown after mistakes: the target, answer or call choice to try.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hint {
    Target(String),
    /// The answer's index in the lesson file.
    Answer(usize),
    /// The role-play choice to take (hang up).
    Move(Move),
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

/// The practice phone as it is now: the screen with its buttons and replies in this attempt's
/// order and its switches as the senior left them, what was typed, the sample text's size.
#[derive(Debug, Clone, PartialEq)]
pub struct PhoneState {
    pub screen: PhoneScreen,
    /// The helper bar's targets, in this attempt's order.
    pub helpers: Vec<&'static str>,
    pub typed: String,
    pub sample_scale: f32,
}

/// A role-play as it is now.
#[derive(Debug, Clone, PartialEq)]
pub struct CallState {
    /// 0-based index of the caller's current turn.
    pub turn: usize,
    pub turns: usize,
    /// The caller's current line.
    pub line: String,
    /// The choices of this turn, shuffled: (move, label).
    pub choices: Vec<(Move, String)>,
    /// The senior hung up: the debrief shows.
    pub ended: bool,
    /// The pressures heard so far, with their phrases, for the debrief (first use of each).
    pub heard: Vec<(Pressure, String)>,
}

/// What changes on a step while the senior works on it; it starts afresh on each step.
#[derive(Debug, Clone)]
struct StepState {
    typed: String,
    sample_scale: f32,
    switches: BTreeMap<String, bool>,
    turn: usize,
    ended: bool,
}

impl Default for StepState {
    fn default() -> Self {
        StepState { typed: String::new(), sample_scale: 1.0, switches: BTreeMap::new(), turn: 0, ended: false }
    }
}

#[derive(Debug, Clone)]
pub struct LessonRunner {
    lesson: Lesson,
    state: RunState,
    step_state: StepState,
    last_answer: Option<AnswerRecord>,
}

/// Wrong answers to a question before its right answer is highlighted.
const QUESTION_HINT_AFTER: u32 = 2;
/// Digits the keypad takes.
const MAX_TYPED: usize = 12;
/// The sample text's size steps and bounds (the text-size practice).
const SAMPLE_STEP: f32 = 0.25;
const SAMPLE_RANGE: (f32, f32) = (0.75, 2.0);

/// The shuffle group of a question's answers and of the helper bar (blocks use their index).
const ANSWERS_GROUP: u64 = 1_000;
const HELPERS_GROUP: u64 = 1_001;
const TURN_GROUP: u64 = 2_000;

impl LessonRunner {
    pub fn new(lesson: Lesson) -> Self {
        Self::resume(lesson, RunState::default())
    }

    /// Continues from a stored state (a step beyond the lesson's end restarts it).
    pub fn resume(lesson: Lesson, mut state: RunState) -> Self {
        if state.step >= lesson.steps.len() {
            state = RunState::fresh(state.seed);
        }
        LessonRunner { lesson, state, step_state: StepState::default(), last_answer: None }
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

    /// The order to show `len` items of shuffle group `group` of the current step in.
    fn order(&self, group: u64, len: usize) -> Vec<usize> {
        permutation(self.state.seed, self.state.step as u64, group, len)
    }

    /// The question's answers as shown: indexes into the lesson's answers, shuffled.
    pub fn answer_order(&self) -> Vec<usize> {
        match self.step() {
            Step::Question { answers, .. } => self.order(ANSWERS_GROUP, answers.len()),
            _ => Vec::new(),
        }
    }

    /// The practice phone as it is now, if this step is a practice.
    pub fn phone(&self) -> Option<PhoneState> {
        let Step::Practice(p) = self.step() else { return None };
        let mut screen = p.phone.clone();
        for (i, block) in screen.blocks.iter_mut().enumerate() {
            match block {
                Block::Buttons { items, fixed: false } | Block::Choices { items } => {
                    let order = self.order(i as u64, items.len());
                    *items = order.iter().map(|&j| items[j].clone()).collect();
                    // A call's round keys stay where every phone has them: decline on the
                    // left, answer on the right (the others between them keep the shuffle).
                    items.sort_by_key(|b| match b.style {
                        ButtonStyle::Decline => 0,
                        ButtonStyle::Answer => 2,
                        _ => 1,
                    });
                }
                Block::Row { switch: Some(on), target: Some(t), .. } => {
                    if let Some(now) = self.step_state.switches.get(t.as_str()) {
                        *on = *now;
                    }
                }
                _ => {}
            }
        }
        let helpers =
            self.order(HELPERS_GROUP, builtin::HELPERS.len()).into_iter().map(|i| builtin::HELPERS[i]).collect();
        Some(PhoneState {
            screen,
            helpers,
            typed: self.step_state.typed.clone(),
            sample_scale: self.step_state.sample_scale,
        })
    }

    /// The role-play as it is now, if this step is one.
    pub fn call(&self) -> Option<CallState> {
        let Step::RolePlay(r) = self.step() else { return None };
        let turn = &r.turns[self.step_state.turn.min(r.turns.len() - 1)];
        let order = self.order(TURN_GROUP + self.step_state.turn as u64, turn.choices.len());
        let mut heard: Vec<(Pressure, String)> = Vec::new();
        for t in &r.turns[..=self.step_state.turn.min(r.turns.len() - 1)] {
            if !heard.iter().any(|(p, _)| *p == t.pressure) {
                heard.push((t.pressure, t.phrase.clone()));
            }
        }
        Some(CallState {
            turn: self.step_state.turn,
            turns: r.turns.len(),
            line: turn.line.clone(),
            choices: order.iter().map(|&i| (turn.choices[i].action, turn.choices[i].text.clone())).collect(),
            ended: self.step_state.ended,
            heard,
        })
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
            self.step_state = StepState::default();
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
            Step::Practice(p) if self.state.step_attempts > 0 => {
                p.correct_targets().next().map(|t| Hint::Target(t.target.clone()))
            }
            Step::RolePlay(_) if self.state.step_attempts > 0 => Some(Hint::Move(Move::HangUp)),
            Step::Question { answers, .. } if self.state.step_attempts >= QUESTION_HINT_AFTER => {
                answers.iter().position(|a| a.correct).map(Hint::Answer)
            }
            _ => None,
        }
    }

    /// The senior picked answer `index` (the lesson file's index) of a question.
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

    /// A key of the practice phone's keypad: a digit, or "delete".
    pub fn key(&mut self, key: &str) {
        let Step::Practice(p) = self.step() else { return };
        if !p.phone.has_keypad() || self.state.step_solved {
            return;
        }
        let typed = &mut self.step_state.typed;
        match key {
            "delete" => {
                typed.pop();
            }
            d if d.len() == 1 && d.chars().all(|c| c.is_ascii_digit() || c == '.') && typed.len() < MAX_TYPED => {
                typed.push_str(d)
            }
            _ => {}
        }
    }

    /// The senior tapped `target` on the practice phone (or the helper bar).
    pub fn tap_target(&mut self, target: &str) -> Feedback {
        if self.state.step_solved || self.state.completed {
            return Feedback::Ignored;
        }
        let Step::Practice(p) = self.step() else { return Feedback::Ignored };
        let Some(t) = p.target(target) else { return Feedback::Ignored };
        let switch_was = switch_state(p, target);
        match &t.effect {
            Effect::Larger | Effect::Smaller => {
                let change = if t.effect == Effect::Larger { SAMPLE_STEP } else { -SAMPLE_STEP };
                let scale = &mut self.step_state.sample_scale;
                *scale = (*scale + change).clamp(SAMPLE_RANGE.0, SAMPLE_RANGE.1);
            }
            Effect::Toggle => {
                let now = !self.step_state.switches.get(target).copied().unwrap_or(switch_was);
                self.step_state.switches.insert(target.to_owned(), now);
            }
            Effect::Input { expect, wrong_input, empty_input } => {
                let typed = self.step_state.typed.clone();
                if typed.is_empty() {
                    return Feedback::Neutral { feedback: empty_input.clone() };
                }
                if !same_amount(&typed, expect) {
                    let feedback = wrong_input.clone();
                    self.record(format!("{target}:{typed}"), false);
                    return Feedback::Wrong { feedback };
                }
            }
            Effect::None => {}
        }
        self.judge(target, &t.role, t.feedback.clone())
    }

    fn judge(&mut self, choice: &str, role: &Role, feedback: String) -> Feedback {
        match role {
            Role::Neutral => Feedback::Neutral { feedback },
            Role::Correct => {
                self.record(choice.to_owned(), true);
                Feedback::Right { feedback }
            }
            Role::Unsafe => {
                self.record(choice.to_owned(), false);
                Feedback::Wrong { feedback }
            }
        }
    }

    /// The senior chose `action` at the role-play's current turn. Hanging up ends the call
    /// (right); a checking question is neutral and the caller presses on; going along is
    /// explained kindly and the caller presses on. At the last turn the call waits there.
    pub fn call_choice(&mut self, action: Move) -> Feedback {
        if self.state.step_solved || self.state.completed {
            return Feedback::Ignored;
        }
        let Step::RolePlay(r) = self.step() else { return Feedback::Ignored };
        let turn = &r.turns[self.step_state.turn];
        let Some(choice) = turn.choices.iter().find(|c| c.action == action) else { return Feedback::Ignored };
        let (feedback, last) = (choice.feedback.clone(), r.turns.len() - 1);
        let choice_name = format!("turn-{}:{}", self.step_state.turn + 1, action.name());
        match action {
            Move::HangUp => {
                self.step_state.ended = true;
                self.record(choice_name, true);
                Feedback::Right { feedback }
            }
            Move::Ask => {
                self.step_state.turn = (self.step_state.turn + 1).min(last);
                Feedback::Neutral { feedback }
            }
            Move::GoAlong => {
                self.step_state.turn = (self.step_state.turn + 1).min(last);
                self.record(choice_name, false);
                Feedback::Wrong { feedback }
            }
        }
    }

    /// The role-play this step is, if it is one.
    pub fn role_play(&self) -> Option<&RolePlay> {
        match self.step() {
            Step::RolePlay(r) => Some(r),
            _ => None,
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

/// A row switch's state as the screen starts with it.
fn switch_state(p: &Practice, target: &str) -> bool {
    p.phone
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Row { switch: Some(on), target: Some(t), .. } if t == target => Some(*on),
            _ => None,
        })
        .unwrap_or(false)
}

/// Whether what was typed is the expected amount ("25", "25.0" and "25.00" are the same).
fn same_amount(typed: &str, expect: &str) -> bool {
    match (typed.parse::<f64>(), expect.parse::<f64>()) {
        (Ok(a), Ok(b)) => (a - b).abs() < 0.005,
        _ => typed == expect,
    }
}

#[cfg(test)]
mod tests;
