//! The `blue-vest-server` binary: admin commands, stats as JSON, seed-demo, and a served
//! session whose debug log carries no password, token or cookie. On SQLite and PostgreSQL.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};

use common::Ctx;
use serde_json::{Value, json};

const BIN: &str = env!("CARGO_BIN_EXE_blue-vest-server");

fn run(url: &str, args: &[&str], stdin: &str) -> (bool, String, String) {
    let mut child = Command::new(BIN)
        .arg("--database-url")
        .arg(url)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

on_both_backends!(
    admin_commands_and_stats,
    seed_demo_prints_open_codes,
    logs_carry_no_secrets,
    recount_check_finds_drifted_counters
);

async fn admin_commands_and_stats(ctx: Ctx) {
    let url = ctx.url.clone();
    let ok = |args: &[&str], stdin: &str| {
        let (ok, out, err) = run(&url, args, stdin);
        assert!(ok, "{args:?} failed: {err}");
        serde_json::from_str::<Value>(out.trim()).unwrap_or_else(|_| panic!("{args:?} printed {out:?}"))
    };
    let org = ok(&["admin", "create-org", "--name", "蓝马甲·成都 1", "--city", "成都"], "");
    assert_eq!(org["city"], "成都");
    let v = ok(
        &["admin", "create-volunteer", "--org", "蓝马甲·成都 1", "--email", "Wang@Example.org", "--name", "王芳"],
        "a long enough password\n",
    );
    assert_eq!(v["email"], "wang@example.org");
    let (failed, _, err) = run(
        &url,
        &["admin", "create-volunteer", "--org", "nope", "--email", "a@b.c", "--name", "x"],
        "long password 123\n",
    );
    assert!(!failed && err.contains("no organisation named"), "{err}");
    let (failed, _, err) = run(
        &url,
        &["admin", "create-volunteer", "--org", "蓝马甲·成都 1", "--email", "b@b.c", "--name", "x"],
        "short\n",
    );
    assert!(!failed && err.contains("at least 10"), "{err}");

    let token = ctx.login_with("wang@example.org", "a long enough password").await;
    let r = ok(&["admin", "revoke-tokens", "--email", "wang@example.org"], "");
    assert_eq!(r["revoked"], 1);
    assert_eq!(ctx.get("/api/v1/events", Some(&token)).await.0, 401);
    let token = ctx.login_with("wang@example.org", "a long enough password").await;
    let r = ok(&["admin", "reset-password", "--email", "wang@example.org"], "another fine password\n");
    assert_eq!(r["signed_out"], 1);
    assert_eq!(ctx.get("/api/v1/events", Some(&token)).await.0, 401);
    let token = ctx.login_with("wang@example.org", "another fine password").await;

    let code = ctx.event(&token, "玉林社区").await["code"].as_str().unwrap().to_owned();
    let records: Vec<_> =
        (0..3).map(|i| common::record(&code, 500 + i, blue_vest_protocol::RecordedBy::Volunteer)).collect();
    ctx.upload(&token, &records).await;
    let stats = ok(&["admin", "stats"], "");
    assert_eq!(stats["events"], 1);
    assert_eq!(stats["open_events"], 1);
    assert_eq!(stats["attendance"], 3);
    assert_eq!(stats["unique_learners"], 3);
    assert_eq!(stats["open_conflicts"], 0);
    assert_eq!(stats["organisations"], 1);
}

async fn seed_demo_prints_open_codes(ctx: Ctx) {
    let (ok, out, err) = run(&ctx.url, &["seed-demo", "--events", "60", "--attendance", "1500", "--seed", "7"], "");
    assert!(ok, "{err}");
    let codes: Vec<&str> = out.lines().collect();
    assert!(!codes.is_empty(), "some events are left open: {out:?} {err}");
    assert!(codes.iter().all(|c| c.len() == 6 && c.bytes().all(|b| b.is_ascii_digit())), "{codes:?}");
    let (_, stats, _) = run(&ctx.url, &["admin", "stats"], "");
    let stats: Value = serde_json::from_str(stats.trim()).unwrap();
    assert_eq!(stats["events"], 60);
    assert_eq!(stats["attendance_records"], 1500);
    assert_eq!(stats["open_events"], codes.len());
    assert!(stats["attendance"].as_i64().unwrap() < 1500, "some check-ins were merged: {stats}");
    assert!(stats["unique_learners"].as_i64().unwrap() > 500);
}

async fn logs_carry_no_secrets(ctx: Ctx) {
    let url = ctx.url.clone();
    ctx.org_with_volunteer("Chengdu One", "成都").await;
    ctx.running.shutdown().await;
    let mut server = Command::new(BIN)
        .args(["--database-url", &url, "serve", "--listen", "127.0.0.1:0"])
        .env("RUST_LOG", "trace")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(server.stdout.take().unwrap()).read_line(&mut first).unwrap();
    let base = first.trim().strip_prefix("listening on ").expect("the address line").to_owned();
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let email = "lead@chengdu-one.example";
    let login = http.post(format!("{base}/api/v1/login")).json(&json!({"email": email, "password": common::PASSWORD}));
    let token = login.send().await.unwrap().json::<Value>().await.unwrap()["token"].as_str().unwrap().to_owned();
    let r = http.get(format!("{base}/api/v1/events")).bearer_auth(&token).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let wrong = http.post(format!("{base}/api/v1/login")).json(&json!({"email": email, "password": "wrong secret 42"}));
    assert_eq!(wrong.send().await.unwrap().status(), 401);
    // The form's token and its cookie, as a browser gets them.
    let page = http.get(format!("{base}/dashboard/login")).send().await.unwrap();
    let login_cookie = page.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_owned();
    let csrf = login_cookie.split_once('=').unwrap().1.to_owned();
    let form = [("email", email), ("password", common::PASSWORD), ("csrf", &csrf)];
    let r =
        http.post(format!("{base}/dashboard/login")).header("cookie", &login_cookie).form(&form).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let cookie = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap())
        .find(|c| c.starts_with("bv_session="))
        .unwrap()
        .to_owned();
    assert!(cookie.contains("; Secure"), "served without --plain-http: {cookie}");
    let session = cookie.split(';').next().unwrap().to_owned();
    let r = http.get(format!("{base}/dashboard")).header("cookie", &session).send().await.unwrap();
    assert_eq!(r.status(), 200);
    server.kill().unwrap();
    let mut log = String::new();
    server.stderr.take().unwrap().read_to_string(&mut log).unwrap();
    server.wait().unwrap();
    assert!(log.contains("/api/v1/login") && log.contains("signed in"), "the log is written: {log}");
    let session_value = session.split_once('=').unwrap().1;
    for secret in [common::PASSWORD, "wrong secret 42", token.as_str(), session_value] {
        assert!(!log.contains(secret), "{secret:?} is in the log");
    }
}

