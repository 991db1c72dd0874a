//! `VolunteerSignInAdapter`: the volunteer's sign-in form (server, email, password).

use blue_vest_core::app::AppController;
use blue_vest_core::navigation::ScreenId;
use slint::{ComponentHandle, SharedString};

use super::{AppWindow, Controller, VolunteerSignInAdapter, handler};

/// A screen was entered: the password never stays in the UI once the sign-in screen is left,
/// and the sign-in form starts from the server saved on this phone.
pub fn on_enter(window: &AppWindow, c: &AppController) {
    let sign_in = window.global::<VolunteerSignInAdapter>();
    sign_in.set_password(SharedString::new());
    if c.screen() == ScreenId::VolunteerSignIn {
        sign_in.set_server(c.sign_in_server_default().into());
    }
}

pub fn push(window: &AppWindow, c: &AppController) {
    if c.screen() != ScreenId::VolunteerSignIn {
        return;
    }
    let a = window.global::<VolunteerSignInAdapter>();
    a.set_busy(c.sign_in_busy());
    a.set_status_id(c.sign_in_status().map(|s| s.text.id()).unwrap_or_default().into());
}

pub fn connect(window: &AppWindow, controller: &Controller) {
    let sign_in =
        handler(window, controller, |c, _, (server, email, password): (SharedString, SharedString, SharedString)| {
            c.volunteer_sign_in(&server, &email, &password);
        });
    window
        .global::<VolunteerSignInAdapter>()
        .on_sign_in(move |server, email, password| sign_in((server, email, password)));
}
