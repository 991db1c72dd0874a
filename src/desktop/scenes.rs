//! Named scenes for `blue-vest screenshot`: every screen, and the lesson runner at each step
//! kind and each practice-screen kind, reached the way a senior would (right answers, Next).

use crate::app::AppController;
use crate::lessons::{Role, ScreenKind, Step};
use crate::navigation::ScreenId;

/// Scene names: the plain screens, then the lesson steps.
pub fn names() -> Vec<String> {
    let mut names: Vec<String> = [ScreenId::Home, ScreenId::Settings].iter().map(|s| s.name().to_owned()).collect();
    names.extend(["lesson-explain", "lesson-question", "lesson-unsafe-tap"].map(String::from));
    names.extend(ScreenKind::ALL.iter().map(|k| format!("sim-{}", k.name())));
    names.extend(["result", "result-certificate", "review", "certificates"].map(String::from));
    names
}

/// Puts the controller into the scene; `false` if the name is unknown or the content has no
/// such step.
pub fn enter(c: &mut AppController, name: &str) -> bool {
    match name {
        "home" => c.home(),
        "settings" => c.open(ScreenId::Settings),
        "lesson-explain" => return walk_to(c, |s| matches!(s, Step::Explain { .. })),
        "lesson-question" => return walk_to(c, |s| matches!(s, Step::Question { .. })),
        "lesson-unsafe-tap" => {
            let unsafe_target = |s: &Step| match s {
                Step::Simulated { targets, .. } => {
                    targets.iter().find(|t| t.role == Role::Unsafe).map(|t| t.target.clone())
                }
                _ => None,
            };
            if !walk_to(c, |s| unsafe_target(s).is_some()) {
                return false;
            }
            let target = c.lesson_view().and_then(|v| unsafe_target(&v.step)).expect("found above");
            c.tap_target(&target);
        }
        "result" => {
            let Some(id) = c.lessons().first().map(|l| l.id.clone()) else { return false };
            finish_lesson(c, &id);
        }
        "result-certificate" | "certificates" => {
            let Some(track) = c.lessons().first().map(|l| l.track) else { return false };
            let ids: Vec<String> = c.lessons().iter().filter(|l| l.track == track).map(|l| l.id.clone()).collect();
            for id in ids {
                finish_lesson(c, &id);
            }
            if name == "certificates" {
                c.open(ScreenId::Certificates);
            }
        }
        "review" => {
            // A wrong answer to the first question, then a day later.
            if !walk_to(c, |s| matches!(s, Step::Question { .. })) {
                return false;
            }
            let wrong = match c.lesson_view().map(|v| v.step) {
                Some(Step::Question { answers, .. }) => answers.iter().position(|a| !a.correct).unwrap_or(0),
                _ => 0,
            };
            c.choose_answer(wrong);
            c.shift_clock(chrono::Duration::days(1));
            return c.start_review();
        }
        other => {
            let Some(kind) = other.strip_prefix("sim-").and_then(ScreenKind::from_name) else { return false };
            return walk_to(c, |s| matches!(s, Step::Simulated { screen, .. } if *screen == kind));
        }
    }
    true
}

fn finish_lesson(c: &mut AppController, id: &str) {
    c.open_lesson(id);
    while c.lesson_view().is_some() {
        solve_and_next(c);
    }
}

/// Opens lessons in order and goes step by step until `wanted` matches the current step.
fn walk_to(c: &mut AppController, wanted: impl Fn(&Step) -> bool) -> bool {
    let ids: Vec<String> = c.lessons().iter().map(|l| l.id.clone()).collect();
    for id in ids {
        c.open_lesson(&id);
        while let Some(view) = c.lesson_view() {
            if wanted(&view.step) {
                return true;
            }
            solve_and_next(c);
        }
    }
    false
}

fn solve_and_next(c: &mut AppController) {
    let Some(view) = c.lesson_view() else { return };
    match &view.step {
        Step::Question { answers, .. } => {
            if let Some(i) = answers.iter().position(|a| a.correct) {
                c.choose_answer(i);
            }
        }
        Step::Simulated { targets, .. } => {
            if let Some(t) = targets.iter().find(|t| t.role == Role::Correct) {
                c.tap_target(&t.target.clone());
            }
        }
        Step::Explain { .. } => {}
    }
    c.lesson_next();
}
