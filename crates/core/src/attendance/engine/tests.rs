//! The sync engine against the fake transport: what is sent, stored, retried and quarantined.

use std::collections::{HashMap, HashSet};

use blue_vest_protocol::{AttendanceBatch, BatchResult, ItemResult, ItemStatus, LearnerCode};
use rand::SeedableRng;
use rand::rngs::StdRng;

use super::*;
use crate::attendance::backoff::BASE;
use crate::attendance::checkin::{senior_check_in, volunteer_check_in};
use crate::attendance::fake_transport::{Call, FakeTransport, answer};
use crate::store::{LocalRecord, OutboxEntry, RecordState};

const SERVER: &str = "https://bv.example.org";
const VOLUNTEER_TOKEN: &str = "volunteer-token";

fn fake(
    upload: impl FnMut(&str, &AttendanceBatch) -> Result<BatchResult, TransportError> + Send + 'static,
) -> FakeTransport {
    FakeTransport::new(upload).at(SERVER, now())
}

fn fake_answering(status: ItemStatus) -> FakeTransport {
    FakeTransport::answering(status).at(SERVER, now())
}

fn now() -> DateTime<Utc> {
    "2026-11-27T06:00:00Z".parse().unwrap()
}

fn code() -> EventCode {
    EventCode::parse("482913").unwrap()
}

fn rng() -> StdRng {
    StdRng::seed_from_u64(7)
}

fn sync(store: &mut Store, fake: &FakeTransport, force: bool, at: DateTime<Utc>) -> SyncReport {
    sync_once(store, fake, &SyncOptions { server: None, force }, at, &mut rng())
}

/// A phone with a signed-in volunteer and `n` learners checked in at `code()`.
fn volunteer_phone(n: u64) -> (Store, Vec<Uuid>) {
    let mut store = Store::in_memory().unwrap();
    store
        .save_volunteer_session(&VolunteerSession {
            server: SERVER.into(),
            token: VOLUNTEER_TOKEN.into(),
            name: "李伟".into(),
            org_name: "Chengdu Blue Vest".into(),
            city: "成都".into(),
            expires_at: now() + chrono::Duration::days(30),
        })
        .unwrap();
    store.set_server_url(Some(SERVER)).unwrap();
    let ids = (0..n)
        .map(|i| {
            let learner = LearnerCode::from_bits(0x1000 + i);
            volunteer_check_in(&mut store, &code(), learner.as_str(), now()).unwrap().record.id
        })
        .collect();
    (store, ids)
}

fn record(store: &Store, id: Uuid) -> LocalRecord {
    store.attendance_records(None).unwrap().into_iter().find(|r| r.record.id == id).expect("the record is kept")
}

fn outbox(store: &Store) -> HashMap<Uuid, OutboxEntry> {
    store.outbox_due(now(), true, PER_SYNC).unwrap().into_iter().map(|e| (e.record.id, e)).collect()
}

#[test]
fn an_unknown_code_is_shown_as_rejected_and_looked_at_again_for_two_days() {
    let (mut store, ids) = volunteer_phone(1);
    let fake = fake_answering(ItemStatus::Rejected(RejectReason::UnknownEventCode));
    let report = sync(&mut store, &fake, false, now());
    assert_eq!((report.rejected, report.waiting), (1, 0), "{report:?}");
    let r = record(&store, ids[0]);
    assert_eq!((r.state, r.reason.as_deref()), (RecordState::Rejected, Some("unknown_event_code")));
    let entry = &outbox(&store)[&ids[0]];
    assert_eq!(entry.attempts, 1);
    assert!(entry.next_attempt_at > now() - chrono::Duration::seconds(1), "asked about again later");
    // The volunteer's phone has uploaded the event meanwhile: the next answer takes it.
    fake.script(|_, batch| Ok(answer(batch, |_| Some(ItemStatus::Created))));
    let report = sync(&mut store, &fake, true, now() + chrono::Duration::hours(1));
    assert_eq!(report.created, 1);
    assert_eq!((record(&store, ids[0]).state, record(&store, ids[0]).reason), (RecordState::Sent, None));
    assert!(outbox(&store).is_empty());

    // A record two days old whose code is still unknown is not asked about again.
    let (mut old, old_ids) = volunteer_phone(1);
    let fake = fake_answering(ItemStatus::Rejected(RejectReason::UnknownEventCode));
    sync(&mut old, &fake, true, now() + chrono::Duration::hours(RECHECK_UNKNOWN_HOURS + 1));
    assert_eq!(record(&old, old_ids[0]).state, RecordState::Rejected);
    assert!(outbox(&old).is_empty());
}

