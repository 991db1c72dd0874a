//! The lesson runner's part of the controller: opening and resuming lessons, answers and taps
//! with their feedback and voice, the review of mistakes, results and certificates.

use super::AppController;
use crate::lessons::{
    self, CallState, Feedback, Hint, Lesson, LessonRunner, Move, PhoneState, ReviewItem, RunState, Score, Step,
    permutation,
};
use crate::navigation::ScreenId;
use crate::settings;
use crate::store::ReviewChange;
use crate::texts::Text;
use crate::tracks::{self, TrackSummary};
use crate::voice::Voice;

/// The lesson screen's state, for the UI (a lesson, or the review of mistakes).
#[derive(Debug, Clone, PartialEq)]
pub struct LessonView {
    pub title_id: String,
    /// "Step N of M" or "Question N of M".
    pub progress: Text,
    pub step: Step,
    /// 1-based step number and the number of steps.
    pub position: (usize, usize),
    pub hint: Option<Hint>,
    /// The Fluent id of the last feedback, and whether it was a mistake.
    pub feedback: Option<(String, bool)>,
    pub can_advance: bool,
    pub is_last: bool,
    /// A question's answers in the order shown: indexes into the step's answers.
    pub answer_order: Vec<usize>,
    /// A practice's phone as it is now.
    pub phone: Option<PhoneState>,
    /// A role-play call as it is now.
    pub call: Option<CallState>,
}

/// The finished lesson, for the result screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonResult {
    pub title_id: String,
    pub remember_id: String,
    pub score: Score,
    /// This lesson completed its track: a certificate was issued.
    pub certificate: bool,
}

/// A certificate as the certificates screen shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertificateView {
    pub track_title: Text,
    /// The day it was issued, `YYYY-MM-DD`.
    pub date: String,
    pub name: Option<String>,
    pub lesson_title_ids: Vec<String>,
}

/// The lesson screens' part of the controller's state.
#[derive(Debug, Default)]
pub(super) struct LessonState {
    pub(super) runner: Option<LessonRunner>,
    pub(super) review: Option<ReviewSession>,
    pub(super) certificate_name_saved: bool,
    /// The last feedback's Fluent id, and whether it was a mistake.
    pub(super) feedback: Option<(String, bool)>,
    pub(super) result: Option<LessonResult>,
}

/// Questions answered wrongly before, asked again one by one.
#[derive(Debug, Clone)]
pub(super) struct ReviewSession {
    items: Vec<(ReviewItem, Step)>,
    index: usize,
    attempts: u32,
    solved: bool,
    /// The answers are shuffled in the review too.
    seed: u64,
}

impl AppController {
    /// Whether "Continue" has a lesson to resume.
    pub fn can_continue(&self) -> bool {
        self.resume_lesson_id().is_some()
    }

    fn resume_lesson_id(&self) -> Option<String> {
        let point = self.store.resume_point().ok().flatten()?;
        self.find_lesson(&point.lesson_id).is_some().then_some(point.lesson_id)
    }

    pub fn tracks(&self) -> Vec<TrackSummary> {
        let progress = self.store.all_progress().unwrap_or_else(|e| {
            log::error!("cannot read lesson progress: {e}");
            Vec::new()
        });
        tracks::summaries(&self.lessons, &progress)
    }

    /// Whether Home shows the lessons of the topic with this key (see `TopicGroup::key`).
    pub fn topic_open(&self, key: &str) -> bool {
        self.open_topics.contains(key)
    }

    /// Opens or closes a topic on Home; opening it says the topic's name.
    pub fn toggle_topic(&mut self, key: &str) {
        if !self.open_topics.remove(key) {
            let known = self.tracks().iter().flat_map(TrackSummary::groups).find(|g| g.key() == key);
            let Some(group) = known else {
                log::warn!("no topic {key:?} on Home");
                return;
            };
            self.open_topics.insert(key.to_owned());
            self.say(&group.text_id());
        }
    }

    pub fn lessons(&self) -> &[Lesson] {
        &self.lessons
    }

    /// The lesson screen's state, when a lesson or the review is open.
    pub fn lesson_view(&self) -> Option<LessonView> {
        if let Some(review) = &self.lesson.review {
            let (_, step) = &review.items[review.index];
            let hint = match step {
                Step::Question { answers, .. } if review.attempts >= 2 && !review.solved => {
                    answers.iter().position(|a| a.correct).map(Hint::Answer)
                }
                _ => None,
            };
            return Some(LessonView {
                title_id: Text::ReviewTitle.id().into(),
                progress: Text::ReviewStep,
                step: step.clone(),
                position: (review.index + 1, review.items.len()),
                hint,
                feedback: self.lesson.feedback.clone(),
                can_advance: review.solved,
                is_last: review.index + 1 == review.items.len(),
                answer_order: match step {
                    Step::Question { answers, .. } => permutation(review.seed, review.index as u64, 0, answers.len()),
                    _ => Vec::new(),
                },
                phone: None,
                call: None,
            });
        }
        let r = self.lesson.runner.as_ref()?;
        let (n, total) = r.position();
        Some(LessonView {
            title_id: r.lesson().title.clone(),
            progress: Text::LessonStep,
            step: r.step().clone(),
            position: (n, total),
            hint: r.hint(),
            feedback: self.lesson.feedback.clone(),
            can_advance: r.can_advance(),
            is_last: n == total,
            answer_order: r.answer_order(),
            phone: r.phone(),
            call: r.call(),
        })
    }

