//! API v1 over real HTTP on 127.0.0.1, every scenario on SQLite and on PostgreSQL.

mod common;

use blue_vest_protocol::RecordedBy;
use chrono::{Duration, Utc};
use common::{Ctx, record, statuses};
use serde_json::{Value, json};

on_both_backends!(
    sign_in_and_every_kind_of_bad_token,
    events_of_ones_own_organisation,
    other_organisations_are_forbidden,
    batches_are_idempotent_and_conflicts_keep_both_versions,
    volunteer_and_senior_check_ins_merge,
    unknown_closed_and_invalid_records_are_rejected_alone,
    malformed_and_oversized_input_is_a_4xx_with_a_reason,
    sign_in_and_senior_tokens_are_rate_limited,
    conflicts_are_resolved_by_an_organiser,
    openapi_and_health_are_served,
    pages_follow_on_past_events_before_1970,
);

fn assert_error(status: u16, body: &Value, want_status: u16, want_code: &str) {
    assert_eq!(status, want_status, "{body}");
    assert_eq!(body["error"], want_code, "{body}");
    assert!(body["message"].as_str().is_some_and(|m| !m.is_empty()), "a sentence for people: {body}");
}

async fn sign_in_and_every_kind_of_bad_token(ctx: Ctx) {
    let email = ctx.org_with_volunteer("Chengdu One", "成都").await;
    let (s, body) = ctx.post("/api/v1/login", None, &json!({"email": email, "password": "wrong password"})).await;
    assert_error(s, &body, 401, "bad_credentials");
    let (s, body) =
        ctx.post("/api/v1/login", None, &json!({"email": "nobody@x.example", "password": "whatever1234"})).await;
    assert_error(s, &body, 401, "bad_credentials");
    // Emails are matched without regard to case or spaces.
    let (s, body) = ctx
        .post(
            "/api/v1/login",
            None,
            &json!({"email": format!(" {} ", email.to_uppercase()), "password": common::PASSWORD}),
        )
        .await;
    assert_eq!(s, 200, "{body}");
    assert_eq!(body["organisation"]["city"], "成都");
    assert_eq!(body["volunteer"]["name"], "Li Wei");
    let token = body["token"].as_str().unwrap().to_owned();
    assert!(body["expires_at"].as_str().unwrap() > Utc::now().to_rfc3339().as_str());

    let (s, _) = ctx.get("/api/v1/events", Some(&token)).await;
    assert_eq!(s, 200);
    let (s, body) = ctx.get("/api/v1/events", None).await;
    assert_error(s, &body, 401, "unauthorized");
    let (s, body) = ctx.get("/api/v1/events", Some("not-a-token")).await;
    assert_error(s, &body, 401, "unauthorized");
    let r =
        ctx.http.get(ctx.url("/api/v1/events")).header("Authorization", format!("Basic {token}")).send().await.unwrap();
    assert_eq!(r.status(), 401, "only Bearer");
    assert_eq!(r.headers()["www-authenticate"], "Bearer");

    // Expired: move the server's clock past the token's 30 days.
    ctx.running.state.clock_offset.store(Duration::days(31).num_seconds(), std::sync::atomic::Ordering::Relaxed);
    let (s, body) = ctx.get("/api/v1/events", Some(&token)).await;
    assert_error(s, &body, 401, "unauthorized");
    ctx.running.state.clock_offset.store(0, std::sync::atomic::Ordering::Relaxed);
    let (s, _) = ctx.get("/api/v1/events", Some(&token)).await;
    assert_eq!(s, 200, "the same token is live again at the real time");

    // Logged out.
    let (s, _) = ctx.post("/api/v1/logout", Some(&token), &json!({})).await;
    assert_eq!(s, 204);
    let (s, body) = ctx.get("/api/v1/events", Some(&token)).await;
    assert_error(s, &body, 401, "unauthorized");

    // Revoked by an admin, and by a password reset.
    let t2 = ctx.login(&email).await;
    let t3 = ctx.login(&email).await;
    assert_eq!(blue_vest_server::admin::revoke_tokens(&*ctx.storage, &email).await.unwrap(), 2);
    for t in [&t2, &t3] {
        let (s, body) = ctx.get("/api/v1/events", Some(t)).await;
        assert_error(s, &body, 401, "unauthorized");
    }
    let t4 = ctx.login(&email).await;
    blue_vest_server::admin::reset_password(&*ctx.storage, &email, "a brand new password").await.unwrap();
    let (s, _) = ctx.get("/api/v1/events", Some(&t4)).await;
    assert_eq!(s, 401);
    let (s, _) = ctx.post("/api/v1/login", None, &json!({"email": email, "password": "a brand new password"})).await;
    assert_eq!(s, 200);
    // Every answer carries a request id.
    let r = ctx.http.get(ctx.url("/healthz")).send().await.unwrap();
    assert!(r.headers().get("x-request-id").is_some_and(|v| v.len() >= 32));
}

