//! Lesson packs over real HTTP on 127.0.0.1, on SQLite and PostgreSQL: an organiser uploads a
//! pack as a raw ZIP, the server checks it with the app's checker and signs it, a phone lists
//! the packs for its city, fetches one, and the core verifies and installs it; every refusal is
//! a 4xx with its reason and leaves nothing stored; withdrawal reaches the phone.

mod common;

use std::sync::Arc;

use blue_vest_core::packs::{
    PackError, SignedStatement, SigningKey, VerifyingKey, generate_keypair, install, installed, remove, verify,
};
use blue_vest_protocol::PHONE_HEADER;
use chrono::Duration;
use common::packs::{demo_files, today, with, zip_of};
use common::{Backend, Ctx};
use serde_json::{Value, json};

macro_rules! pack_scenarios {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $( #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() { let (ctx, key) = super::start(super::Backend::Sqlite).await; super::$name(ctx, key).await } )*
        }
        mod postgres {
            $( #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() { let (ctx, key) = super::start(super::Backend::Postgres).await; super::$name(ctx, key).await } )*
        }
    };
}

pack_scenarios!(
    an_organiser_publishes_and_a_phone_installs,
    every_refusal_is_a_4xx_with_its_reason_and_leaves_nothing,
    withdrawal_reaches_the_phone_and_ids_belong_to_one_organisation,
    simultaneous_uploads_get_one_version_each,
    the_dashboard_uploads_shows_and_withdraws_packs,
);

/// A server with a fresh campaign key; the phone checks against its public half.
async fn start(backend: Backend) -> (Ctx, VerifyingKey) {
    let (signing, verifying): (SigningKey, VerifyingKey) = generate_keypair();
    (common::start_with(backend, move |state| state.pack_key = Some(Arc::new(signing))).await, verifying)
}

async fn upload(ctx: &Ctx, token: &str, archive: Vec<u8>) -> (u16, Value) {
    let r = ctx
        .http
        .post(ctx.url("/api/v1/packs"))
        .bearer_auth(token)
        .header("Content-Type", "application/zip")
        .body(archive)
        .send()
        .await
        .unwrap();
    common::answer(r).await
}

async fn fetch(ctx: &Ctx, token: &str, path: &str) -> (u16, Vec<u8>) {
    let r = ctx.http.get(ctx.url(path)).bearer_auth(token).send().await.unwrap();
    (r.status().as_u16(), r.bytes().await.unwrap().to_vec())
}

async fn senior_token(ctx: &Ctx, code: &str) -> String {
    let (s, body) = ctx.post("/api/v1/senior-token", None, &json!({"event_code": code})).await;
    assert_eq!(s, 201, "{body}");
    body["token"].as_str().unwrap().to_owned()
}

fn signed_of(offer: &Value) -> SignedStatement {
    serde_json::from_value(offer["signed"].clone()).unwrap()
}

