//! The app controller: owns the store, the settings, the localizer, navigation and the speaker,
//! and applies every senior action to them. Plain Rust with no UI types; the `blue-vest`
//! package's adapters mirror its state into the Slint globals. `lesson` holds the lesson
//! runner's part, `attendance` the event and volunteer screens' part; `background` brings
//! results of other threads (sign-in, sync) back to the UI thread.

mod attendance;
mod background;
mod lesson;
mod packs;

use std::collections::BTreeSet;
use std::path::PathBuf;

use crate::i18n::{self, Localizer};
use crate::lessons::Lesson;
use crate::navigation::{Navigation, ScreenId};
use crate::settings::{self, Settings, SystemLook, TrustedContact};
use crate::store::{OpenNote, Store};
use crate::texts::Text;
use crate::voice::{Speaker, Utterance, Voice};

pub use attendance::{
    CheckInView, EVENT_CODE_DIGITS, EventView, RecordView, Status, SyncStatusView, TransportFactory,
    VolunteerEventView, VolunteerView, event_problem_text, record_state_text, spaced_event_code, sync_problem_text,
};
pub use background::{Background, BackgroundSender, Waker};
pub use lesson::{CertificateView, LessonResult, LessonView};
pub use packs::{PACKS_FOLDER, PackCard};

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
    /// What the phone's display settings ask for (Android's dark theme and contrast).
    pub system_look: SystemLook,
    /// The key lesson packs must be signed with; `None`: the campaign's, built in
    /// (`assets/pack-key.pub`). A test or staging server signs with its own.
    pub pack_key: Option<crate::packs::VerifyingKey>,
}

/// The outcome of the trusted-contact form, shown under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormStatus {
    pub text: Text,
    pub is_error: bool,
}

pub struct AppController {
    store: Store,
    lessons: Vec<Lesson>,
    lesson: lesson::LessonState,
    /// Added to the system clock: tests and screenshot scenes move time on to make reviews due.
    clock_offset: chrono::Duration,
    settings: Settings,
    localizer: Localizer,
    nav: Navigation,
    notice: Option<OpenNote>,
    speaker: Box<dyn Speaker>,
    contact_status: Option<FormStatus>,
    text_scale_override: Option<f32>,
    system_look: SystemLook,
    /// In the background (Android's onPause): nothing is said until the app is in front again.
    paused: bool,
    attendance: attendance::AttendanceState,
    /// The topics the senior opened on Home (by key), kept while the app runs.
    open_topics: BTreeSet<String>,
    packs: packs::PackState,
}

impl AppController {
    pub fn new(options: &AppOptions, speaker: Box<dyn Speaker>) -> Self {
        // Parsing the lessons (a few ms before the first frame) overlaps opening the store.
        let parsing = std::thread::Builder::new().name("lessons".into()).spawn(crate::lessons::parse_embedded_lessons);
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
        let (lessons, problems) =
            parsing.ok().and_then(|t| t.join().ok()).unwrap_or_else(crate::lessons::parse_embedded_lessons);
        for p in problems {
            log::error!("lesson content: {p}");
        }
        let mut controller = AppController {
            store,
            lessons,
            lesson: lesson::LessonState::default(),
            clock_offset: chrono::Duration::zero(),
            settings,
            localizer,
            nav: Navigation::default(),
            notice,
            speaker,
            contact_status: None,
            text_scale_override: options.text_scale.map(settings::clamp_text_scale),
            system_look: options.system_look,
            paused: false,
            attendance: attendance::AttendanceState::new(),
            open_topics: BTreeSet::new(),
            packs: packs::PackState::new(&options.data_dir, options.pack_key),
        };
        controller.load_packs();
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
                let name = self.localizer.text_in(&code, Text::LanguageName.id()).unwrap_or_else(|| code.clone());
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

    /// Whether the high-contrast theme is shown: the senior's choice, else the system's wish.
    pub fn high_contrast(&self) -> bool {
        settings::high_contrast(self.settings.high_contrast, self.system_look)
    }

    pub fn contact_status(&self) -> Option<FormStatus> {
        self.contact_status
    }

    /// A notice for Home (the store had to start fresh), if any.
    pub fn notice(&self) -> Option<Text> {
        self.notice.as_ref().map(OpenNote::text)
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

    /// The app's clock (the system's, moved on by `shift_clock`).
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        chrono::Utc::now() + self.clock_offset
    }

    /// Moves the app's clock on (tests, screenshot scenes): reviews fall due as days pass.
    pub fn shift_clock(&mut self, by: chrono::Duration) {
        self.clock_offset += by;
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

    /// The senior's own choice: it stands whatever the system asks for later.
    pub fn set_high_contrast(&mut self, on: bool) {
        self.settings.high_contrast = Some(on);
        self.persist();
    }

    /// The phone's display settings changed (Android: a configuration change).
    pub fn set_system_look(&mut self, look: SystemLook) {
        self.system_look = look;
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
                self.contact_status = Some(FormStatus { text: Text::ContactSaved, is_error: false });
                Ok(self.settings.trusted_contact.as_ref().expect("just set"))
            }
            Err(e) => {
                self.contact_status = Some(FormStatus { text: e.text(), is_error: true });
                Err(e)
            }
        }
    }

