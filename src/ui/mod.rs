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
use crate::lessons::{Hint, Step};
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

    /// Moves the app's clock on (tests and demos: reviews fall due as days pass).
    pub fn shift_clock(&self, by: chrono::Duration) {
        self.controller.borrow_mut().shift_clock(by);
        push_all(&self.window, &self.controller.borrow());
    }

    /// Puts the app into a named screenshot scene (see `desktop::scenes`).
    #[cfg(not(target_os = "android"))]
    pub fn enter_scene(&self, name: &str) -> bool {
        let entered = crate::desktop::scenes::enter(&mut self.controller.borrow_mut(), name);
        push_all(&self.window, &self.controller.borrow());
        entered
    }

    /// Mirrors the controller into the UI again after `delay` (e.g. once the voice thread has
    /// found out whether there is a sound card).
    pub fn refresh_after(&self, delay: std::time::Duration) {
        let weak = self.window.as_weak();
        let controller = Rc::downgrade(&self.controller);
        slint::Timer::single_shot(delay, move || {
            if let (Some(window), Some(c)) = (weak.upgrade(), controller.upgrade()) {
                push_all(&window, &c.borrow());
            }
        });
    }

    pub fn run(&self) -> Result<(), slint::PlatformError> {
        self.window.run()
    }
}

fn to_ui_screen(screen: ScreenId) -> Screen {
    match screen {
        ScreenId::Home => Screen::Home,
        ScreenId::Settings => Screen::Settings,
        ScreenId::Lesson => Screen::Lesson,
        ScreenId::Result => Screen::Result,
        ScreenId::Review => Screen::Review,
        ScreenId::Certificates => Screen::Certificates,
    }
}

fn from_ui_screen(screen: Screen) -> ScreenId {
    match screen {
        Screen::Home => ScreenId::Home,
        Screen::Settings => ScreenId::Settings,
        Screen::Lesson => ScreenId::Lesson,
        Screen::Result => ScreenId::Result,
        Screen::Review => ScreenId::Review,
        Screen::Certificates => ScreenId::Certificates,
    }
}

/// How each text slot of a practice screen is drawn.
fn slot_style(slot: &str) -> &'static str {
    match slot {
        "caller" | "sender" | "agent" | "merchant" | "title" => "heading",
        "amount" => "big",
        "link" => "link",
        "body" | "message-1" | "message-2" | "message-3" => "bubble",
        _ => "body",
    }
}

/// An explain step's picture from the bundled assets.
fn picture(path: &str) -> Option<slint::Image> {
    let (_, bytes) = crate::lessons::EMBEDDED_ASSETS.iter().find(|(p, _)| *p == path)?;
    #[cfg(not(target_os = "android"))]
    return slint::Image::load_from_svg_data(bytes).ok();
    // Slint's SVG support comes with the desktop's testing backend; Android shows text only.
    #[cfg(target_os = "android")]
    {
        let _ = bytes;
        None
    }
}

fn push_lesson(window: &AppWindow, c: &AppController) {
    let l = window.global::<LessonAdapter>();
    if let Some(v) = c.lesson_view() {
        l.set_title_id(v.title_id.into());
        l.set_progress_id(v.progress_id.into());
        l.set_step_number(v.position.0 as i32);
        l.set_step_count(v.position.1 as i32);
        l.set_text_id(v.step.prompt_id().into());
        l.set_can_advance(v.can_advance);
        l.set_is_last(v.is_last);
        l.set_sample_scale(v.sample_scale);
        let (feedback, is_error) = v.feedback.unwrap_or_default();
        l.set_feedback_id(feedback.into());
        l.set_feedback_is_error(is_error);
        l.set_show_hint(v.hint.is_some());
        let hint_answer = match &v.hint {
            Some(Hint::Answer(i)) => Some(*i),
            _ => None,
        };
        let hint_target = match &v.hint {
            Some(Hint::Target(t)) => Some(t.as_str()),
            _ => None,
        };
        match &v.step {
            Step::Explain { picture: path, .. } => {
                l.set_kind(StepKind::Explain);
                let image = path.as_deref().and_then(picture);
                l.set_has_picture(image.is_some());
                l.set_picture(image.unwrap_or_default());
            }
            Step::Question { answers, .. } => {
                l.set_kind(StepKind::Question);
                let items: Vec<AnswerItem> = answers
                    .iter()
                    .enumerate()
                    .map(|(i, a)| AnswerItem { text_id: a.text.as_str().into(), hinted: hint_answer == Some(i) })
                    .collect();
                l.set_answers(ModelRc::new(VecModel::from(items)));
            }
            Step::Simulated { screen, labels, .. } => {
                l.set_kind(StepKind::Simulated);
                l.set_screen(screen.name().into());
                let mut lines = Vec::new();
                if *screen == crate::lessons::ScreenKind::IncomingCall {
                    lines.push(SimLine { style: "body".into(), text_id: "sim-incoming".into() });
                }
                for (slot, _) in screen.slots() {
                    if let Some(id) = labels.get(*slot) {
                        lines.push(SimLine { style: slot_style(slot).into(), text_id: id.as_str().into() });
                    }
                }
                if *screen == crate::lessons::ScreenKind::Payment {
                    lines.insert(1, SimLine { style: "body".into(), text_id: "sim-amount".into() });
                }
                l.set_lines(ModelRc::new(VecModel::from(lines)));
                // The screen's own order, so the safe choice is not always in the same place.
                let targets: Vec<TargetItem> = screen
                    .targets()
                    .iter()
                    .map(|t| TargetItem { name: (*t).into(), hinted: hint_target == Some(*t) })
                    .collect();
                l.set_targets(ModelRc::new(VecModel::from(targets)));
            }
        }
    }
    if let Some(r) = c.lesson_result() {
        let res = window.global::<ResultAdapter>();
        res.set_title_id(r.title_id.as_str().into());
        res.set_remember_id(r.remember_id.as_str().into());
        res.set_right_first_time(r.score.first_try_right as i32);
        res.set_graded_steps(r.score.graded_steps as i32);
        res.set_certificate(r.certificate);
    }
}