async fn events_of_ones_own_organisation(ctx: Ctx) {
    let email = ctx.org_with_volunteer("Chengdu One", "成都").await;
    let token = ctx.login(&email).await;
    let event = ctx.event(&token, "玉林社区活动中心").await;
    assert_eq!(event["city"], "成都", "the organisation's city by default");
    let code = event["code"].as_str().unwrap().to_owned();
    assert!(code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit()), "{code}");
    assert_eq!(event["attendance"], 0);
    assert!(event["closed_at"].is_null());
    let id = event["id"].as_i64().unwrap();

    // Created offline with the device's id and the code it already showed; uploaded twice.
    let client_id = uuid::Uuid::now_v7();
    let body = json!({"client_id": client_id, "venue": "望江社区", "city": "成都", "starts_at": "2026-11-28T02:00:00Z",
                      "topics": ["bigger text"], "code": "246810"});
    let (s, first) = ctx.post("/api/v1/events", Some(&token), &body).await;
    assert_eq!(s, 201, "{first}");
    assert_eq!(first["code"], "246810");
    let (s, again) = ctx.post("/api/v1/events", Some(&token), &body).await;
    assert_eq!(s, 200, "the same client id is the same event: {again}");
    assert_eq!(again["id"], first["id"]);
    let (s, body) = ctx
        .post(
            "/api/v1/events",
            Some(&token),
            &json!({"venue": "x", "starts_at": "2026-11-28T02:00:00Z", "code": "246810"}),
        )
        .await;
    assert_error(s, &body, 409, "code_taken");

    let (s, got) = ctx.get(&format!("/api/v1/events/{id}"), Some(&token)).await;
    assert_eq!((s, &got["venue"]), (200, &json!("玉林社区活动中心")));
    let (s, patched) = ctx.patch(&format!("/api/v1/events/{id}"), &token, &json!({"venue": "玉林社区 二楼"})).await;
    assert_eq!((s, &patched["venue"]), (200, &json!("玉林社区 二楼")));
    assert_eq!(patched["code"], event["code"]);
    let (s, body) = ctx.get("/api/v1/events/999999", Some(&token)).await;
    assert_error(s, &body, 404, "not_found");

    // Listing, filtering and paging.
    for i in 0..3 {
        ctx.event(&token, &format!("venue {i}")).await;
    }
    let (s, list) = ctx.get("/api/v1/events?state=open&limit=2", Some(&token)).await;
    assert_eq!(s, 200);
    assert_eq!(list["events"].as_array().unwrap().len(), 2);
    let next = list["next"].as_str().expect("a next page").to_owned();
    let (_, page2) = ctx.get(&format!("/api/v1/events?state=open&limit=2&before={next}"), Some(&token)).await;
    let mut seen: Vec<i64> = list["events"].as_array().unwrap().iter().map(|e| e["id"].as_i64().unwrap()).collect();
    seen.extend(page2["events"].as_array().unwrap().iter().map(|e| e["id"].as_i64().unwrap()));
    let (_, all) = ctx.get("/api/v1/events?limit=100", Some(&token)).await;
    assert_eq!(all["events"].as_array().unwrap().len(), 5);
    assert!(all["next"].is_null());
    let mut unique = seen.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 4, "two pages, no repeats: {seen:?}");

    // Closing frees the code and freezes the event.
    let (s, closed) = ctx.post(&format!("/api/v1/events/{id}/close"), Some(&token), &json!({})).await;
    assert_eq!(s, 200);
    assert!(closed["closed_at"].is_string());
    let (s, body) = ctx.patch(&format!("/api/v1/events/{id}"), &token, &json!({"venue": "too late"})).await;
    assert_error(s, &body, 409, "event_closed");
    let (_, open) = ctx.get("/api/v1/events?state=open", Some(&token)).await;
    assert!(open["events"].as_array().unwrap().iter().all(|e| e["id"] != json!(id)));
    let (_, closed_list) = ctx.get("/api/v1/events?state=closed", Some(&token)).await;
    assert_eq!(closed_list["events"].as_array().unwrap().len(), 1);
    let (s, reuse) = ctx
        .post("/api/v1/events", Some(&token), &json!({"venue": "y", "starts_at": "2026-12-01T02:00:00Z", "code": code}))
        .await;
    assert_eq!(s, 201, "a closed event's code may be used again: {reuse}");
}

