//! The app controller: owns the store, the settings, the localizer, navigation and the speaker,
//! and applies every senior action to them. Plain Rust with no Slint types; `ui` mirrors its
//! state into the Slint globals. `attendance` holds the event and volunteer screens' part;
//! `background` brings results of other threads (sign-in, sync) back to the UI thread.

mod attendance;
mod background;

use std::path::PathBuf;

use crate::i18n::{self, Localizer};
use crate::lessons::{self, Feedback, Hint, Lesson, LessonRunner, ReviewItem, RunState, Score, Step};
use crate::navigation::{Navigation, ScreenId};
use crate::settings::{self, Settings, TrustedContact};
use crate::store::{OpenNote, ReviewChange, Store};
use crate::tracks::{self, TrackSummary};
use crate::voice::{Speaker, Utterance};

pub use attendance::{
    CheckInView, EVENT_CODE_DIGITS, EventView, RecordView, Status, SyncStatusView, TransportFactory,
    VolunteerEventView, VolunteerView, message_ids as attendance_message_ids, record_state_id, spaced_event_code,
    sync_problem_id,
};
pub use background::{Background, BackgroundSender, Waker};

/// How the app is started: where its data lives and what the command line overrides.
#[derive(Debug, Clone, Default)]
pub struct AppOptions {
    pub data_dir: PathBuf,
    /// Overrides the stored language for this run (until the senior picks one in Settings).
    pub locale: Option<String>,
    /// Overrides the stored text size for this run (until the senior changes it).
    pub text_scale: Option<f32>,
    /// The platform's locale tag (LANG on the desktop, the configuration on Android).
    pub system_locale: Option<String>,
}

/// The outcome of the trusted-contact form, shown under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormStatus {
    pub message_id: &'static str,
    pub is_error: bool,
}

/// The lesson screen's state, for the UI (a lesson, or the review of mistakes).
#[derive(Debug, Clone, PartialEq)]
pub struct LessonView {
    pub title_id: String,
    /// "Step N of M" or "Question N of M".
    pub progress_id: &'static str,
    pub step: Step,
    /// 1-based step number and the number of steps.
    pub position: (usize, usize),
    pub hint: Option<Hint>,
    /// The Fluent id of the last feedback, and whether it was a mistake.
    pub feedback: Option<(String, bool)>,
    pub can_advance: bool,
    pub is_last: bool,
    /// The settings practice screen's sample text size (grows with "larger").
    pub sample_scale: f32,
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
    pub track_title_id: &'static str,
    /// The day it was issued, `YYYY-MM-DD`.
    pub date: String,
    pub name: Option<String>,
    pub lesson_title_ids: Vec<String>,
}

/// Questions answered wrongly before, asked again one by one.
#[derive(Debug, Clone)]
struct ReviewSession {
    items: Vec<(ReviewItem, Step)>,
    index: usize,
    attempts: u32,
    solved: bool,
}

pub struct AppController {
    store: Store,
    lessons: Vec<Lesson>,
    runner: Option<LessonRunner>,
    review: Option<ReviewSession>,
    certificate_name_saved: bool,
    /// Added to the system clock: tests and screenshot scenes move time on to make reviews due.
    clock_offset: chrono::Duration,
    feedback: Option<(String, bool)>,
    sample_scale: f32,
    result: Option<LessonResult>,
    settings: Settings,
    localizer: Localizer,
    nav: Navigation,
    notice: Option<OpenNote>,
    speaker: Box<dyn Speaker>,
    contact_status: Option<FormStatus>,
    text_scale_override: Option<f32>,
    attendance: attendance::AttendanceState,
}

