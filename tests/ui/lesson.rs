//! A whole lesson through the real UI, by accessible labels: an unsafe tap (explained, the safe
//! target highlighted), the safe tap, closing the app mid-lesson and coming back to the same
//! step, then the result.

use crate::common::*;
use blue_vest_core::lessons::{Role, Step};

/// The label of the step-progress indicator, e.g. "Step 3 of 7".
fn step_label(app: &blue_vest::ui::App) -> String {
    let v = app.controller().lesson_view().expect("a lesson is open");
    app.controller().tr_count("lesson-step", v.position.0 as i64, v.position.1 as i64)
}

/// Does the current step the right way, through the UI, and presses Next.
fn do_step_right(app: &blue_vest::ui::App) {
    let step = app.controller().lesson_view().unwrap().step;
    match &step {
        Step::Question { answers, .. } => {
            let right = answers.iter().find(|a| a.correct).unwrap();
            tap(app, &app.tr(&right.text));
            assert!(exists(app, &format!("✓ {}", app.tr(&right.feedback))), "praise is written");
        }
        Step::Simulated { targets, .. } => {
            let safe = targets.iter().find(|t| t.role == Role::Correct).unwrap();
            tap(app, &app.tr(&format!("sim-target-{}", safe.target)));
        }
        Step::Explain { .. } => {}
    }
    let next = if app.controller().lesson_view().unwrap().is_last { "Finish" } else { "Next" };
    tap(app, next);
}

#[test]
fn a_lesson_with_a_mistake_resumes_at_the_same_step_and_finishes() {
    init();
    let dir = tempfile::tempdir().unwrap();
    let app = start_in(dir.path(), "en-US", None);
    let lesson = app
        .controller()
        .lessons()
        .iter()
        .find(|l| l.id == "safety-police-call")
        .cloned()
        .expect("the police-call lesson ships");
    tap(&app, &app.tr(&lesson.title));
    assert_eq!(step_label(&app), "Step 1 of 7");
    assert!(exists(&app, "Step 1 of 7"), "the progress bar says it");

    // Up to the practice call.
    while !matches!(app.controller().lesson_view().unwrap().step, Step::Simulated { .. }) {
        assert!(!exists(&app, "Next") || find(&app, "Next").accessible_enabled() == Some(true));
        do_step_right(&app);
    }
    let Step::Simulated { targets, .. } = app.controller().lesson_view().unwrap().step else { unreachable!() };
    let risky = targets.iter().find(|t| t.role == Role::Unsafe).unwrap();
    let safe = targets.iter().find(|t| t.role == Role::Correct).unwrap();
    assert_eq!(find(&app, "Next").accessible_enabled(), Some(false), "no skipping the practice");

    tap(&app, &app.tr(&format!("sim-target-{}", risky.target)));
    let why = format!("⚠ {} {}", app.tr(&risky.feedback), app.tr("lesson-try-again"));
    assert!(exists(&app, &why), "the mistake is explained kindly: {:?}", all_labels(&app));
    assert!(exists(&app, &app.tr("lesson-hint")), "the hint is written");
    assert_eq!(
        app.controller().lesson_view().unwrap().hint,
        Some(blue_vest_core::lessons::Hint::Target(safe.target.clone())),
        "the safe target is highlighted"
    );
    tap(&app, &app.tr(&format!("sim-target-{}", safe.target)));
    assert!(exists(&app, &format!("✓ {}", app.tr(&safe.feedback))));
    tap(&app, "Next");
    let here = step_label(&app);
    drop(app); // the senior closes the app mid-lesson

    let app = start_in(dir.path(), "en-US", None);
    assert_eq!(find(&app, "Continue").accessible_enabled(), Some(true));
    tap(&app, "Continue");
    assert_eq!(step_label(&app), here, "back at the same step");
    assert!(exists(&app, &here));

    while app.controller().lesson_view().is_some() {
        do_step_right(&app);
    }
    assert!(exists(&app, &app.tr("result-title")));
    assert!(exists(&app, &app.tr(&lesson.remember)), "what to remember is shown");
    tap(&app, "Back to Home");
    let summary = app.controller().tracks();
    let track = summary.iter().find(|t| t.track == lesson.track).unwrap();
    assert!(track.lessons.iter().any(|l| l.id == lesson.id && l.done), "Home shows it done");
}

#[test]
fn finishing_a_track_shows_its_certificate_with_the_name_kept() {
    init();
    let dir = tempfile::tempdir().unwrap();
    let app = start_in(dir.path(), "en-US", None);
    let phone: Vec<_> = app
        .controller()
        .lessons()
        .iter()
        .filter(|l| l.track == blue_vest_core::lessons::Track::Phone)
        .cloned()
        .collect();
    assert!(phone.len() >= 3);
    for (i, lesson) in phone.iter().enumerate() {
        tap(&app, &app.tr(&lesson.title));
        while app.controller().lesson_view().is_some() {
            do_step_right(&app);
        }
        let last = i + 1 == phone.len();
        assert_eq!(exists(&app, &app.tr("result-certificate")), last, "certificate only after the last lesson");
        if !last {
            tap(&app, "Back to Home");
        }
    }
    tap(&app, "See my certificate");
    assert!(exists(&app, "Certificate: Using my phone"), "{:?}", all_labels(&app));
    find(&app, &app.tr("certificate-name")).set_accessible_value("王秀英");
    tap(&app, "Save name");
    drop(app);

    let app = start_in(dir.path(), "en-US", None);
    tap(&app, "My certificates");
    assert!(exists(&app, "Certificate: Using my phone"));
    assert_eq!(find(&app, &app.tr("certificate-name")).accessible_value().unwrap(), "王秀英");
}

#[test]
fn a_wrong_answer_comes_back_for_review_the_next_day() {
    init();
    let dir = tempfile::tempdir().unwrap();
    let app = start_in(dir.path(), "en-US", None);
    let lesson = app.controller().lessons()[0].clone();
    tap(&app, &app.tr(&lesson.title));
    while !matches!(app.controller().lesson_view().unwrap().step, Step::Question { .. }) {
        do_step_right(&app);
    }
    let Step::Question { text, answers } = app.controller().lesson_view().unwrap().step else { unreachable!() };
    let wrong = answers.iter().find(|a| !a.correct).unwrap();
    let right = answers.iter().find(|a| a.correct).unwrap();
    tap(&app, &app.tr(&wrong.text));
    assert!(exists(&app, &format!("⚠ {} {}", app.tr(&wrong.feedback), app.tr("lesson-try-again"))));
    tap(&app, "Home");
    assert_eq!(find(&app, "Review my mistakes").accessible_enabled(), Some(false), "not due today");

    app.shift_clock(chrono::Duration::days(1));
    assert_eq!(find(&app, "Review my mistakes").accessible_enabled(), Some(true));
    tap(&app, "Review my mistakes");
    assert!(exists(&app, "Question 1 of 1"));
    assert!(exists(&app, &app.tr(&text)));
    tap(&app, &app.tr(&right.text));
    tap(&app, "Finish");
    assert!(exists(&app, "Continue"), "back on Home");
    assert_eq!(app.controller().due_review_count(), 0, "right once: next review in 3 days");
    app.shift_clock(chrono::Duration::days(3));
    assert_eq!(app.controller().due_review_count(), 1);
}
