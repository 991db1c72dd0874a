//! Named scenes for `blue-vest screenshot`: every screen, and the lesson runner at each step
//! kind, each practice phone app the lessons use, a role-play's first turn and its debrief,
//! reached the way a senior would (right answers, Next). `lesson:<id>:<n>[:<target>]` shows one
//! step of one lesson (and a tap's feedback), for reviewing a lesson screen by screen.
//! The attendance scenes are entered the same way (keypad, consent) on top of sample data that
//! can be written again and again (fixed codes and ids), since the UI tests enter every scene
//! on one data dir.

use blue_vest_protocol::{EventCode, LearnerCode};
use chrono::{Duration, Utc};
use uuid::Uuid;

use std::sync::OnceLock;

use blue_vest_core::app::AppController;
use blue_vest_core::attendance::{self, CheckInError};
use blue_vest_core::i18n::Localizer;
use blue_vest_core::lessons::phone::App;
use blue_vest_core::lessons::{Move, Role, Step, embedded_lessons};
use blue_vest_core::navigation::ScreenId;
use blue_vest_core::store::{LocalEvent, RecordState, VolunteerSession};

/// The practice phone apps the shipped lessons use, in `App::ALL` order.
fn apps_in_content() -> &'static [App] {
    static APPS: OnceLock<Vec<App>> = OnceLock::new();
    APPS.get_or_init(|| {
        let (lessons, _) = embedded_lessons(&Localizer::embedded());
        App::ALL
            .into_iter()
            .filter(|app| lessons.iter().flat_map(|l| l.practices()).any(|p| p.phone.app == *app))
            .collect()
    })
}

/// Scene names: the plain screens, then the lesson steps.
pub fn names() -> Vec<String> {
    let mut names: Vec<String> = [ScreenId::Home, ScreenId::Settings].iter().map(|s| s.name().to_owned()).collect();
    names.push("home-topics".into());
    names.extend(["lesson-explain", "lesson-question", "lesson-unsafe-tap"].map(String::from));
    names.extend(apps_in_content().iter().map(|a| format!("phone-{}", a.name())));
    names.extend(["roleplay", "roleplay-debrief"].map(String::from));
    names.extend(["result", "result-certificate", "review", "certificates"].map(String::from));
    names.extend(
        [
            "event-code",
            "consent",
            "checked-in",
            "my-events",
            "learner-card",
            "volunteer-sign-in",
            "volunteer-home",
            "volunteer-new-event",
            "volunteer-event",
        ]
        .map(String::from),
    );
    names
}

