//! `ConsentAdapter`: the one-time question before the first check-in.

use slint::ComponentHandle;

use super::{AppWindow, ConsentAdapter, Controller, handler0};

pub fn connect(window: &AppWindow, controller: &Controller) {
    let consent = window.global::<ConsentAdapter>();
    consent.on_agree(handler0(window, controller, |c, _| c.consent_agree()));
    consent.on_not_now(handler0(window, controller, |c, _| c.consent_not_now()));
}