#[test]
fn created_duplicate_and_conflict_are_sent_and_rejected_keeps_its_reason() {
    let (mut store, ids) = volunteer_phone(4);
    let statuses: HashMap<Uuid, ItemStatus> = ids
        .iter()
        .copied()
        .zip([
            ItemStatus::Created,
            ItemStatus::Duplicate,
            ItemStatus::Conflict,
            ItemStatus::Rejected(RejectReason::EventClosed),
        ])
        .collect();
    let answers = statuses.clone();
    let fake = fake(move |_, batch| Ok(answer(batch, |id| answers.get(&id).cloned())));
    let report = sync(&mut store, &fake, false, now());
    assert_eq!(
        (report.created, report.duplicate, report.conflict, report.rejected, report.deferred, report.waiting),
        (1, 1, 1, 1, 0, 0),
        "{report:?}"
    );
    assert_eq!(report.problem, None);
    assert_eq!(report.sent(), 3);
    // The organisation's events are refreshed first, then one upload with the volunteer's token.
    let mut sorted = ids.clone();
    sorted.sort();
    let calls = fake.calls();
    assert_eq!(calls[0], Call::Events(VOLUNTEER_TOKEN.into()));
    let uploads = fake.uploads();
    assert_eq!(uploads.len(), 1);
    assert_eq!(uploads[0].0, VOLUNTEER_TOKEN);
    let mut uploaded = uploads[0].1.clone();
    uploaded.sort();
    assert_eq!(uploaded, sorted);
    for id in &ids {
        let r = record(&store, *id);
        match &statuses[id] {
            ItemStatus::Rejected(_) => {
                assert_eq!(r.state, RecordState::Rejected);
                assert_eq!(r.reason.as_deref(), Some("event_closed"));
            }
            ItemStatus::Conflict => {
                assert_eq!(r.state, RecordState::Sent);
                assert_eq!(r.reason.as_deref(), Some("conflict"));
            }
            _ => assert_eq!((r.state, r.reason), (RecordState::Sent, None)),
        }
    }
    assert_eq!(store.outbox_counts().unwrap(), (0, 0));
    assert!(outbox(&store).is_empty());
    assert_eq!(store.sync_log().unwrap(), (Some(now()), None));
    // Nothing is sent twice.
    let again = sync(&mut store, &fake, true, now());
    assert_eq!(again.sent() + again.rejected + again.deferred, 0);
    assert_eq!(fake.uploads().len(), 1);
}

#[test]
fn offline_defers_with_backoff_and_does_not_retry_before_due_unless_forced() {
    let (mut store, ids) = volunteer_phone(3);
    let fake = fake(|_, _| Err(TransportError::Offline("connection refused".into())));
    let report = sync(&mut store, &fake, false, now());
    assert_eq!(report.problem, Some(SyncProblem::Offline));
    assert_eq!((report.sent(), report.deferred, report.waiting), (0, 3, 3), "{report:?}");
    assert_eq!(fake.uploads().len(), 1);
    let first = outbox(&store);
    assert_eq!(first.len(), 3);
    for id in &ids {
        let e = &first[id];
        assert_eq!(e.attempts, 1);
        assert!(e.next_attempt_at > now(), "a later try: {}", e.next_attempt_at);
        assert!(e.next_attempt_at <= now() + chrono::Duration::from_std(BASE).unwrap(), "within the first bound");
        assert_eq!(record(&store, *id).state, RecordState::Waiting);
    }
    assert_eq!(store.sync_log().unwrap().1.as_deref(), Some("offline"));

    // Before the earliest retry time, an ordinary sync leaves them alone.
    let earliest = first.values().map(|e| e.next_attempt_at).min().unwrap();
    let before = earliest - chrono::Duration::milliseconds(1);
    let report = sync(&mut store, &fake, false, before);
    assert_eq!((report.sent(), report.deferred, report.waiting), (0, 0, 3), "{report:?}");
    assert_eq!(fake.uploads().len(), 1, "not retried before due");
    assert_eq!(outbox(&store), first, "nothing changed");

    // "Send now" tries at once, and the bound doubles.
    let report = sync(&mut store, &fake, true, before);
    assert_eq!((report.deferred, report.problem), (3, Some(SyncProblem::Offline)));
    assert_eq!(fake.uploads().len(), 2);
    for e in outbox(&store).values() {
        assert_eq!(e.attempts, 2);
        assert!(e.next_attempt_at <= before + chrono::Duration::from_std(BASE * 2).unwrap());
    }

    // Once due, an ordinary sync sends them.
    let due = outbox(&store).values().map(|e| e.next_attempt_at).max().unwrap();
    fake.script(|_, batch| Ok(answer(batch, |_| Some(ItemStatus::Created))));
    let report = sync(&mut store, &fake, false, due);
    assert_eq!((report.created, report.waiting, report.problem), (3, 0, None), "{report:?}");
    assert!(ids.iter().all(|id| record(&store, *id).state == RecordState::Sent));
    assert_eq!(store.sync_log().unwrap(), (Some(due), None));
}

