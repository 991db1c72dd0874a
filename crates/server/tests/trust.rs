//! Attendance you can trust (issue 13): the server's fixes, each scenario over real HTTP on
//! SQLite and on PostgreSQL.

mod common;

use std::sync::Arc;
use std::time::Duration as StdDuration;

use blue_vest_protocol::{EventCode, RecordedBy};
use blue_vest_server::settings::RateLimits;
use blue_vest_server::state::Limiters;
use blue_vest_server::storage::{EventId, Keep};
use chrono::{Duration, Utc};
use common::{Backend, Ctx, record, statuses};
use serde_json::{Value, json};

on_both_backends!(
    late_records_follow_their_event_when_the_code_is_taken_again,
    a_resolved_conflict_stays_in_its_event,
    a_senior_token_checks_in_one_learner_with_shipped_lessons_once,
    a_senior_token_uploads_a_few_times,
    guessing_codes_spends_a_small_budget,
    limits_follow_the_client_behind_a_trusted_proxy,
    wrong_passwords_are_limited_per_account,
    control_characters_are_refused_before_any_query,
    unique_seniors_equal_a_recount_after_conflicts,
    racing_uploads_file_their_conflict_with_the_stored_record,
    password_checks_are_capped,
    every_error_is_json_with_a_code,
    dashboard_cookies_are_secure_and_sign_in_has_a_form_token,
    reserved_codes_are_kept_for_their_volunteer,
    the_server_places_a_record_by_its_age,
    an_edit_in_progress_does_not_move_an_uploads_counts,
);

fn code(v: &Value) -> String {
    v["code"].as_str().unwrap().to_owned()
}

fn id(v: &Value) -> i64 {
    v["id"].as_i64().unwrap()
}

async fn create_with_code(ctx: &Ctx, token: &str, venue: &str, code: &str) -> Value {
    let body = json!({"venue": venue, "starts_at": Utc::now(), "code": code});
    let (s, event) = ctx.post("/api/v1/events", Some(token), &body).await;
    assert_eq!(s, 201, "{event}");
    event
}

async fn close(ctx: &Ctx, token: &str, event: &Value) {
    let (s, body) = ctx.post(&format!("/api/v1/events/{}/close", id(event)), Some(token), &json!({})).await;
    assert_eq!(s, 200, "{body}");
}

async fn senior_token(ctx: &Ctx, code: &str) -> String {
    let (s, body) = ctx.post("/api/v1/senior-token", None, &json!({"event_code": code})).await;
    assert_eq!(s, 201, "{body}");
    body["token"].as_str().unwrap().to_owned()
}

async fn attendance(ctx: &Ctx, event: &Value) -> usize {
    ctx.storage.event_attendance(EventId(id(event))).await.unwrap().len()
}

async fn assert_recount_agrees(ctx: &Ctx) {
    let differences = ctx.storage.recount_differences().await.unwrap();
    assert!(differences.is_empty(), "the kept totals differ from a recount: {differences:#?}");
}

/// Item 1: a record made while A held the code, uploaded after A closed and B (another
/// organisation) took the code, lands in A, and never merges into B.
async fn late_records_follow_their_event_when_the_code_is_taken_again(ctx: Ctx) {
    let a_token = ctx.login(&ctx.org_with_volunteer("Chengdu One", "成都").await).await;
    let b_token = ctx.login(&ctx.org_with_volunteer("Xian One", "西安").await).await;
    let a = ctx.event(&a_token, "玉林社区").await;
    let shared = code(&a);
    let senior = senior_token(&ctx, &shared).await;
    let by_senior = record(&shared, 7, RecordedBy::Senior);
    let by_volunteer = record(&shared, 8, RecordedBy::Volunteer);
    tokio::time::sleep(StdDuration::from_millis(5)).await;
    close(&ctx, &a_token, &a).await;
    tokio::time::sleep(StdDuration::from_millis(5)).await;
    let between_times = Utc::now();
    tokio::time::sleep(StdDuration::from_millis(5)).await;
    let b = create_with_code(&ctx, &b_token, "西安 社区", &shared).await;
    // B already has senior 7 checked in by its own volunteer.
    let (_, body) = ctx.upload(&b_token, &[record(&shared, 7, RecordedBy::Volunteer)]).await;
    assert_eq!(statuses(&body), vec!["created"]);

    let (_, body) = ctx.upload(&senior, &[by_senior]).await;
    assert_eq!(statuses(&body), vec!["created"], "{body}");
    let (_, body) = ctx.upload(&a_token, &[by_volunteer]).await;
    assert_eq!(statuses(&body), vec!["created"], "A's volunteer may still upload A's late record: {body}");
    assert_eq!((attendance(&ctx, &a).await, attendance(&ctx, &b).await), (2, 1), "no record went to B");
    let list = ctx.storage.event_attendance(EventId(id(&b))).await.unwrap();
    assert!(list[0].by_volunteer && !list[0].by_senior, "the late senior record did not merge into B");
    // Made after A closed, before B took the code: nobody's.
    let mut between = record(&shared, 9, RecordedBy::Senior);
    between.device_time = between_times;
    let (_, body) = ctx.upload(&senior_token(&ctx, &shared).await, &[between]).await;
    assert_eq!(body["results"][0]["reason"], "event_closed", "{body}");
    assert_recount_agrees(&ctx).await;
}

