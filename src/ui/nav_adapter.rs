//! `NavAdapter`: which screen is shown, and Back, Home, the system's Back and opening a screen.

use blue_vest_core::app::AppController;
use slint::ComponentHandle;

use super::screens::{core_screen, ui_screen};
use super::{AppWindow, Controller, NavAdapter, handler, handler0, push_all};

/// Shows the controller's screen; returns whether it is a screen just entered.
pub fn push(window: &AppWindow, c: &AppController) -> bool {
    let nav = window.global::<NavAdapter>();
    let screen = ui_screen(c.screen());
    let entered = nav.get_screen() != screen;
    nav.set_screen(screen);
    nav.set_can_go_back(c.can_go_back());
    entered
}

pub fn connect(window: &AppWindow, controller: &Controller) {
    let nav = window.global::<NavAdapter>();
    nav.on_open(handler(window, controller, |c, _, screen| c.open(core_screen(screen))));
    nav.on_back(handler0(window, controller, |c, _| c.back()));
    nav.on_home(handler0(window, controller, |c, _| c.home()));
    // Android's Back key: whether it was taken decides whether the system leaves the app.
    let weak = window.as_weak();
    let controller = std::rc::Rc::downgrade(controller);
    nav.on_system_back(move || {
        let (Some(window), Some(controller)) = (weak.upgrade(), controller.upgrade()) else { return false };
        let taken = controller.borrow_mut().system_back();
        push_all(&window, &controller.borrow());
        taken
    });
}