async fn other_organisations_are_forbidden(ctx: Ctx) {
    let a = ctx.login(&ctx.org_with_volunteer("Chengdu One", "成都").await).await;
    let b = ctx.login(&ctx.org_with_volunteer("Xian One", "西安").await).await;
    let event = ctx.event(&a, "玉林社区").await;
    let id = event["id"].as_i64().unwrap();
    let (s, body) = ctx.get(&format!("/api/v1/events/{id}"), Some(&b)).await;
    assert_error(s, &body, 403, "forbidden");
    let (s, body) = ctx.patch(&format!("/api/v1/events/{id}"), &b, &json!({"venue": "mine now"})).await;
    assert_error(s, &body, 403, "forbidden");
    let (s, body) = ctx.post(&format!("/api/v1/events/{id}/close"), Some(&b), &json!({})).await;
    assert_error(s, &body, 403, "forbidden");
    let (_, list) = ctx.get("/api/v1/events", Some(&b)).await;
    assert_eq!(list["events"], json!([]), "B sees none of A's events");
    // B's volunteer cannot record attendance at A's event, and learns nothing of it: the answer
    // is the one for a code nobody uses. A's event is untouched.
    let code = event["code"].as_str().unwrap();
    let unused = if code == "000001" { "000002" } else { "000001" };
    let (s, body) =
        ctx.upload(&b, &[record(code, 1, RecordedBy::Volunteer), record(unused, 2, RecordedBy::Volunteer)]).await;
    assert_eq!(s, 200);
    assert_eq!(body["results"][0]["status"], "rejected");
    assert_eq!(body["results"][0]["reason"], "unknown_event_code");
    assert_eq!(
        body["results"][0]["reason"], body["results"][1]["reason"],
        "another organisation's code answers as an unused one"
    );
    let (_, after) = ctx.get(&format!("/api/v1/events/{id}"), Some(&a)).await;
    assert_eq!((after["venue"].clone(), after["attendance"].clone()), (json!("玉林社区"), json!(0)));
}

async fn batches_are_idempotent_and_conflicts_keep_both_versions(ctx: Ctx) {
    let token = ctx.login(&ctx.org_with_volunteer("Chengdu One", "成都").await).await;
    let event = ctx.event(&token, "玉林社区").await;
    let code = event["code"].as_str().unwrap();
    let batch: Vec<_> = (0..50).map(|i| record(code, 1000 + i, RecordedBy::Volunteer)).collect();
    let (s, body) = ctx.upload(&token, &batch).await;
    assert_eq!(s, 200, "{body}");
    assert_eq!(statuses(&body), vec!["created"; 50]);
    for (r, sent) in body["results"].as_array().unwrap().iter().zip(&batch) {
        assert_eq!(r["id"], json!(sent.id), "answers in the upload's order");
    }
    let before = ctx.storage.totals().await.unwrap();
    assert_eq!((before.records, before.attendance, before.unique_learners), (50, 50, 50));

    let (s, body) = ctx.upload(&token, &batch).await;
    assert_eq!(s, 200);
    assert_eq!(statuses(&body), vec!["duplicate"; 50]);
    assert_eq!(ctx.storage.totals().await.unwrap(), before, "no new rows for a repeated batch");

    let mut changed = batch[7].clone();
    changed.lessons_done = vec!["safety-sms-link".into(), "safety-screen-sharing".into()];
    let (_, body) = ctx.upload(&token, &[changed.clone(), batch[8].clone()]).await;
    assert_eq!(statuses(&body), vec!["conflict", "duplicate"]);
    let (_, body) = ctx.upload(&token, std::slice::from_ref(&changed)).await;
    assert_eq!(statuses(&body), vec!["conflict"], "a retried conflicting upload is still a conflict");
    let after = ctx.storage.totals().await.unwrap();
    assert_eq!(after.open_conflicts, 1, "stored once");
    assert_eq!(after.records, before.records);
    let org = ctx.storage.org_by_name("Chengdu One").await.unwrap().unwrap().id;
    let conflicts = ctx.storage.conflicts(org, true).await.unwrap();
    assert_eq!(conflicts.len(), 1);
    assert_eq!(conflicts[0].stored.lessons_done, batch[7].lessons_done, "the first version is kept");
    assert_eq!(conflicts[0].incoming.lessons_done, changed.lessons_done, "and the second beside it");
}

