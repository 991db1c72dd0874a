//! The attendance screens through the real UI, by accessible labels: the senior's keypad
//! check-in with the consent asked once, "My events", the learner card, and volunteer mode
//! (sign-in against the real server binary, a new event, check-in by learner code, sending).

use std::time::Duration;

use crate::common::*;
use crate::server::ServerProcess;
use blue_vest::ui::Screen;
use blue_vest_core::attendance::http::HttpTransport;
use blue_vest_core::navigation::ScreenId;
use blue_vest_core::store::{DB_FILE, Store, VolunteerSession};
use blue_vest_protocol::LearnerCode;

/// The store file as another process would read it.
fn stored_session(dir: &std::path::Path) -> Option<VolunteerSession> {
    Store::open(&dir.join(DB_FILE)).unwrap().volunteer_session().unwrap()
}

#[test]
fn a_senior_checks_in_with_the_keypad_after_agreeing_once() {
    init();
    let dir = tempfile::tempdir().unwrap();
    let app = start_in(dir.path(), "en-US", None);
    tap(&app, "I'm at an event");
    assert_eq!(screen(&app), Screen::EventCode);
    assert!(exists(&app, "No digits typed yet"));
    assert!(find(&app, "5").size().height >= 80.0, "keys are well above 60 px: {}", describe(&find(&app, "5")));

    // Five digits cannot be sent.
    type_on_keypad(&app, "48291");
    assert!(exists(&app, "Code typed: 48291"), "{:?}", all_labels(&app));
    assert_eq!(find(&app, "Check in").accessible_enabled(), Some(false));
    tap(&app, "Check in");
    assert_eq!(screen(&app), Screen::EventCode, "a 5-digit code is not submitted");
    assert!(app.controller().my_records().is_empty());

    // Delete works; a seventh digit is not taken.
    tap(&app, "Delete");
    assert!(exists(&app, "Code typed: 4829"));
    type_on_keypad(&app, "13");
    assert_eq!(find(&app, "9").accessible_enabled(), Some(false), "six digits: the keys rest");
    tap(&app, "9");
    assert!(exists(&app, "Code typed: 482913"));
    assert_eq!(find(&app, "Check in").accessible_enabled(), Some(true));

    // The first time, the consent screen says what is sent and what never is.
    tap(&app, "Check in");
    assert_eq!(screen(&app), Screen::Consent);
    for id in [
        "consent-sent-code",
        "consent-sent-learner",
        "consent-sent-lessons",
        "consent-never-name",
        "consent-never-phone",
    ] {
        assert!(exists(&app, &format!("• {}", app.tr(id))), "{id}: {:?}", all_labels(&app));
    }
    assert!(app.controller().my_records().is_empty(), "nothing is recorded before the answer");
    tap(&app, "I agree");
    assert_eq!(screen(&app), Screen::CheckedIn);
    assert!(exists(&app, "You are checked in"));
    assert!(exists(&app, "Event code 482 913"));
    assert!(exists(&app, &app.tr("record-waiting")), "{:?}", all_labels(&app));
    assert!(!exists(&app, &app.tr("checked-in-already")));

    tap(&app, "My events");
    assert_eq!(screen(&app), Screen::MyEvents);
    assert!(exists(&app, "Event 482 913"));
    assert!(exists(&app, "Waiting to send. It will be sent when there is a connection."));
    let records = app.controller().my_records();
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].event_code, "482 913");

    // The same code again: no consent screen, and it says so.
    tap(&app, "Home");
    tap(&app, "I'm at an event");
    assert!(exists(&app, "No digits typed yet"), "the keypad starts empty");
    type_on_keypad(&app, "482913");
    tap(&app, "Check in");
    assert_eq!(screen(&app), Screen::CheckedIn, "consent is not asked again");
    assert!(exists(&app, &app.tr("checked-in-already")), "{:?}", all_labels(&app));
    assert_eq!(app.controller().my_records().len(), 1, "still one check-in");
    tap(&app, "Back to Home");
    assert_eq!(screen(&app), Screen::Home);
}

#[test]
fn not_now_records_nothing_and_consent_is_asked_only_until_given() {
    init();
    let dir = tempfile::tempdir().unwrap();
    {
        let app = start_in(dir.path(), "zh-CN", None);
        tap(&app, "我在活动现场");
        type_on_keypad(&app, "305127");
        tap(&app, "签到");
        assert_eq!(screen(&app), Screen::Consent);
        tap(&app, "暂不同意");
        assert_eq!(screen(&app), Screen::EventCode, "back to the keypad");
        assert!(app.controller().my_records().is_empty(), "nothing recorded");
        assert!(!app.controller().has_attendance_consent());
        let store = Store::open(&dir.path().join(DB_FILE)).unwrap();
        assert_eq!(store.outbox_counts().unwrap(), (0, 0), "nothing waits to be sent");
        assert_eq!(store.attendance_consent().unwrap(), None);

        // Not agreed yet: asked again.
        tap(&app, "签到");
        assert_eq!(screen(&app), Screen::Consent);
        tap(&app, "我同意");
        assert_eq!(screen(&app), Screen::CheckedIn);
        assert!(exists(&app, "您已签到"));
        assert_eq!(app.controller().my_records().len(), 1);
    }
    // Agreed once is agreed for good, after a restart too.
    let app = start_in(dir.path(), "zh-CN", None);
    tap(&app, "我在活动现场");
    type_on_keypad(&app, "771046");
    tap(&app, "签到");
    assert_eq!(screen(&app), Screen::CheckedIn, "no second consent screen");
    assert_eq!(app.controller().my_records().len(), 2);
}