async fn an_organiser_publishes_and_a_phone_installs(ctx: Ctx, key: VerifyingKey) {
    let email = ctx.org_with_volunteer("Hangzhou One", "杭州").await;
    let token = ctx.login(&email).await;
    let event = ctx.event(&token, "Community centre").await;

    let archive = zip_of(&demo_files());
    let (s, info) = upload(&ctx, &token, archive.clone()).await;
    assert_eq!(s, 201, "{info}");
    assert_eq!((info["pack_id"].as_str(), info["version"].as_u64()), (Some("demo"), Some(1)));
    assert_eq!(info["cities"], json!(["杭州", "宁波"]));
    assert_eq!(info["titles"]["zh-CN"], "假客服电话");
    assert_eq!(info["size"].as_u64(), Some(archive.len() as u64));
    assert_eq!(info["reach"]["phones"], 0);
    // The same bytes again change nothing; other bytes are the next version.
    let (s, again) = upload(&ctx, &token, archive.clone()).await;
    assert_eq!((s, again["version"].as_u64()), (200, Some(1)), "{again}");
    let files = demo_files();
    let manifest = String::from_utf8(files.iter().find(|(p, _)| p == "pack.toml").unwrap().1.clone()).unwrap();
    let v2 = zip_of(&with(&files, "pack.toml", manifest.replace("test pack", "second version")));
    let (s, info) = upload(&ctx, &token, v2.clone()).await;
    assert_eq!((s, info["version"].as_u64()), (201, Some(2)), "{info}");

    // A senior's phone at the event: the packs of the event's city, without naming it.
    let senior = senior_token(&ctx, event["code"].as_str().unwrap()).await;
    let (s, list) = ctx.get("/api/v1/packs", Some(&senior)).await;
    assert_eq!(s, 200, "{list}");
    assert_eq!(list["city"], "杭州");
    assert_eq!(list["withdrawn"], json!([]));
    let offers = list["packs"].as_array().unwrap();
    assert_eq!(offers.len(), 1, "{list}");
    let offer = &offers[0];
    assert_eq!((offer["pack_id"].as_str(), offer["version"].as_u64()), (Some("demo"), Some(2)));
    assert_eq!(offer["archive"], "/api/v1/packs/demo/versions/2/archive");
    let statement = verify(&signed_of(offer), &key).expect("signed with the campaign's key");
    assert_eq!((statement.version, statement.cities.clone()), (2, vec!["杭州".to_owned(), "宁波".to_owned()]));

    let (s, bytes) = fetch(&ctx, &senior, offer["archive"].as_str().unwrap()).await;
    assert_eq!(s, 200);
    assert_eq!(bytes, v2, "the archive byte for byte as uploaded and signed");
    let phone = tempfile::tempdir().unwrap();
    let packs_dir = phone.path().join("packs");
    let pack = install(&packs_dir, &signed_of(offer), &bytes, &key, today()).expect("the phone installs it");
    assert_eq!(pack.statement.pack_id, "demo");
    assert_eq!(installed(&packs_dir, &key, today()).len(), 1);
    assert!(pack.load().unwrap().lessons.iter().any(|l| l.id == "demo--call"));
    // Bytes changed on the way are refused by the phone, under another key too.
    let mut changed = bytes.clone();
    let at = changed.len() / 2;
    changed[at] ^= 1;
    let elsewhere = tempfile::tempdir().unwrap();
    assert_eq!(install(elsewhere.path(), &signed_of(offer), &changed, &key, today()), Err(PackError::HashMismatch));
    let (_, stranger) = generate_keypair();
    assert_eq!(install(elsewhere.path(), &signed_of(offer), &bytes, &stranger, today()), Err(PackError::BadSignature));
    assert_eq!(std::fs::read_dir(elsewhere.path()).unwrap().count(), 0, "nothing installed");

    // Other cities and other days see nothing; a volunteer's phone may name its city.
    let (_, list) = ctx.get("/api/v1/packs?city=上海", Some(&senior)).await;
    assert_eq!(list["packs"], json!([]));
    let later = today() + Duration::days(31);
    let (_, list) = ctx.get(&format!("/api/v1/packs?city=宁波&date={later}"), Some(&token)).await;
    assert_eq!(list["packs"], json!([]), "expired on that day");
    let (_, list) = ctx.get("/api/v1/packs?city=宁波", Some(&token)).await;
    assert_eq!(list["packs"].as_array().unwrap().len(), 1);
    let (s, _) = fetch(&ctx, &token, "/api/v1/packs/demo/versions/1/archive").await;
    assert_eq!(s, 200, "older versions stay fetchable");
    let (s, _) = fetch(&ctx, &token, "/api/v1/packs/demo/versions/3/archive").await;
    assert_eq!(s, 404);
    let (s, _) = fetch(&ctx, "no-such-token", "/api/v1/packs/demo/versions/2/archive").await;
    assert_eq!(s, 401);

    // Where it went: two phones (the senior's twice counts once), the event, both in 杭州.
    let (s, _) = fetch(&ctx, &senior, "/api/v1/packs/demo/versions/2/archive").await;
    assert_eq!(s, 200);
    let (s, info) = ctx.get("/api/v1/packs/demo", Some(&token)).await;
    assert_eq!(s, 200, "{info}");
    assert_eq!(info["reach"]["phones"], 2, "{info}");
    assert_eq!(info["reach"]["cities"], json!([{"city": "杭州", "phones": 2}]));
    assert_eq!(
        info["reach"]["events"],
        json!([{"event_id": event["id"], "city": "杭州", "venue": "Community centre", "phones": 1}])
    );
    // A phone that sends its id is one phone, whatever tokens it used: a senior at a second event.
    let phone = "0123456789abcdef0123456789abcdef";
    let second = ctx.event(&token, "Library").await;
    let second = senior_token(&ctx, second["code"].as_str().unwrap()).await;
    for t in [&senior, &second, &second] {
        let r =
            ctx.http.get(ctx.url("/api/v1/packs/demo/versions/2/archive")).bearer_auth(t).header(PHONE_HEADER, phone);
        assert_eq!(r.send().await.unwrap().status(), 200);
    }
    let (_, info) = ctx.get("/api/v1/packs/demo", Some(&token)).await;
    assert_eq!(info["reach"]["phones"], 3, "one more phone, not three: {info}");
    let r =
        ctx.http.get(ctx.url("/api/v1/packs/demo/versions/2/archive")).bearer_auth(&senior).header(PHONE_HEADER, "x");
    let r = r.send().await.unwrap();
    assert_eq!(r.status(), 400, "a phone id that is not one is refused with its reason");
    assert!(r.text().await.unwrap().contains(PHONE_HEADER));
    // A senior's token may not upload.
    let (s, body) = upload(&ctx, &senior, v2).await;
    assert_eq!((s, body["error"].as_str()), (403, Some("forbidden")));
}

