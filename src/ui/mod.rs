//! The Slint side: the compiled views, and one adapter per Slint global (`*_adapter.rs`, in the
//! style of slint's todo-mvc) that mirrors `AppController` into that global (`push`) and turns
//! its callbacks into controller calls (`connect`). Views hold no business logic; the controller
//! (in `blue-vest-core`) holds no Slint. Lists are long-lived models updated in place
//! (`models.rs`), so a list keeps its scroll position when a sync report arrives.

// Slint's generated code spells paths out in full.
#[allow(unused_qualifications, clippy::all, clippy::todo, clippy::unimplemented)]
mod generated {
    slint::include_modules!();
}

mod background_adapter;
mod certificates_adapter;
mod checked_in_adapter;
mod consent_adapter;
mod event_code_adapter;
mod home_adapter;
mod learner_card_adapter;
mod lesson_adapter;
mod models;
mod my_events_adapter;
mod nav_adapter;
pub mod qr;
mod result_adapter;
mod screens;
mod settings_adapter;
mod theme_adapter;
mod tr_adapter;
mod voice_adapter;
mod volunteer_event_adapter;
mod volunteer_home_adapter;
mod volunteer_new_event_adapter;
mod volunteer_sign_in_adapter;

use std::cell::{Ref, RefCell};
use std::rc::Rc;
use std::sync::Arc;

use blue_vest_core::app::{AppController, AppOptions};
use blue_vest_core::attendance::Transport;
use blue_vest_core::navigation::ScreenId;
use blue_vest_core::voice::{NoVoice, Speaker};
use slint::ComponentHandle;

pub use generated::*;
pub use screens::{core_screen, ui_screen};

/// The controller as the adapters share it: owned by `App`, borrowed by each callback.
type Controller = Rc<RefCell<AppController>>;

/// The running app: the window and its controller.
pub struct App {
    window: AppWindow,
    controller: Controller,
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
        window.invoke_focus_back_key();
        Ok(App { window, controller })
    }

    /// A handle for the platform's life-cycle events (Android: pause, resume, a configuration
    /// change), which arrive outside Slint's callbacks.
    pub fn handle(&self) -> AppHandle {
        AppHandle { window: self.window.as_weak(), controller: Rc::downgrade(&self.controller) }
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
        use blue_vest_core::attendance::worker::{FIRST_DELAY, PERIOD};
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

    /// Changes the controller directly (screenshot scenes, tests), then refreshes the UI.
    pub fn update<R>(&self, change: impl FnOnce(&mut AppController) -> R) -> R {
        let result = change(&mut self.controller.borrow_mut());
        push_all(&self.window, &self.controller.borrow());
        result
    }

    /// Puts the app into a named screenshot scene (see `desktop::scenes`).
    #[cfg(not(target_os = "android"))]
    pub fn enter_scene(&self, name: &str) -> bool {
        self.update(|c| crate::desktop::scenes::enter(c, name))
    }

    /// Translated text in the app's current language.
    pub fn tr(&self, id: &str) -> String {
        self.controller.borrow().tr(id)
    }

    /// Shows `screen` as if the senior had navigated there.
    pub fn open(&self, screen: ScreenId) {
        self.update(|c| c.open(screen));
    }

    /// Moves the app's clock on (tests and demos: reviews fall due as days pass).
    pub fn shift_clock(&self, by: chrono::Duration) {
        self.update(|c| c.shift_clock(by));
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

/// The app as the platform's event listener holds it: weak, so it never keeps a closed window
/// alive. Each call changes the controller and mirrors it into the UI; it does nothing once the
/// app is gone.
#[derive(Clone)]
pub struct AppHandle {
    window: slint::Weak<AppWindow>,
    controller: std::rc::Weak<RefCell<AppController>>,
}

impl AppHandle {
    fn update(&self, change: impl FnOnce(&mut AppController)) {
        let (Some(window), Some(controller)) = (self.window.upgrade(), self.controller.upgrade()) else { return };
        // Called from the event loop, never from inside a callback; if the controller is busy
        // anyway, the event is dropped rather than panicking.
        let Ok(mut c) = controller.try_borrow_mut() else {
            log::warn!("app busy: a platform event was dropped");
            return;
        };
        change(&mut c);
        drop(c);
        push_all(&window, &controller.borrow());
    }

    /// The app went to the background: the voice stops (`AppController::pause`).
    pub fn pause(&self) {
        self.update(AppController::pause);
    }

    /// The app is in front again; nothing is said unasked (`AppController::resume`).
    pub fn resume(&self) {
        self.update(AppController::resume);
    }

    /// The phone's dark theme or contrast changed.
    pub fn set_system_look(&self, look: blue_vest_core::settings::SystemLook) {
        self.update(|c| c.set_system_look(look));
    }
}

/// Copies the controller's state into the globals. Cheap: a few dozen properties, and the
/// store is read only for the screen that is shown.
fn push_all(window: &AppWindow, c: &AppController) {
    theme_adapter::push(window, c);
    tr_adapter::push(window, c);
    let entered = nav_adapter::push(window, c);
    if entered {
        // A new screen: the system's Back goes to the window's key scope again (a text field
        // that had the focus may have left with the old screen).
        window.invoke_focus_back_key();
        // A screen just opened: its form fields start from the controller's defaults (not on
        // every push, which would undo typing).
        volunteer_sign_in_adapter::on_enter(window, c);
        volunteer_new_event_adapter::on_enter(window, c);
        volunteer_event_adapter::on_enter(window, c);
        learner_card_adapter::on_enter(window, c);
    }
    voice_adapter::push(window, c);
    home_adapter::push(window, c);
    lesson_adapter::push(window, c);
    result_adapter::push(window, c);
    certificates_adapter::push(window, c);
    settings_adapter::push(window, c);
    event_code_adapter::push(window, c);
    checked_in_adapter::push(window, c);
    my_events_adapter::push(window, c);
    volunteer_sign_in_adapter::push(window, c);
    volunteer_home_adapter::push(window, c);
    volunteer_new_event_adapter::push(window, c);
    volunteer_event_adapter::push(window, c);
}

fn connect(window: &AppWindow, controller: &Controller) {
    tr_adapter::connect(window, controller);
    nav_adapter::connect(window, controller);
    voice_adapter::connect(window, controller);
    background_adapter::connect(window, controller);
    home_adapter::connect(window, controller);
    lesson_adapter::connect(window, controller);
    certificates_adapter::connect(window, controller);
    settings_adapter::connect(window, controller);
    event_code_adapter::connect(window, controller);
    consent_adapter::connect(window, controller);
    my_events_adapter::connect(window, controller);
    volunteer_sign_in_adapter::connect(window, controller);
    volunteer_home_adapter::connect(window, controller);
    volunteer_new_event_adapter::connect(window, controller);
    volunteer_event_adapter::connect(window, controller);
}

/// A callback handler that applies `action` to the controller, then mirrors the new state into
/// the UI. The controller is borrowed mutably only inside `action`.
fn handler<A: 'static>(
    window: &AppWindow,
    controller: &Controller,
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

/// A callback without arguments, as `handler` makes them.
fn handler0(
    window: &AppWindow,
    controller: &Controller,
    action: impl Fn(&mut AppController, &AppWindow) + 'static,
) -> impl Fn() + 'static {
    let run = handler(window, controller, move |c, w, ()| action(c, w));
    move || run(())
}
