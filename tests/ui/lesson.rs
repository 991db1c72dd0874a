//! Lessons through the real UI, by accessible labels: an unsafe tap (explained, the safe target
//! highlighted), the safe tap, closing the app mid-lesson and coming back to the same step, the
//! result; the scam-call role-play from its first turn to the debrief; answers shuffled per
//! attempt and kept across a restart; the helper bar's "call my family".

use crate::common::*;
use blue_vest::ui::LessonAdapter;
use blue_vest_core::lessons::{Move, Role, Step};
use slint::{ComponentHandle, Model};

/// The label of the step-progress indicator, e.g. "Step 3 of 7".
fn step_label(app: &blue_vest::ui::App) -> String {
    let v = app.controller().lesson_view().expect("a lesson is open");
    app.controller().tr_count("lesson-step", v.position.0 as i64, v.position.1 as i64)
}

/// Does the current step the right way, through the UI, and presses Next.
pub fn do_step_right(app: &blue_vest::ui::App) {
    let step = app.controller().lesson_view().unwrap().step;
    match &step {
        Step::Question { answers, .. } => {
            let right = answers.iter().find(|a| a.correct).unwrap();
            tap(app, &app.tr(&right.text));
            assert!(exists(app, &format!("✓ {}", app.tr(&right.feedback))), "praise is written");
        }
        Step::Practice(practice) => solve_practice(app, practice),
        Step::RolePlay(play) => {
            let hang_up = play.turns[0].choices.iter().find(|c| c.action == Move::HangUp).unwrap();
            tap(app, &app.tr(&hang_up.text));
        }
        Step::Explain { .. } => {}
    }
    let next = app.tr(if app.controller().lesson_view().unwrap().is_last { "lesson-finish" } else { "lesson-next" });
    let next = next.as_str();
    assert_eq!(find(app, next).accessible_enabled(), Some(true), "step {:?} was not solved: {step:?}", step_label(app));
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
    open_lesson(&app, &lesson);
    let total = lesson.steps.len();
    assert_eq!(step_label(&app), format!("Step 1 of {total}"));
    assert!(exists(&app, &format!("Step 1 of {total}")), "the progress bar says it");

    // Up to the practice call.
    while !matches!(app.controller().lesson_view().unwrap().step, Step::Practice(_)) {
        assert!(!exists(&app, "Next") || find(&app, "Next").accessible_enabled() == Some(true));
        do_step_right(&app);
    }
    let Step::Practice(practice) = app.controller().lesson_view().unwrap().step else { unreachable!() };
    let risky = practice.targets.iter().find(|t| t.role == Role::Unsafe).unwrap();
    let safe = practice.targets.iter().find(|t| t.role == Role::Correct).unwrap();
    assert_eq!(find(&app, "Next").accessible_enabled(), Some(false), "no skipping the practice");

    tap(&app, &target_label(&app, &practice, &risky.target));
    let why = format!("⚠ {} {}", app.tr(&risky.feedback), app.tr("lesson-try-again"));
    assert!(exists(&app, &why), "the mistake is explained kindly: {:?}", all_labels(&app));
    assert!(exists(&app, &app.tr("lesson-hint")), "the hint is written");
    assert_eq!(
        app.controller().lesson_view().unwrap().hint,
        Some(blue_vest_core::lessons::Hint::Target(safe.target.clone())),
        "the safe target is highlighted"
    );
    // The safe target is drawn highlighted (and written with an arrow) in the phone's model.
    let helpers = app.window().global::<LessonAdapter>().get_phone_blocks();
    let hinted: Vec<String> = helpers
        .iter()
        .flat_map(|b| b.buttons.iter().filter(|x| x.hinted).map(|x| x.target.to_string()).collect::<Vec<_>>())
        .collect();
    assert_eq!(hinted, vec![safe.target.clone()], "the safe button is highlighted");
    tap(&app, &target_label(&app, &practice, &safe.target));
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
        open_lesson(&app, lesson);
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
    open_lesson(&app, &lesson);
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

/// Walks the open lesson, step by step, until `wanted` matches.
fn walk_to(app: &blue_vest::ui::App, wanted: impl Fn(&Step) -> bool) {
    while !wanted(&app.controller().lesson_view().expect("a lesson is open").step) {
        do_step_right(app);
    }
}

#[test]
fn a_scam_call_role_play_goes_from_its_first_turn_to_the_debrief() {
    init();
    let dir = tempfile::tempdir().unwrap();
    let app = start_in(dir.path(), "en-US", None);
    let lesson = app.controller().lessons().iter().find(|l| l.id == "safety-police-call").cloned().unwrap();
    open_lesson(&app, &lesson);
    walk_to(&app, |s| matches!(s, Step::RolePlay(_)));
    let Step::RolePlay(play) = app.controller().lesson_view().unwrap().step else { unreachable!() };
    let choice = |turn: usize, m: Move| {
        let c = play.turns[turn].choices.iter().find(|c| c.action == m).unwrap();
        (app.tr(&c.text), app.tr(&c.feedback))
    };

    // Turn 1: the caller's words are on screen; a checking question lets him press on.
    assert!(exists(&app, &app.tr(&play.turns[0].line)), "the caller's first line is shown");
    assert!(exists(&app, "On the call · line 1 of 4"));
    assert_eq!(find(&app, "Next").accessible_enabled(), Some(false), "no skipping the call");
    let (ask, ask_fb) = choice(0, Move::Ask);
    tap(&app, &ask);
    assert!(exists(&app, &format!("✓ {ask_fb}")), "a checking question is welcome");
    assert!(exists(&app, &app.tr(&play.turns[1].line)), "the caller presses on");

    // Turn 2: going along is explained kindly; the call goes on, hanging up is highlighted.
    let (go, go_fb) = choice(1, Move::GoAlong);
    tap(&app, &go);
    assert!(exists(&app, &format!("⚠ {go_fb} {}", app.tr("lesson-try-again"))), "{:?}", all_labels(&app));
    assert!(exists(&app, &app.tr(&play.turns[2].line)), "never a dead end: the call goes on");
    let (hang_up, hang_up_fb) = choice(2, Move::HangUp);
    let choices = app.window().global::<LessonAdapter>().get_call_choices();
    let hinted: Vec<String> = choices.iter().filter(|c| c.hinted).map(|c| c.target.to_string()).collect();
    assert_eq!(hinted, vec!["hang-up".to_owned()], "hanging up is highlighted");

    // Turn 3: hanging up ends it; the debrief names the pressure that was used.
    tap(&app, &hang_up);
    assert!(exists(&app, &format!("✓ {hang_up_fb}")));
    assert!(exists(&app, &app.tr("roleplay-debrief-heading")));
    for turn in &play.turns[..3] {
        assert!(exists(&app, &app.tr(&turn.pressure.text_id())), "{:?} is named", turn.pressure);
    }
    assert!(!exists(&app, &app.tr(&play.turns[3].pressure.text_id())), "what was not heard is not named");
    assert!(exists(&app, &app.tr(&play.debrief)));
    assert_eq!(find(&app, "Next").accessible_enabled(), Some(true));
}

/// The answers of the open question in the order shown (their indexes in the lesson file).
fn shown_answers(app: &blue_vest::ui::App) -> Vec<i32> {
    app.window().global::<LessonAdapter>().get_answers().iter().map(|a| a.index).collect()
}

#[test]
fn answers_are_shuffled_per_attempt_and_the_order_survives_a_restart() {
    init();
    let dir = tempfile::tempdir().unwrap();
    let app = start_in(dir.path(), "en-US", None);
    let lesson = app.controller().lessons().iter().find(|l| l.id == "safety-police-call").cloned().unwrap();
    let mut orders = std::collections::BTreeSet::new();
    let mut app = app;
    for attempt in 0..8 {
        open_lesson(&app, &lesson);
        walk_to(&app, |s| matches!(s, Step::Question { .. }));
        let order = shown_answers(&app);
        assert_eq!(order.len(), 3);
        if attempt == 0 {
            // Close the app on the question and come back: the same order.
            drop(app);
            app = start_in(dir.path(), "en-US", None);
            tap(&app, "Continue");
            assert_eq!(shown_answers(&app), order, "the order survives a restart");
        }
        orders.insert(order);
        while app.controller().lesson_view().is_some() {
            do_step_right(&app);
        }
        tap(&app, "Back to Home");
    }
    assert!(orders.len() >= 2, "new attempts show other orders: {orders:?}");
}

#[test]
fn the_helper_bar_calls_the_trusted_contact_by_name() {
    init();
    let dir = tempfile::tempdir().unwrap();
    let app = start_in(dir.path(), "en-US", None);
    let lesson = app.controller().lessons().iter().find(|l| l.id == "safety-police-call").cloned().unwrap();
    open_lesson(&app, &lesson);
    walk_to(&app, |s| matches!(s, Step::Practice(_)));
    assert!(exists(&app, &app.tr("sim-helper-family-unset")), "without a contact it asks to set one");
    assert!(exists(&app, &app.tr("sim-helper-volunteer")));
    tap(&app, "Home");
    tap(&app, "Settings");
    find(&app, &app.tr("settings-contact-name")).set_accessible_value("Wang Fang");
    find(&app, &app.tr("settings-contact-phone")).set_accessible_value("010-0000-0123");
    tap(&app, &app.tr("settings-contact-save"));
    tap(&app, "Home");
    tap(&app, "Continue");
    assert!(exists(&app, "Call Wang Fang"), "{:?}", all_labels(&app));
    // The lesson says calling family is fine here; the feedback is spoken and shown.
    tap(&app, "Call Wang Fang");
    let Step::Practice(practice) = app.controller().lesson_view().unwrap().step else { unreachable!() };
    let family = practice.target("family").unwrap();
    assert!(exists(&app, &format!("✓ {}", app.tr(&family.feedback))));
}

/// Takes lessons from Home to their result through the UI in one language: the senior opens
/// each from its topic, makes the first unsafe move a practice offers (explained, try again),
/// then does every step right.
fn take_from_home_to_result(locale: &str, ids: &[&str]) {
    init();
    let dir = tempfile::tempdir().unwrap();
    let app = start_in(dir.path(), locale, None);
    for id in ids {
        let lesson = app.controller().lessons().iter().find(|l| l.id == *id).cloned();
        let lesson = lesson.unwrap_or_else(|| panic!("{id} ships"));
        open_lesson(&app, &lesson);
        let mut erred = false;
        loop {
            // Not `while let`: the controller's borrow would outlive the taps.
            let Some(view) = app.controller().lesson_view() else { break };
            if let (false, Step::Practice(p)) = (erred, &view.step)
                && let Some(risky) = p.targets.iter().find(|t| t.role == Role::Unsafe)
            {
                tap(&app, &target_label(&app, p, &risky.target));
                let fb = app.controller().lesson_view().unwrap().feedback;
                assert_eq!(fb, Some((risky.feedback.clone(), true)), "{id}: the unsafe move is explained");
                erred = true;
            }
            do_step_right(&app);
        }
        assert!(exists(&app, &app.tr("result-title")), "{id}: the result");
        assert!(exists(&app, &app.tr(&lesson.remember)), "{id}: what to remember is shown");
        tap(&app, &app.tr("result-home"));
        let tracks = app.controller().tracks();
        assert!(tracks.iter().flat_map(|t| &t.lessons).any(|l| l.id == *id && l.done), "{id} is done on Home");
    }
}

#[test]
fn three_new_safety_lessons_from_home_to_their_result_in_chinese() {
    // A keypad call, two role-plays, chats and video calls.
    take_from_home_to_result("zh-CN", &["safety-code", "safety-credit-record", "safety-fake-relative"]);
}

#[test]
fn three_new_phone_lessons_from_home_to_their_result_in_english() {
    // Settings switches, chat replies and a permission dialog, a camera and an album.
    take_from_home_to_result("en-US", &["phone-elder-mode", "phone-voice-input", "phone-send-photo"]);
}
