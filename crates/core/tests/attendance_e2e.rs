//! Attendance end to end: the app's own attendance code (store, check-ins, sync engine, reqwest
//! transport) and the `blue-vest` binary against the REAL volunteer server binary over SQLite.
//! Build the server first: `cargo build -p blue-vest-server` (scripts/test.sh's test build makes it).

#[path = "common/server.rs"]
mod server;

use std::collections::BTreeSet;
use std::path::Path;
use std::time::Duration;

use blue_vest_core::attendance::http::HttpTransport;
use blue_vest_core::attendance::{self, SyncOptions, SyncProblem, SyncReport, commands};
use blue_vest_core::store::{DB_FILE, RecordState, Store};
use blue_vest_protocol::{EventInfo, EventList, LearnerCode};
use chrono::Utc;
use rand::Rng as _;
use server::{PASSWORD, ServerProcess};

const EMAIL: &str = "lead@example.org";

/// A phone: its own data directory and store file.
struct Device {
    store: Store,
    dir: tempfile::TempDir,
}

fn device() -> Device {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join(DB_FILE)).unwrap();
    Device { store, dir }
}

fn transport() -> HttpTransport {
    HttpTransport::with_timeouts(Duration::from_secs(2), Duration::from_secs(15)).unwrap()
}

fn sync(store: &mut Store, server: Option<&str>, force: bool) -> SyncReport {
    let options = SyncOptions { server: server.map(str::to_owned), force };
    attendance::sync_once(store, &transport(), &options, Utc::now(), &mut rand::thread_rng())
}

fn sign_in(store: &mut Store, server: &ServerProcess) {
    let session = attendance::sign_in(store, &transport(), &server.url, EMAIL, PASSWORD).expect("sign-in");
    assert_eq!(session.org_name, "Chengdu Blue Vest");
    assert_eq!(session.city, "成都");
    assert!(!session.token.is_empty());
    let kept = store.volunteer_session().unwrap().expect("the session is kept in the store");
    // The store keeps times to the millisecond.
    assert!((kept.expires_at - session.expires_at).num_milliseconds().abs() <= 1);
    assert_eq!(kept, blue_vest_core::store::VolunteerSession { expires_at: kept.expires_at, ..session });
}