/// Item 1: resolving a conflict for the new version keeps it in the event it was made for,
/// even when no event with its code is open any more (it used to 404 for good).
async fn a_resolved_conflict_stays_in_its_event(ctx: Ctx) {
    let token = ctx.login(&ctx.org_with_volunteer("Chengdu One", "成都").await).await;
    let first = ctx.event(&token, "玉林社区").await;
    let r = record(&code(&first), 10, RecordedBy::Volunteer);
    ctx.upload(&token, std::slice::from_ref(&r)).await;
    let mut changed = r.clone();
    changed.lessons_done = vec!["safety-sms-link".into(), "safety-police-call".into()];
    let (_, body) = ctx.upload(&token, &[changed]).await;
    assert_eq!(statuses(&body), vec!["conflict"]);
    close(&ctx, &token, &first).await;
    // The code is taken again by a new event of the same organisation.
    let second = create_with_code(&ctx, &token, "望江社区", &code(&first)).await;
    let org = ctx.storage.org_by_name("Chengdu One").await.unwrap().unwrap().id;
    let conflict = ctx.storage.conflicts(org, true).await.unwrap().remove(0);
    ctx.storage.resolve_conflict(org, conflict.id, Keep::Incoming, Utc::now()).await.expect("resolved");
    assert_eq!((attendance(&ctx, &first).await, attendance(&ctx, &second).await), (1, 0));
    let t = ctx.storage.totals().await.unwrap();
    assert_eq!((t.attendance, t.lessons_completed, t.open_conflicts), (1, 2, 0));
    close(&ctx, &token, &second).await;
    assert_recount_agrees(&ctx).await;
}

/// Item 2: a senior token checks in one learner (the first it uploads for), counts only lesson
/// ids the shipped content has, each once.
async fn a_senior_token_checks_in_one_learner_with_shipped_lessons_once(ctx: Ctx) {
    let token = ctx.login(&ctx.org_with_volunteer("Chengdu One", "成都").await).await;
    let event = ctx.event(&token, "玉林社区").await;
    let senior = senior_token(&ctx, &code(&event)).await;
    let mut own = record(&code(&event), 1, RecordedBy::Senior);
    own.lessons_done = vec!["x".into(); 98];
    own.lessons_done.extend(["safety-police-call".into(), "safety-police-call".into()]);
    let others: Vec<_> = (2..50).map(|i| record(&code(&event), i, RecordedBy::Senior)).collect();
    let mut batch = vec![own];
    batch.extend(others);
    let (s, body) = ctx.upload(&senior, &batch).await;
    assert_eq!(s, 200, "{body}");
    let got = statuses(&body);
    assert_eq!(got[0], "created");
    assert!(got[1..].iter().all(|s| s == "rejected"), "other learners: {got:?}");
    assert_eq!(body["results"][1]["reason"], "not_permitted");
    let t = ctx.storage.totals().await.unwrap();
    assert_eq!((t.attendance, t.lessons_completed), (1, 1), "one senior, one real lesson");
    // A second token for the same phone's learner is fine; it cannot add anyone else either.
    let again = senior_token(&ctx, &code(&event)).await;
    let (_, body) = ctx.upload(&again, &[record(&code(&event), 60, RecordedBy::Senior)]).await;
    assert_eq!(statuses(&body), vec!["created"]);
    let (_, body) = ctx.upload(&again, &[record(&code(&event), 61, RecordedBy::Senior)]).await;
    assert_eq!(body["results"][0]["reason"], "not_permitted");
    assert_recount_agrees(&ctx).await;
}