async fn volunteer_and_senior_check_ins_merge(ctx: Ctx) {
    let token = ctx.login(&ctx.org_with_volunteer("Chengdu One", "成都").await).await;
    let event = ctx.event(&token, "玉林社区").await;
    let code = event["code"].as_str().unwrap();
    let (s, senior) = ctx.post("/api/v1/senior-token", None, &json!({"event_code": code})).await;
    assert_eq!(s, 201, "{senior}");
    assert_eq!(senior["event_code"], json!(code));
    let senior_token = senior["token"].as_str().unwrap();

    let (_, v) = ctx.upload(&token, &[record(code, 77, RecordedBy::Volunteer)]).await;
    let mut own = record(code, 77, RecordedBy::Senior);
    own.lessons_done = vec!["safety-police-call".into(), "safety-sms-link".into()];
    let (_, s_body) = ctx.upload(senior_token, &[own]).await;
    assert_eq!((statuses(&v), statuses(&s_body)), (vec!["created".to_owned()], vec!["created".to_owned()]));
    let totals = ctx.storage.totals().await.unwrap();
    assert_eq!(
        (totals.records, totals.attendance, totals.unique_learners),
        (2, 1, 1),
        "one attendance from two records"
    );
    assert_eq!(totals.lessons_completed, 2, "the larger of the two lesson lists");
    let id = blue_vest_server::storage::EventId(event["id"].as_i64().unwrap());
    let list = ctx.storage.event_attendance(id).await.unwrap();
    assert_eq!(list.len(), 1);
    assert!(list[0].by_volunteer && list[0].by_senior);
    let (_, e) = ctx.get(&format!("/api/v1/events/{id}"), Some(&token)).await;
    assert_eq!(e["attendance"], 1);
    // Counted attendance stays where it was counted: no moving the event to another city or month.
    let (s, body) = ctx.patch(&format!("/api/v1/events/{id}"), &token, &json!({"city": "重庆"})).await;
    assert_error(s, &body, 409, "event_has_attendance");
    let (s, body) =
        ctx.patch(&format!("/api/v1/events/{id}"), &token, &json!({"starts_at": "2026-01-10T02:00:00Z"})).await;
    assert_error(s, &body, 409, "event_has_attendance");
    let (s, body) = ctx.patch(&format!("/api/v1/events/{id}"), &token, &json!({"venue": "玉林社区 二楼"})).await;
    assert_eq!((s, &body["venue"]), (200, &json!("玉林社区 二楼")));

    // The senior token is narrow: only its own code, only as a senior, and no event reading.
    let other = ctx.event(&token, "望江社区").await;
    let (_, body) = ctx
        .upload(
            senior_token,
            &[record(other["code"].as_str().unwrap(), 78, RecordedBy::Senior), record(code, 79, RecordedBy::Volunteer)],
        )
        .await;
    assert_eq!(body["results"][0]["reason"], "not_permitted");
    assert_eq!(body["results"][1]["reason"], "not_permitted");
    let (s, body) = ctx.get("/api/v1/events", Some(senior_token)).await;
    assert_error(s, &body, 403, "forbidden");
}