    pub fn lesson_result(&self) -> Option<&LessonResult> {
        self.lesson.result.as_ref()
    }

    /// Review questions due now.
    pub fn due_review_count(&self) -> usize {
        self.due_reviews().len()
    }

    fn due_reviews(&self) -> Vec<(ReviewItem, Step)> {
        let items = self.store.due_reviews(self.now()).unwrap_or_else(|e| {
            log::error!("cannot read the review: {e}");
            Vec::new()
        });
        // A lesson that changed since keeps only items that are still questions.
        items
            .into_iter()
            .filter_map(|item| {
                let lesson = self.find_lesson(&item.lesson_id)?;
                let step = lesson.steps.get(item.step).filter(|s| matches!(s, Step::Question { .. }))?;
                Some((item, step.clone()))
            })
            .collect()
    }

    pub fn certificates(&self) -> Vec<CertificateView> {
        let certificates = self.store.certificates().unwrap_or_else(|e| {
            log::error!("cannot read certificates: {e}");
            Vec::new()
        });
        certificates
            .into_iter()
            .map(|c| CertificateView {
                track_title: tracks::title(c.track),
                date: c.issued_at.with_timezone(&chrono::Local).format("%Y-%m-%d").to_string(),
                name: c.name,
                lesson_title_ids: self.lessons.iter().filter(|l| l.track == c.track).map(|l| l.title.clone()).collect(),
            })
            .collect()
    }

    /// Opens a lesson at the step where the senior left it (a finished one starts again).
    pub fn open_lesson(&mut self, id: &str) -> bool {
        let Some(lesson) = self.find_lesson(id).cloned() else {
            log::warn!("no lesson {id:?}");
            return false;
        };
        // A new attempt (never started, or finished before) gets a new shuffle.
        let state = match self.store.lesson_progress(id) {
            Ok(Some(p)) if !p.state.completed => p.state,
            Ok(_) => RunState::fresh(rand::random()),
            Err(e) => {
                log::error!("cannot read progress of {id}: {e}");
                RunState::fresh(rand::random())
            }
        };
        self.lesson.runner = Some(LessonRunner::resume(lesson, state));
        // Leaving the review half-way and opening a lesson ends the review.
        self.lesson.review = None;
        self.lesson.feedback = None;
        self.save_lesson(None, None);
        self.nav.home();
        self.navigate(|nav| nav.open(ScreenId::Lesson));
        true
    }

    /// "Continue" on Home.
    pub fn continue_lesson(&mut self) -> bool {
        match self.resume_lesson_id() {
            Some(id) => self.open_lesson(&id),
            None => false,
        }
    }

    /// Starts the review of due questions; false if there is none.
    pub fn start_review(&mut self) -> bool {
        let items = self.due_reviews();
        if items.is_empty() {
            return false;
        }
        self.lesson.runner = None;
        self.lesson.feedback = None;
        self.lesson.review = Some(ReviewSession { items, index: 0, attempts: 0, solved: false, seed: rand::random() });
        self.nav.home();
        self.navigate(|nav| nav.open(ScreenId::Review));
        true
    }

    fn review_answer(&mut self, index: usize) {
        let now = self.now();
        let Some(review) = self.lesson.review.as_mut() else { return };
        let (item, step) = &review.items[review.index];
        let Step::Question { answers, .. } = step else { return };
        let Some(answer) = answers.get(index) else { return };
        if review.solved {
            return;
        }
        let first = review.attempts == 0;
        review.attempts += 1;
        review.solved = answer.correct;
        self.lesson.feedback = Some((answer.feedback.clone(), !answer.correct));
        let record = lessons::AnswerRecord {
            lesson_id: item.lesson_id.clone(),
            step: item.step,
            choice: index.to_string(),
            correct: answer.correct,
            first_attempt: first,
        };
        // The schedule follows the first answer: right moves it on, wrong starts it again.
        let change = first.then(|| match item.clone().after_review(answer.correct, now) {
            Some(next) => ReviewChange::Schedule(next),
            None => ReviewChange::Retire { lesson_id: item.lesson_id.clone(), step: item.step },
        });
        if let Err(e) = self.store.save_review_answer(&record, change.as_ref(), now) {
            log::error!("cannot save the review answer: {e}");
        }
        let feedback = answer.feedback.clone();
        self.say(&feedback);
    }

    fn review_next(&mut self) {
        let Some(review) = self.lesson.review.as_mut() else { return };
        if !review.solved {
            return;
        }
        self.lesson.feedback = None;
        if review.index + 1 < review.items.len() {
            review.index += 1;
            review.attempts = 0;
            review.solved = false;
            self.announce();
        } else {
            self.lesson.review = None;
            self.home();
        }
    }