/// Asserts a refusal: its status, code and lines.
fn refused(answer: &(u16, Value), status: u16, code: &str) -> Vec<String> {
    let (s, body) = answer;
    assert_eq!((*s, body["error"].as_str()), (status, Some(code)), "{body}");
    let problems: Vec<String> =
        body["problems"].as_array().expect("problems").iter().map(|p| p.as_str().unwrap().to_owned()).collect();
    assert!(!problems.is_empty(), "{body}");
    assert_eq!(body["message"].as_str().unwrap(), problems.join("\n"));
    problems
}

async fn every_refusal_is_a_4xx_with_its_reason_and_leaves_nothing(ctx: Ctx, _key: VerifyingKey) {
    let email = ctx.org_with_volunteer("Ningbo One", "宁波").await;
    let token = ctx.login(&email).await;
    let good = demo_files();

    // A broken lesson: the checker's own line.
    let lesson = "lessons/demo--call.toml";
    let text = String::from_utf8(good.iter().find(|(p, _)| p == lesson).unwrap().1.clone()).unwrap();
    let broken = with(&good, lesson, text.replacen("correct = false", "correct = true", 1));
    let lines = refused(&upload(&ctx, &token, zip_of(&broken)).await, 422, "content_problems");
    assert_eq!(lines, ["lessons/demo--call.toml: step 4: a question needs exactly one right answer, not 2"]);
    // Two problems, two lines.
    let no_english = good.iter().filter(|(p, _)| !p.starts_with("locales/en-US")).cloned().collect::<Vec<_>>();
    let lines = refused(
        &upload(&ctx, &token, zip_of(&with(&no_english, "pictures/spare.svg", "<svg/>"))).await,
        422,
        "content_problems",
    );
    assert!(lines.len() >= 2, "{lines:#?}");
    assert!(
        lines.contains(&"lessons/demo--call.toml: no locales/en-US/lessons/demo--call.ftl".to_owned()),
        "{lines:#?}"
    );

    // Over 5 MiB: refused from its length, before it is read.
    let mut noise = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    noise.extend((0..5 * 1024 * 1024 + 1024).map(|_| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x as u8
    }));
    let big = zip_of(&with(&good, "pictures/big.png", noise));
    assert!(big.len() > 5 * 1024 * 1024);
    let lines = refused(&upload(&ctx, &token, big.clone()).await, 413, "archive_too_large");
    assert!(lines[0].contains("5242880"), "{lines:?}");

    // Paths out of the pack, links' kin, unknown types, too many files.
    for (path, code) in [
        ("../pictures/x.svg", "parent_path"),
        ("pictures/../../../etc/x.svg", "parent_path"),
        ("/etc/x.svg", "absolute_path"),
        ("pictures\\x.svg", "backslash"),
        ("pictures/run.exe", "unknown_file_type"),
        ("pictures/x.gif", "unknown_file_type"),
        ("scripts/x.svg", "outside_layout"),
    ] {
        let lines = refused(&upload(&ctx, &token, zip_of(&with(&good, path, "<svg/>"))).await, 422, code);
        assert!(lines[0].contains(path.replace('\\', "\\\\").as_str()), "{path}: {lines:?}");
    }
    let mut many = good.clone();
    many.extend((0..200).map(|i| (format!("pictures/p{i}.svg"), b"<svg/>".to_vec())));
    refused(&upload(&ctx, &token, zip_of(&many)).await, 422, "too_many_files");

    // A zip bomb: 64 MiB of zeros in about 64 KiB.
    let bomb = zip_of(&with(&good, "voice/zh-CN/demo--call-title.wav", vec![0u8; 64 * 1024 * 1024]));
    assert!(bomb.len() < 200 * 1024, "{}", bomb.len());
    let lines = refused(&upload(&ctx, &token, bomb).await, 422, "archive_bomb");
    assert!(lines[0].contains("archive bomb"), "{lines:?}");
    refused(&upload(&ctx, &token, b"not a zip".to_vec()).await, 422, "not_an_archive");

    // Not sent as a ZIP; not signed in.
    let r = ctx.http.post(ctx.url("/api/v1/packs")).bearer_auth(&token).json(&json!({})).send().await.unwrap();
    let (s, body) = common::answer(r).await;
    assert_eq!((s, body["error"].as_str()), (415, Some("unsupported_media_type")), "{body}");
    let r = ctx.http.post(ctx.url("/api/v1/packs")).header("Content-Type", "application/zip").body(zip_of(&good));
    assert_eq!(r.send().await.unwrap().status(), 401);

    // Nothing was stored by any of them.
    let org = ctx.storage.org_by_name("Ningbo One").await.unwrap().unwrap();
    assert_eq!(ctx.storage.org_packs(org.id).await.unwrap(), []);
    let (_, list) = ctx.get("/api/v1/packs", Some(&token)).await;
    assert_eq!((list["city"].as_str(), list["packs"].clone()), (Some("宁波"), json!([])));
    let (s, _) = ctx.get("/api/v1/packs/demo", Some(&token)).await;
    assert_eq!(s, 404);
    // And the good one is still accepted afterwards.
    let (s, body) = upload(&ctx, &token, zip_of(&good)).await;
    assert_eq!(s, 201, "{body}");
}