fn random_learner() -> LearnerCode {
    LearnerCode::from_bits(rand::thread_rng().r#gen::<u64>())
}

fn ids_of(store: &Store) -> BTreeSet<String> {
    store.attendance_records(None).unwrap().iter().map(|r| r.record.id.to_string()).collect()
}

fn assert_all_sent(store: &Store) {
    let records = store.attendance_records(None).unwrap();
    assert!(!records.is_empty());
    for r in &records {
        assert_eq!(r.state, RecordState::Sent, "{r:?}");
    }
    assert_eq!(store.outbox_counts().unwrap(), (0, 0), "the outbox is empty");
    assert!(store.outbox_due(Utc::now(), true, 10_000).unwrap().is_empty());
}

/// Runs a headless command as the desktop CLI does (`blue-vest --data-dir DIR <args>`, the
/// password from `stdin`); returns (success, what it printed, its error).
fn app(data_dir: &Path, args: &[&str], stdin: &str) -> (bool, String, String) {
    let mut out = Vec::new();
    let arg = |name: &str| args.iter().position(|a| *a == name).map(|i| args[i + 1].to_owned());
    let result = match args {
        ["attend", ..] => {
            let (code, learner) = (arg("--event-code").unwrap(), arg("--learner"));
            commands::attend(data_dir, &code, learner.as_deref(), args.contains(&"--consent"), &mut out)
        }
        ["sync", ..] => commands::sync(data_dir, arg("--server"), &mut out),
        ["volunteer", "sign-in", ..] => commands::read_password(&mut stdin.as_bytes()).and_then(|password| {
            commands::sign_in(data_dir, &arg("--server").unwrap(), &arg("--email").unwrap(), &password, &mut out)
        }),
        ["volunteer", "sign-out"] => commands::sign_out(data_dir, &mut out),
        other => panic!("no command {other:?}"),
    };
    let err = result.as_ref().err().map(|e| format!("{e:#}")).unwrap_or_default();
    (result.is_ok(), String::from_utf8(out).unwrap(), err)
}

/// The server's events of the organisation, over its API.
fn server_events(server: &ServerProcess) -> Vec<EventInfo> {
    let r = server
        .http()
        .get(format!("{}/api/v1/events?state=all&limit=200", server.url))
        .bearer_auth(server.volunteer_token())
        .send()
        .unwrap();
    assert_eq!(r.status(), 200);
    r.json::<EventList>().unwrap().events
}

#[test]
fn a_volunteer_and_a_senior_checking_in_the_same_learner_make_one_attendance() {
    let server = ServerProcess::start();
    let code = server.create_event("玉林社区活动中心");

    // The volunteer signs in; the first sync downloads the organisation's events.
    let mut volunteer = device();
    sign_in(&mut volunteer.store, &server);
    let first = sync(&mut volunteer.store, None, false);
    assert_eq!((first.problem, first.waiting, first.sent()), (None, 0, 0), "{first:?}");
    let event = volunteer
        .store
        .volunteer_events()
        .unwrap()
        .into_iter()
        .find(|e| e.code.as_str() == code)
        .expect("the event is downloaded");
    assert!(event.uploaded && event.server_id.is_some() && !event.closed);
    assert_eq!(event.venue, "玉林社区活动中心");

    // The senior agrees, types the event code on their own phone and shows their learner card.
    let mut senior = device();
    assert!(matches!(
        attendance::senior_check_in(&mut senior.store, &code, Utc::now()),
        Err(attendance::CheckInError::NoConsent)
    ));
    senior.store.give_attendance_consent(Utc::now()).unwrap();
    let own = attendance::senior_check_in(&mut senior.store, &code, Utc::now()).unwrap();
    let card = senior.store.learner_code().unwrap();
    assert_eq!(own.record.learner, card);

    // The volunteer types the code from the card, as printed (grouped, lower case).
    let typed = attendance::volunteer_check_in(
        &mut volunteer.store,
        &event.code,
        &card.display_grouped().to_lowercase(),
        Utc::now(),
    )
    .unwrap();
    assert_eq!(typed.record.learner, card);
    assert_ne!(typed.record.id, own.record.id);

    let v = sync(&mut volunteer.store, None, false);
    assert_eq!((v.created, v.rejected, v.waiting, v.problem), (1, 0, 0, None), "{v:?}");
    let s = sync(&mut senior.store, Some(&server.url), false);
    assert_eq!((s.created, s.rejected, s.waiting, s.problem), (1, 0, 0, None), "{s:?}");

    // Two records, merged into ONE attendance for (event, learner).
    assert_eq!(server.counts(), (2, 2, 1));
    let expected: BTreeSet<String> = [own.record.id.to_string(), typed.record.id.to_string()].into();
    assert_eq!(server.record_ids().into_iter().collect::<BTreeSet<_>>(), expected);
    assert_all_sent(&volunteer.store);
    assert_all_sent(&senior.store);

    // Syncing again sends nothing more; the volunteer's event now shows the merged count.
    let again = sync(&mut volunteer.store, None, true);
    assert_eq!((again.sent(), again.problem), (0, None));
    assert_eq!(sync(&mut senior.store, Some(&server.url), true).sent(), 0);
    assert_eq!(server.counts(), (2, 2, 1));
    let refreshed = volunteer.store.volunteer_events().unwrap().into_iter().find(|e| e.code == event.code).unwrap();
    assert_eq!(refreshed.attendance, 1);
}

#[test]
fn records_made_while_the_server_is_down_wait_and_are_all_delivered_later() {
    let mut server = ServerProcess::start();
    let code = server.create_event("望江楼公园");
    let mut volunteer = device();
    sign_in(&mut volunteer.store, &server);
    assert_eq!(sync(&mut volunteer.store, None, false).problem, None);
    let event = volunteer.store.volunteer_events().unwrap().into_iter().find(|e| e.code.as_str() == code).unwrap();
    let mut senior = device();
    senior.store.give_attendance_consent(Utc::now()).unwrap();

    server.down();
    let made_at = Utc::now();
    for _ in 0..5 {
        attendance::volunteer_check_in(&mut volunteer.store, &event.code, random_learner().as_str(), made_at).unwrap();
    }
    attendance::senior_check_in(&mut senior.store, &code, made_at).unwrap();
    let mut expected = ids_of(&volunteer.store);
    expected.extend(ids_of(&senior.store));
    assert_eq!(expected.len(), 6);

    for round in 1..=2u32 {
        let v = sync(&mut volunteer.store, None, round > 1);
        assert_eq!((v.problem, v.sent(), v.deferred, v.waiting), (Some(SyncProblem::Offline), 0, 5, 5), "{v:?}");
        let s = sync(&mut senior.store, Some(&server.url), round > 1);
        assert_eq!((s.problem, s.sent(), s.deferred, s.waiting), (Some(SyncProblem::Offline), 0, 1, 1), "{s:?}");
        for store in [&volunteer.store, &senior.store] {
            let waiting = store.outbox_due(Utc::now(), true, 100).unwrap();
            assert!(!waiting.is_empty());
            for e in &waiting {
                assert_eq!(e.attempts, round, "each failed try is counted");
                assert!(e.next_attempt_at >= made_at);
            }
            assert!(store.attendance_records(None).unwrap().iter().all(|r| r.state == RecordState::Waiting));
            assert_eq!(store.sync_log().unwrap().1.as_deref(), Some("offline"));
        }
    }
    assert_eq!(ids_of(&volunteer.store).len() + ids_of(&senior.store).len(), 6, "nothing lost");

    server.up();
    let v = sync(&mut volunteer.store, None, true);
    assert_eq!((v.created, v.waiting, v.problem), (5, 0, None), "{v:?}");
    let s = sync(&mut senior.store, Some(&server.url), true);
    assert_eq!((s.created, s.waiting, s.problem), (1, 0, None), "{s:?}");
    assert_eq!(server.record_ids().into_iter().collect::<BTreeSet<_>>(), expected);
    assert_eq!(server.counts(), (6, 6, 6));
    assert_all_sent(&volunteer.store);
    assert_all_sent(&senior.store);
    assert_eq!(volunteer.store.sync_log().unwrap().1, None, "the error is cleared once a sync succeeds");
}

#[test]
fn an_unknown_event_code_comes_back_rejected_with_its_reason() {
    let server = ServerProcess::start();
    let known = server.create_event("青羊区图书馆");
    // A well-formed code that no event has (the server has exactly one event).
    let unknown = format!("{:06}", (known.parse::<u32>().unwrap() + 1) % 1_000_000);

    // Through the headless commands, as the desktop CLI runs them.
    let dir = tempfile::tempdir().unwrap();
    let (ok, out, err) = app(dir.path(), &["attend", "--event-code", &unknown], "");
    assert!(!ok, "no consent yet: {out}");
    assert!(err.contains("--consent"), "{err}");
    let (ok, out, err) = app(dir.path(), &["attend", "--event-code", &unknown, "--consent"], "");
    assert!(ok, "{out}{err}");
    let id = out
        .strip_prefix("recorded ")
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or_else(|| panic!("attend prints the record: {out}"))
        .to_owned();
    assert!(out.contains(&format!("event {unknown}")), "{out}");
    let (ok, out, err) = app(dir.path(), &["sync", "--server", &server.url], "");
    assert!(ok, "{out}{err}");
    assert!(out.contains("sent 0 "), "{out}");
    assert!(out.contains("rejected 1;"), "{out}");
    assert!(out.contains(&format!("rejected {id} event {unknown}: unknown_event_code")), "{out}");
    assert!(out.contains("still waiting 0"), "{out}");

    let store = Store::open(&dir.path().join(DB_FILE)).unwrap();
    let records = store.attendance_records(None).unwrap();
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].record.id.to_string(), id);
    assert_eq!(records[0].state, RecordState::Rejected);
    assert_eq!(records[0].reason.as_deref(), Some("unknown_event_code"));
    assert_eq!(store.outbox_counts().unwrap(), (0, 0));

    // Through the library: the report counts it, and it is not sent again.
    let mut senior = device();
    senior.store.give_attendance_consent(Utc::now()).unwrap();
    let r = attendance::senior_check_in(&mut senior.store, &unknown, Utc::now()).unwrap();
    let report = sync(&mut senior.store, Some(&server.url), false);
    assert_eq!((report.rejected, report.sent(), report.waiting, report.problem), (1, 0, 0, None), "{report:?}");
    let stored = &senior.store.attendance_records(None).unwrap()[0];
    assert_eq!((stored.record.id, stored.state), (r.record.id, RecordState::Rejected));
    assert_eq!(stored.reason.as_deref(), Some("unknown_event_code"));
    assert_eq!(senior.store.outbox_counts().unwrap(), (0, 0), "nothing counts as waiting to send");
    assert_eq!(server.counts(), (0, 0, 0), "the server stored nothing");

    // The volunteer's phone uploads the event it made offline with that code: the record,
    // looked at again, is taken after all.
    let made_offline = server
        .http()
        .post(format!("{}/api/v1/events", server.url))
        .bearer_auth(server.volunteer_token())
        .json(&serde_json::json!({"venue": "临时场地", "starts_at": Utc::now(), "code": unknown}))
        .send()
        .unwrap();
    assert_eq!(made_offline.status(), 201);
    let report = sync(&mut senior.store, Some(&server.url), true);
    assert_eq!((report.created, report.rejected), (1, 0), "{report:?}");
    let stored = &senior.store.attendance_records(None).unwrap()[0];
    assert_eq!((stored.state, stored.reason.as_deref()), (RecordState::Sent, None));
    assert!(senior.store.outbox_due(Utc::now(), true, 10).unwrap().is_empty());
    assert_eq!(server.counts(), (1, 1, 1));
}