    pub fn remove_contact(&mut self) {
        self.settings.trusted_contact = None;
        self.persist();
        self.contact_status = Some(FormStatus { text: Text::ContactRemoved, is_error: false });
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

    /// The system's Back (Android's Back key or gesture): back one screen, as the on-screen
    /// Back does. On Home there is nowhere to go back to: returns false, and the system's own
    /// Back applies (it leaves the app).
    pub fn system_back(&mut self) -> bool {
        if !self.nav.can_go_back() {
            return false;
        }
        self.back();
        true
    }

    /// The app went to the background (Android's onPause): the voice stops now, and says
    /// nothing (a sign-in finishing meanwhile included) until the app is in front again.
    /// Nothing else needs saving: the store commits every change when it is made.
    pub fn pause(&mut self) {
        self.paused = true;
        self.speaker.stop();
    }

    /// The app is in front again (Android's onResume). The screen's prompt is not said again
    /// unasked: "Repeat" is one tap, and the next screen speaks as usual.
    pub fn resume(&mut self) {
        self.paused = false;
    }

    /// The "repeat" button: say this screen's prompt again.
    pub fn repeat_prompt(&mut self) {
        self.announce();
    }

    fn navigate(&mut self, change: impl FnOnce(&mut Navigation)) {
        let before = self.nav.current();
        change(&mut self.nav);
        if self.nav.current() == ScreenId::Home {
            // A pack that changed while its lesson was open, or whose last day passed.
            self.refresh_packs(false);
        }
        if self.nav.current() != before {
            self.contact_status = None;
            self.lesson.certificate_name_saved = false;
            self.announce();
        }
    }

    /// The Fluent id of what the current screen says first on entry (a lesson: its current
    /// step's prompt).
    pub fn prompt_id(&self) -> Option<String> {
        self.prompt().into_iter().next().map(|(id, _)| id)
    }

    /// What the current screen says on entry, in order, each with its voice: a practice says
    /// its instruction, then what the senior must judge in the other voice; a role-play its
    /// introduction, the caller and the caller's current line.
    pub fn prompt(&self) -> Vec<(String, Voice)> {
        let voice = |other: bool| if other { Voice::Other } else { Voice::Narrator };
        match self.nav.current() {
            ScreenId::Lesson | ScreenId::Review => {
                let Some(view) = self.lesson_view() else { return Vec::new() };
                let mut parts: Vec<(String, Voice)> =
                    view.step.spoken().into_iter().map(|(id, other)| (id.to_owned(), voice(other))).collect();
                if let Some(call) = view.call.filter(|c| !c.ended) {
                    parts.push((call.line, Voice::Other));
                }
                parts
            }
            // The finished lesson says what to remember.
            ScreenId::Result if self.lesson.result.is_some() => {
                self.lesson.result.iter().map(|r| (r.remember_id.clone(), Voice::Narrator)).collect()
            }
            // Checked in earlier: the voice says so rather than "you are checked in".
            ScreenId::CheckedIn if self.checked_in_before() => {
                vec![(Text::CheckedInAlready.id().to_owned(), Voice::Narrator)]
            }
            // Home says so when a lesson pack brought new lessons, and names them.
            ScreenId::Home => {
                let mut parts = vec![(ScreenId::Home.prompt_id().unwrap_or_default().to_owned(), Voice::Narrator)];
                let cards = self.new_packs();
                if !cards.is_empty() {
                    parts.push((Text::HomeNewThisWeek.id().to_owned(), Voice::Narrator));
                    let lessons = cards.iter().flat_map(|c| &c.lessons).filter(|l| !l.done);
                    parts.extend(lessons.map(|l| (l.title_id.clone(), Voice::Narrator)));
                }
                parts
            }
            other => other.prompt_id().map(|id| (id.to_owned(), Voice::Narrator)).into_iter().collect(),
        }
    }

    /// Speaks the current screen's prompt (interrupting the previous one).
    fn announce(&mut self) {
        let parts = self.prompt();
        if !parts.is_empty() {
            self.say_all(&parts);
        }
    }

    fn say(&mut self, id: &str) {
        self.say_all(&[(id.to_owned(), Voice::Narrator)]);
    }

    fn say_all(&mut self, parts: &[(String, Voice)]) {
        if !self.settings.voice_enabled || self.paused {
            return;
        }
        let utterances = parts
            .iter()
            .map(|(id, voice)| Utterance {
                message_id: id.clone(),
                locale: self.localizer.locale().to_owned(),
                text: self.localizer.text(id),
                rate: self.settings.speech_rate,
                voice: *voice,
            })
            .collect();
        self.speaker.speak_all(utterances);
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
    use crate::lessons::Step;
    use std::cell::RefCell;
    use std::rc::Rc;

    /// Records what it was asked to say.
    #[derive(Clone, Default)]
    struct Recorder(Rc<RefCell<Vec<String>>>);
    impl Speaker for Recorder {
        fn speak_all(&mut self, utterances: Vec<Utterance>) {
            for u in utterances {
                self.0.borrow_mut().push(format!("{}:{}", u.locale, u.message_id));
            }
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
    fn a_topic_on_home_opens_with_its_name_said_and_closes_again() {
        let dir = tempfile::tempdir().unwrap();
        let (mut c, rec) = controller(dir.path(), AppOptions::default());
        let groups: Vec<_> = c.tracks().iter().flat_map(crate::tracks::TrackSummary::groups).collect();
        let first = groups.first().expect("the bundled lessons have topics");
        let key = first.key();
        assert!(!c.topic_open(key), "topics start closed");
        c.toggle_topic(key);
        assert!(c.topic_open(key));
        assert_eq!(rec.0.borrow().last().map(String::as_str), Some(format!("zh-CN:{}", first.text_id()).as_str()));
        c.toggle_topic(key);
        assert!(!c.topic_open(key), "a second tap closes it");
        c.toggle_topic("no-such-topic");
        assert!(!c.topic_open("no-such-topic"), "an unknown key opens nothing");
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
    fn system_back_goes_back_one_screen_and_leaves_home_to_the_system() {
        let dir = tempfile::tempdir().unwrap();
        let (mut c, rec) = controller(dir.path(), AppOptions::default());
        assert!(!c.system_back(), "on Home the system's Back leaves the app");
        assert_eq!(c.screen(), ScreenId::Home);
        c.open(ScreenId::Settings);
        c.open(ScreenId::EventCode);
        assert!(c.system_back());
        assert_eq!(c.screen(), ScreenId::Settings);
        assert!(c.system_back());
        assert_eq!(c.screen(), ScreenId::Home);
        assert!(!c.system_back());
        assert_eq!(
            *rec.0.borrow(),
            [
                "zh-CN:prompt-home",
                "zh-CN:prompt-settings",
                "zh-CN:prompt-event-code",
                "zh-CN:prompt-settings",
                "zh-CN:prompt-home"
            ],
            "each Back announces the screen it returns to, as the on-screen Back does"
        );
    }

    #[test]
    fn pause_stops_the_voice_and_resume_does_not_repeat_the_prompt() {
        let dir = tempfile::tempdir().unwrap();
        let (mut c, rec) = controller(dir.path(), AppOptions::default());
        c.open(ScreenId::Settings);
        c.set_text_scale(1.4);
        rec.0.borrow_mut().clear();
        c.pause();
        assert_eq!(*rec.0.borrow(), ["stop"]);
        // Nothing is said in the background, even when the screen changes meanwhile.
        c.back();
        assert_eq!(*rec.0.borrow(), ["stop"]);
        c.resume();
        assert_eq!(*rec.0.borrow(), ["stop"], "resuming says nothing unasked");
        c.repeat_prompt();
        assert_eq!(*rec.0.borrow(), ["stop", "zh-CN:prompt-home"], "Repeat works at once");
        c.pause();
        // The system may end a paused app without another word: what was changed is on disk.
        std::mem::forget(c);
        let (c, _) = controller(dir.path(), AppOptions::default());
        assert_eq!(c.text_scale(), 1.4);
    }

    #[test]
    fn high_contrast_follows_the_system_until_the_senior_chooses() {
        let dir = tempfile::tempdir().unwrap();
        let dark = SystemLook { dark: true, contrast: None };
        let (mut c, _) = controller(dir.path(), AppOptions { system_look: dark, ..Default::default() });
        assert!(c.high_contrast(), "a dark phone starts in the dark, high-contrast theme");
        c.set_system_look(SystemLook::default());
        assert!(!c.high_contrast(), "and follows the phone when it changes");
        c.set_system_look(dark);
        c.set_high_contrast(false);
        assert!(!c.high_contrast(), "the senior turned it off");
        drop(c);
        let (c, _) = controller(dir.path(), AppOptions { system_look: dark, ..Default::default() });
        assert!(!c.high_contrast(), "the choice is kept over the system's wish");
        assert_eq!(c.settings().high_contrast, Some(false));
    }

    #[test]
    fn contact_errors_are_reported_and_nothing_is_saved() {
        let dir = tempfile::tempdir().unwrap();
        let (mut c, _) = controller(dir.path(), AppOptions::default());
        assert!(c.save_contact("Ann", "abc").is_err());
        assert_eq!(c.contact_status(), Some(FormStatus { text: Text::ContactPhoneInvalid, is_error: true }));
        assert_eq!(c.settings().trusted_contact, None);
        c.save_contact("Ann", "138 0013 8000").unwrap();
        assert_eq!(c.contact_status().unwrap().text, Text::ContactSaved);
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
            if let Step::Practice(p) = &view.step {
                let safe = p.correct_targets().next().unwrap().target.clone();
                c.tap_target(&safe);
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
