//! Lesson packs on the phone, through the real UI by accessible labels: an organiser publishes
//! a pack on the dashboard in headless chromium (the real server binary); a senior checks in at
//! the event, the phone's sync worker fetches and installs the pack, and its lesson is on Home's
//! "new this week" card, taken to its result; withdrawn on the server, it leaves Home at the next
//! sync. Without a server: a pack whose last day passed leaves Home, the certificates and
//! progress stay, and its texts, picture and voice are the pack's own.

use std::time::Duration;

use crate::browser::Browser;
use crate::common::*;
use crate::lesson::do_step_right;
use crate::pack_helpers::{DEMO_LESSON, archive, demo_archive, demo_files, today};
use crate::server::{PASSWORD, ServerProcess};
use blue_vest::ui::{App, Screen};
use blue_vest_core::app::{AppOptions, PACKS_FOLDER};
use blue_vest_core::attendance::http::HttpTransport;
use blue_vest_core::lessons::Step;
use blue_vest_core::navigation::ScreenId;
use blue_vest_core::packs::{self, Limits, Statement, check_pack, generate_keypair, read_archive, sign};
use blue_vest_core::store::{DB_FILE, Store};

fn card_lessons(app: &App) -> Vec<(String, bool)> {
    let cards = app.controller().new_packs();
    cards.iter().flat_map(|c| &c.lessons).map(|l| (l.id.clone(), l.done)).collect()
}

/// Takes the open lesson to its result, every step done right, through the UI.
fn finish_lesson(app: &App) {
    while app.controller().lesson_view().is_some() {
        do_step_right(app);
    }
    assert_eq!(screen(app), Screen::Result);
}

#[test]
fn a_pack_published_on_the_dashboard_reaches_a_seniors_home_at_check_in_and_leaves_when_withdrawn() {
    let server = ServerProcess::start();
    let code = server.create_event("Yulin community hall");

    // The organiser publishes the pack with the dashboard's form.
    let upload = tempfile::tempdir().unwrap();
    let zip = upload.path().join("demo-pack.zip");
    std::fs::write(&zip, demo_archive(&["成都"])).unwrap();
    {
        let b = Browser::start();
        b.goto(&format!("{}/dashboard/login", server.url));
        b.type_into("#email", "lead@example.org");
        b.type_into("#password", PASSWORD);
        b.click_to_new_page("form[action='/dashboard/login'] button[type=submit]");
        assert_eq!(b.path(), "/dashboard");
        b.goto(&format!("{}/dashboard/packs", server.url));
        b.type_into("#archive", zip.to_str().unwrap());
        b.click_to_new_page("form[action='/dashboard/packs'] button[type=submit]");
        assert_eq!(b.text("[role=status] strong"), "demo v1", "published and signed");
    }

    // A senior's phone, set up for the campaign's server, trusting its key.
    init();
    let dir = tempfile::tempdir().unwrap();
    Store::open(&dir.path().join(DB_FILE)).unwrap().set_server_url(Some(&server.url)).unwrap();
    let app = start_with(AppOptions {
        data_dir: dir.path().to_owned(),
        locale: Some("en-US".into()),
        pack_key: Some(server.pack_key),
        ..Default::default()
    });
    let new_this_week = app.tr("home-new-this-week");
    assert!(!exists(&app, &new_this_week), "no card before any pack");
    let hour = Duration::from_secs(3600);
    assert!(app.start_sync_with(Box::new(HttpTransport::new().unwrap()), hour, hour));

    // Checking in at the event syncs: the attendance goes up, the pack comes down.
    tap(&app, "I'm at an event");
    type_on_keypad(&app, &code);
    tap(&app, "Check in");
    tap(&app, "I agree");
    assert_eq!(screen(&app), Screen::CheckedIn);
    wait_until(&app, "the pack", |app| !card_lessons(app).is_empty());
    assert_eq!(server.counts().2, 1, "the check-in reached the server");
    assert!(dir.path().join(PACKS_FOLDER).join("demo@1").is_dir(), "installed in the data folder");
    tap(&app, "Back to Home");
    assert_eq!(screen(&app), Screen::Home);
    assert!(exists(&app, &new_this_week), "{:?}", all_labels(&app));
    assert!(exists(&app, "Fake customer service"), "the pack's title: {:?}", all_labels(&app));

    // Its lesson, from the card to the result, as a senior takes it.
    let lesson = app.controller().find_lesson(DEMO_LESSON).cloned().expect("the pack's lesson is loaded");
    let title = app.tr(&lesson.title);
    assert!(!title.is_empty() && title != lesson.title, "the pack's text, not its id");
    tap(&app, &title);
    assert_eq!(screen(&app), Screen::Lesson);
    finish_lesson(&app);
    assert!(exists(&app, &app.tr(&lesson.remember)), "what to remember: {:?}", all_labels(&app));
    tap(&app, &app.tr("result-home"));
    assert_eq!(card_lessons(&app), [(DEMO_LESSON.to_owned(), true)], "done on the card");
    let tracks_before = app.controller().tracks();

    // Withdrawn on the dashboard's API: gone from Home at the next sync, progress kept.
    server.withdraw_pack("demo");
    app.update(|c| c.send_now());
    wait_until(&app, "the withdrawal", |app| card_lessons(app).is_empty());
    assert!(!exists(&app, &new_this_week), "{:?}", all_labels(&app));
    assert!(!dir.path().join(PACKS_FOLDER).join("demo@1").exists(), "removed from the phone");
    assert_eq!(app.controller().tracks(), tracks_before, "the bundled tracks did not change");
    let progress = Store::open(&dir.path().join(DB_FILE)).unwrap().lesson_progress(DEMO_LESSON).unwrap();
    assert!(progress.is_some_and(|p| p.completed_at.is_some()), "the finished lesson stays finished");
}

