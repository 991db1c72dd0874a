//! The Slint side: the compiled UI, and the adapter that mirrors `AppController` into the UI's
//! globals and forwards taps back. Views hold no business logic; the controller holds no Slint.

mod generated {
    slint::include_modules!();
}

use std::cell::{Ref, RefCell};
use std::rc::Rc;

use slint::{ComponentHandle, ModelRc, SharedString, VecModel};

pub use generated::*;

use crate::app::{AppController, AppOptions};
use crate::navigation::ScreenId;
use crate::voice::{NoVoice, Speaker};

/// The running app: the window and its controller.
pub struct App {
    window: AppWindow,
    controller: Rc<RefCell<AppController>>,
}

impl App {
    /// Opens the store in `options.data_dir` and builds the UI (not yet shown).
    pub fn new(options: &AppOptions) -> Result<App, slint::PlatformError> {
        Self::with_speaker(options, Box::new(NoVoice))
    }

    pub fn with_speaker(options: &AppOptions, speaker: Box<dyn Speaker>) -> Result<App, slint::PlatformError> {
        let controller = Rc::new(RefCell::new(AppController::new(options, speaker)));
        let window = AppWindow::new()?;
        connect(&window, &controller);
        push_all(&window, &controller.borrow());
        Ok(App { window, controller })
    }

    pub fn window(&self) -> &AppWindow {
        &self.window
    }

    pub fn controller(&self) -> Ref<'_, AppController> {
        self.controller.borrow()
    }

    /// Translated text in the app's current language.
    pub fn tr(&self, id: &str) -> String {
        self.controller.borrow().tr(id)
    }

    /// Shows `screen` as if the senior had navigated there.
    pub fn open(&self, screen: ScreenId) {
        self.controller.borrow_mut().open(screen);
        push_all(&self.window, &self.controller.borrow());
    }

    pub fn run(&self) -> Result<(), slint::PlatformError> {
        self.window.run()
    }
}

fn to_ui_screen(screen: ScreenId) -> Screen {
    match screen {
        ScreenId::Home => Screen::Home,
        ScreenId::Settings => Screen::Settings,
    }
}

fn from_ui_screen(screen: Screen) -> ScreenId {
    match screen {
        Screen::Home => ScreenId::Home,
        Screen::Settings => ScreenId::Settings,
    }
}

/// Copies the controller's whole state into the globals. Cheap: a few dozen properties.
fn push_all(window: &AppWindow, c: &AppController) {
    let theme = window.global::<Theme>();
    theme.set_text_scale(c.text_scale());
    theme.set_high_contrast(c.settings().high_contrast);

    let nav = window.global::<NavAdapter>();
    nav.set_screen(to_ui_screen(c.screen()));
    nav.set_can_go_back(c.can_go_back());

    let voice = window.global::<VoiceAdapter>();
    voice.set_enabled(c.settings().voice_enabled);
    voice.set_available(c.voice_available());

    let home = window.global::<HomeAdapter>();
    let tracks: Vec<TrackItem> = c
        .tracks()
        .into_iter()
        .map(|t| TrackItem {
            id: t.id.into(),
            title_id: t.title_id.into(),
            lesson_count: t.lesson_count as i32,
            completed_count: t.completed_count as i32,
        })
        .collect();
    home.set_tracks(ModelRc::new(VecModel::from(tracks)));
    home.set_can_continue(c.can_continue());
    home.set_notice_id(c.notice_id().unwrap_or_default().into());

    let s = window.global::<SettingsAdapter>();
    s.set_text_scale(c.text_scale());
    s.set_text_scale_min(crate::settings::TEXT_SCALE_MIN);
    s.set_text_scale_max(crate::settings::TEXT_SCALE_MAX);
    s.set_speech_rate(c.settings().speech_rate);
    s.set_speech_rate_min(crate::settings::SPEECH_RATE_MIN);
    s.set_speech_rate_max(crate::settings::SPEECH_RATE_MAX);
    if s.get_locale() != c.locale() {
        // A new language: every label re-reads Fluent.
        let tr = window.global::<Tr>();
        tr.set_revision(tr.get_revision() + 1);
        s.set_locale(c.locale().into());
    }
    let languages: Vec<LanguageItem> =
        c.languages().into_iter().map(|(code, name)| LanguageItem { code: code.into(), name: name.into() }).collect();
    s.set_languages(ModelRc::new(VecModel::from(languages)));
    s.set_high_contrast(c.settings().high_contrast);
    s.set_voice_enabled(c.settings().voice_enabled);
    s.set_has_contact(c.settings().trusted_contact.is_some());
    let status = c.contact_status();
    s.set_contact_status_id(status.map(|st| st.message_id).unwrap_or_default().into());
    s.set_contact_status_is_error(status.is_some_and(|st| st.is_error));
}