#[test]
fn a_refused_batch_is_split_and_only_the_bad_record_is_quarantined() {
    let (mut store, ids) = volunteer_phone(5);
    let bad = ids[3];
    let fake = fake(move |_, batch| {
        if batch.records.iter().any(|r| r.id == bad) {
            Err(TransportError::Refused {
                status: 400,
                code: "bad_request".into(),
                message: "records[3].lessons_done".into(),
            })
        } else {
            Ok(answer(batch, |_| Some(ItemStatus::Created)))
        }
    });
    let report = sync(&mut store, &fake, true, now());
    assert_eq!((report.created, report.deferred, report.quarantined, report.waiting), (4, 1, 0, 1), "{report:?}");
    let sizes: Vec<usize> = fake.uploads().iter().map(|u| u.1.len()).collect();
    assert_eq!(sizes[0], 5, "the whole batch first");
    assert!(sizes.contains(&1), "halved down to the bad record alone: {sizes:?}");
    for id in ids.iter().filter(|id| **id != bad) {
        assert_eq!(record(&store, *id).state, RecordState::Sent);
    }
    assert_eq!(outbox(&store)[&bad].attempts, 1);

    for tries in 2..QUARANTINE_AFTER {
        let report = sync(&mut store, &fake, true, now());
        assert_eq!((report.deferred, report.quarantined), (1, 0));
        assert_eq!(outbox(&store)[&bad].attempts, tries);
        assert_eq!(record(&store, bad).state, RecordState::Waiting);
    }
    let before = fake.uploads().len();
    let report = sync(&mut store, &fake, true, now());
    assert_eq!((report.quarantined, report.waiting, report.deferred), (1, 0, 0), "{report:?}");
    let r = record(&store, bad);
    assert_eq!(r.state, RecordState::Quarantined);
    assert_eq!(r.reason.as_deref(), Some("refused_400_bad_request"));
    assert_eq!(store.outbox_counts().unwrap(), (0, 1));
    // After the first sync only the bad record travelled, alone.
    let later = fake.uploads();
    assert_eq!(later.len(), before + 1);
    assert!(later[sizes.len()..].iter().all(|u| u.1 == vec![bad]));
    // The rest of the queue flows: a new record is sent past the quarantined one.
    let next = volunteer_check_in(&mut store, &code(), LearnerCode::from_bits(0x9999).as_str(), now()).unwrap();
    let report = sync(&mut store, &fake, false, now());
    assert_eq!((report.created, report.waiting), (1, 0));
    assert_eq!(record(&store, next.record.id).state, RecordState::Sent);
    assert_eq!(record(&store, bad).state, RecordState::Quarantined);
}