/// Installs the demo pack (valid `days` more days) signed with a key of the test's own.
fn install_demo(data_dir: &std::path::Path, days: i64) -> packs::VerifyingKey {
    let (signing, verifying) = generate_keypair();
    let files = demo_files(&["成都"], today() - chrono::Duration::days(1), today() + chrono::Duration::days(days));
    let bytes = archive(files);
    let manifest = check_pack(&read_archive(&bytes, &Limits::default()).unwrap()).manifest.unwrap();
    let signed = sign(&Statement::for_archive(&manifest, 1, &bytes, chrono::Utc::now()), &signing);
    packs::install(&data_dir.join(PACKS_FOLDER), &signed, &bytes, &verifying, today()).unwrap();
    verifying
}

#[test]
fn a_packs_lesson_speaks_and_shows_its_own_texts_and_leaves_home_after_its_last_day() {
    init();
    let dir = tempfile::tempdir().unwrap();
    let key = install_demo(dir.path(), 1);
    let app = start_with(AppOptions {
        data_dir: dir.path().to_owned(),
        locale: Some("zh-CN".into()),
        pack_key: Some(key),
        ..Default::default()
    });
    assert!(exists(&app, &app.tr("home-new-this-week")), "{:?}", all_labels(&app));
    assert!(exists(&app, "假客服电话"), "the pack's title in Chinese");
    let lesson = app.controller().find_lesson(DEMO_LESSON).cloned().unwrap();

    // Home names the new lesson after its prompt.
    let spoken: Vec<String> = app.controller().prompt().into_iter().map(|(id, _)| id).collect();
    assert_eq!(spoken, ["prompt-home", "home-new-this-week", lesson.title.as_str()]);

    // The pack's pictures come from its folder.
    let pictures: Vec<String> = lesson.steps.iter().flat_map(Step::pictures).map(str::to_owned).collect();
    assert!(!pictures.is_empty(), "the demo lesson shows its badge");
    for p in &pictures {
        assert!(
            p.starts_with(dir.path().join(PACKS_FOLDER).to_str().unwrap()) && std::path::Path::new(p).is_file(),
            "{p}"
        );
    }

    // Half-way through, the app is closed; the lesson goes on where it was.
    tap(&app, &app.tr(&lesson.title));
    do_step_right(&app);
    let at = app.controller().lesson_view().unwrap().position;
    drop(app);
    let app = start_with(AppOptions {
        data_dir: dir.path().to_owned(),
        locale: Some("zh-CN".into()),
        pack_key: Some(key),
        ..Default::default()
    });
    assert!(app.controller().can_continue(), "Continue brings the senior back to the pack's lesson");
    tap(&app, &app.tr("home-continue"));
    assert_eq!(app.controller().lesson_view().unwrap().position, at, "resumed at the same step");
    finish_lesson(&app);
    tap(&app, &app.tr("result-home"));
    let certificates = app.controller().certificates();

    // Two days later the pack's last day has passed: off Home, nothing else changes.
    app.update(|c| {
        c.shift_clock(chrono::Duration::days(2));
        c.open(ScreenId::Settings);
        c.home();
    });
    assert!(card_lessons(&app).is_empty());
    assert!(!exists(&app, &app.tr("home-new-this-week")), "{:?}", all_labels(&app));
    assert!(app.controller().find_lesson(DEMO_LESSON).is_none());
    assert_eq!(app.controller().certificates(), certificates, "certificates stay");
    let progress = Store::open(&dir.path().join(DB_FILE)).unwrap().lesson_progress(DEMO_LESSON).unwrap();
    assert!(progress.is_some_and(|p| p.completed_at.is_some()), "the finished lesson stays finished");
}
