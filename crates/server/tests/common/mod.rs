//! Starts a real server on 127.0.0.1 over SQLite (a temp file) or a real PostgreSQL (a fresh
//! database on the server named by BLUE_VEST_TEST_POSTGRES_URL, which `scripts/test.sh`
//! starts), and helpers to talk to it over HTTP.
#![allow(dead_code)]

pub mod packs;

use std::sync::Arc;

use blue_vest_protocol::{AttendanceRecord, EventCode, LearnerCode, RecordedBy};
use blue_vest_server::server::{self, Running};
use blue_vest_server::settings::{RateLimits, ServeSettings};
use blue_vest_server::state::AppState;
use blue_vest_server::storage::{self, Storage};
use serde_json::{Value, json};
use uuid::Uuid;

pub const PASSWORD: &str = "correct horse battery";

#[derive(Clone, Copy, Debug)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub struct Ctx {
    pub base: String,
    pub http: reqwest::Client,
    pub running: Running,
    pub storage: Arc<dyn Storage>,
    pub url: String,
    _dir: tempfile::TempDir,
}

/// A fresh, empty database of the backend, as a URL.
pub async fn fresh_database(backend: Backend, dir: &std::path::Path) -> String {
    match backend {
        Backend::Sqlite => format!("sqlite://{}", dir.join("server.sqlite3").display()),
        Backend::Postgres => {
            let admin = std::env::var("BLUE_VEST_TEST_POSTGRES_URL").expect(
                "BLUE_VEST_TEST_POSTGRES_URL must name a PostgreSQL server for these tests: \
                 run scripts/test.sh, or export BLUE_VEST_TEST_POSTGRES_URL=$(scripts/postgres.sh)",
            );
            let name = format!("bv_test_{}", Uuid::new_v4().simple());
            use sqlx::Connection;
            let mut conn = sqlx::PgConnection::connect(&admin).await.expect("connect to the test PostgreSQL");
            sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}"))).execute(&mut conn).await.unwrap();
            let (base, _) = admin.rsplit_once('/').expect("a URL with a database name");
            format!("{base}/{name}")
        }
    }
}

/// A server with the default limits, reached over plain HTTP (its cookies lack `Secure`), with
/// the test campaign's pack key (`packs::test_pack_key`).
pub async fn start(backend: Backend) -> Ctx {
    start_with(backend, |_| {}).await
}

/// A server whose state `adjust` changes first (settings, limits, timeouts).
pub async fn start_with(backend: Backend, adjust: impl FnOnce(&mut AppState)) -> Ctx {
    let dir = tempfile::tempdir().unwrap();
    let url = fresh_database(backend, dir.path()).await;
    let storage = storage::open(&url).await.expect("open storage");
    let serve = ServeSettings { plain_http: true, ..ServeSettings::default() };
    let mut state =
        AppState::with_settings(storage.clone(), &RateLimits::default(), &serve).with_pack_key(packs::test_pack_key());
    adjust(&mut state);
    let running = server::spawn_with(state, "127.0.0.1:0".parse().unwrap()).await.unwrap();
    let base = format!("http://{}", running.addr);
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    Ctx { base, http, running, storage, url, _dir: dir }
}

impl Ctx {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// An organisation with one volunteer; returns the volunteer's email.
    pub async fn org_with_volunteer(&self, org: &str, city: &str) -> String {
        blue_vest_server::admin::create_org(&*self.storage, org, city).await.unwrap();
        let email = format!("lead@{}.example", org.to_lowercase().replace(' ', "-"));
        blue_vest_server::admin::create_volunteer(&*self.storage, org, &email, "Li Wei", PASSWORD).await.unwrap();
        email
    }

    pub async fn login(&self, email: &str) -> String {
        let r = self
            .http
            .post(self.url("/api/v1/login"))
            .json(&json!({"email": email, "password": PASSWORD}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200, "login of {email}");
        r.json::<Value>().await.unwrap()["token"].as_str().unwrap().to_owned()
    }

    pub async fn post(&self, path: &str, token: Option<&str>, body: &Value) -> (u16, Value) {
        let mut req = self.http.post(self.url(path)).json(body);
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        answer(req.send().await.unwrap()).await
    }

    pub async fn get(&self, path: &str, token: Option<&str>) -> (u16, Value) {
        let mut req = self.http.get(self.url(path));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        answer(req.send().await.unwrap()).await
    }

    pub async fn patch(&self, path: &str, token: &str, body: &Value) -> (u16, Value) {
        answer(self.http.patch(self.url(path)).bearer_auth(token).json(body).send().await.unwrap()).await
    }

    /// Creates an open event; returns its JSON.
    pub async fn event(&self, token: &str, venue: &str) -> Value {
        let (status, event) = self
            .post(
                "/api/v1/events",
                Some(token),
                &json!({"venue": venue, "starts_at": "2026-11-27T06:00:00Z", "topics": ["safety-police-call"]}),
            )
            .await;
        assert_eq!(status, 201, "{event}");
        event
    }

    pub async fn upload(&self, token: &str, records: &[AttendanceRecord]) -> (u16, Value) {
        self.post("/api/v1/attendance", Some(token), &json!({ "records": records })).await
    }
}

/// Status and JSON body (or the text as a JSON string when the body is not JSON).
pub async fn answer(r: reqwest::Response) -> (u16, Value) {
    let status = r.status().as_u16();
    let text = r.text().await.unwrap();
    let body = serde_json::from_str(&text).unwrap_or(Value::String(text));
    (status, body)
}

pub fn record(code: &str, learner: u64, by: RecordedBy) -> AttendanceRecord {
    AttendanceRecord {
        id: Uuid::now_v7(),
        event_code: EventCode::parse(code).unwrap(),
        learner: LearnerCode::from_bits(learner),
        recorded_by: by,
        lessons_done: vec!["safety-police-call".into()],
        device_time: chrono::Utc::now(),
        age_ms: None,
    }
}

pub fn statuses(body: &Value) -> Vec<String> {
    body["results"].as_array().expect("results").iter().map(|r| r["status"].as_str().unwrap().to_owned()).collect()
}

/// Runs each named scenario `async fn name(ctx: Ctx)` against SQLite and PostgreSQL.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $( #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() { super::$name(super::common::start(super::common::Backend::Sqlite).await).await } )*
        }
        mod postgres {
            $( #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() { super::$name(super::common::start(super::common::Backend::Postgres).await).await } )*
        }
    };
}

impl Ctx {
    pub async fn login_with(&self, email: &str, password: &str) -> String {
        let (status, body) = self.post("/api/v1/login", None, &json!({"email": email, "password": password})).await;
        assert_eq!(status, 200, "{body}");
        body["token"].as_str().unwrap().to_owned()
    }
}