/// Puts the controller into the scene; `false` if the name is unknown or the content has no
/// such step.
pub fn enter(c: &mut AppController, name: &str) -> bool {
    match name {
        "home" => c.home(),
        "home-topics" => {
            // Home with the first topic of each track open.
            c.home();
            let keys: Vec<&str> = c.tracks().iter().filter_map(|t| t.groups().first().map(|g| g.key())).collect();
            for key in keys {
                c.toggle_topic(key);
            }
        }
        "settings" => c.open(ScreenId::Settings),
        "lesson-explain" => return walk_to(c, |s| matches!(s, Step::Explain { .. })),
        "lesson-question" => return walk_to(c, |s| matches!(s, Step::Question { .. })),
        "lesson-unsafe-tap" => {
            let unsafe_target = |s: &Step| match s {
                Step::Practice(p) => p.targets.iter().find(|t| t.role == Role::Unsafe).map(|t| t.target.clone()),
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
            c.shift_clock(Duration::days(1));
            return c.start_review();
        }
        "event-code" => {
            c.home();
            c.open(ScreenId::EventCode);
            type_code(c, "4829");
        }
        "consent" => {
            c.home();
            c.open(ScreenId::EventCode);
            type_code(c, SAMPLE_CODES[0]);
            // Straight to the question even if an earlier scene agreed already.
            c.open(ScreenId::Consent);
        }
        "checked-in" => {
            c.home();
            c.open(ScreenId::EventCode);
            type_code(c, SAMPLE_CODES[0]);
            c.event_check_in();
            if c.screen() == ScreenId::Consent {
                c.consent_agree();
            }
            return c.screen() == ScreenId::CheckedIn;
        }
        "my-events" => {
            sample_check_ins(c);
            c.home();
            c.open(ScreenId::MyEvents);
        }
        "learner-card" => {
            c.home();
            c.open(ScreenId::LearnerCard);
        }
        "volunteer-sign-in" => {
            c.home();
            c.open(ScreenId::Settings);
            c.open(ScreenId::VolunteerSignIn);
        }
        "volunteer-home" => {
            sample_volunteer(c);
            c.home();
            c.open(ScreenId::Settings);
            c.open(ScreenId::VolunteerHome);
        }
        "volunteer-new-event" => {
            sample_volunteer(c);
            c.home();
            c.open(ScreenId::VolunteerHome);
            c.open(ScreenId::VolunteerNewEvent);
        }
        "volunteer-event" => {
            sample_volunteer(c);
            c.home();
            c.open(ScreenId::VolunteerHome);
            return c.open_volunteer_event(&sample_event_id(0).to_string());
        }
        "roleplay" => return walk_to(c, |s| matches!(s, Step::RolePlay(_))),
        "roleplay-debrief" => {
            if !walk_to(c, |s| matches!(s, Step::RolePlay(_))) {
                return false;
            }
            // A checking question first, then hanging up: the debrief names what was heard.
            c.call_choice(Move::Ask);
            c.call_choice(Move::HangUp);
        }
        other if other.starts_with("lesson:") => return lesson_step(c, other),
        other => {
            let Some(app) = other.strip_prefix("phone-").and_then(App::from_name) else { return false };
            return walk_to(c, |s| matches!(s, Step::Practice(p) if p.phone.app == app));
        }
    }
    true
}

/// `lesson:<id>:<n>`: step n (1-based) of that lesson, reached with right answers;
/// `lesson:<id>:<n>:<target>` then taps that target of the practice (to see its feedback).
fn lesson_step(c: &mut AppController, name: &str) -> bool {
    let mut parts = name.splitn(4, ':').skip(1);
    let (Some(id), Some(n)) = (parts.next(), parts.next().and_then(|n| n.parse::<usize>().ok())) else {
        return false;
    };
    if n == 0 || !c.open_lesson(id) {
        return false;
    }
    while c.lesson_view().is_some_and(|v| v.position.0 < n) {
        solve_and_next(c);
    }
    if c.lesson_view().is_none_or(|v| v.position.0 != n) {
        return false;
    }
    if let Some(target) = parts.next() {
        c.tap_target(target);
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
        Step::Practice(p) => {
            if let Some(t) = p.correct_targets().next() {
                // Typed input first, where the right move needs it.
                if let blue_vest_core::lessons::Effect::Input { expect, .. } = &t.effect {
                    for key in expect.chars() {
                        c.phone_key(&key.to_string());
                    }
                }
                c.tap_target(&t.target.clone());
            }
        }
        Step::RolePlay(_) => c.call_choice(Move::HangUp),
        Step::Explain { .. } => {}
    }
    c.lesson_next();
}

/// Event codes of the sample check-ins, one per state shown on "My events".
const SAMPLE_CODES: [&str; 4] = ["482913", "305127", "771046", "918264"];

fn type_code(c: &mut AppController, code: &str) {
    for digit in code.chars() {
        c.event_code_key(&digit.to_string());
    }
}

/// The senior's check-ins: waiting, sent, not recognised by the server, and set aside.
fn sample_check_ins(c: &mut AppController) {
    let now = c.now();
    let store = c.store_mut();
    if store.attendance_consent().ok().flatten().is_none() {
        let _ = store.give_attendance_consent(now);
    }
    let outcomes = [
        None,
        Some((RecordState::Sent, None)),
        Some((RecordState::Rejected, Some("unknown_event_code"))),
        Some((RecordState::Quarantined, Some("refused_400_invalid"))),
    ];
    for (i, (code, outcome)) in SAMPLE_CODES.iter().zip(outcomes).enumerate() {
        let when = now - Duration::days(3 * i as i64);
        let record = match attendance::senior_check_in(store, code, when) {
            Ok(r) => r,
            Err(CheckInError::Already(r)) => *r,
            Err(e) => {
                log::warn!("scene: {e}");
                continue;
            }
        };
        if let Some((state, reason)) = outcome {
            let _ = store.settle(&[(record.record.id, state, reason.map(String::from))], when);
        }
    }
}

fn sample_event_id(i: u128) -> Uuid {
    Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0000 + i)
}

/// A signed-in volunteer with two events (one made on this phone), three check-ins and a sync
/// that reached the server earlier.
fn sample_volunteer(c: &mut AppController) {
    let now = c.now();
    let store = c.store_mut();
    let session = VolunteerSession {
        server: "https://volunteer.example.org".into(),
        token: "sample-token".into(),
        name: "李伟".into(),
        org_name: "蓝马甲·成都".into(),
        city: "成都".into(),
        expires_at: now + Duration::days(30),
    };
    let _ = store.save_volunteer_session(&session);
    let events = [("玉林社区活动中心", "562830", false), ("望江路街道老年大学", "190474", true)];
    for (i, (venue, code, uploaded)) in events.into_iter().enumerate() {
        let event = LocalEvent {
            client_id: sample_event_id(i as u128),
            server_id: uploaded.then_some(41 + i as i64),
            code: EventCode::parse(code).expect("a sample code"),
            venue: venue.into(),
            city: "成都".into(),
            starts_at: now - Duration::days(2 * i as i64) - Duration::hours(1),
            topics: Vec::new(),
            closed: false,
            attendance: 0,
            uploaded,
            problem: None,
        };
        let _ = store.save_volunteer_event(&event);
    }
    let code = EventCode::parse(events[0].1).expect("a sample code");
    for bits in [0x5_1C3A_7E21, 0x2_9B04_D3F7, 0x6_E2A1_4C58] {
        let learner = LearnerCode::from_bits(bits);
        // The first one was sent already; the others wait.
        if let Ok(r) = attendance::volunteer_check_in(store, &code, learner.as_str(), now)
            && bits == 0x5_1C3A_7E21
        {
            let _ = store.settle(&[(r.record.id, RecordState::Sent, None)], now);
        }
    }
    if store.sync_log().ok().and_then(|l| l.0).is_none() {
        let _ = store.note_sync(Utc::now() - Duration::minutes(25), None);
    }
}