/// Item 2: a senior token may upload a few times (its one check-in and retries), not without end.
async fn a_senior_token_uploads_a_few_times(ctx: Ctx) {
    let token = ctx.login(&ctx.org_with_volunteer("Chengdu One", "成都").await).await;
    let event = ctx.event(&token, "玉林社区").await;
    let senior = senior_token(&ctx, &code(&event)).await;
    let own = record(&code(&event), 1, RecordedBy::Senior);
    let burst = RateLimits::default().senior_upload_burst;
    for _ in 0..burst {
        let (s, _) = ctx.upload(&senior, std::slice::from_ref(&own)).await;
        assert_eq!(s, 200);
    }
    let (s, body) = ctx.upload(&senior, std::slice::from_ref(&own)).await;
    assert_eq!((s, body["error"].as_str()), (429, Some("rate_limited")), "{body}");
    // A volunteer's token is not limited this way.
    for _ in 0..burst + 1 {
        let (s, _) = ctx.upload(&token, &[record(&code(&event), 2, RecordedBy::Volunteer)]).await;
        assert_eq!(s, 200);
    }
}

fn with_limits(adjust: impl FnOnce(&mut RateLimits)) -> impl FnOnce(&mut blue_vest_server::state::AppState) {
    move |state| {
        let mut limits = RateLimits::default();
        adjust(&mut limits);
        state.limits = Arc::new(Limiters::new(&limits));
    }
}

/// Item 3: tokens asked for codes no open event carries spend a small budget per address and
/// for the whole server; once spent, no token at all is given (a 429 tells nothing about a code).
async fn guessing_codes_spends_a_small_budget(ctx: Ctx) {
    let backend = if ctx.url.starts_with("sqlite:") { Backend::Sqlite } else { Backend::Postgres };
    drop(ctx);
    let ctx = common::start_with(
        backend,
        with_limits(|l| {
            l.senior_miss_burst = 3;
            l.senior_miss_global_burst = 5;
            l.senior_code_burst = 4;
        }),
    )
    .await;
    let token = ctx.login(&ctx.org_with_volunteer("Chengdu One", "成都").await).await;
    let open = code(&ctx.event(&token, "玉林社区").await);
    let unused: Vec<String> = (0..10).map(|i| format!("{:06}", 900_000 + i)).filter(|c| *c != open).take(6).collect();
    let guess = |code: String, from: &'static str| {
        let req = ctx.http.post(ctx.url("/api/v1/senior-token")).json(&json!({"event_code": code}));
        // From an address that is not a trusted proxy: the header is ignored, all share one bucket.
        req.header("x-forwarded-for", from).send()
    };
    // Hits do not spend the budget.
    for _ in 0..2 {
        assert_eq!(guess(open.clone(), "1.1.1.1").await.unwrap().status(), 201);
    }
    for c in &unused[..3] {
        assert_eq!(guess(c.clone(), "1.1.1.1").await.unwrap().status(), 201, "a miss is answered like a hit");
    }
    // The address's misses are spent: nothing more for it, open code or not.
    let r = guess(open.clone(), "1.1.1.1").await.unwrap();
    assert_eq!(r.status(), 429);
    assert!(r.headers().contains_key("retry-after"));
    assert_eq!(guess(unused[3].clone(), "1.1.1.1").await.unwrap().status(), 429, "the same answer for a miss");
    // Per code: a fourth token for one code waits (two were given above, the budget is four).
    ctx.running.state.limits.senior_misses.peek(&"127.0.0.1".parse().unwrap()).expect_err("spent");
    let other = common::start_with(
        backend,
        with_limits(|l| {
            l.senior_miss_global_burst = 2;
            l.senior_code_burst = 3;
        }),
    )
    .await;
    let t = other.login(&other.org_with_volunteer("Xian One", "西安").await).await;
    let open = code(&other.event(&t, "西安 社区").await);
    for _ in 0..3 {
        assert_eq!(other.post("/api/v1/senior-token", None, &json!({"event_code": open})).await.0, 201);
    }
    assert_eq!(other.post("/api/v1/senior-token", None, &json!({"event_code": open})).await.0, 429, "per code");
    // The whole server's misses: two, then no token for anyone.
    for c in ["900100", "900101"] {
        assert_eq!(other.post("/api/v1/senior-token", None, &json!({"event_code": c})).await.0, 201);
    }
    assert_eq!(other.post("/api/v1/senior-token", None, &json!({"event_code": "900102"})).await.0, 429);
}