async fn withdrawal_reaches_the_phone_and_ids_belong_to_one_organisation(ctx: Ctx, key: VerifyingKey) {
    let email = ctx.org_with_volunteer("Hangzhou Two", "杭州").await;
    let token = ctx.login(&email).await;
    let other = ctx.org_with_volunteer("Ningbo Two", "宁波").await;
    let other_token = ctx.login(&other).await;
    let archive = zip_of(&demo_files());
    let (s, _) = upload(&ctx, &token, archive.clone()).await;
    assert_eq!(s, 201);

    // The id is the first organisation's.
    let (s, body) = upload(&ctx, &other_token, zip_of(&with(&demo_files(), "pictures/badge.svg", "<svg></svg>"))).await;
    assert_eq!((s, body["error"].as_str()), (409, Some("pack_id_taken")), "{body}");
    let (s, _) = ctx.get("/api/v1/packs/demo", Some(&other_token)).await;
    assert_eq!(s, 403);
    let (s, _) = ctx.post("/api/v1/packs/demo/withdraw", Some(&other_token), &json!({})).await;
    assert_eq!(s, 403);

    // A phone installs it, then it is withdrawn: the next list says so and the phone removes it.
    let (_, list) = ctx.get("/api/v1/packs?city=宁波", Some(&other_token)).await;
    let offer = list["packs"][0].clone();
    let (_, bytes) = fetch(&ctx, &other_token, offer["archive"].as_str().unwrap()).await;
    let phone = tempfile::tempdir().unwrap();
    install(phone.path(), &signed_of(&offer), &bytes, &key, today()).unwrap();

    let (s, info) = ctx.post("/api/v1/packs/demo/withdraw", Some(&token), &json!({})).await;
    assert_eq!(s, 200, "{info}");
    assert!(info["withdrawn_at"].is_string(), "{info}");
    assert_eq!(info["reach"]["cities"], json!([{"city": "宁波", "phones": 1}]));
    let (_, list) = ctx.get("/api/v1/packs?city=宁波", Some(&other_token)).await;
    assert_eq!((list["packs"].clone(), list["withdrawn"].clone()), (json!([]), json!(["demo"])));
    for id in list["withdrawn"].as_array().unwrap() {
        assert_eq!(remove(phone.path(), id.as_str().unwrap()), Ok(true));
    }
    assert_eq!(installed(phone.path(), &key, today()), []);
    let (s, body) = ctx.get("/api/v1/packs/demo/versions/1/archive", Some(&other_token)).await;
    assert_eq!((s, body["error"].as_str()), (410, Some("pack_withdrawn")));
    let (s, _) = ctx.post("/api/v1/packs/nothing-here/withdraw", Some(&token), &json!({})).await;
    assert_eq!(s, 404);

    // Published again: a new version, listed again.
    let (s, info) = upload(&ctx, &token, archive).await;
    assert_eq!((s, info["version"].as_u64(), info["withdrawn_at"].clone()), (201, Some(2), Value::Null), "{info}");
    let (_, list) = ctx.get("/api/v1/packs?city=杭州", Some(&token)).await;
    assert_eq!((list["packs"][0]["version"].as_u64(), list["withdrawn"].clone()), (Some(2), json!([])));
}

