//! `LessonAdapter`: the lesson runner (and the review of mistakes): the step, its answers or
//! practice phone, the feedback and the hint.

use blue_vest_core::app::AppController;
use blue_vest_core::lessons::{self, Hint, Step};
use slint::{ComponentHandle, SharedString};

use super::models::{new_list, set_rows};
use super::{AnswerItem, AppWindow, Controller, LessonAdapter, SimLine, StepKind, TargetItem, handler, handler0};

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

/// An explain step's picture from the bundled assets (SVG). Slint 1.18 has no `svg` feature
/// of its own: `Image::load_from_svg_data` comes with i-slint-core's `svg` feature, which the
/// desktop's testing backend turns on, and on Android Slint's android-activity backend (its
/// i-slint-core dependency has `svg` for Android targets; the Skia renderer draws the image).
/// `scripts/check-android.sh` type-checks this call for Android.
fn picture(path: &str) -> Option<slint::Image> {
    let (_, bytes) = lessons::EMBEDDED_ASSETS.iter().find(|(p, _)| *p == path)?;
    slint::Image::load_from_svg_data(bytes)
        .inspect_err(|e| log::warn!("lesson picture {path} cannot be drawn: {e}"))
        .ok()
}

pub fn push(window: &AppWindow, c: &AppController) {
    let Some(v) = c.lesson_view() else { return };
    let l = window.global::<LessonAdapter>();
    l.set_title_id(v.title_id.into());
    l.set_progress_id(v.progress.id().into());
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
            let items = answers
                .iter()
                .enumerate()
                .map(|(i, a)| AnswerItem { text_id: a.text.as_str().into(), hinted: hint_answer == Some(i) });
            set_rows(&l.get_answers(), items);
        }
        Step::Simulated { screen, labels, .. } => {
            l.set_kind(StepKind::Simulated);
            l.set_screen(screen.name().into());
            let mut lines = Vec::new();
            if *screen == lessons::ScreenKind::IncomingCall {
                lines.push(SimLine { style: "body".into(), text_id: "sim-incoming".into() });
            }
            for (slot, _) in screen.slots() {
                if let Some(id) = labels.get(*slot) {
                    lines.push(SimLine { style: slot_style(slot).into(), text_id: id.as_str().into() });
                }
            }
            if *screen == lessons::ScreenKind::Payment {
                lines.insert(1, SimLine { style: "body".into(), text_id: "sim-amount".into() });
            }
            set_rows(&l.get_lines(), lines);
            // The screen's own order, so the safe choice is not always in the same place.
            let targets =
                screen.targets().iter().map(|t| TargetItem { name: (*t).into(), hinted: hint_target == Some(*t) });
            set_rows(&l.get_targets(), targets);
        }
    }
}

pub fn connect(window: &AppWindow, controller: &Controller) {
    let lesson = window.global::<LessonAdapter>();
    lesson.set_answers(new_list());
    lesson.set_lines(new_list());
    lesson.set_targets(new_list());
    lesson.on_choose_answer(handler(window, controller, |c, _, i: i32| c.choose_answer(i.max(0) as usize)));
    lesson.on_tap_target(handler(window, controller, |c, _, t: SharedString| c.tap_target(&t)));
    lesson.on_next(handler0(window, controller, |c, _| c.lesson_next()));
}