async fn login_from(ctx: &Ctx, from: &str, email: &str, password: &str) -> reqwest::StatusCode {
    let req = ctx.http.post(ctx.url("/api/v1/login")).json(&json!({"email": email, "password": password}));
    req.header("x-forwarded-for", from).send().await.unwrap().status()
}

/// Item 4: behind a trusted proxy each client has its own bucket (ten wrong passwords used to
/// lock every volunteer out); an IPv6 client is one bucket for its whole /64; a client's own
/// `X-Forwarded-For` is believed only from a configured proxy.
async fn limits_follow_the_client_behind_a_trusted_proxy(ctx: Ctx) {
    let backend = if ctx.url.starts_with("sqlite:") { Backend::Sqlite } else { Backend::Postgres };
    drop(ctx);
    let ctx = common::start_with(backend, |s| s.trusted_proxies = Arc::new(vec!["127.0.0.1".parse().unwrap()])).await;
    let email = ctx.org_with_volunteer("Chengdu One", "成都").await;
    let other = ctx.org_with_volunteer("Xian One", "西安").await;
    for i in 0..10 {
        assert_eq!(login_from(&ctx, "198.51.100.7", &format!("nobody{i}@x.example"), "guess guess").await, 401);
    }
    assert_eq!(login_from(&ctx, "198.51.100.7", &email, common::PASSWORD).await, 429, "that client waits");
    assert_eq!(login_from(&ctx, "198.51.100.8", &email, common::PASSWORD).await, 200, "another client does not");
    // An IPv6 client rotating through its /64 is one client.
    for i in 1..=10 {
        let from = format!("2001:db8:1:2::{i:x}");
        assert_eq!(login_from(&ctx, &from, &format!("nobody{i}@x.example"), "guess guess").await, 401);
    }
    assert_eq!(login_from(&ctx, "2001:db8:1:2:ffff::1", &other, common::PASSWORD).await, 429);
    assert_eq!(login_from(&ctx, "2001:db8:1:3::1", &other, common::PASSWORD).await, 200);

    // Without a configured proxy the header is the client's word only: ignored.
    let plain = common::start(backend).await;
    let email = plain.org_with_volunteer("Chengdu One", "成都").await;
    for i in 0..10 {
        let email = format!("nobody{i}@x.example");
        assert_eq!(login_from(&plain, &format!("203.0.113.{i}"), &email, "guess guess").await, 401);
    }
    assert_eq!(login_from(&plain, "203.0.113.200", &email, common::PASSWORD).await, 429);
}

/// Item 4: wrong passwords for one account are limited from any address.
async fn wrong_passwords_are_limited_per_account(ctx: Ctx) {
    let backend = if ctx.url.starts_with("sqlite:") { Backend::Sqlite } else { Backend::Postgres };
    drop(ctx);
    let ctx = common::start_with(backend, |s| s.trusted_proxies = Arc::new(vec!["127.0.0.1".parse().unwrap()])).await;
    let email = ctx.org_with_volunteer("Chengdu One", "成都").await;
    let other = ctx.org_with_volunteer("Xian One", "西安").await;
    for i in 0..10 {
        assert_eq!(login_from(&ctx, &format!("198.51.100.{i}"), &email, "guess guess").await, 401);
    }
    assert_eq!(login_from(&ctx, "198.51.100.77", &email, common::PASSWORD).await, 429, "the account waits");
    assert_eq!(login_from(&ctx, "198.51.100.77", &other.to_uppercase(), common::PASSWORD).await, 200);
}