/// Four different uploads of one pack at the same moment: versions 1 to 4, each signed for its
/// own number, none lost and no 500.
async fn simultaneous_uploads_get_one_version_each(ctx: Ctx, key: VerifyingKey) {
    let email = ctx.org_with_volunteer("Hangzhou Three", "杭州").await;
    let token = ctx.login(&email).await;
    let files = demo_files();
    let archives: Vec<Vec<u8>> =
        (0..4).map(|i| zip_of(&with(&files, "pictures/badge.svg", format!("<svg><!-- {i} --></svg>")))).collect();
    let answers = futures_join_all(archives.iter().map(|a| upload(&ctx, &token, a.clone())).collect::<Vec<_>>()).await;
    let mut versions: Vec<u64> = answers
        .iter()
        .map(|(s, body)| {
            assert_eq!(*s, 201, "{body}");
            body["version"].as_u64().unwrap()
        })
        .collect();
    versions.sort();
    assert_eq!(versions, [1, 2, 3, 4]);
    for (version, archive) in answers.iter().map(|(_, b)| b["version"].as_u64().unwrap()).zip(&archives) {
        let (s, bytes) = fetch(&ctx, &token, &format!("/api/v1/packs/demo/versions/{version}/archive")).await;
        assert_eq!((s, &bytes), (200, archive), "version {version} holds the bytes it was answered for");
    }
    let (_, list) = ctx.get("/api/v1/packs", Some(&token)).await;
    let statement = verify(&signed_of(&list["packs"][0]), &key).unwrap();
    assert_eq!(statement.version, 4);
}

/// Runs futures at the same time (tokio's `join!` for a list).
async fn futures_join_all<F: Future>(futures: Vec<F>) -> Vec<F::Output> {
    let mut pinned: Vec<_> = futures.into_iter().map(Box::pin).collect();
    let mut done: Vec<Option<F::Output>> = pinned.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (f, slot) in pinned.iter_mut().zip(done.iter_mut()) {
            if slot.is_none() {
                match f.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => *slot = Some(v),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending { std::task::Poll::Pending } else { std::task::Poll::Ready(()) }
    })
    .await;
    done.into_iter().map(|v| v.expect("finished")).collect()
}