async fn unknown_closed_and_invalid_records_are_rejected_alone(ctx: Ctx) {
    let token = ctx.login(&ctx.org_with_volunteer("Chengdu One", "成都").await).await;
    let event = ctx.event(&token, "玉林社区").await;
    let code = event["code"].as_str().unwrap().to_owned();
    let unknown = if code == "000001" { "000002" } else { "000001" };
    let (_, body) =
        ctx.upload(&token, &[record(unknown, 1, RecordedBy::Volunteer), record(&code, 2, RecordedBy::Volunteer)]).await;
    assert_eq!(statuses(&body), vec!["rejected", "created"], "{body}");
    assert_eq!(body["results"][0]["reason"], "unknown_event_code");
    // What the schema states (a UUID v7, lesson ids' form) is checked for the whole upload: 400.
    let mut v4 = record(&code, 3, RecordedBy::Volunteer);
    v4.id = uuid::Uuid::new_v4();
    let (s, body) = ctx.upload(&token, &[record(&code, 6, RecordedBy::Volunteer), v4]).await;
    assert_eq!((s, body["error"].as_str()), (400, Some("bad_request")), "{body}");
    assert!(body["message"].as_str().unwrap().contains("records[1].id"), "{body}");

    // Made while the event was open, uploaded after it closed: taken. Made after: refused.
    let made_while_open = record(&code, 4, RecordedBy::Volunteer);
    let id = event["id"].as_i64().unwrap();
    ctx.post(&format!("/api/v1/events/{id}/close"), Some(&token), &json!({})).await;
    let mut made_after = record(&code, 5, RecordedBy::Volunteer);
    made_after.device_time = Utc::now() + Duration::minutes(5);
    let (_, body) = ctx.upload(&token, &[made_while_open, made_after]).await;
    assert_eq!(statuses(&body), vec!["created", "rejected"], "{body}");
    assert_eq!(body["results"][1]["reason"], "event_closed");
    assert_eq!(ctx.storage.totals().await.unwrap().records, 2);
}