/// The contact fields show what is stored (after loading, saving or removing), not mid-typing.
fn push_contact_fields(window: &AppWindow, c: &AppController) {
    let s = window.global::<SettingsAdapter>();
    let (name, phone) =
        c.settings().trusted_contact.as_ref().map(|t| (t.name.as_str(), t.phone.as_str())).unwrap_or_default();
    s.set_contact_name(name.into());
    s.set_contact_phone(phone.into());
}

/// A callback handler that applies `action` to the controller, then mirrors the new state into
/// the UI. The controller is borrowed mutably only inside `action`.
fn handler<A: 'static>(
    window: &AppWindow,
    controller: &Rc<RefCell<AppController>>,
    action: impl Fn(&mut AppController, &AppWindow, A) + 'static,
) -> impl Fn(A) + 'static {
    let weak = window.as_weak();
    let controller = Rc::downgrade(controller);
    move |arg| {
        let (Some(window), Some(controller)) = (weak.upgrade(), controller.upgrade()) else { return };
        action(&mut controller.borrow_mut(), &window, arg);
        push_all(&window, &controller.borrow());
    }
}

fn connect(window: &AppWindow, controller: &Rc<RefCell<AppController>>) {
    push_contact_fields(window, &controller.borrow());

    let tr = window.global::<Tr>();
    let c = Rc::downgrade(controller);
    tr.on_lookup(move |_revision, id| c.upgrade().map(|c| SharedString::from(c.borrow().tr(&id))).unwrap_or_default());
    let c = Rc::downgrade(controller);
    tr.on_lookup_count(move |_revision, id, n, total| {
        c.upgrade().map(|c| SharedString::from(c.borrow().tr_count(&id, n.into(), total.into()))).unwrap_or_default()
    });

    let nav = window.global::<NavAdapter>();
    nav.on_open(handler(window, controller, |c, _, screen| c.open(from_ui_screen(screen))));
    let back = handler(window, controller, |c, _, ()| c.back());
    nav.on_back(move || back(()));
    let home = handler(window, controller, |c, _, ()| c.home());
    nav.on_home(move || home(()));
    let repeat = handler(window, controller, |c, _, ()| c.repeat_prompt());
    window.global::<VoiceAdapter>().on_repeat(move || repeat(()));

    let s = window.global::<SettingsAdapter>();
    s.on_text_scale_changed(handler(window, controller, |c, _, v| c.set_text_scale(v)));
    s.on_locale_chosen(handler(window, controller, |c, _, code: SharedString| {
        c.set_locale(&code);
    }));
    s.on_high_contrast_changed(handler(window, controller, |c, _, on| c.set_high_contrast(on)));
    s.on_voice_changed(handler(window, controller, |c, _, on| c.set_voice_enabled(on)));
    s.on_speech_rate_changed(handler(window, controller, |c, _, v| c.set_speech_rate(v)));
    let save = handler(window, controller, |c, window, (name, phone): (SharedString, SharedString)| {
        if c.save_contact(&name, &phone).is_ok() {
            push_contact_fields(window, c);
        }
    });
    s.on_save_contact(move |name, phone| save((name, phone)));
    let remove = handler(window, controller, |c, window, ()| {
        c.remove_contact();
        push_contact_fields(window, c);
    });
    s.on_remove_contact(move || remove(()));
}