/// A form body as a browser sends it: `(name, file name, bytes)`.
fn multipart(boundary: &str, fields: &[(&str, Option<&str>, &[u8])]) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, file, bytes) in fields {
        body.extend(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"").bytes());
        if let Some(file) = file {
            body.extend(format!("; filename=\"{file}\"\r\nContent-Type: application/zip").bytes());
        }
        body.extend(b"\r\n\r\n");
        body.extend(*bytes);
        body.extend(b"\r\n");
    }
    body.extend(format!("--{boundary}--\r\n").bytes());
    body
}

async fn the_dashboard_uploads_shows_and_withdraws_packs(ctx: Ctx, key: VerifyingKey) {
    let email = ctx.org_with_volunteer("Hangzhou Four", "杭州").await;
    // The sign-in form's token and its cookie, as a browser gets them.
    let page = ctx.http.get(ctx.url("/dashboard/login?lang=en")).send().await.unwrap();
    let login_cookie = page.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_owned();
    let login_csrf = login_cookie.split_once('=').unwrap().1.to_owned();
    let form = [("email", email.as_str()), ("password", common::PASSWORD), ("csrf", &login_csrf)];
    let r = ctx
        .http
        .post(ctx.url("/dashboard/login?lang=en"))
        .header("Cookie", &login_cookie)
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let cookie = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap())
        .find(|c| c.starts_with("bv_session="))
        .expect("a session cookie")
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let get_page = async || {
        let r = ctx.http.get(ctx.url("/dashboard/packs?lang=en")).header("Cookie", &cookie).send().await.unwrap();
        (r.status().as_u16(), r.text().await.unwrap())
    };
    let (s, html) = get_page().await;
    assert_eq!(s, 200);
    assert!(html.contains("Your organisation has not published a lesson pack yet."), "{html}");
    assert!(html.contains("enctype=\"multipart/form-data\""));
    let csrf = html.split("name=\"csrf\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_owned();
    let post = async |fields: &[(&str, Option<&str>, &[u8])]| {
        let boundary = "----BlueVestForm7MA4YWxkTrZu0gW";
        let r = ctx
            .http
            .post(ctx.url("/dashboard/packs?lang=en"))
            .header("Cookie", &cookie)
            .header("Content-Type", format!("multipart/form-data; boundary={boundary}"))
            .body(multipart(boundary, fields))
            .send()
            .await
            .unwrap();
        (r.status().as_u16(), r.text().await.unwrap())
    };

    // A broken lesson: the page shows the checker's line and publishes nothing.
    let good = demo_files();
    let lesson = "lessons/demo--call.toml";
    let text = String::from_utf8(good.iter().find(|(p, _)| p == lesson).unwrap().1.clone()).unwrap();
    let broken = zip_of(&with(&good, lesson, text.replacen("correct = false", "correct = true", 1)));
    let (s, html) = post(&[("csrf", None, csrf.as_bytes()), ("archive", Some("pack.zip"), &broken)]).await;
    assert_eq!(s, 422, "{html}");
    assert!(html.contains("did not pass the checks"), "{html}");
    assert!(html.contains("lessons/demo--call.toml: step 4: a question needs exactly one right answer, not 2"));
    // A path out of the pack: its reason.
    let evil = zip_of(&with(&good, "../../etc/x.svg", "<svg/>"));
    let (s, html) = post(&[("csrf", None, csrf.as_bytes()), ("archive", Some("pack.zip"), &evil)]).await;
    assert_eq!(s, 422);
    assert!(html.contains("a path that climbs out"), "{html}");
    // Another session's form token is refused.
    let archive = zip_of(&good);
    let (s, _) = post(&[("csrf", None, b"forged"), ("archive", Some("pack.zip"), &archive)]).await;
    assert_eq!(s, 403);
    let (_, html) = get_page().await;
    assert!(html.contains("not published a lesson pack yet"), "nothing was stored");

    // The good pack: published, listed with its title, cities and no phones yet.
    let (s, html) = post(&[("csrf", None, csrf.as_bytes()), ("archive", Some("pack.zip"), &archive)]).await;
    assert_eq!(s, 200, "{html}");
    assert!(html.contains("signed and published: <strong>demo v1</strong>"), "{html}");
    assert!(html.contains("Fake customer service") && html.contains("杭州, 宁波"), "{html}");

    // A senior's phone fetches it at an event: the page says where it went.
    let token = ctx.login(&email).await;
    let event = ctx.event(&token, "Riverside hall").await;
    let senior = senior_token(&ctx, event["code"].as_str().unwrap()).await;
    let (_, list) = ctx.get("/api/v1/packs", Some(&senior)).await;
    let (s, bytes) = fetch(&ctx, &senior, list["packs"][0]["archive"].as_str().unwrap()).await;
    assert_eq!(s, 200);
    verify(&signed_of(&list["packs"][0]), &key).unwrap();
    assert_eq!(bytes, archive);
    let (_, html) = get_page().await;
    assert!(
        html.contains(&format!("href=\"/dashboard/events/{}\">Riverside hall</a> (杭州) 1", event["id"])),
        "{html}"
    );

    // Withdrawn from the page.
    let r = ctx
        .http
        .post(ctx.url("/dashboard/packs/demo/withdraw"))
        .header("Cookie", &cookie)
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!((r.status().as_u16(), r.headers()["location"].to_str().unwrap()), (303, "/dashboard/packs"));
    let (_, html) = get_page().await;
    assert!(html.contains("Withdrawn") && !html.contains("/dashboard/packs/demo/withdraw"), "{html}");
    let (_, list) = ctx.get("/api/v1/packs", Some(&senior)).await;
    assert_eq!(list["withdrawn"], json!(["demo"]));
}