#[test]
fn an_event_created_offline_is_uploaded_with_its_code_and_its_check_ins() {
    let mut server = ServerProcess::start();
    let mut volunteer = device();
    sign_in(&mut volunteer.store, &server);
    server.down();

    let event = attendance::create_event_offline(
        &mut volunteer.store,
        " 武侯祠社区 ",
        "成都",
        Utc::now(),
        vec!["防诈骗".into(), "微信支付".into()],
    )
    .unwrap();
    assert_eq!((event.uploaded, event.server_id, event.venue.as_str()), (false, None, "武侯祠社区"));
    let learners: Vec<LearnerCode> = (0..3).map(|_| random_learner()).collect();
    for l in &learners {
        attendance::volunteer_check_in(&mut volunteer.store, &event.code, l.as_str(), Utc::now()).unwrap();
    }
    assert_eq!(volunteer.store.checked_in_count(&event.code).unwrap(), 3);
    let offline = sync(&mut volunteer.store, None, true);
    assert_eq!((offline.problem, offline.events_uploaded, offline.waiting), (Some(SyncProblem::Offline), 0, 3));
    assert!(!volunteer.store.volunteer_event(event.client_id).unwrap().unwrap().uploaded);

    server.up();
    let report = sync(&mut volunteer.store, None, true);
    assert_eq!((report.events_uploaded, report.created, report.waiting, report.problem), (1, 3, 0, None), "{report:?}");
    let local = volunteer.store.volunteer_event(event.client_id).unwrap().unwrap();
    assert!(local.uploaded);
    assert!(local.server_id.is_some());
    assert_eq!(local.code, event.code, "the code the volunteer already showed is kept");

    let remote: Vec<EventInfo> =
        server_events(&server).into_iter().filter(|e| e.client_id == event.client_id).collect();
    assert_eq!(remote.len(), 1);
    assert_eq!(remote[0].code, event.code);
    assert_eq!(Some(remote[0].id), local.server_id);
    assert_eq!(remote[0].venue, "武侯祠社区");
    assert_eq!(remote[0].topics, vec!["防诈骗".to_owned(), "微信支付".to_owned()]);
    assert_eq!(remote[0].attendance, 3);
    assert_eq!(server.counts(), (3, 3, 3));
    assert_eq!(server.record_ids().into_iter().collect::<BTreeSet<_>>(), ids_of(&volunteer.store));
    assert_all_sent(&volunteer.store);

    // Syncing again does not make the event twice.
    let again = sync(&mut volunteer.store, None, true);
    assert_eq!((again.events_uploaded, again.sent(), again.problem), (0, 0, None));
    assert_eq!(server_events(&server).len(), 1);
}

