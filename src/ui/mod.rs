//! The Slint side: the compiled UI, and the adapter that mirrors `AppController` into the UI's
//! globals and forwards taps back. Views hold no business logic; the controller holds no Slint.

mod generated {
    slint::include_modules!();
}
pub mod qr;

use std::cell::{Ref, RefCell};
use std::rc::Rc;
use std::sync::Arc;

use slint::{ComponentHandle, ModelRc, SharedString, VecModel};

pub use generated::*;

use crate::app::{AppController, AppOptions, RecordView, Status};
use crate::attendance::Transport;
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
        // A result from another thread (sign-in, sync) wakes the UI thread to collect it. With no
        // event loop (headless tests) nothing is woken: `poll_background` is called instead.
        let weak = window.as_weak();
        controller.borrow().set_background_waker(Arc::new(move || {
            let _ = weak.upgrade_in_event_loop(|w| w.global::<BackgroundAdapter>().invoke_results_ready());
        }));
        push_all(&window, &controller.borrow());
        Ok(App { window, controller })
    }

    /// Collects results of other threads (sign-in, sync reports) and refreshes the screen.
    /// The window does this by itself; headless tests, which run no event loop, call it.
    pub fn poll_background(&self) -> bool {
        let any = self.controller.borrow_mut().poll_background();
        if any {
            push_all(&self.window, &self.controller.borrow());
        }
        any
    }

    /// Starts the attendance sync worker (at start, periodically, after each check-in and on
    /// "Send now") with `transport`; only when the store is on a file. Returns whether it started.
    pub fn start_sync(&self, transport: Box<dyn Transport>) -> bool {
        use crate::attendance::worker::{FIRST_DELAY, PERIOD};
        self.start_sync_with(transport, PERIOD, FIRST_DELAY)
    }

    pub fn start_sync_with(
        &self,
        transport: Box<dyn Transport>,
        period: std::time::Duration,
        first_delay: std::time::Duration,
    ) -> bool {
        self.controller.borrow_mut().start_sync_worker(transport, period, first_delay)
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
        ScreenId::EventCode => Screen::EventCode,
        ScreenId::Consent => Screen::Consent,
        ScreenId::CheckedIn => Screen::CheckedIn,
        ScreenId::MyEvents => Screen::MyEvents,
        ScreenId::LearnerCard => Screen::LearnerCard,
        ScreenId::VolunteerSignIn => Screen::VolunteerSignIn,
        ScreenId::VolunteerHome => Screen::VolunteerHome,
        ScreenId::VolunteerNewEvent => Screen::VolunteerNewEvent,
        ScreenId::VolunteerEvent => Screen::VolunteerEvent,
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
        Screen::EventCode => ScreenId::EventCode,
        Screen::Consent => ScreenId::Consent,
        Screen::CheckedIn => ScreenId::CheckedIn,
        Screen::MyEvents => ScreenId::MyEvents,
        Screen::LearnerCard => ScreenId::LearnerCard,
        Screen::VolunteerSignIn => ScreenId::VolunteerSignIn,
        Screen::VolunteerHome => ScreenId::VolunteerHome,
        Screen::VolunteerNewEvent => ScreenId::VolunteerNewEvent,
        Screen::VolunteerEvent => ScreenId::VolunteerEvent,
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
    let entered = nav.get_screen() != to_ui_screen(c.screen());
    nav.set_screen(to_ui_screen(c.screen()));
    nav.set_can_go_back(c.can_go_back());
    if entered {
        push_form_defaults(window, c);
    }
    push_attendance(window, c);

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

fn record_item(r: &RecordView) -> RecordItem {
    RecordItem {
        event_code: r.event_code.as_str().into(),
        learner: r.learner.as_str().into(),
        when: r.when.as_str().into(),
        state_id: r.state_id.into(),
        problem: r.problem,
    }
}

fn status_id(status: Option<&Status>) -> SharedString {
    status.map(|s| s.message_id).unwrap_or_default().into()
}

/// A screen just opened: its form fields start from the controller's defaults (not on every
/// push, which would undo typing), and the learner card draws its QR code.
fn push_form_defaults(window: &AppWindow, c: &AppController) {
    let sign_in = window.global::<VolunteerSignInAdapter>();
    // The password never stays in the UI once the sign-in screen is left.
    sign_in.set_password(SharedString::new());
    match c.screen() {
        ScreenId::VolunteerSignIn => {
            sign_in.set_server(c.sign_in_server_default().into());
        }
        ScreenId::VolunteerNewEvent => {
            let form = window.global::<VolunteerNewEventAdapter>();
            form.set_venue(SharedString::new());
            form.set_city(c.new_event_city_default().into());
        }
        ScreenId::VolunteerEvent => {
            window.global::<VolunteerEventAdapter>().set_learner_code(SharedString::new());
        }
        ScreenId::LearnerCard => {
            let card = window.global::<LearnerCardAdapter>();
            let code = c.learner_code_grouped().unwrap_or_default();
            let image = (!code.is_empty()).then(|| qr::qr_image(&code)).flatten();
            let (first, second) = code.split_once('-').unwrap_or((&code, ""));
            card.set_first_group(first.into());
            card.set_second_group(second.into());
            card.set_code(code.as_str().into());
            card.set_has_qr(image.is_some());
            card.set_qr(image.unwrap_or_default());
        }
        _ => {}
    }
}

/// The attendance screens: only the one shown reads the store.
fn push_attendance(window: &AppWindow, c: &AppController) {
    match c.screen() {
        ScreenId::EventCode => {
            let a = window.global::<EventCodeAdapter>();
            let typed = c.typed_event_code();
            let digits: Vec<SharedString> =
                (0..crate::app::EVENT_CODE_DIGITS).map(|i| typed.get(i..i + 1).unwrap_or_default().into()).collect();
            a.set_typed(typed.into());
            a.set_digits(ModelRc::new(VecModel::from(digits)));
            a.set_typed_count(typed.len() as i32);
            a.set_can_check_in(c.can_check_in());
            a.set_status_id(status_id(c.check_in_status()));
        }
        ScreenId::CheckedIn => {
            let a = window.global::<CheckedInAdapter>();
            if let Some(v) = c.checked_in_view() {
                a.set_code(v.code.into());
                a.set_already(v.already);
                a.set_state_id(v.state_id.into());
                a.set_problem(v.problem);
            }
        }
        ScreenId::MyEvents => {
            let items: Vec<RecordItem> = c.my_records().iter().map(record_item).collect();
            window.global::<MyEventsAdapter>().set_records(ModelRc::new(VecModel::from(items)));
        }
        ScreenId::VolunteerSignIn => {
            let a = window.global::<VolunteerSignInAdapter>();
            a.set_busy(c.sign_in_busy());
            a.set_status_id(status_id(c.sign_in_status()));
        }
        ScreenId::VolunteerHome => {
            let Some(v) = c.volunteer_view() else { return };
            let a = window.global::<VolunteerHomeAdapter>();
            a.set_name(v.name.into());
            a.set_org_name(v.org_name.into());
            let events: Vec<EventItem> = v
                .events
                .iter()
                .map(|e| EventItem {
                    id: e.id.as_str().into(),
                    venue: e.venue.as_str().into(),
                    city: e.city.as_str().into(),
                    when: e.when.as_str().into(),
                    code: e.code.as_str().into(),
                    uploaded: e.uploaded,
                    closed: e.closed,
                })
                .collect();
            a.set_events(ModelRc::new(VecModel::from(events)));
            a.set_waiting(v.sync.waiting as i32);
            a.set_quarantined(v.sync.quarantined as i32);
            a.set_last_sent(v.sync.last_sent.unwrap_or_default().into());
            a.set_problem_id(v.sync.problem_id.unwrap_or_default().into());
            a.set_sending(v.sync.sending);
        }
        ScreenId::VolunteerNewEvent => {
            window.global::<VolunteerNewEventAdapter>().set_status_id(status_id(c.new_event_status()));
        }
        ScreenId::VolunteerEvent => {
            let Some(v) = c.volunteer_event_view() else { return };
            let a = window.global::<VolunteerEventAdapter>();
            a.set_venue(v.event.venue.into());
            a.set_city(v.event.city.into());
            a.set_when(v.event.when.into());
            a.set_code(v.event.code.into());
            a.set_uploaded(v.event.uploaded);
            a.set_closed(v.event.closed);
            a.set_count(v.count as i32);
            let items: Vec<RecordItem> = v.records.iter().map(record_item).collect();
            a.set_records(ModelRc::new(VecModel::from(items)));
            let status = c.volunteer_event_status();
            a.set_status_id(status_id(status));
            a.set_status_value(status.map(|s| s.value.as_str()).unwrap_or_default().into());
            a.set_status_is_error(status.is_some_and(|s| s.is_error));
        }
        _ => {}
    }
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

    connect_attendance(window, controller);
}

fn connect_attendance(window: &AppWindow, controller: &Rc<RefCell<AppController>>) {
    let ready = handler(window, controller, |c, _, ()| {
        c.poll_background();
    });
    window.global::<BackgroundAdapter>().on_results_ready(move || ready(()));

    let code = window.global::<EventCodeAdapter>();
    code.on_key(handler(window, controller, |c, _, digit: SharedString| c.event_code_key(&digit)));
    let delete = handler(window, controller, |c, _, ()| c.event_code_delete());
    code.on_delete(move || delete(()));
    let check_in = handler(window, controller, |c, _, ()| c.event_check_in());
    code.on_check_in(move || check_in(()));

    let consent = window.global::<ConsentAdapter>();
    let agree = handler(window, controller, |c, _, ()| c.consent_agree());
    consent.on_agree(move || agree(()));
    let not_now = handler(window, controller, |c, _, ()| c.consent_not_now());
    consent.on_not_now(move || not_now(()));

    let sign_in =
        handler(window, controller, |c, _, (server, email, password): (SharedString, SharedString, SharedString)| {
            c.volunteer_sign_in(&server, &email, &password);
        });
    window
        .global::<VolunteerSignInAdapter>()
        .on_sign_in(move |server, email, password| sign_in((server, email, password)));

    let home = window.global::<VolunteerHomeAdapter>();
    home.on_open_event(handler(window, controller, |c, _, id: SharedString| {
        c.open_volunteer_event(&id);
    }));
    let send = handler(window, controller, |c, _, ()| c.send_now());
    home.on_send_now(move || send(()));
    let sign_out = handler(window, controller, |c, _, ()| c.volunteer_sign_out());
    home.on_sign_out(move || sign_out(()));

    let create = handler(window, controller, |c, _, (venue, city): (SharedString, SharedString)| {
        c.create_event(&venue, &city);
    });
    window.global::<VolunteerNewEventAdapter>().on_create(move |venue, city| create((venue, city)));

    window.global::<VolunteerEventAdapter>().on_check_in(handler(
        window,
        controller,
        |c, window, code: SharedString| {
            if c.volunteer_check_in(&code) {
                // Ready for the next senior's card.
                window.global::<VolunteerEventAdapter>().set_learner_code(SharedString::new());
            }
        },
    ));
}