/// A pack upload over a slow link takes longer than other requests may: it is not cut off at
/// the request timeout that answers a slow sign-in 408.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_pack_upload_is_not_cut_off_at_the_request_timeout() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let ctx = common::start_with(Backend::Sqlite, |state| {
        state.pack_key = Some(Arc::new(common::packs::test_pack_key()));
        state.request_timeout = std::time::Duration::from_millis(300);
    })
    .await;
    let email = ctx.org_with_volunteer("Slow link", "杭州").await;
    let token = ctx.login(&email).await;
    let archive = zip_of(&demo_files());
    let mut tcp = tokio::net::TcpStream::connect(ctx.base.trim_start_matches("http://")).await.unwrap();
    let head = format!(
        "POST /api/v1/packs HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\nContent-Type: application/zip\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        archive.len()
    );
    tcp.write_all(head.as_bytes()).await.unwrap();
    let (first, rest) = archive.split_at(archive.len() / 2);
    tcp.write_all(first).await.unwrap();
    // Half the archive, then a pause longer than the request timeout, then the rest.
    tokio::time::sleep(std::time::Duration::from_millis(900)).await;
    tcp.write_all(rest).await.unwrap();
    let mut answer = String::new();
    tcp.read_to_string(&mut answer).await.unwrap();
    assert!(answer.starts_with("HTTP/1.1 201"), "{answer}");
}