impl AppController {
    pub fn new(options: &AppOptions, speaker: Box<dyn Speaker>) -> Self {
        let (store, notice) = Store::open_or_recover(&options.data_dir);
        let settings = store.load_settings().unwrap_or_else(|e| {
            log::error!("cannot read settings, using defaults: {e}");
            Settings::default()
        });
        let mut localizer = Localizer::embedded();
        let available = localizer.available();
        let locale = options
            .locale
            .as_deref()
            .and_then(|l| i18n::match_locale(l, &available))
            .or_else(|| settings.locale.clone().filter(|l| available.contains(l)))
            .or_else(|| options.system_locale.as_deref().and_then(|l| i18n::match_locale(l, &available)))
            .unwrap_or_else(|| i18n::DEFAULT_LOCALE.to_owned());
        localizer.set_locale(&locale);
        // A lesson with problems is left out (and logged), never shown half-made.
        let (lessons, problems) = lessons::embedded_lessons(&localizer);
        for p in problems {
            log::error!("lesson content: {p}");
        }
        let mut controller = AppController {
            store,
            lessons,
            runner: None,
            review: None,
            certificate_name_saved: false,
            clock_offset: chrono::Duration::zero(),
            feedback: None,
            sample_scale: 1.0,
            result: None,
            settings,
            localizer,
            nav: Navigation::default(),
            notice,
            speaker,
            contact_status: None,
            text_scale_override: options.text_scale.map(settings::clamp_text_scale),
            attendance: attendance::AttendanceState::new(),
        };
        controller.announce();
        controller
    }

    // --- state for the UI ---

    pub fn tr(&self, id: &str) -> String {
        self.localizer.text(id)
    }

    pub fn tr_count(&self, id: &str, n: i64, total: i64) -> String {
        self.localizer.text_count(id, n, total)
    }

    pub fn tr_value(&self, id: &str, value: &str) -> String {
        self.localizer.text_value(id, value)
    }

    pub fn localizer(&self) -> &Localizer {
        &self.localizer
    }

    pub fn locale(&self) -> &str {
        self.localizer.locale()
    }

    /// `(code, the language's own name)` for every available locale.
    pub fn languages(&self) -> Vec<(String, String)> {
        self.localizer
            .available()
            .into_iter()
            .map(|code| {
                let name = self.localizer.text_in(&code, "language-name").unwrap_or_else(|| code.clone());
                (code, name)
            })
            .collect()
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn text_scale(&self) -> f32 {
        self.text_scale_override.unwrap_or(self.settings.text_scale)
    }

    pub fn contact_status(&self) -> Option<FormStatus> {
        self.contact_status
    }

    /// The Fluent id of a notice for Home (the store had to start fresh), if any.
    pub fn notice_id(&self) -> Option<&'static str> {
        self.notice.as_ref().map(OpenNote::message_id)
    }

    pub fn open_note(&self) -> Option<&OpenNote> {
        self.notice.as_ref()
    }

    pub fn screen(&self) -> ScreenId {
        self.nav.current()
    }

    pub fn can_go_back(&self) -> bool {
        self.nav.can_go_back()
    }

    /// Whether "Continue" has a lesson to resume.
    pub fn can_continue(&self) -> bool {
        self.resume_lesson_id().is_some()
    }

    fn resume_lesson_id(&self) -> Option<String> {
        let point = self.store.resume_point().ok().flatten()?;
        self.lessons.iter().any(|l| l.id == point.lesson_id).then_some(point.lesson_id)
    }

    pub fn tracks(&self) -> Vec<TrackSummary> {
        let progress = self.store.all_progress().unwrap_or_else(|e| {
            log::error!("cannot read lesson progress: {e}");
            Vec::new()
        });
        tracks::summaries(&self.lessons, &progress)
    }

    pub fn lessons(&self) -> &[Lesson] {
        &self.lessons
    }

    /// The lesson screen's state, when a lesson or the review is open.
    pub fn lesson_view(&self) -> Option<LessonView> {
        if let Some(review) = &self.review {
            let (_, step) = &review.items[review.index];
            let hint = match step {
                Step::Question { answers, .. } if review.attempts >= 2 && !review.solved => {
                    answers.iter().position(|a| a.correct).map(Hint::Answer)
                }
                _ => None,
            };
            return Some(LessonView {
                title_id: "review-title".into(),
                progress_id: "review-step",
                step: step.clone(),
                position: (review.index + 1, review.items.len()),
                hint,
                feedback: self.feedback.clone(),
                can_advance: review.solved,
                is_last: review.index + 1 == review.items.len(),
                sample_scale: 1.0,
            });
        }
        let r = self.runner.as_ref()?;
        let (n, total) = r.position();
        Some(LessonView {
            title_id: r.lesson().title.clone(),
            progress_id: "lesson-step",
            step: r.step().clone(),
            position: (n, total),
            hint: r.hint(),
            feedback: self.feedback.clone(),
            can_advance: r.can_advance(),
            is_last: n == total,
            sample_scale: self.sample_scale,
        })
    }