/// Item 5: control characters (a NUL gave 500 on PostgreSQL) are a 400 before any query.
async fn control_characters_are_refused_before_any_query(ctx: Ctx) {
    let email = ctx.org_with_volunteer("Chengdu One", "成都").await;
    for bad in [format!("{email}\u{0}"), "\u{0}".to_owned(), format!("a\u{7}{email}")] {
        let (s, body) = ctx.post("/api/v1/login", None, &json!({"email": bad, "password": "whatever 1234"})).await;
        assert_eq!((s, body["error"].as_str()), (400, Some("bad_request")), "{body}");
    }
    let (s, _) = ctx.post("/api/v1/login", None, &json!({"email": email, "password": "x".repeat(2000)})).await;
    assert_eq!(s, 400);
    // The dashboard's sign-in form too (with its form token).
    let page = ctx.http.get(ctx.url("/dashboard/login")).send().await.unwrap();
    let cookie = page.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_owned();
    let csrf = cookie.split_once('=').unwrap().1.to_owned();
    let form = [("email", "lead\u{0}@x.example"), ("password", "whatever 1234"), ("csrf", &csrf)];
    let r = ctx.http.post(ctx.url("/dashboard/login")).header("cookie", &cookie).form(&form).send().await.unwrap();
    assert_eq!(r.status(), 400);
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
    // Nothing else of the API takes free text to a query without the same check.
    let token = ctx.login(&email).await;
    for body in [
        json!({"venue": "a\u{0}b", "starts_at": "2026-11-28T02:00:00Z"}),
        json!({"venue": "ok", "city": "\u{0}", "starts_at": "2026-11-28T02:00:00Z"}),
        json!({"venue": "ok", "topics": ["\u{0}"], "starts_at": "2026-11-28T02:00:00Z"}),
    ] {
        let (s, b) = ctx.post("/api/v1/events", Some(&token), &body).await;
        assert_eq!(s, 400, "{b}");
    }
    let (s, _) = ctx.get("/api/v1/events?before=1%00_2", Some(&token)).await;
    assert_eq!(s, 400);
}

/// Item 6: a conflict resolved for a version with another learner moves the unique senior too:
/// the kept totals equal a recount (unique seniors used to stay counted).
async fn unique_seniors_equal_a_recount_after_conflicts(ctx: Ctx) {
    let token = ctx.login(&ctx.org_with_volunteer("Chengdu One", "成都").await).await;
    let event = ctx.event(&token, "玉林社区").await;
    let r = record(&code(&event), 1, RecordedBy::Volunteer);
    ctx.upload(&token, std::slice::from_ref(&r)).await;
    let mut other_learner = r.clone();
    other_learner.learner = blue_vest_protocol::LearnerCode::from_bits(2);
    let (_, body) = ctx.upload(&token, &[other_learner]).await;
    assert_eq!(statuses(&body), vec!["conflict"]);
    let org = ctx.storage.org_by_name("Chengdu One").await.unwrap().unwrap().id;
    let conflict = ctx.storage.conflicts(org, true).await.unwrap().remove(0);
    ctx.storage.resolve_conflict(org, conflict.id, Keep::Incoming, Utc::now()).await.unwrap();
    let t = ctx.storage.totals().await.unwrap();
    assert_eq!((t.attendance, t.records, t.unique_learners), (1, 1, 1), "learner 1 is gone, learner 2 counted");
    // And back again, and once more: still one.
    let mut back = r.clone();
    back.device_time += Duration::seconds(1);
    let (_, body) = ctx.upload(&token, &[back]).await;
    assert_eq!(statuses(&body), vec!["conflict"]);
    let conflict = ctx.storage.conflicts(org, true).await.unwrap().remove(0);
    ctx.storage.resolve_conflict(org, conflict.id, Keep::Incoming, Utc::now()).await.unwrap();
    assert_eq!(ctx.storage.totals().await.unwrap().unique_learners, 1);
    let per_city = ctx.storage.per_city().await.unwrap();
    assert_eq!((per_city[0].attendance, per_city[0].unique_learners), (1, 1));
    assert_recount_agrees(&ctx).await;
}

/// Item 6: the same record uploaded twice at once with different content: the loser's conflict is
/// kept with the stored record's event and organisation (on PostgreSQL it used to be filed under
/// the incoming event), and the counters still equal a recount.
async fn racing_uploads_file_their_conflict_with_the_stored_record(ctx: Ctx) {
    let token = ctx.login(&ctx.org_with_volunteer("Chengdu One", "成都").await).await;
    let a = ctx.event(&token, "玉林社区").await;
    let b = ctx.event(&token, "望江社区").await;
    let ctx = Arc::new(ctx);
    for i in 0..20 {
        let at_a = record(&code(&a), 100 + i, RecordedBy::Volunteer);
        let mut at_b = at_a.clone();
        at_b.event_code = EventCode::parse(&code(&b)).unwrap();
        at_b.learner = blue_vest_protocol::LearnerCode::from_bits(500 + i);
        let (c1, c2, t1, t2) = (ctx.clone(), ctx.clone(), token.clone(), token.clone());
        let first = tokio::spawn(async move { c1.upload(&t1, &[at_a]).await });
        let second = tokio::spawn(async move { c2.upload(&t2, &[at_b]).await });
        let (x, y) = (first.await.unwrap(), second.await.unwrap());
        let mut got = vec![statuses(&x.1)[0].clone(), statuses(&y.1)[0].clone()];
        got.sort();
        assert_eq!(got, vec!["conflict", "created"], "{x:?} {y:?}");
    }
    let org = ctx.storage.org_by_name("Chengdu One").await.unwrap().unwrap().id;
    let conflicts = ctx.storage.conflicts(org, true).await.unwrap();
    assert_eq!(conflicts.len(), 20);
    for c in &conflicts {
        let stored_at = if c.stored.event_code.as_str() == code(&a) { id(&a) } else { id(&b) };
        assert_eq!(c.event, EventId(stored_at), "filed with the stored record's event");
    }
    assert_eq!(ctx.storage.totals().await.unwrap().unique_learners, 20);
    // Resolving every one for the other version keeps the counts right.
    for c in &conflicts {
        ctx.storage.resolve_conflict(org, c.id, Keep::Incoming, Utc::now()).await.unwrap();
    }
    assert_eq!(ctx.storage.totals().await.unwrap().unique_learners, 20);
    assert_recount_agrees(&ctx).await;
}