#[test]
fn network_failures_do_not_count_towards_quarantine() {
    let (mut store, ids) = volunteer_phone(1);
    let fake = fake(|_, _| Err(TransportError::Offline("no network".into())));
    for _ in 0..QUARANTINE_AFTER {
        sync(&mut store, &fake, true, now());
    }
    assert_eq!(outbox(&store)[&ids[0]].attempts, QUARANTINE_AFTER);
    fake.script(|_, _| Err(TransportError::Refused { status: 400, code: "bad_request".into(), message: "no".into() }));
    let report = sync(&mut store, &fake, true, now());
    assert_eq!((report.quarantined, report.deferred), (0, 1), "one refusal is not 'keeps failing': {report:?}");
    assert_eq!(record(&store, ids[0]).state, RecordState::Waiting);
    for _ in 1..QUARANTINE_AFTER {
        sync(&mut store, &fake, true, now());
    }
    assert_eq!(record(&store, ids[0]).state, RecordState::Quarantined);
}

#[test]
fn a_refusal_that_is_not_about_the_records_quarantines_nothing() {
    // Two failed tries offline, then every upload answered 404 (a wrong address, a proxy):
    // that is not one record's fault, so nothing is split or quarantined.
    let (mut store, ids) = volunteer_phone(8);
    let fake = fake(|_, _| Err(TransportError::Offline("connection refused".into())));
    sync(&mut store, &fake, true, now());
    sync(&mut store, &fake, true, now());
    fake.script(|_, _| {
        Err(TransportError::Refused { status: 404, code: "unknown".into(), message: "not found".into() })
    });
    let before = fake.uploads().len();
    let report = sync(&mut store, &fake, true, now());
    assert_eq!(
        (report.quarantined, report.deferred, report.waiting, report.problem),
        (0, 8, 8, Some(SyncProblem::ServerTrouble)),
        "{report:?}"
    );
    assert_eq!(fake.uploads().len(), before + 1, "one request, not one per record");
    assert!(outbox(&store).values().all(|e| e.attempts == 3));
    assert!(ids.iter().all(|id| record(&store, *id).state == RecordState::Waiting));
    assert_eq!(store.outbox_counts().unwrap(), (8, 0));
}

#[test]
fn a_senior_token_refused_with_401_is_forgotten_and_a_new_one_fetched() {
    let mut store = Store::in_memory().unwrap();
    store.set_server_url(Some(SERVER)).unwrap();
    store.give_attendance_consent(now()).unwrap();
    let first = senior_check_in(&mut store, code().as_str(), now()).unwrap().record;
    let fake = fake(|token, batch| {
        if token == "senior-1" {
            Err(TransportError::Unauthorized)
        } else {
            Ok(answer(batch, |_| Some(ItemStatus::Created)))
        }
    });
    let report = sync(&mut store, &fake, false, now());
    assert_eq!((report.sent(), report.deferred, report.waiting), (0, 1, 1), "{report:?}");
    assert_eq!(
        fake.calls(),
        vec![Call::SeniorToken("482913".into()), Call::Upload { token: "senior-1".into(), ids: vec![first.id] }],
        "no volunteer session: no events are fetched"
    );
    assert_eq!(store.senior_token(&code(), now()).unwrap(), None, "the refused token is forgotten");
    assert_eq!(record(&store, first.id).state, RecordState::Waiting);

    let report = sync(&mut store, &fake, false, now());
    assert_eq!((report.created, report.waiting, report.problem), (1, 0, None), "{report:?}");
    assert_eq!(
        fake.calls()[2..],
        [Call::SeniorToken("482913".into()), Call::Upload { token: "senior-2".into(), ids: vec![first.id] }]
    );
    assert_eq!(store.senior_token(&code(), now()).unwrap().as_deref(), Some("senior-2"));
    assert_eq!(record(&store, first.id).state, RecordState::Sent);

    // A valid token is kept and used again without asking for another.
    let second = AttendanceRecord {
        id: Uuid::now_v7(),
        learner: LearnerCode::from_bits(0x4242),
        device_time: now(),
        ..first.clone()
    };
    store.add_attendance(&second, now()).unwrap();
    let report = sync(&mut store, &fake, false, now());
    assert_eq!(report.created, 1);
    assert_eq!(fake.calls()[4..], [Call::Upload { token: "senior-2".into(), ids: vec![second.id] }]);
}

#[test]
fn a_volunteer_token_refused_with_401_asks_for_a_sign_in_and_counts_no_attempt() {
    let (mut store, ids) = volunteer_phone(2);
    let fake = fake(|_, _| Err(TransportError::Unauthorized));
    let report = sync(&mut store, &fake, true, now());
    assert_eq!((report.problem, report.deferred, report.waiting), (Some(SyncProblem::SignInNeeded), 2, 2));
    assert!(outbox(&store).values().all(|e| e.attempts == 0));
    assert!(ids.iter().all(|id| record(&store, *id).state == RecordState::Waiting));
}