#[test]
fn the_learner_card_shows_the_code_and_its_qr_code() {
    init();
    let dir = tempfile::tempdir().unwrap();
    let app = start_in(dir.path(), "en-US", None);
    let code = Store::open(&dir.path().join(DB_FILE)).unwrap().learner_code().unwrap().display_grouped();
    tap(&app, "My learner card");
    assert_eq!(screen(&app), Screen::LearnerCard);
    assert!(exists(&app, &format!("Learner code {code}")), "{:?}", all_labels(&app));
    let qr = find(&app, "QR code of your learner code");
    assert!(qr.size().width >= 200.0 && qr.size().height == qr.size().width, "big enough to scan: {}", describe(&qr));
    tap(&app, "Done");
    assert_eq!(screen(&app), Screen::Home);
}

#[test]
fn a_volunteer_signs_in_against_the_real_server_sends_and_signs_out() {
    let server = ServerProcess::start();
    let hall = "Yulin community hall";
    server.create_event(hall);
    init();
    let dir = tempfile::tempdir().unwrap();
    let app = start_in(dir.path(), "en-US", None);
    // Syncs only when asked (sign-in, check-in, "Send now"), as in the app but without the timer.
    let hour = Duration::from_secs(3600);
    assert!(app.start_sync_with(Box::new(HttpTransport::new().unwrap()), hour, hour));

    tap(&app, "Settings");
    tap(&app, "Volunteer mode");
    assert_eq!(screen(&app), Screen::VolunteerSignIn, "not signed in: the sign-in first");
    assert_eq!(find(&app, "Server address").accessible_value().unwrap(), "", "no server saved yet");
    find(&app, "Server address").set_accessible_value(&server.url);
    find(&app, "Email").set_accessible_value("lead@example.org");
    find(&app, "Password").set_accessible_value("not the password");
    tap(&app, "Sign in");
    assert!(app.controller().sign_in_busy(), "the answer comes from another thread");
    assert_eq!(find(&app, "Sign in").accessible_enabled(), Some(false), "one sign-in at a time");
    wait_until(&app, "the wrong password's answer", |app| !app.controller().sign_in_busy());
    let wrong = format!("⚠ {}", app.tr("sign-in-error-password"));
    assert!(exists(&app, &wrong), "{:?}", all_labels(&app));
    assert_eq!(screen(&app), Screen::VolunteerSignIn);
    assert!(stored_session(dir.path()).is_none());

    find(&app, "Password").set_accessible_value(crate::server::PASSWORD);
    tap(&app, "Sign in");
    wait_until(&app, "the sign-in", |app| screen(app) == Screen::VolunteerHome);
    assert!(exists(&app, "Signed in as 李伟"), "{:?}", all_labels(&app));
    assert!(exists(&app, "Chengdu Blue Vest"));
    let session = stored_session(dir.path()).expect("the session is kept");
    assert!(!session.token.is_empty());
    assert_eq!(session.server, server.url);

    // The sign-in asked for a sync: the organisation's event arrives and shows.
    wait_until(&app, "the events download", |app| app.controller().last_sync_report().is_some());
    assert!(exists(&app, hall), "{:?}", all_labels(&app));

    // A new event made on the phone, a senior checked in, "Send now".
    tap(&app, "New event");
    assert_eq!(find(&app, "City").accessible_value().unwrap(), "成都", "the organisation's city");
    find(&app, "Venue").set_accessible_value("Wangjiang Road library");
    tap(&app, "Create event");
    assert_eq!(screen(&app), Screen::VolunteerEvent);
    let learner = LearnerCode::from_bits(0x1234_5678);
    find(&app, "Learner code (on the learner card)").set_accessible_value(learner.display_grouped());
    tap(&app, "Check in");
    assert!(exists(&app, "1 senior checked in here"));
    tap(&app, "Back");
    assert_eq!(screen(&app), Screen::VolunteerHome);
    tap(&app, "Send now");
    wait_until(&app, "everything sent", |app| {
        app.controller().last_sync_report().is_some_and(|r| r.waiting == 0 && r.problem.is_none())
            && app.controller().volunteer_view().is_some_and(|v| v.sync.waiting == 0)
    });
    assert!(exists(&app, &app.tr("sync-nothing-waiting")), "{:?}", all_labels(&app));
    let view = app.controller().volunteer_view().unwrap();
    let last_sent = view.sync.last_sent.clone().expect("a sync reached the server");
    assert!(exists(&app, &format!("Last sent at {last_sent}")), "{:?}", all_labels(&app));
    assert!(view.events.iter().all(|e| e.uploaded), "the new event is on the server now: {:?}", view.events);
    assert!(view.events.iter().any(|e| e.venue == hall), "the server's event is kept");
    assert_eq!(server.counts(), (1, 1, 1), "the check-in reached the server");
    tap(&app, "Wangjiang Road library");
    assert!(
        exists(&app, &format!("{}: {}", learner.display_grouped(), app.tr("record-sent"))),
        "{:?}",
        all_labels(&app)
    );
    tap(&app, "Back");

    tap(&app, "Sign out");
    assert_eq!(screen(&app), Screen::Settings, "back where volunteer mode was opened");
    assert!(stored_session(dir.path()).is_none(), "signing out removes the token");
    tap(&app, "Volunteer mode");
    assert_eq!(screen(&app), Screen::VolunteerSignIn);
    assert_eq!(find(&app, "Server address").accessible_value().unwrap(), server.url, "the address is kept");
    assert_eq!(find(&app, "Password").accessible_value().unwrap_or_default(), "", "no password is kept");
}