/// Item 8: password checks run a few at a time; past that a sign-in waits a little, then gets
/// 503 with Retry-After (each check takes 19 MiB; 512 at once could exhaust the server).
async fn password_checks_are_capped(ctx: Ctx) {
    let backend = if ctx.url.starts_with("sqlite:") { Backend::Sqlite } else { Backend::Postgres };
    drop(ctx);
    let ctx = common::start_with(backend, |s| {
        s.password_checks = Arc::new(tokio::sync::Semaphore::new(1));
        s.password_wait = StdDuration::from_millis(200);
    })
    .await;
    let email = ctx.org_with_volunteer("Chengdu One", "成都").await;
    ctx.login(&email).await;
    // Every check slot busy.
    let held = ctx.running.state.password_checks.clone().try_acquire_owned().unwrap();
    let r = ctx.http.post(ctx.url("/api/v1/login")).json(&json!({"email": email, "password": common::PASSWORD}));
    let r = r.send().await.unwrap();
    assert_eq!(r.status(), 503);
    assert!(r.headers()["retry-after"].to_str().unwrap().parse::<u64>().unwrap() >= 1);
    assert_eq!(common::answer(r).await.1["error"], "busy");
    drop(held);
    ctx.login(&email).await;
}

/// Item 9: bad path and query parameters and the request timeout answer JSON with a stable code,
/// as every other error does (they were plain text).
async fn every_error_is_json_with_a_code(ctx: Ctx) {
    let token = ctx.login(&ctx.org_with_volunteer("Chengdu One", "成都").await).await;
    for path in [
        "/api/v1/events/abc",
        "/api/v1/events/99999999999999999999",
        "/api/v1/events/-",
        "/api/v1/events?limit=abc",
        "/api/v1/events?limit=1&limit=2",
        "/api/v1/events?unknown=1",
    ] {
        let r = ctx.http.get(ctx.url(path)).bearer_auth(&token).send().await.unwrap();
        assert_eq!(r.status(), 400, "{path}");
        assert_eq!(r.headers()["content-type"], "application/json", "{path}");
        let body = common::answer(r).await.1;
        assert_eq!(body["error"], "bad_request", "{path}: {body}");
    }
    let r = ctx.http.post(ctx.url("/api/v1/events/abc/close")).bearer_auth(&token).send().await.unwrap();
    assert_eq!((r.status().as_u16(), common::answer(r).await.1["error"].clone()), (400, json!("bad_request")));
    // The timeout: a sign-in waiting for a password check past the request's time.
    let backend = if ctx.url.starts_with("sqlite:") { Backend::Sqlite } else { Backend::Postgres };
    let slow = common::start_with(backend, |s| {
        s.password_checks = Arc::new(tokio::sync::Semaphore::new(1));
        s.request_timeout = StdDuration::from_millis(300);
    })
    .await;
    let _held = slow.running.state.password_checks.clone().try_acquire_owned().unwrap();
    let r =
        slow.http.post(slow.url("/api/v1/login")).json(&json!({"email": "a@b.example", "password": "whatever 1234"}));
    let r = r.send().await.unwrap();
    assert_eq!(r.status(), 408);
    assert_eq!(r.headers()["content-type"], "application/json");
    assert_eq!(common::answer(r).await.1["error"], "timeout");
}