#[test]
fn without_a_server_nothing_is_tried() {
    let mut store = Store::in_memory().unwrap();
    store.give_attendance_consent(now()).unwrap();
    let r = senior_check_in(&mut store, "482913", now()).unwrap();
    let fake = fake_answering(ItemStatus::Created);
    let report = sync(&mut store, &fake, true, now());
    assert_eq!(report.problem, Some(SyncProblem::NoServer));
    assert_eq!((report.sent(), report.waiting), (0, 1));
    assert!(fake.calls().is_empty());
    assert_eq!(outbox(&store)[&r.record.id].attempts, 0);
    assert_eq!(store.sync_log().unwrap(), (None, None), "not noted as a failed try");
    // The server given for this sync is used.
    let options = SyncOptions { server: Some(SERVER.into()), force: false };
    let report = sync_once(&mut store, &fake, &options, now(), &mut rng());
    assert_eq!((report.created, report.problem), (1, None));
}

#[test]
fn a_record_the_answer_leaves_out_stays_waiting() {
    let (mut store, ids) = volunteer_phone(3);
    let stranger = Uuid::now_v7();
    let answered: HashSet<Uuid> = ids[..2].iter().copied().collect();
    let fake = fake(move |_, batch| {
        let mut result = answer(batch, |id| answered.contains(&id).then_some(ItemStatus::Created));
        // An answer for a record that was not sent is ignored.
        result.results.push(ItemResult { id: stranger, status: ItemStatus::Created });
        Ok(result)
    });
    let report = sync(&mut store, &fake, false, now());
    assert_eq!((report.created, report.deferred, report.waiting, report.problem), (2, 1, 1, None), "{report:?}");
    assert_eq!(record(&store, ids[0]).state, RecordState::Sent);
    assert_eq!(record(&store, ids[1]).state, RecordState::Sent);
    assert_eq!(record(&store, ids[2]).state, RecordState::Waiting);
    let left = outbox(&store);
    assert_eq!(left.keys().copied().collect::<Vec<_>>(), vec![ids[2]]);
    assert_eq!(left[&ids[2]].attempts, 1);
    assert!(left[&ids[2]].next_attempt_at > now());
    assert_eq!(store.attendance_records(None).unwrap().len(), 3, "no record made from a stranger's answer");
    // Forced, only the one left is sent again.
    fake.script(|_, batch| Ok(answer(batch, |_| Some(ItemStatus::Duplicate))));
    let report = sync(&mut store, &fake, true, now());
    assert_eq!((report.duplicate, report.waiting), (1, 0));
    assert_eq!(fake.uploads().last().unwrap().1, vec![ids[2]]);
    assert_eq!(record(&store, ids[2]).state, RecordState::Sent);
}

#[test]
fn a_batch_larger_than_one_upload_goes_in_several() {
    let (mut store, ids) = volunteer_phone(BATCH as u64 * 2 + 5);
    let fake = fake_answering(ItemStatus::Created);
    let report = sync(&mut store, &fake, false, now());
    assert_eq!((report.created, report.waiting), (ids.len(), 0));
    let sizes: Vec<usize> = fake.uploads().iter().map(|u| u.1.len()).collect();
    assert_eq!(sizes, vec![BATCH, BATCH, 5]);
    let sent: HashSet<Uuid> = fake.uploads().into_iter().flat_map(|u| u.1).collect();
    assert_eq!(sent, ids.into_iter().collect::<HashSet<_>>());
}

#[test]
fn a_store_that_fails_mid_sync_is_a_storage_problem_not_offline() {
    let (mut store, ids) = volunteer_phone(2);
    // The events table is gone: the first step of the volunteer's sync cannot read it.
    store.execute_for_test("DROP TABLE volunteer_events");
    let fake = fake_answering(ItemStatus::Created);
    let report = sync(&mut store, &fake, true, now());
    assert_eq!(report.problem, Some(SyncProblem::Storage), "{report:?}");
    assert!(fake.uploads().is_empty(), "nothing is sent on a broken store");
    assert_eq!(store.outbox_counts().unwrap(), (2, 0));
    assert!(outbox(&store).values().all(|e| e.attempts == 0), "the server is not blamed with retries");
    assert!(ids.iter().all(|id| record(&store, *id).state == RecordState::Waiting));
}