    pub fn lesson_result(&self) -> Option<&LessonResult> {
        self.result.as_ref()
    }

    /// The app's clock (the system's, moved on by `shift_clock`).
    pub(crate) fn now(&self) -> chrono::DateTime<chrono::Utc> {
        chrono::Utc::now() + self.clock_offset
    }

    /// Moves the app's clock on (tests, screenshot scenes): reviews fall due as days pass.
    pub fn shift_clock(&mut self, by: chrono::Duration) {
        self.clock_offset += by;
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
                let lesson = self.lessons.iter().find(|l| l.id == item.lesson_id)?;
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
                track_title_id: tracks::title_id(c.track),
                date: c.issued_at.with_timezone(&chrono::Local).format("%Y-%m-%d").to_string(),
                name: c.name,
                lesson_title_ids: self.lessons.iter().filter(|l| l.track == c.track).map(|l| l.title.clone()).collect(),
            })
            .collect()
    }

    pub fn voice_available(&self) -> bool {
        self.speaker.available()
    }

    pub fn learner_id(&self) -> Option<String> {
        self.store.learner_id().ok()
    }

    // --- senior actions ---

    pub fn set_text_scale(&mut self, value: f32) {
        self.text_scale_override = None;
        self.settings.text_scale = settings::clamp_text_scale(value);
        self.persist();
    }

    /// Switches the language if it is available; returns whether it changed.
    pub fn set_locale(&mut self, code: &str) -> bool {
        let changed = self.localizer.locale() != code && self.localizer.set_locale(code);
        if self.localizer.locale() == code {
            self.settings.locale = Some(code.to_owned());
            self.persist();
        }
        if changed {
            self.announce();
        }
        changed
    }

    pub fn set_high_contrast(&mut self, on: bool) {
        self.settings.high_contrast = on;
        self.persist();
    }

    pub fn set_voice_enabled(&mut self, on: bool) {
        self.settings.voice_enabled = on;
        self.persist();
        if on {
            self.announce();
        } else {
            self.speaker.stop();
        }
    }

    pub fn set_speech_rate(&mut self, value: f32) {
        self.settings.speech_rate = settings::clamp_speech_rate(value);
        self.persist();
        // Heard at once, at the new speed.
        self.announce();
    }

    /// Validates and saves the trusted contact; the outcome is in `contact_status`.
    pub fn save_contact(&mut self, name: &str, phone: &str) -> Result<&TrustedContact, settings::ContactError> {
        match TrustedContact::new(name, phone) {
            Ok(contact) => {
                self.settings.trusted_contact = Some(contact);
                self.persist();
                self.contact_status = Some(FormStatus { message_id: "contact-saved", is_error: false });
                Ok(self.settings.trusted_contact.as_ref().expect("just set"))
            }
            Err(e) => {
                self.contact_status = Some(FormStatus { message_id: e.message_id(), is_error: true });
                Err(e)
            }
        }
    }

    pub fn remove_contact(&mut self) {
        self.settings.trusted_contact = None;
        self.persist();
        self.contact_status = Some(FormStatus { message_id: "contact-removed", is_error: false });
    }

    pub fn open(&mut self, screen: ScreenId) {
        let screen = self.attendance_redirect(screen);
        self.attendance_on_open(screen);
        self.navigate(|nav| nav.open(screen));
    }

    pub fn back(&mut self) {
        self.navigate(Navigation::back);
    }

    pub fn home(&mut self) {
        self.navigate(Navigation::home);
    }

    /// Opens a lesson at the step where the senior left it (a finished one starts again).
    pub fn open_lesson(&mut self, id: &str) -> bool {
        let Some(lesson) = self.lessons.iter().find(|l| l.id == id).cloned() else {
            log::warn!("no lesson {id:?}");
            return false;
        };
        let state = match self.store.lesson_progress(id) {
            Ok(Some(p)) if !p.state.completed => p.state,
            Ok(_) => RunState::default(),
            Err(e) => {
                log::error!("cannot read progress of {id}: {e}");
                RunState::default()
            }
        };
        self.runner = Some(LessonRunner::resume(lesson, state));
        // Leaving the review half-way and opening a lesson ends the review.
        self.review = None;
        self.feedback = None;
        self.sample_scale = 1.0;
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
        self.runner = None;
        self.feedback = None;
        self.review = Some(ReviewSession { items, index: 0, attempts: 0, solved: false });
        self.nav.home();
        self.navigate(|nav| nav.open(ScreenId::Review));
        true
    }

    fn review_answer(&mut self, index: usize) {
        let now = self.now();
        let Some(review) = self.review.as_mut() else { return };
        let (item, step) = &review.items[review.index];
        let Step::Question { answers, .. } = step else { return };
        let Some(answer) = answers.get(index) else { return };
        if review.solved {
            return;
        }
        let first = review.attempts == 0;
        review.attempts += 1;
        review.solved = answer.correct;
        self.feedback = Some((answer.feedback.clone(), !answer.correct));
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
        let Some(review) = self.review.as_mut() else { return };
        if !review.solved {
            return;
        }
        self.feedback = None;
        if review.index + 1 < review.items.len() {
            review.index += 1;
            review.attempts = 0;
            review.solved = false;
            self.announce();
        } else {
            self.review = None;
            self.home();
        }
    }

    /// Saves the (optional) name shown on the certificates.
    pub fn set_certificate_name(&mut self, name: &str) {
        let name = name.trim();
        let name = (!name.is_empty()).then(|| name.chars().take(settings::CONTACT_NAME_MAX_CHARS).collect::<String>());
        match self.store.set_certificate_name(name.as_deref()) {
            Ok(()) => self.certificate_name_saved = true,
            Err(e) => log::error!("cannot save the certificate name: {e}"),
        }
    }

    pub fn certificate_name_saved(&self) -> bool {
        self.certificate_name_saved
    }

    /// An answer to the current question.
    pub fn choose_answer(&mut self, index: usize) {
        if self.review.is_some() {
            return self.review_answer(index);
        }
        let Some(r) = self.runner.as_mut() else { return };
        let feedback = r.choose_answer(index);
        self.after_feedback(feedback);
    }

    /// A tap on the practice phone.
    pub fn tap_target(&mut self, target: &str) {
        let Some(r) = self.runner.as_mut() else { return };
        let is_settings = matches!(r.step(), Step::Simulated { screen: lessons::ScreenKind::Settings, .. });
        let feedback = r.tap_target(target);
        if is_settings && feedback != Feedback::Ignored {
            // The practice slider really changes the sample text.
            let change = match target {
                "larger" => 0.25,
                "smaller" => -0.25,
                _ => 0.0,
            };
            self.sample_scale = (self.sample_scale + change).clamp(0.75, 2.0);
        }
        self.after_feedback(feedback);
    }

    fn after_feedback(&mut self, feedback: Feedback) {
        let now = self.now();
        let Some(r) = self.runner.as_mut() else { return };
        let answer = r.take_answer();
        // A question answered wrongly comes back for review.
        let review = answer
            .as_ref()
            .filter(|a| !a.correct && matches!(r.step(), Step::Question { .. }))
            .map(|a| ReviewChange::Schedule(ReviewItem::after_mistake(&a.lesson_id, a.step, now)));
        self.feedback = match feedback {
            Feedback::Right { feedback } | Feedback::Neutral { feedback } => Some((feedback, false)),
            Feedback::Wrong { feedback } => Some((feedback, true)),
            Feedback::Ignored => return,
        };
        self.save_lesson(answer.as_ref(), review.as_ref());
        if let Some((id, _)) = self.feedback.clone() {
            self.say(&id);
        }
    }

    /// "Next" (or "Finish" on the last step).
    pub fn lesson_next(&mut self) {
        if self.review.is_some() {
            return self.review_next();
        }
        let Some(r) = self.runner.as_mut() else { return };
        if !r.next() {
            return;
        }
        self.feedback = None;
        self.sample_scale = 1.0;
        self.save_lesson(None, None);
        let Some(r) = self.runner.as_ref() else { return };
        if r.state().completed {
            let lesson = r.lesson();
            let mut result = LessonResult {
                title_id: lesson.title.clone(),
                remember_id: lesson.remember.clone(),
                score: r.score(),
                certificate: false,
            };
            let track = lesson.track;
            self.runner = None;
            if self.tracks().into_iter().find(|t| t.track == track).is_some_and(|t| t.is_complete()) {
                match self.store.issue_certificate(track, None, self.now()) {
                    Ok(_) => result.certificate = true,
                    Err(e) => log::error!("cannot issue the certificate: {e}"),
                }
            }
            self.result = Some(result);
            self.nav.home();
            self.navigate(|nav| nav.open(ScreenId::Result));
        } else {
            self.announce();
        }
    }

    fn save_lesson(&mut self, answer: Option<&lessons::AnswerRecord>, review: Option<&ReviewChange>) {
        let now = self.now();
        let Some(r) = self.runner.as_ref() else { return };
        if let Err(e) = self.store.save_lesson_step(&r.lesson().id, r.state(), answer, review, now) {
            log::error!("cannot save lesson progress: {e}");
        }
    }

    /// The "repeat" button: say this screen's prompt again.
    pub fn repeat_prompt(&mut self) {
        self.announce();
    }

    fn navigate(&mut self, change: impl FnOnce(&mut Navigation)) {
        let before = self.nav.current();
        change(&mut self.nav);
        if self.nav.current() != before {
            self.contact_status = None;
            self.certificate_name_saved = false;
            self.announce();
        }
    }

    /// The Fluent id of what the current screen says on entry (a lesson: its current step).
    pub fn prompt_id(&self) -> Option<String> {
        match self.nav.current() {
            ScreenId::Lesson | ScreenId::Review => self.lesson_view().map(|v| v.step.prompt_id().to_owned()),
            // The finished lesson says what to remember.
            ScreenId::Result if self.result.is_some() => self.result.as_ref().map(|r| r.remember_id.clone()),
            // Checked in earlier: the voice says so rather than "you are checked in".
            ScreenId::CheckedIn if self.checked_in_before() => Some("checked-in-already".to_owned()),
            other => other.prompt_id().map(str::to_owned),
        }
    }

    /// Speaks the current screen's prompt (interrupting the previous one).
    fn announce(&mut self) {
        if let Some(id) = self.prompt_id() {
            self.say(&id);
        }
    }

    fn say(&mut self, id: &str) {
        if !self.settings.voice_enabled {
            return;
        }
        self.speaker.speak(Utterance {
            message_id: id.to_owned(),
            locale: self.localizer.locale().to_owned(),
            text: self.localizer.text(id),
            rate: self.settings.speech_rate,
        });
    }

    fn persist(&mut self) {
        if let Err(e) = self.store.save_settings(&self.settings) {
            // The change still applies for this session; the log says why it was not kept.
            log::error!("cannot save settings: {e}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;
    use std::rc::Rc;

    /// Records what it was asked to say.
    #[derive(Clone, Default)]
    struct Recorder(Rc<RefCell<Vec<String>>>);
    impl Speaker for Recorder {
        fn speak(&mut self, u: Utterance) {
            self.0.borrow_mut().push(format!("{}:{}", u.locale, u.message_id));
        }
        fn stop(&mut self) {
            self.0.borrow_mut().push("stop".into());
        }
        fn available(&self) -> bool {
            true
        }
    }

    fn controller(dir: &std::path::Path, options: AppOptions) -> (AppController, Recorder) {
        let rec = Recorder::default();
        let options = AppOptions { data_dir: dir.to_owned(), ..options };
        (AppController::new(&options, Box::new(rec.clone())), rec)
    }

    #[test]
    fn locale_comes_from_option_then_setting_then_system_then_chinese() {
        let dir = tempfile::tempdir().unwrap();
        let (c, _) = controller(dir.path(), AppOptions::default());
        assert_eq!(c.locale(), "zh-CN");
        let (c, _) =
            controller(dir.path(), AppOptions { system_locale: Some("en_GB.UTF-8".into()), ..Default::default() });
        assert_eq!(c.locale(), "en-US");
        let (mut c, _) = controller(dir.path(), AppOptions::default());
        c.set_locale("en-US");
        drop(c);
        let (c, _) = controller(dir.path(), AppOptions { system_locale: Some("zh_CN".into()), ..Default::default() });
        assert_eq!(c.locale(), "en-US", "the stored choice beats the system");
        let (c, _) = controller(dir.path(), AppOptions { locale: Some("zh-CN".into()), ..Default::default() });
        assert_eq!(c.locale(), "zh-CN", "the command line beats the stored choice");
    }

    #[test]
    fn text_scale_override_applies_until_changed() {
        let dir = tempfile::tempdir().unwrap();
        let (mut c, _) = controller(dir.path(), AppOptions { text_scale: Some(1.5), ..Default::default() });
        assert_eq!(c.text_scale(), 1.5);
        assert_eq!(c.settings().text_scale, 1.0, "an override is not stored");
        c.set_text_scale(1.8);
        assert_eq!(c.text_scale(), 1.8);
        drop(c);
        let (c, _) = controller(dir.path(), AppOptions::default());
        assert_eq!(c.text_scale(), 1.8);
    }

    #[test]
    fn each_screen_announces_its_prompt_and_repeat_says_it_again() {
        let dir = tempfile::tempdir().unwrap();
        let (mut c, rec) = controller(dir.path(), AppOptions::default());
        c.open(ScreenId::Settings);
        c.repeat_prompt();
        c.back();
        c.set_voice_enabled(false);
        c.repeat_prompt();
        assert_eq!(
            *rec.0.borrow(),
            ["zh-CN:prompt-home", "zh-CN:prompt-settings", "zh-CN:prompt-settings", "zh-CN:prompt-home", "stop"]
        );
    }

    #[test]
    fn contact_errors_are_reported_and_nothing_is_saved() {
        let dir = tempfile::tempdir().unwrap();
        let (mut c, _) = controller(dir.path(), AppOptions::default());
        assert!(c.save_contact("Ann", "abc").is_err());
        assert_eq!(c.contact_status(), Some(FormStatus { message_id: "contact-error-phone-invalid", is_error: true }));
        assert_eq!(c.settings().trusted_contact, None);
        c.save_contact("Ann", "138 0013 8000").unwrap();
        assert_eq!(c.contact_status().unwrap().message_id, "contact-saved");
        drop(c);
        let (mut c, _) = controller(dir.path(), AppOptions::default());
        assert_eq!(c.settings().trusted_contact.as_ref().unwrap().phone, "13800138000");
        c.remove_contact();
        assert_eq!(c.settings().trusted_contact, None);
    }

    #[test]
    fn languages_are_named_in_their_own_language() {
        let dir = tempfile::tempdir().unwrap();
        let (c, _) = controller(dir.path(), AppOptions::default());
        assert_eq!(
            c.languages(),
            vec![("en-US".to_owned(), "English".to_owned()), ("zh-CN".to_owned(), "中文（简体）".to_owned())]
        );
    }

    #[test]
    fn opening_a_lesson_after_leaving_the_review_shows_the_lesson() {
        let dir = tempfile::tempdir().unwrap();
        let (mut c, _) = controller(dir.path(), AppOptions::default());
        let lesson = c.lessons()[0].clone();
        c.open_lesson(&lesson.id);
        while let Some(view) = c.lesson_view().filter(|v| !matches!(v.step, Step::Question { .. })) {
            if let Step::Simulated { targets, .. } = &view.step {
                let safe = targets.iter().find(|t| t.role == lessons::Role::Correct).unwrap();
                c.tap_target(&safe.target.clone());
            }
            c.lesson_next();
        }
        let Step::Question { answers, .. } = c.lesson_view().unwrap().step else { unreachable!() };
        c.choose_answer(answers.iter().position(|a| !a.correct).unwrap());
        c.shift_clock(chrono::Duration::days(1));
        assert!(c.start_review());
        assert_eq!(c.lesson_view().unwrap().title_id, "review-title");
        c.home();
        c.open_lesson(&lesson.id);
        assert_eq!(c.lesson_view().unwrap().title_id, lesson.title);
    }
}