/// Item 10: the dashboard's cookies are `Secure` unless the server is told it is reached over
/// plain HTTP, and the sign-in form carries a form token that must match its cookie.
async fn dashboard_cookies_are_secure_and_sign_in_has_a_form_token(ctx: Ctx) {
    let backend = if ctx.url.starts_with("sqlite:") { Backend::Sqlite } else { Backend::Postgres };
    let email = ctx.org_with_volunteer("Chengdu One", "成都").await;
    // Behind HTTPS (the default).
    let secure = common::start_with(backend, |s| s.secure_cookies = true).await;
    let secure_email = secure.org_with_volunteer("Chengdu One", "成都").await;
    for (c, email, want_secure) in [(&ctx, &email, false), (&secure, &secure_email, true)] {
        let page = c.http.get(c.url("/dashboard/login")).send().await.unwrap();
        let set = page.headers()["set-cookie"].to_str().unwrap().to_owned();
        assert_eq!(set.contains("; Secure"), want_secure, "{set}");
        let cookie = set.split(';').next().unwrap().to_owned();
        let csrf = cookie.split_once('=').unwrap().1.to_owned();
        let html = page.text().await.unwrap();
        assert!(html.contains(&format!("name=\"csrf\" value=\"{csrf}\"")), "the form carries the token");
        // Without the token, or with another one, or without its cookie: refused.
        for (cookie_header, token) in [(cookie.as_str(), ""), (cookie.as_str(), "forged"), ("", csrf.as_str())] {
            let form = [("email", email.as_str()), ("password", common::PASSWORD), ("csrf", token)];
            let mut req = c.http.post(c.url("/dashboard/login")).form(&form);
            if !cookie_header.is_empty() {
                req = req.header("cookie", cookie_header);
            }
            assert_eq!(req.send().await.unwrap().status(), 403);
        }
        let form = [("email", email.as_str()), ("password", common::PASSWORD), ("csrf", csrf.as_str())];
        let r = c.http.post(c.url("/dashboard/login")).header("cookie", &cookie).form(&form).send().await.unwrap();
        assert_eq!(r.status(), 303);
        let session = r
            .headers()
            .get_all("set-cookie")
            .iter()
            .map(|v| v.to_str().unwrap().to_owned())
            .find(|v| v.starts_with("bv_session="))
            .unwrap();
        assert_eq!(session.contains("; Secure"), want_secure, "{session}");
        assert!(session.contains("HttpOnly") && session.contains("SameSite=Strict"));
    }
}

/// Item 12: codes reserved for a volunteer's events made offline go to nobody else, and an
/// event made with one counts from the reservation (its check-ins made before it reached the
/// server belong to it).
async fn reserved_codes_are_kept_for_their_volunteer(ctx: Ctx) {
    let a = ctx.login(&ctx.org_with_volunteer("Chengdu One", "成都").await).await;
    let b = ctx.login(&ctx.org_with_volunteer("Xian One", "西安").await).await;
    let (s, kept) = ctx.post("/api/v1/code-reservations", Some(&a), &json!({"count": 3})).await;
    assert_eq!(s, 200, "{kept}");
    let codes: Vec<String> =
        kept["codes"].as_array().unwrap().iter().map(|c| c["code"].as_str().unwrap().to_owned()).collect();
    assert_eq!(codes.len(), 3);
    let (_, again) = ctx.post("/api/v1/code-reservations", Some(&a), &json!({"count": 3})).await;
    assert_eq!(again, kept, "topped up, not added to");
    let (s, _) = ctx.post("/api/v1/code-reservations", Some(&a), &json!({"count": 99})).await;
    assert_eq!(s, 400);
    // Another organisation cannot take one.
    let (s, body) =
        ctx.post("/api/v1/events", Some(&b), &json!({"venue": "x", "starts_at": Utc::now(), "code": codes[0]})).await;
    assert_eq!((s, body["error"].as_str()), (409, Some("code_taken")), "{body}");
    // A senior checks in with the code the volunteer showed offline, before the event is uploaded.
    let senior = senior_token(&ctx, &codes[0]).await;
    let early = record(&codes[0], 5, RecordedBy::Senior);
    let (_, body) = ctx.upload(&senior, std::slice::from_ref(&early)).await;
    assert_eq!(body["results"][0]["reason"], "unknown_event_code", "not uploaded yet");
    // The phone uploads the event an hour later (its start: when it was made, on the phone).
    let event = create_with_code(&ctx, &a, "玉林社区", &codes[0]).await;
    let (_, body) = ctx.upload(&senior, &[early]).await;
    assert_eq!(statuses(&body), vec!["created"], "{body}");
    assert_eq!(attendance(&ctx, &event).await, 1);
    let (_, left) = ctx.post("/api/v1/code-reservations", Some(&a), &json!({"count": 1})).await;
    let left: Vec<&str> = left["codes"].as_array().unwrap().iter().map(|c| c["code"].as_str().unwrap()).collect();
    assert!(!left.contains(&codes[0].as_str()), "a used code is no longer kept: {left:?}");
}