async fn recount_check_finds_drifted_counters(ctx: Ctx) {
    use blue_vest_protocol::RecordedBy;
    let token = ctx.login(&ctx.org_with_volunteer("Chengdu One", "成都").await).await;
    let code = ctx.event(&token, "玉林社区").await["code"].as_str().unwrap().to_owned();
    let records: Vec<_> = (0..5).map(|i| common::record(&code, 100 + i, RecordedBy::Volunteer)).collect();
    ctx.upload(&token, &records).await;
    let (ok, out, err) = run(&ctx.url, &["admin", "recount", "--check"], "");
    assert!(ok, "the counters agree: {out} {err}");
    assert_eq!(serde_json::from_str::<Value>(out.trim()).unwrap()["agree"], json!(true));
    // A counter that drifted (here by hand) is found, and the check fails.
    assert!(ctx.storage.recount_differences().await.unwrap().is_empty(), "agree before");
    drift(&ctx).await;
    let (ok, out, _) = run(&ctx.url, &["admin", "recount", "--check"], "");
    assert!(!ok, "exit status 1 on a difference: {out}");
    let report: Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(report["agree"], json!(false));
    assert!(report["differences"][0].as_str().unwrap().contains("city_stats"), "{report}");
}

/// Adds one to a city's kept attendance, behind the server's back.
async fn drift(ctx: &Ctx) {
    use sqlx::Connection;
    const SQL: &str = "UPDATE city_stats SET attendance = attendance + 1";
    if ctx.url.starts_with("sqlite:") {
        let mut conn = sqlx::SqliteConnection::connect(&ctx.url).await.unwrap();
        sqlx::query(SQL).execute(&mut conn).await.unwrap();
    } else {
        let mut conn = sqlx::PgConnection::connect(&ctx.url).await.unwrap();
        sqlx::query(SQL).execute(&mut conn).await.unwrap();
    }
}