fn remote(request: &blue_vest_protocol::NewEventRequest, id: i64) -> blue_vest_protocol::EventInfo {
    blue_vest_protocol::EventInfo {
        id,
        client_id: request.client_id.unwrap(),
        organisation: 1,
        city: request.city.clone().unwrap_or_else(|| "成都".into()),
        venue: request.venue.clone(),
        starts_at: request.starts_at,
        topics: request.topics.clone(),
        code: request.code.clone().unwrap_or_else(code),
        closed_at: None,
        created_at: now(),
        attendance: 0,
    }
}

/// Issue 13, item 11: one event the server refuses (4xx) is marked with the reason and the sync
/// goes on with the others (it used to stop there on every run, so older events never went up).
#[test]
fn an_event_the_server_refuses_is_marked_and_the_others_still_go_up() {
    use crate::store::LocalEvent;
    let (mut store, _) = volunteer_phone(0);
    let made = |venue: &str, minutes: i64| LocalEvent {
        client_id: Uuid::now_v7(),
        server_id: None,
        code: EventCode::parse(&format!("{:06}", 100_000 + minutes)).unwrap(),
        venue: venue.into(),
        city: "成都".into(),
        starts_at: now() - chrono::Duration::minutes(minutes),
        topics: vec![],
        closed: false,
        attendance: 0,
        uploaded: false,
        problem: None,
    };
    // The newest is refused (an older phone let a 300-character venue through); two older ones are fine.
    let bad = made(&"长".repeat(300), 1);
    for e in [&bad, &made("玉林社区", 60), &made("望江社区", 120)] {
        store.save_volunteer_event(e).unwrap();
    }
    let fake = fake_answering(ItemStatus::Created);
    let mut next_id = 40;
    fake.script_events(move |request| {
        if request.venue.chars().count() > 200 {
            return Err(TransportError::Refused {
                status: 400,
                code: "bad_request".into(),
                message: "venue: 1 to 200 characters, no control characters".into(),
            });
        }
        next_id += 1;
        Ok(remote(request, next_id))
    });
    let report = sync(&mut store, &fake, false, now());
    assert_eq!((report.events_uploaded, report.events_refused, report.problem), (2, 1, None), "{report:?}");
    let events = store.volunteer_events().unwrap();
    let marked = events.iter().find(|e| e.client_id == bad.client_id).unwrap();
    assert!(!marked.uploaded);
    assert!(marked.problem.as_deref().unwrap().starts_with("bad_request: venue"), "{marked:?}");
    assert!(events.iter().filter(|e| e.client_id != bad.client_id).all(|e| e.uploaded));
    // It is not sent again: the next sync makes no request for it.
    let before = fake.calls().iter().filter(|c| matches!(c, Call::CreateEvent(_))).count();
    sync(&mut store, &fake, true, now());
    assert_eq!(fake.calls().iter().filter(|c| matches!(c, Call::CreateEvent(_))).count(), before);
    // Shown to the volunteer with the reason.
    assert_eq!(
        crate::app::event_problem_text(marked.problem.as_deref().unwrap()),
        crate::texts::Text::EventRefusedVenue
    );
}

/// Issue 13, item 12: a signed-in phone keeps a few codes the server reserves for it, and an
/// event made offline uses one (so no other organisation's open event has its code).
#[test]
fn a_signed_in_phone_keeps_reserved_codes_for_events_made_offline() {
    use blue_vest_protocol::{ReservedCode, ReservedCodes};
    let (mut store, _) = volunteer_phone(0);
    let fake = fake_answering(ItemStatus::Created);
    let kept =
        |c: &str| ReservedCode { code: EventCode::parse(c).unwrap(), expires_at: now() + chrono::Duration::days(30) };
    fake.script_reservations(Ok(ReservedCodes { codes: vec![kept("246810"), kept("135791"), kept("975310")] }));
    sync(&mut store, &fake, false, now());
    assert!(fake.calls().contains(&Call::ReserveCodes));
    assert_eq!(store.reserved_codes(now()).unwrap().len(), 3);
    let event = crate::attendance::create_event_offline(&mut store, "玉林社区", "成都", now(), vec![]).unwrap();
    assert!(["246810", "135791", "975310"].contains(&event.code.as_str()), "{}", event.code);
    assert_eq!(store.reserved_codes(now()).unwrap().len(), 2, "used once");
    // A server without reservations (older): the sync goes on, codes stay random.
    let (mut plain, _) = volunteer_phone(1);
    let old = fake_answering(ItemStatus::Created);
    old.script_reservations(Err(TransportError::Refused {
        status: 404,
        code: "not_found".into(),
        message: String::new(),
    }));
    let report = sync(&mut plain, &old, false, now());
    assert_eq!((report.created, report.problem), (1, None), "{report:?}");
}