async fn malformed_and_oversized_input_is_a_4xx_with_a_reason(ctx: Ctx) {
    let token = ctx.login(&ctx.org_with_volunteer("Chengdu One", "成都").await).await;
    let code = ctx.event(&token, "玉林社区").await["code"].as_str().unwrap().to_owned();
    let send = |body: String, content_type: &'static str| {
        ctx.http
            .post(ctx.url("/api/v1/attendance"))
            .bearer_auth(&token)
            .header("content-type", content_type)
            .body(body)
            .send()
    };
    let (s, body) = common::answer(send("{\"records\": [".into(), "application/json").await.unwrap()).await;
    assert_error(s, &body, 400, "bad_request");
    assert!(body["message"].as_str().unwrap().contains("malformed JSON"), "{body}");
    let (s, body) = common::answer(send("{\"records\": 5}".into(), "application/json").await.unwrap()).await;
    assert_error(s, &body, 400, "bad_request");
    assert!(body["message"].as_str().unwrap().contains("records"), "names the field: {body}");
    let mut r = serde_json::to_value(record(&code, 1, RecordedBy::Volunteer)).unwrap();
    r["phone"] = json!("13800138000");
    let (s, body) = common::answer(send(json!({"records": [r]}).to_string(), "application/json").await.unwrap()).await;
    assert_error(s, &body, 400, "bad_request");
    let mut r = serde_json::to_value(record(&code, 1, RecordedBy::Volunteer)).unwrap();
    r["event_code"] = json!("12345");
    let (s, body) = common::answer(send(json!({"records": [r]}).to_string(), "application/json").await.unwrap()).await;
    assert_error(s, &body, 400, "bad_request");
    assert!(body["message"].as_str().unwrap().contains("6 digits"), "{body}");
    let (s, body) = common::answer(send("records=1".into(), "application/x-www-form-urlencoded").await.unwrap()).await;
    assert_error(s, &body, 415, "unsupported_media_type");
    let (s, body) = ctx.upload(&token, &[]).await;
    assert_error(s, &body, 400, "bad_request");
    let too_many: Vec<_> = (0..501).map(|i| record(&code, i, RecordedBy::Volunteer)).collect();
    let (s, body) = ctx.upload(&token, &too_many).await;
    assert_error(s, &body, 400, "bad_request");
    assert!(body["message"].as_str().unwrap().contains("500"), "{body}");
    // An id twice in one upload: the second is answered on its own.
    let twice = record(&code, 1, RecordedBy::Volunteer);
    let (s, body) = ctx.upload(&token, &[twice.clone(), twice]).await;
    assert_eq!(s, 200, "{body}");
    assert_eq!(statuses(&body), vec!["created", "rejected"]);
    assert_eq!(body["results"][1]["reason"], "invalid");
    // A body of another shape than documented: an array where an object is.
    let (s, body) = common::answer(send("[[\"a\"]]".into(), "application/json").await.unwrap()).await;
    assert_error(s, &body, 400, "bad_request");
    let huge = format!("{{\"records\": [], \"pad\": \"{}\"}}", "x".repeat(600 * 1024));
    let (s, body) = common::answer(send(huge, "application/json").await.unwrap()).await;
    assert_error(s, &body, 413, "too_large");
    // Other endpoints answer the same way.
    let (s, body) =
        ctx.post("/api/v1/events", Some(&token), &json!({"venue": "", "starts_at": "2026-11-28T02:00:00Z"})).await;
    assert_error(s, &body, 400, "bad_request");
    assert!(body["message"].as_str().unwrap().contains("venue"));
    let (s, body) = ctx.post("/api/v1/events", Some(&token), &json!({"venue": "v", "starts_at": "tomorrow"})).await;
    assert_error(s, &body, 400, "bad_request");
    let (s, body) = ctx.get("/api/v1/events?state=sideways", Some(&token)).await;
    assert_eq!(s, 400, "{body}");
    let (s, body) = ctx.get("/api/v1/events?before=garbage", Some(&token)).await;
    assert_error(s, &body, 400, "bad_request");
    let (s, body) = ctx.post("/api/v1/senior-token", None, &json!({"event_code": "abc"})).await;
    assert_error(s, &body, 400, "bad_request");
    let (s, body) = ctx.get("/api/v1/nothing-here", None).await;
    assert_error(s, &body, 404, "not_found");
    let r = ctx.http.delete(ctx.url("/api/v1/attendance")).send().await.unwrap();
    assert_eq!(r.status(), 405);
    assert_eq!(ctx.storage.totals().await.unwrap().records, 1, "only the one well-formed record");
}