#[test]
fn a_volunteer_checks_in_learner_codes_at_a_new_event() {
    init();
    let dir = tempfile::tempdir().unwrap();
    Store::open(&dir.path().join(DB_FILE))
        .unwrap()
        .save_volunteer_session(&VolunteerSession {
            server: "http://127.0.0.1:9".into(),
            token: "token".into(),
            name: "王芳".into(),
            org_name: "蓝马甲·成都".into(),
            city: "成都".into(),
            expires_at: chrono::Utc::now() + chrono::Duration::days(1),
        })
        .unwrap();
    let app = start_in(dir.path(), "en-US", None);
    app.open(ScreenId::Settings);
    tap(&app, "Volunteer mode");
    assert_eq!(screen(&app), Screen::VolunteerHome, "signed in already");
    assert!(exists(&app, &app.tr("volunteer-events-none")));

    tap(&app, "New event");
    assert_eq!(screen(&app), Screen::VolunteerNewEvent);
    tap(&app, "Create event");
    assert!(exists(&app, &format!("⚠ {}", app.tr("new-event-venue-missing"))), "a venue is needed");
    find(&app, "Venue").set_accessible_value("Community hall");
    tap(&app, "Create event");
    assert_eq!(screen(&app), Screen::VolunteerEvent);
    assert!(exists(&app, "0 seniors checked in here"), "{:?}", all_labels(&app));
    assert!(exists(&app, &app.tr("volunteer-event-not-uploaded-long")));
    let event = app.controller().volunteer_event_view().unwrap().event;
    assert!(exists(&app, &format!("Event code {}", event.code)), "the code is shown for seniors");

    // Lower case and a dash are fine.
    let field = "Learner code (on the learner card)";
    let first = LearnerCode::from_bits(1_000_001);
    find(&app, field).set_accessible_value(first.display_grouped().to_lowercase());
    tap(&app, "Check in");
    assert!(exists(&app, &format!("✓ Checked in: {}", first.display_grouped())), "{:?}", all_labels(&app));
    assert!(exists(&app, "1 senior checked in here"));
    assert_eq!(find(&app, field).accessible_value().unwrap(), "", "ready for the next card");

    // One wrong character is caught; nothing is recorded.
    let mut typo: Vec<char> = LearnerCode::from_bits(2_000_002).as_str().chars().collect();
    typo[3] = if typo[3] == 'K' { 'M' } else { 'K' };
    let typo: String = typo.into_iter().collect();
    find(&app, field).set_accessible_value(&typo);
    tap(&app, "Check in");
    assert!(exists(&app, "⚠ A character looks mistyped; please check the card."), "{:?}", all_labels(&app));
    assert!(exists(&app, "1 senior checked in here"), "the count stays");
    assert_eq!(find(&app, field).accessible_value().unwrap(), typo, "kept to be corrected");

    let second = LearnerCode::from_bits(2_000_002);
    find(&app, field).set_accessible_value(second.as_str().to_lowercase());
    tap(&app, "Check in");
    assert!(exists(&app, "2 seniors checked in here"));
    // The same card again is not counted twice.
    find(&app, field).set_accessible_value(second.display_grouped());
    tap(&app, "Check in");
    assert!(exists(&app, &format!("✓ {} is already checked in here.", second.display_grouped())));
    assert!(exists(&app, "2 seniors checked in here"));
    for learner in [&first, &second] {
        let row = format!("{}: {}", learner.display_grouped(), app.tr("record-waiting"));
        assert!(exists(&app, &row), "listed with its state: {row}");
    }

    tap(&app, "Back");
    assert_eq!(screen(&app), Screen::VolunteerHome, "the finished form is skipped");
    let button = find(&app, "Community hall");
    assert_eq!(button.accessible_role(), Some(i_slint_backend_testing::AccessibleRole::Button));
    assert!(exists(&app, "2 check-ins are waiting to send."), "{:?}", all_labels(&app));
    let events = app.controller().volunteer_view().unwrap().events;
    assert_eq!(events.len(), 1);
    assert!(!events[0].uploaded, "made offline: marked not uploaded yet");
}