/// Issue 13, item 13: each record says how old it is by the phone's own clock, so the server
/// can place it without trusting that clock.
#[test]
fn each_upload_says_how_old_its_records_are() {
    let (mut store, ids) = volunteer_phone(2);
    let ages = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let seen = ages.clone();
    let fake = fake(move |_, batch| {
        seen.lock().unwrap().extend(batch.records.iter().map(|r| r.age_ms));
        Ok(answer(batch, |_| Some(ItemStatus::Created)))
    });
    sync(&mut store, &fake, false, now() + chrono::Duration::minutes(90));
    assert_eq!(*ages.lock().unwrap(), vec![Some(90 * 60 * 1000); ids.len()]);
    // The store keeps no age: it is made at each upload.
    assert!(store.attendance_records(None).unwrap().iter().all(|r| r.record.age_ms.is_none()));
}

/// Issue 13, item 13: a clock set back leaves no record waiting for days (until "Send now"): a
/// retry time further away than the backoff's longest wait is due now.
#[test]
fn a_clock_set_back_does_not_leave_records_waiting() {
    let (mut store, ids) = volunteer_phone(1);
    let created = fake_answering(ItemStatus::Created);
    // The phone's clock went back a day after the check-in (whose retry time is "now" then).
    let report = sync(&mut store, &created, false, now() - chrono::Duration::days(1));
    assert_eq!((report.created, report.waiting), (1, 0), "{report:?}");
    assert_eq!(record(&store, ids[0]).state, RecordState::Sent);
    // And a retry is never set further away than the backoff's longest wait from now.
    let (mut store, ids) = volunteer_phone(1);
    let offline = fake(|_, _| Err(TransportError::Offline("down".into())));
    for _ in 0..30 {
        sync(&mut store, &offline, true, now());
    }
    let next = outbox(&store)[&ids[0]].next_attempt_at;
    assert!(next <= now() + chrono::Duration::from_std(crate::attendance::backoff::CAP).unwrap());
}

/// Issue 13, item 14: a status or reason this version does not know (a newer server) keeps the
/// record waiting, shown as "update the app", and the other answers of the batch still count
/// (the whole answer used to be undecodable, and the batch retried for ever).
#[test]
fn an_answer_from_a_newer_server_keeps_the_record_waiting_and_asks_for_an_update() {
    let (mut store, ids) = volunteer_phone(3);
    let statuses: HashMap<Uuid, ItemStatus> = ids
        .iter()
        .copied()
        .zip([ItemStatus::Created, ItemStatus::Unknown, ItemStatus::Rejected(RejectReason::Other)])
        .collect();
    let fake = fake(move |_, batch| Ok(answer(batch, |id| statuses.get(&id).cloned())));
    let report = sync(&mut store, &fake, false, now());
    assert_eq!(
        (report.created, report.update_needed, report.waiting, report.problem),
        (1, 2, 2, Some(SyncProblem::UpdateNeeded)),
        "{report:?}"
    );
    assert_eq!(record(&store, ids[0]).state, RecordState::Sent);
    for id in &ids[1..] {
        let r = record(&store, *id);
        assert_eq!((r.state, r.reason.as_deref()), (RecordState::Waiting, Some(UPDATE_APP)));
        assert_eq!(crate::app::record_state_text(r.state, r.reason.as_deref()), crate::texts::Text::RecordUpdateApp);
        let e = &outbox(&store)[id];
        assert!(e.attempts == 1 && e.next_attempt_at > now(), "retried later, with backoff");
    }
}