async fn sign_in_and_senior_tokens_are_rate_limited(ctx: Ctx) {
    let email = ctx.org_with_volunteer("Chengdu One", "成都").await;
    let mut statuses = Vec::new();
    for _ in 0..11 {
        let (s, _) = ctx.post("/api/v1/login", None, &json!({"email": email, "password": "guess guess"})).await;
        statuses.push(s);
    }
    assert_eq!(&statuses[..10], &[401; 10]);
    let r = ctx
        .http
        .post(ctx.url("/api/v1/login"))
        .json(&json!({"email": email, "password": common::PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 429, "even the right password waits");
    assert!(r.headers()["retry-after"].to_str().unwrap().parse::<u64>().unwrap() >= 1);
    let (_, body) = common::answer(r).await;
    assert_eq!(body["error"], "rate_limited");
    let mut last = 0;
    for _ in 0..121 {
        last = ctx.post("/api/v1/senior-token", None, &json!({"event_code": "123456"})).await.0;
    }
    assert_eq!(last, 429);
}

async fn conflicts_are_resolved_by_an_organiser(ctx: Ctx) {
    use blue_vest_server::storage::{EventId, Keep, OrgId};
    let token = ctx.login(&ctx.org_with_volunteer("Chengdu One", "成都").await).await;
    let first = ctx.event(&token, "玉林社区").await;
    let second = ctx.event(&token, "望江社区").await;
    let code = first["code"].as_str().unwrap();
    let a = record(code, 10, RecordedBy::Volunteer);
    let b = record(code, 11, RecordedBy::Volunteer);
    ctx.upload(&token, &[a.clone(), b.clone()]).await;
    // a's new version moves the senior to the other event; b's adds lessons.
    let mut a2 = a.clone();
    a2.event_code = blue_vest_protocol::EventCode::parse(second["code"].as_str().unwrap()).unwrap();
    let mut b2 = b.clone();
    b2.lessons_done = vec!["safety-sms-link".into(), "phone-video-call".into(), "safety-police-call".into()];
    let (_, body) = ctx.upload(&token, &[a2, b2]).await;
    assert_eq!(statuses(&body), vec!["conflict", "conflict"]);
    let org = ctx.storage.org_by_name("Chengdu One").await.unwrap().unwrap().id;
    let conflicts = ctx.storage.conflicts(org, true).await.unwrap();
    let now = Utc::now();
    ctx.storage.resolve_conflict(org, conflicts[0].id, Keep::Incoming, now).await.unwrap();
    ctx.storage.resolve_conflict(org, conflicts[1].id, Keep::Stored, now).await.unwrap();
    assert!(ctx.storage.conflicts(org, true).await.unwrap().is_empty());
    let t = ctx.storage.totals().await.unwrap();
    assert_eq!((t.records, t.attendance, t.unique_learners, t.lessons_completed, t.open_conflicts), (2, 2, 2, 2, 0));
    let at = |e: &Value| e["id"].as_i64().unwrap();
    assert_eq!(ctx.storage.event_attendance(EventId(at(&first))).await.unwrap().len(), 1, "a moved away");
    assert_eq!(ctx.storage.event_attendance(EventId(at(&second))).await.unwrap().len(), 1, "to the second event");
    let (_, e1) = ctx.get(&format!("/api/v1/events/{}", at(&first)), Some(&token)).await;
    assert_eq!(e1["attendance"], 1);
    // Another organisation cannot touch these conflicts.
    assert!(ctx.storage.resolve_conflict(OrgId(org.0 + 1), conflicts[0].id, Keep::Stored, now).await.is_err());
}

async fn openapi_and_health_are_served(ctx: Ctx) {
    let (s, doc) = ctx.get("/api/v1/openapi.json", None).await;
    assert_eq!(s, 200);
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    for path in [
        "/api/v1/login",
        "/api/v1/logout",
        "/api/v1/events",
        "/api/v1/events/{id}",
        "/api/v1/events/{id}/close",
        "/api/v1/senior-token",
        "/api/v1/attendance",
    ] {
        assert!(doc["paths"][path].is_object(), "{path} documented");
    }
    let (s, body) = ctx.get("/healthz", None).await;
    assert_eq!((s, body), (200, json!("ok")));
}

/// The schema takes any RFC 3339 start; a page that ends on an event before 1970 (a cursor
/// below 0) still leads to the next page, and the cursor has the documented form.
async fn pages_follow_on_past_events_before_1970(ctx: Ctx) {
    let token = ctx.login(&ctx.org_with_volunteer("Chengdu One", "成都").await).await;
    for (venue, starts_at) in
        [("a", "1969-07-20T20:17:00Z"), ("b", "1900-01-01T00:00:00Z"), ("c", "2026-11-28T02:00:00Z")]
    {
        let (s, body) =
            ctx.post("/api/v1/events", Some(&token), &json!({"venue": venue, "starts_at": starts_at})).await;
        assert_eq!(s, 201, "{body}");
    }
    let mut venues = Vec::new();
    let mut path = "/api/v1/events?limit=1".to_owned();
    loop {
        let (s, page) = ctx.get(&path, Some(&token)).await;
        assert_eq!(s, 200, "{page}");
        venues.extend(page["events"].as_array().unwrap().iter().map(|e| e["venue"].as_str().unwrap().to_owned()));
        let Some(next) = page["next"].as_str() else { break };
        let pattern = blue_vest_protocol::form::CURSOR_PATTERN;
        let (at, id) = next.split_once('_').unwrap();
        assert!(
            at.trim_start_matches('-').bytes().all(|b| b.is_ascii_digit()) && id.bytes().all(|b| b.is_ascii_digit()),
            "{next} is of the form {pattern}"
        );
        path = format!("/api/v1/events?limit=1&before={next}");
    }
    assert_eq!(venues, ["c", "a", "b"]);
}