/// Item 13: the server places a record by its receipt time minus the age the phone sent, so a
/// phone whose clock runs two hours fast is not refused as `event_closed` for a real attendance.
async fn the_server_places_a_record_by_its_age(ctx: Ctx) {
    let token = ctx.login(&ctx.org_with_volunteer("Chengdu One", "成都").await).await;
    let event = ctx.event(&token, "玉林社区").await;
    let made = Utc::now();
    tokio::time::sleep(StdDuration::from_millis(20)).await;
    close(&ctx, &token, &event).await;
    // Made before the close by a phone two hours fast.
    let mut fast = record(&code(&event), 1, RecordedBy::Volunteer);
    fast.device_time = made + Duration::hours(2);
    let old_app = fast.clone();
    let (_, body) = ctx.upload(&token, &[old_app]).await;
    assert_eq!(body["results"][0]["reason"], "event_closed", "without an age the phone's clock decides");
    fast.age_ms = Some((Utc::now() - made).num_milliseconds() as u64);
    let (_, body) = ctx.upload(&token, &[fast]).await;
    assert_eq!(statuses(&body), vec!["created"], "{body}");
    let (s, body) = ctx
        .upload(
            &token,
            &[{
                let mut r = record(&code(&event), 2, RecordedBy::Volunteer);
                r.age_ms = Some(blue_vest_protocol::MAX_AGE_MS + 1);
                r
            }],
        )
        .await;
    assert_eq!(s, 400, "{body}");
}

/// Item 7: an event edited (city) while an upload to it is in progress: the upload waits for
/// the edit and counts in the new city (on PostgreSQL it used to read the old city first and
/// count there). The edit is played by hand: a transaction that locks the event row as
/// `update_event` does, changes the city and commits once the upload waits for it. SQLite's one
/// writer serialises the two anyway.
async fn an_edit_in_progress_does_not_move_an_uploads_counts(ctx: Ctx) {
    use sqlx::{Connection, Row};
    let token = ctx.login(&ctx.org_with_volunteer("Chengdu One", "成都").await).await;
    let event = ctx.event(&token, "玉林社区").await;
    if ctx.url.starts_with("sqlite:") {
        return;
    }
    let mut edit = sqlx::PgConnection::connect(&ctx.url).await.unwrap();
    let mut watch = sqlx::PgConnection::connect(&ctx.url).await.unwrap();
    let mut tx = edit.begin().await.unwrap();
    let row = sqlx::query("SELECT attendance FROM events WHERE id = $1 FOR UPDATE")
        .bind(id(&event))
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    assert_eq!(row.try_get::<i64, _>(0).unwrap(), 0, "no attendance yet: the edit may move the event");
    let ctx = Arc::new(ctx);
    let (c, t, r) = (ctx.clone(), token.clone(), record(&code(&event), 1, RecordedBy::Volunteer));
    let upload = tokio::spawn(async move { c.upload(&t, &[r]).await });
    // Wait until the upload waits for the event's lock.
    let mut waiting = false;
    for _ in 0..100 {
        let n: i64 = sqlx::query(
            "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()",
        )
        .fetch_one(&mut watch)
        .await
        .unwrap()
        .try_get(0)
        .unwrap();
        if n > 0 {
            waiting = true;
            break;
        }
        tokio::time::sleep(StdDuration::from_millis(20)).await;
    }
    assert!(waiting, "the upload waits for the edit");
    sqlx::query("UPDATE events SET city = '重庆' WHERE id = $1").bind(id(&event)).execute(&mut *tx).await.unwrap();
    tx.commit().await.unwrap();
    let (_, body) = upload.await.unwrap();
    assert_eq!(statuses(&body), vec!["created"]);
    let per_city = ctx.storage.per_city().await.unwrap();
    assert_eq!(per_city.iter().map(|b| (b.key.as_str(), b.attendance)).collect::<Vec<_>>(), vec![("重庆", 1)]);
    assert_recount_agrees(&ctx).await;
}
