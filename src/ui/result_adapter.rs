//! `ResultAdapter`: the finished lesson, its score and the sentence to remember.

use blue_vest_core::app::AppController;
use slint::ComponentHandle;

use super::{AppWindow, ResultAdapter};

pub fn push(window: &AppWindow, c: &AppController) {
    let Some(r) = c.lesson_result() else { return };
    let res = window.global::<ResultAdapter>();
    res.set_title_id(r.title_id.as_str().into());
    res.set_remember_id(r.remember_id.as_str().into());
    res.set_right_first_time(r.score.first_try_right as i32);
    res.set_graded_steps(r.score.graded_steps as i32);
    res.set_certificate(r.certificate);
}
