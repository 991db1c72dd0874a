//! `CheckedInAdapter`: the confirmation after a senior's check-in, with where the record is.

use blue_vest_core::app::AppController;
use blue_vest_core::navigation::ScreenId;
use slint::ComponentHandle;

use super::{AppWindow, CheckedInAdapter};

pub fn push(window: &AppWindow, c: &AppController) {
    if c.screen() != ScreenId::CheckedIn {
        return;
    }
    let Some(v) = c.checked_in_view() else { return };
    let a = window.global::<CheckedInAdapter>();
    a.set_code(v.code.into());
    a.set_already(v.already);
    a.set_state_id(v.state.id().into());
    a.set_problem(v.problem);
}