/// Without a key the server refuses uploads with 503 and lists nothing; the document names
/// every pack path, and every reference in it resolves.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_key_uploads_are_503_and_the_document_describes_packs() {
    let ctx = common::start_with(Backend::Sqlite, |state| state.pack_key = None).await;
    let email = ctx.org_with_volunteer("Keyless", "杭州").await;
    let token = ctx.login(&email).await;
    let (s, body) = upload(&ctx, &token, zip_of(&demo_files())).await;
    assert_eq!((s, body["error"].as_str()), (503, Some("packs_not_configured")), "{body}");

    let (s, doc) = ctx.get("/api/v1/openapi.json", None).await;
    assert_eq!(s, 200);
    for (path, method) in [
        ("/api/v1/packs", "post"),
        ("/api/v1/packs", "get"),
        ("/api/v1/packs/{pack_id}", "get"),
        ("/api/v1/packs/{pack_id}/withdraw", "post"),
        ("/api/v1/packs/{pack_id}/versions/{version}/archive", "get"),
        ("/api/v1/events", "get"),
    ] {
        assert!(doc["paths"][path][method].is_object(), "{method} {path} documented");
    }
    let mut refs = Vec::new();
    collect_refs(&doc, &mut refs);
    assert!(refs.iter().any(|r| r == "#/components/schemas/PackRefusal"));
    for r in refs {
        let target = r.strip_prefix("#/").unwrap().split('/').fold(&doc, |v, k| &v[k]);
        assert!(target.is_object(), "{r} resolves");
    }
}

fn collect_refs(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                match (k.as_str(), v) {
                    ("$ref", Value::String(r)) => out.push(r.clone()),
                    _ => collect_refs(v, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_refs(v, out)),
        _ => {}
    }
}

/// The real binary: `admin pack-key` makes a key file once (owner-only, never overwritten) and
/// prints its public key; `serve --pack-key` signs uploads with it, and the printed public key
/// verifies them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_binary_makes_a_key_and_signs_with_it() {
    use std::io::BufRead;
    use std::process::{Command, Stdio};

    const BIN: &str = env!("CARGO_BIN_EXE_blue-vest-server");
    let dir = tempfile::tempdir().unwrap();
    let key_file = dir.path().join("pack.key");
    let make =
        || Command::new(BIN).args(["admin", "pack-key", "--out"]).arg(&key_file).current_dir(dir.path()).output();
    let out = make().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let printed: Value = serde_json::from_slice(&out.stdout).unwrap();
    let public = blue_vest_core::packs::verifying_key_from_text(printed["public_key"].as_str().unwrap()).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&key_file).unwrap().permissions().mode() & 0o777, 0o600);
    }
    let before = std::fs::read(&key_file).unwrap();
    let again = make().unwrap();
    assert!(!again.status.success(), "a second key never replaces the first");
    assert_eq!(std::fs::read(&key_file).unwrap(), before);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no database was made for it");

    let url = format!("sqlite://{}", dir.path().join("server.sqlite3").display());
    let storage = blue_vest_server::storage::open(&url).await.unwrap();
    blue_vest_server::admin::create_org(&*storage, "Hangzhou Bin", "杭州").await.unwrap();
    let email = "lead@hangzhou-bin.example";
    blue_vest_server::admin::create_volunteer(&*storage, "Hangzhou Bin", email, "Li Wei", common::PASSWORD)
        .await
        .unwrap();
    let mut server = Command::new(BIN)
        .args(["--database-url", &url, "serve", "--listen", "127.0.0.1:0", "--pack-key"])
        .arg(&key_file)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut first = String::new();
    std::io::BufReader::new(server.stdout.take().unwrap()).read_line(&mut first).unwrap();
    let base = first.trim().strip_prefix("listening on ").expect("the address line").to_owned();
    let http = reqwest::Client::new();
    let login = http.post(format!("{base}/api/v1/login")).json(&json!({"email": email, "password": common::PASSWORD}));
    let token = login.send().await.unwrap().json::<Value>().await.unwrap()["token"].as_str().unwrap().to_owned();
    let archive = zip_of(&demo_files());
    let r = http
        .post(format!("{base}/api/v1/packs"))
        .bearer_auth(&token)
        .header("Content-Type", "application/zip")
        .body(archive.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let list: Value =
        http.get(format!("{base}/api/v1/packs")).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
    let offer = &list["packs"][0];
    let bytes = http.get(format!("{base}{}", offer["archive"].as_str().unwrap())).bearer_auth(&token).send().await;
    let bytes = bytes.unwrap().bytes().await.unwrap();
    let phone = tempfile::tempdir().unwrap();
    install(phone.path(), &signed_of(offer), &bytes, &public, today()).expect("verifies with the printed key");
    server.kill().unwrap();
    server.wait().unwrap();
}