#[test]
fn after_signing_out_volunteer_records_wait_for_a_sign_in() {
    let server = ServerProcess::start();
    let code = server.create_event("金牛区老年大学");
    let mut volunteer = device();

    // Sign in through the binary (password on standard input).
    let (ok, out, err) = app(
        volunteer.dir.path(),
        &["volunteer", "sign-in", "--server", &server.url, "--email", EMAIL],
        &format!("{PASSWORD}\n"),
    );
    assert!(ok, "{out}{err}");
    assert!(out.contains("signed in as 李伟 (Chengdu Blue Vest)"), "{out}");
    let session = volunteer.store.volunteer_session().unwrap().expect("the token is in the store");
    assert!(!session.token.is_empty());
    assert_eq!(session.server, server.url);
    let (ok, out, _) =
        app(volunteer.dir.path(), &["volunteer", "sign-in", "--server", &server.url, "--email", EMAIL], "wrong\n");
    assert!(!ok, "a wrong password is refused: {out}");

    let event = blue_vest_protocol::EventCode::parse(&code).unwrap();
    let r =
        attendance::volunteer_check_in(&mut volunteer.store, &event, random_learner().as_str(), Utc::now()).unwrap();

    let (ok, out, err) = app(volunteer.dir.path(), &["volunteer", "sign-out"], "");
    assert!(ok && out.contains("signed out"), "{out}{err}");
    assert_eq!(volunteer.store.volunteer_session().unwrap(), None, "the token is gone from the store");
    let old = server.http().get(format!("{}/api/v1/events", server.url)).bearer_auth(&session.token).send().unwrap();
    assert_eq!(old.status(), 401, "and the server revoked it");

    let report = sync(&mut volunteer.store, None, true);
    assert_eq!(
        (report.problem, report.sent(), report.deferred, report.waiting),
        (Some(SyncProblem::SignInNeeded), 0, 1, 1),
        "{report:?}"
    );
    let waiting = volunteer.store.outbox_due(Utc::now(), true, 10).unwrap();
    assert_eq!(waiting.len(), 1);
    assert_eq!(waiting[0].record.id, r.record.id);
    assert_eq!(waiting[0].attempts, 0, "waiting for a sign-in is not a failed try");
    assert_eq!(volunteer.store.attendance_records(None).unwrap()[0].state, RecordState::Waiting);
    let (ok, out, err) = app(volunteer.dir.path(), &["sync"], "");
    assert!(ok, "{out}{err}");
    assert!(out.contains("problem: sign_in_needed") && out.contains("still waiting 1"), "{out}");
    assert_eq!(server.counts(), (0, 0, 0));

    // Signing in again lets it go.
    sign_in(&mut volunteer.store, &server);
    let report = sync(&mut volunteer.store, None, false);
    assert_eq!((report.created, report.waiting, report.problem), (1, 0, None), "{report:?}");
    assert_eq!(server.counts(), (1, 1, 1));
    assert_all_sent(&volunteer.store);
}
