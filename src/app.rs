//! The app controller: owns the store, the settings, the localizer, navigation and the speaker,
//! and applies every senior action to them. Plain Rust with no Slint types; `ui` mirrors its
//! state into the Slint globals.

use std::path::PathBuf;

use crate::i18n::{self, Localizer};
use crate::navigation::{Navigation, ScreenId};
use crate::settings::{self, Settings, TrustedContact};
use crate::store::{OpenNote, Store};
use crate::tracks::{self, TrackSummary};
use crate::voice::{Speaker, Utterance};

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

pub struct AppController {
    store: Store,
    settings: Settings,
    localizer: Localizer,
    nav: Navigation,
    notice: Option<OpenNote>,
    speaker: Box<dyn Speaker>,
    contact_status: Option<FormStatus>,
    text_scale_override: Option<f32>,
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
        let mut controller = AppController {
            store,
            settings,
            localizer,
            nav: Navigation::default(),
            notice,
            speaker,
            contact_status: None,
            text_scale_override: options.text_scale.map(settings::clamp_text_scale),
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

    /// Whether "Continue" has a lesson to resume. Lessons arrive with the lessons issue; until
    /// a lesson can be started none is in progress.
    pub fn can_continue(&self) -> bool {
        false
    }

    pub fn tracks(&self) -> Vec<TrackSummary> {
        tracks::summaries(|_| (0, 0))
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
        self.navigate(|nav| nav.open(screen));
    }

    pub fn back(&mut self) {
        self.navigate(Navigation::back);
    }

    pub fn home(&mut self) {
        self.navigate(Navigation::home);
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
            self.announce();
        }
    }

    /// Speaks the current screen's prompt (interrupting the previous one).
    fn announce(&mut self) {
        if !self.settings.voice_enabled {
            return;
        }
        let id = self.nav.current().prompt_id();
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
}
