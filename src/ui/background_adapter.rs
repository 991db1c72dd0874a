//! `BackgroundAdapter`: results of other threads (a sign-in, a sync report) are waiting; collect
//! them on the UI thread and refresh the screen.

use slint::ComponentHandle;

use super::{AppWindow, BackgroundAdapter, Controller, handler0};

pub fn connect(window: &AppWindow, controller: &Controller) {
    window.global::<BackgroundAdapter>().on_results_ready(handler0(window, controller, |c, _| {
        c.poll_background();
    }));
}