fn push_certificates(window: &AppWindow, c: &AppController) {
    let adapter = window.global::<CertificatesAdapter>();
    let certificates = c.certificates();
    let items: Vec<CertificateItem> = certificates
        .iter()
        .map(|cert| {
            let lessons: Vec<SharedString> = cert.lesson_title_ids.iter().map(|t| t.as_str().into()).collect();
            CertificateItem {
                track_title_id: cert.track_title_id.into(),
                date: cert.date.as_str().into(),
                lesson_title_ids: ModelRc::new(VecModel::from(lessons)),
            }
        })
        .collect();
    adapter.set_certificates(ModelRc::new(VecModel::from(items)));
    adapter.set_name_saved(c.certificate_name_saved());
    // The field shows what is stored unless the senior is typing (then nothing was saved yet).
    if !c.certificate_name_saved() {
        adapter.set_name(certificates.first().and_then(|c| c.name.clone()).unwrap_or_default().into());
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
    // Progress, reviews and the resume point are read from the store only for Home, not on
    // every tap of a lesson.
    if c.screen() == ScreenId::Home {
        push_home(&home, c);
    }
    home.set_notice_id(c.notice_id().unwrap_or_default().into());
    push_lesson(window, c);
    if c.screen() == ScreenId::Certificates {
        push_certificates(window, c);
    }

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

fn push_home(home: &HomeAdapter<'_>, c: &AppController) {
    let tracks: Vec<TrackItem> = c
        .tracks()
        .into_iter()
        .map(|t| {
            let lessons: Vec<LessonItem> = t
                .lessons
                .iter()
                .map(|l| LessonItem {
                    id: l.id.as_str().into(),
                    title_id: l.title_id.as_str().into(),
                    step: l.step as i32,
                    step_count: l.step_count as i32,
                    done: l.done,
                })
                .collect();
            TrackItem {
                id: t.track.name().into(),
                title_id: t.title_id.into(),
                lesson_count: t.lessons.len() as i32,
                completed_count: t.completed_count() as i32,
                lessons: ModelRc::new(VecModel::from(lessons)),
            }
        })
        .collect();
    home.set_tracks(ModelRc::new(VecModel::from(tracks)));
    home.set_can_continue(c.can_continue());
    home.set_review_count(c.due_review_count() as i32);
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

    let c = Rc::downgrade(controller);
    tr.on_lookup_value(move |_revision, id, value| {
        c.upgrade().map(|c| SharedString::from(c.borrow().tr_value(&id, &value))).unwrap_or_default()
    });

    let nav = window.global::<NavAdapter>();
    nav.on_open(handler(window, controller, |c, _, screen| c.open(from_ui_screen(screen))));
    let back = handler(window, controller, |c, _, ()| c.back());
    nav.on_back(move || back(()));
    let home = handler(window, controller, |c, _, ()| c.home());
    nav.on_home(move || home(()));
    let repeat = handler(window, controller, |c, _, ()| c.repeat_prompt());
    window.global::<VoiceAdapter>().on_repeat(move || repeat(()));

    let home = window.global::<HomeAdapter>();
    home.on_open_lesson(handler(window, controller, |c, _, id: SharedString| {
        c.open_lesson(&id);
    }));
    let resume = handler(window, controller, |c, _, ()| {
        c.continue_lesson();
    });
    home.on_continue_lesson(move || resume(()));
    let review = handler(window, controller, |c, _, ()| {
        c.start_review();
    });
    home.on_start_review(move || review(()));
    window
        .global::<CertificatesAdapter>()
        .on_save_name(handler(window, controller, |c, _, name: SharedString| c.set_certificate_name(&name)));

    let lesson = window.global::<LessonAdapter>();
    lesson.on_choose_answer(handler(window, controller, |c, _, i: i32| c.choose_answer(i.max(0) as usize)));
    lesson.on_tap_target(handler(window, controller, |c, _, t: SharedString| c.tap_target(&t)));
    let next = handler(window, controller, |c, _, ()| c.lesson_next());
    lesson.on_next(move || next(()));

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