    /// Saves the (optional) name shown on the certificates.
    pub fn set_certificate_name(&mut self, name: &str) {
        let name = name.trim();
        let name = (!name.is_empty()).then(|| name.chars().take(settings::CONTACT_NAME_MAX_CHARS).collect::<String>());
        match self.store.set_certificate_name(name.as_deref()) {
            Ok(()) => self.lesson.certificate_name_saved = true,
            Err(e) => log::error!("cannot save the certificate name: {e}"),
        }
    }

    pub fn certificate_name_saved(&self) -> bool {
        self.lesson.certificate_name_saved
    }

    /// An answer to the current question.
    pub fn choose_answer(&mut self, index: usize) {
        if self.lesson.review.is_some() {
            return self.review_answer(index);
        }
        let Some(r) = self.lesson.runner.as_mut() else { return };
        let feedback = r.choose_answer(index);
        self.after_feedback(feedback, Vec::new());
    }

    /// A tap on the practice phone or its helper bar.
    pub fn tap_target(&mut self, target: &str) {
        let Some(r) = self.lesson.runner.as_mut() else { return };
        let feedback = r.tap_target(target);
        self.after_feedback(feedback, Vec::new());
    }

    /// A key of the practice phone's keypad (a digit, or "delete"): typing makes no sound.
    pub fn phone_key(&mut self, key: &str) {
        if let Some(r) = self.lesson.runner.as_mut() {
            r.key(key);
        }
    }

    /// The senior's move at a role-play turn: the feedback, then the caller's next line in the
    /// other voice, or the debrief once they hung up.
    pub fn call_choice(&mut self, action: Move) {
        let Some(r) = self.lesson.runner.as_mut() else { return };
        let before = r.call().map(|c| c.turn);
        let feedback = r.call_choice(action);
        let then = match (r.call(), r.role_play()) {
            (Some(call), Some(play)) if call.ended => vec![(play.debrief.clone(), Voice::Narrator)],
            (Some(call), _) if Some(call.turn) != before => vec![(call.line, Voice::Other)],
            _ => Vec::new(),
        };
        self.after_feedback(feedback, then);
    }

    /// Shows and says the feedback (then `then`, e.g. the caller's next line), saving the answer.
    fn after_feedback(&mut self, feedback: Feedback, then: Vec<(String, Voice)>) {
        let now = self.now();
        let Some(r) = self.lesson.runner.as_mut() else { return };
        let answer = r.take_answer();
        // A question answered wrongly comes back for review.
        let review = answer
            .as_ref()
            .filter(|a| !a.correct && matches!(r.step(), Step::Question { .. }))
            .map(|a| ReviewChange::Schedule(ReviewItem::after_mistake(&a.lesson_id, a.step, now)));
        self.lesson.feedback = match feedback {
            Feedback::Right { feedback } | Feedback::Neutral { feedback } => Some((feedback, false)),
            Feedback::Wrong { feedback } => Some((feedback, true)),
            Feedback::Ignored => return,
        };
        self.save_lesson(answer.as_ref(), review.as_ref());
        if let Some((id, _)) = self.lesson.feedback.clone() {
            let mut parts = vec![(id, Voice::Narrator)];
            parts.extend(then);
            self.say_all(&parts);
        }
    }

    /// "Next" (or "Finish" on the last step).
    pub fn lesson_next(&mut self) {
        if self.lesson.review.is_some() {
            return self.review_next();
        }
        let Some(r) = self.lesson.runner.as_mut() else { return };
        if !r.advance() {
            return;
        }
        self.lesson.feedback = None;
        self.save_lesson(None, None);
        let Some(r) = self.lesson.runner.as_ref() else { return };
        if r.state().completed {
            let lesson = r.lesson();
            let mut result = LessonResult {
                title_id: lesson.title.clone(),
                remember_id: lesson.remember.clone(),
                score: r.score(),
                certificate: false,
            };
            let track = lesson.track;
            self.lesson.runner = None;
            if self.tracks().into_iter().find(|t| t.track == track).is_some_and(|t| t.is_complete()) {
                match self.store.issue_certificate(track, None, self.now()) {
                    Ok(_) => result.certificate = true,
                    Err(e) => log::error!("cannot issue the certificate: {e}"),
                }
            }
            self.lesson.result = Some(result);
            self.nav.home();
            self.navigate(|nav| nav.open(ScreenId::Result));
        } else {
            self.announce();
        }
    }

    fn save_lesson(&mut self, answer: Option<&lessons::AnswerRecord>, review: Option<&ReviewChange>) {
        let now = self.now();
        let Some(r) = self.lesson.runner.as_ref() else { return };
        if let Err(e) = self.store.save_lesson_step(&r.lesson().id, r.state(), answer, review, now) {
            log::error!("cannot save lesson progress: {e}");
        }
    }
}
