//! Load benchmark of the volunteer server: `cargo bench -p blue-vest-server --bench load`.
//!
//! 1. Sync ingest throughput (rows/s) with batches of 100 records and 8 requests in flight, on a
//!    no-op axum handler (the HTTP + JSON floor), the real server on SQLite and on PostgreSQL.
//! 2. 1,000 devices uploading 100 records each, all at once and spread over 10 s: every record
//!    created, none lost or doubled, request latency p50/p99/max.
//! 3. Dashboard page times on the whole campaign (24,000 events, 1.56 million records, seeded
//!    with `seed::seed_demo`).
//!
//! Environment:
//! - `BLUE_VEST_TEST_POSTGRES_URL`: a PostgreSQL server to run on (a fresh database
//!   `bv_bench_<random>` is made through it and dropped at the end); without it PostgreSQL is skipped.
//! - `BLUE_VEST_BENCH_EVENTS`, `BLUE_VEST_BENCH_ATTENDANCE`: the seeded campaign (24000, 1560000).
//! - `BLUE_VEST_BENCH_SQLITE_FILE`: keep the seeded SQLite database in this file and reuse it on
//!   the next run (seeding 1.56 million records takes minutes).
//! - `BLUE_VEST_BENCH_POSTGRES_DB`: the same for PostgreSQL: a database (made if missing) that is
//!   seeded once, reused and not dropped.
//! - `BLUE_VEST_BENCH_ROWS`: rows per ingest run (50000), `BLUE_VEST_BENCH_DEVICES` (1000).
//!
//! Run by `cargo test --benches` (no `--bench` argument) everything is tiny, to check it works.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail, ensure};
use axum::Json;
use axum::http::{HeaderMap, StatusCode, header};
use blue_vest_protocol::{
    ApiError, AttendanceBatch, AttendanceRecord, BatchResult, EventCode, ItemResult, ItemStatus, LearnerCode,
    RecordedBy, RejectReason,
};
use blue_vest_server::seed::{self, SeedOptions};
use blue_vest_server::storage::{
    self, EventQuery, EventState, Grant, NewEvent, NewVolunteer, OrgId, Storage, VolunteerId,
};
use blue_vest_server::{auth, server};
use chrono::Utc;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use uuid::Uuid;

const BATCH: usize = 100;
const IN_FLIGHT: usize = 8;
const DEVICE_RECORDS: usize = 100;
const LESSONS: [&str; 3] = ["phone-video-call", "safety-sms-link", "safety-police-call"];

struct Config {
    quick: bool,
    /// Rows per ingest run, and runs per target.
    rows: usize,
    runs: usize,
    devices: usize,
    spread: Duration,
    seed: SeedOptions,
    page_loads: usize,
}

impl Config {
    fn from_env() -> Config {
        let quick = !std::env::args().any(|a| a == "--bench");
        let env = |name: &str, full: usize, tiny: usize| -> usize {
            match std::env::var(name) {
                Ok(v) if !quick => v.trim().replace('_', "").parse().unwrap_or_else(|_| panic!("{name}={v:?}")),
                _ if quick => tiny,
                _ => full,
            }
        };
        Config {
            quick,
            rows: env("BLUE_VEST_BENCH_ROWS", 50_000, 1_000),
            runs: if quick { 2 } else { 5 },
            devices: env("BLUE_VEST_BENCH_DEVICES", 1_000, 20),
            spread: Duration::from_secs(if quick { 1 } else { 10 }),
            seed: SeedOptions {
                events: env("BLUE_VEST_BENCH_EVENTS", 24_000, 50),
                attendance: env("BLUE_VEST_BENCH_ATTENDANCE", 1_560_000, 2_000),
                seed: 1,
            },
            page_loads: if quick { 3 } else { 20 },
        }
    }
}

fn main() -> Result<()> {
    let config = Config::from_env();
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(run(config))
}

// ---------------------------------------------------------------------------------------------
// Statistics and the result tables.

fn percentile(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted[((sorted.len() - 1) as f64 * q).round() as usize]
}

fn sorted(mut v: Vec<f64>) -> Vec<f64> {
    v.sort_by(f64::total_cmp);
    v
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

#[derive(Default)]
struct Tables {
    ingest: Vec<String>,
    devices: Vec<String>,
    pages: Vec<String>,
    notes: Vec<String>,
}

impl Tables {
    fn note(&mut self, line: String) {
        eprintln!("load: {line}");
        self.notes.push(line);
    }

    fn print(&self, config: &Config) {
        let mode = if config.quick { " (quick check: tiny sizes, not a measurement)" } else { "" };
        println!();
        println!("Blue Vest server load benchmark{mode}");
        println!();
        println!(
            "1. Sync ingest: batches of {BATCH} records (one event each), {IN_FLIGHT} requests in flight, {} runs × {} \
             rows per target",
            config.runs, config.rows
        );
        println!(
            "{:<22} {:>12} {:>12} {:>12} {:>9} {:>9} {:>9}",
            "target", "median row/s", "min row/s", "max row/s", "vs no-op", "p50 ms", "p99 ms"
        );
        self.ingest.iter().for_each(|l| println!("{l}"));
        println!();
        println!(
            "2. {} devices × {DEVICE_RECORDS} records, one upload each (each device its own token and connection)",
            config.devices
        );
        println!(
            "   \"at once\": all start together and connect then; \"warm\": connected before (GET /healthz), so only \
             the upload is timed;\n   latency: one upload, from sending to the whole answer; \"records +\": growth of \
             the stored records"
        );
        println!(
            "{:<22} {:<14} {:>9} {:>8} {:>10} {:>9} {:>9} {:>9} {:>8}",
            "target", "arrival", "created", "other", "records +", "p50 ms", "p99 ms", "max ms", "wall s"
        );
        self.devices.iter().for_each(|l| println!("{l}"));
        println!();
        println!(
            "3. Dashboard pages on the seeded campaign ({} events, {} records asked), {} loads each, one at a time",
            config.seed.events, config.seed.attendance, config.page_loads
        );
        println!(
            "{:<10} {:<30} {:>10} {:>9} {:>9} {:>10}",
            "backend", "page", "median ms", "p95 ms", "max ms", "bytes"
        );
        self.pages.iter().for_each(|l| println!("{l}"));
        if !self.notes.is_empty() {
            println!();
            self.notes.iter().for_each(|l| println!("- {l}"));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The databases.

/// PostgreSQL: the server URL from the environment, and the databases made for the run.
struct Postgres {
    admin_url: String,
    made: Vec<String>,
}

/// `url` naming database `db` instead.
fn with_database(url: &str, db: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (url, String::new()),
    };
    let authority = base.find("://").map_or(0, |i| i + 3);
    let path = base[authority..].find('/').map_or(base.len(), |i| authority + i);
    format!("{}/{db}{query}", &base[..path])
}

impl Postgres {
    fn from_env() -> Option<Postgres> {
        let url = std::env::var("BLUE_VEST_TEST_POSTGRES_URL").ok().filter(|u| !u.trim().is_empty())?;
        Some(Postgres { admin_url: url, made: Vec::new() })
    }

    async fn admin(&self) -> Result<sqlx::PgConnection> {
        use sqlx::Connection;
        sqlx::PgConnection::connect(&self.admin_url).await.context("connecting to BLUE_VEST_TEST_POSTGRES_URL")
    }

    /// A new empty database, dropped by `drop_made`.
    async fn fresh(&mut self) -> Result<String> {
        let name = format!("bv_bench_{:08x}", rand::random::<u32>());
        let mut admin = self.admin().await?;
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}"))).execute(&mut admin).await?;
        self.made.push(name.clone());
        Ok(with_database(&self.admin_url, &name))
    }

    /// A database kept between runs, made if missing.
    async fn kept(&self, name: &str) -> Result<String> {
        ensure!(name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'), "BLUE_VEST_BENCH_POSTGRES_DB={name:?}");
        let mut admin = self.admin().await?;
        let exists: Option<i32> = sqlx::query_scalar("SELECT 1 FROM pg_database WHERE datname = $1")
            .bind(name.to_owned())
            .fetch_optional(&mut admin)
            .await?;
        if exists.is_none() {
            sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}"))).execute(&mut admin).await?;
        }
        Ok(with_database(&self.admin_url, name))
    }

    async fn drop_made(&mut self) -> Result<()> {
        let mut admin = self.admin().await?;
        for name in self.made.drain(..) {
            sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")))
                .execute(&mut admin)
                .await?;
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// Servers and clients.

/// What a benchmark talks to: a base URL, and for the real server its storage and a way to stop.
struct Target {
    name: String,
    base: String,
    storage: Option<Arc<dyn Storage>>,
    stop: Stop,
}

enum Stop {
    Noop(tokio::task::JoinHandle<()>),
    Server(server::Running),
}

impl Target {
    async fn stop(self) {
        match self.stop {
            Stop::Noop(task) => task.abort(),
            Stop::Server(running) => running.shutdown().await,
        }
    }
}

/// The no-op handler: the same body and answer as the real one, no storage.
async fn noop_attendance(
    headers: HeaderMap,
    Json(batch): Json<AttendanceBatch>,
) -> Result<Json<BatchResult>, (StatusCode, Json<ApiError>)> {
    let error = |status, error: &str, message: String| (status, Json(ApiError { error: error.into(), message }));
    let bearer = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).unwrap_or_default();
    if !bearer.starts_with("Bearer ") {
        return Err(error(StatusCode::UNAUTHORIZED, "unauthorized", "no token".into()));
    }
    batch.validate().map_err(|e| error(StatusCode::BAD_REQUEST, "bad_request", e.to_string()))?;
    let results = batch
        .records
        .iter()
        .map(|r| ItemResult {
            id: r.id,
            status: match r.validate() {
                Ok(()) => ItemStatus::Created,
                Err(e) => ItemStatus::Rejected(RejectReason::Invalid { detail: e.to_string() }),
            },
        })
        .collect();
    Ok(Json(BatchResult { results }))
}

async fn noop_target() -> Result<Target> {
    let app = axum::Router::new()
        .route("/api/v1/attendance", axum::routing::post(noop_attendance))
        .route("/healthz", axum::routing::get(|| async { "ok" }));
    // The same listening socket as the real server's.
    let listener = server::listener(SocketAddr::from(([127, 0, 0, 1], 0)))?;
    let addr = listener.local_addr()?;
    let task = tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    Ok(Target {
        name: "no-op axum handler".into(),
        base: format!("http://{addr}"),
        storage: None,
        stop: Stop::Noop(task),
    })
}

async fn server_target(storage: Arc<dyn Storage>) -> Result<Target> {
    let running = server::spawn(storage.clone(), SocketAddr::from(([127, 0, 0, 1], 0))).await?;
    Ok(Target {
        name: format!("server on {}", storage.backend()),
        base: format!("http://{}", running.addr),
        storage: Some(storage),
        stop: Stop::Server(running),
    })
}

fn client() -> Result<reqwest::Client> {
    Ok(reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(300))
        .build()?)
}

/// Sends a request again after a 429, as long as the server's `Retry-After` asks (a minute at most).
async fn send_patiently(make: impl Fn() -> reqwest::RequestBuilder) -> Result<reqwest::Response> {
    for _ in 0..5 {
        let response = make().send().await?;
        if response.status() != StatusCode::TOO_MANY_REQUESTS {
            return Ok(response);
        }
        let wait = response
            .headers()
            .get(header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok()?.parse::<u64>().ok())
            .unwrap_or(5)
            .min(60);
        eprintln!("load: rate limited, waiting {wait} s");
        tokio::time::sleep(Duration::from_secs(wait)).await;
    }
    bail!("still rate limited")
}

async fn api_login(http: &reqwest::Client, base: &str, email: &str, password: &str) -> Result<String> {
    let body = serde_json::json!({ "email": email, "password": password });
    let response = send_patiently(|| http.post(format!("{base}/api/v1/login")).json(&body)).await?;
    ensure!(response.status() == StatusCode::OK, "login answered {}", response.status());
    let answer: serde_json::Value = response.json().await?;
    Ok(answer["token"].as_str().context("login answer without token")?.to_owned())
}

/// Signs in to the dashboard as a browser does (the form's token and its cookie first);
/// answers the `bv_session` cookie (`name=value`).
async fn dashboard_login(http: &reqwest::Client, base: &str, email: &str, password: &str) -> Result<String> {
    let page = send_patiently(|| http.get(format!("{base}/dashboard/login"))).await?;
    ensure!(page.status() == StatusCode::OK, "the sign-in page answered {}", page.status());
    let login_cookie = page
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or(v).to_owned())
        .find(|v| v.starts_with("bv_login="))
        .context("the sign-in page set no bv_login cookie")?;
    let csrf = login_cookie.split_once('=').map(|(_, v)| v.to_owned()).unwrap_or_default();
    let form = [("email", email), ("password", password), ("csrf", csrf.as_str())];
    let response = send_patiently(|| {
        http.post(format!("{base}/dashboard/login")).header(header::COOKIE, login_cookie.as_str()).form(&form)
    })
    .await?;
    ensure!(response.status() == StatusCode::SEE_OTHER, "dashboard sign-in answered {}", response.status());
    let cookie = response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("bv_session="))
        .context("no bv_session cookie")?;
    Ok(cookie.split(';').next().unwrap_or(cookie).to_owned())
}

// ---------------------------------------------------------------------------------------------
// Fixtures: an organisation with volunteers and open events, made through the storage.

struct Fixture {
    org: OrgId,
    volunteers: Vec<VolunteerId>,
    email: String,
    password: String,
    codes: Vec<EventCode>,
}

async fn fixture(storage: &dyn Storage, events: usize, volunteers: usize) -> Result<Fixture> {
    let now = Utc::now();
    let password = "bench password".to_owned();
    let hash = auth::hash_password(&password);
    let name = format!("负载测试 {:08x}", rand::random::<u32>());
    let org = storage.create_org(&name, "成都", now).await?;
    let mut ids = Vec::new();
    let mut email = String::new();
    for v in 0..volunteers {
        let address = format!("bench{v}-{}@load.test", org.id);
        let new = NewVolunteer {
            org: org.id,
            email: address.clone(),
            name: format!("志愿者{v}"),
            password_hash: hash.clone(),
        };
        ids.push(storage.create_volunteer(&new, now).await?.id);
        if v == 0 {
            email = address;
        }
    }
    let mut codes = Vec::new();
    for e in 0..events {
        let new = NewEvent {
            client_id: None,
            city: "成都".into(),
            venue: format!("负载{e}社区活动中心"),
            starts_at: now,
            topics: LESSONS.iter().map(|s| (*s).to_owned()).collect(),
            code: None,
        };
        let (event, _) = storage.create_event(org.id, ids[e % ids.len()], &new, now).await?;
        codes.push(event.code);
    }
    Ok(Fixture { org: org.id, volunteers: ids, email, password, codes })
}

/// Learner ids for the bench's records: distinct across the whole run.
static NEXT_LEARNER: AtomicUsize = AtomicUsize::new(1 << 20);

/// `n` check-ins by a volunteer at one event, of distinct seniors.
fn records(code: &EventCode, n: usize, rng: &mut StdRng) -> Vec<AttendanceRecord> {
    let now = Utc::now();
    (0..n)
        .map(|_| {
            let learner = NEXT_LEARNER.fetch_add(1, Ordering::Relaxed) as u64;
            let lessons = rng.gen_range(0..=LESSONS.len());
            AttendanceRecord {
                id: Uuid::now_v7(),
                event_code: code.clone(),
                learner: LearnerCode::from_bits(learner),
                recorded_by: RecordedBy::Volunteer,
                lessons_done: LESSONS[..lessons].iter().map(|s| (*s).to_owned()).collect(),
                device_time: now - chrono::Duration::seconds(rng.gen_range(0..3600)),
                age_ms: None,
            }
        })
        .collect()
}

fn body(records: Vec<AttendanceRecord>) -> String {
    serde_json::to_string(&AttendanceBatch { records }).expect("serialises")
}

/// Counts of the answers to uploads: per-record statuses and HTTP failures.
#[derive(Default, Debug)]
struct Answers {
    statuses: BTreeMap<String, usize>,
    http_errors: BTreeMap<u16, usize>,
}

impl Answers {
    fn created(&self) -> usize {
        self.statuses.get("created").copied().unwrap_or(0)
    }

    fn other(&self) -> usize {
        self.statuses.iter().filter(|(k, _)| *k != "created").map(|(_, v)| v).sum::<usize>()
            + self.http_errors.values().sum::<usize>()
    }

    fn merge(&mut self, other: Answers) {
        for (k, v) in other.statuses {
            *self.statuses.entry(k).or_default() += v;
        }
        for (k, v) in other.http_errors {
            *self.http_errors.entry(k).or_default() += v;
        }
    }

    fn describe(&self) -> String {
        format!("statuses {:?}, HTTP errors {:?}", self.statuses, self.http_errors)
    }
}

/// One upload; answers its latency and what came back.
async fn upload(http: &reqwest::Client, url: &str, token: &str, body: String) -> (Duration, Answers) {
    let started = Instant::now();
    let mut answers = Answers::default();
    let response =
        http.post(url).bearer_auth(token).header(header::CONTENT_TYPE, "application/json").body(body).send().await;
    match response {
        Ok(r) if r.status() == StatusCode::OK => match r.json::<BatchResult>().await {
            Ok(result) => {
                for item in result.results {
                    let key = match item.status {
                        ItemStatus::Created => "created".to_owned(),
                        ItemStatus::Duplicate => "duplicate".to_owned(),
                        ItemStatus::Conflict => "conflict".to_owned(),
                        ItemStatus::Rejected(reason) => format!("rejected {reason:?}"),
                        ItemStatus::Unknown => "unknown".to_owned(),
                    };
                    *answers.statuses.entry(key).or_default() += 1;
                }
            }
            Err(_) => *answers.http_errors.entry(0).or_default() += 1,
        },
        Ok(r) => *answers.http_errors.entry(r.status().as_u16()).or_default() += 1,
        Err(_) => *answers.http_errors.entry(0).or_default() += 1,
    }
    (started.elapsed(), answers)
}

// ---------------------------------------------------------------------------------------------
// 1. Ingest throughput.

struct IngestRun {
    rows_per_s: f64,
    latencies: Vec<f64>,
}

/// One run: `rows` records in batches of `BATCH`, `IN_FLIGHT` at a time.
async fn ingest_run(
    http: &reqwest::Client,
    target: &Target,
    token: &str,
    codes: &[EventCode],
    rows: usize,
    rng: &mut StdRng,
) -> Result<IngestRun> {
    // Each upload is one event's check-ins (as a volunteer's phone sends them); the uploads in
    // flight are of different events.
    let bodies: Vec<String> = (0..rows.div_ceil(BATCH))
        .map(|b| body(records(&codes[b % codes.len()], BATCH.min(rows - b * BATCH), rng)))
        .collect();
    let bodies = Arc::new(std::sync::Mutex::new(bodies.into_iter().map(Some).collect::<Vec<_>>()));
    let next = Arc::new(AtomicUsize::new(0));
    let url = format!("{}/api/v1/attendance", target.base);
    let before = match &target.storage {
        Some(s) => s.totals().await?.records,
        None => 0,
    };
    let started = Instant::now();
    let mut workers = tokio::task::JoinSet::new();
    for _ in 0..IN_FLIGHT {
        let (http, url, token, bodies, next) =
            (http.clone(), url.clone(), token.to_owned(), bodies.clone(), next.clone());
        workers.spawn(async move {
            let mut latencies = Vec::new();
            let mut answers = Answers::default();
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(body) = bodies.lock().unwrap().get_mut(i).and_then(Option::take) else { break };
                let (latency, got) = upload(&http, &url, &token, body).await;
                latencies.push(ms(latency));
                answers.merge(got);
            }
            (latencies, answers)
        });
    }
    let mut latencies = Vec::new();
    let mut answers = Answers::default();
    while let Some(done) = workers.join_next().await {
        let (l, a) = done?;
        latencies.extend(l);
        answers.merge(a);
    }
    let elapsed = started.elapsed();
    ensure!(answers.created() == rows && answers.other() == 0, "{}: {}", target.name, answers.describe());
    if let Some(s) = &target.storage {
        let grew = s.totals().await?.records - before;
        ensure!(grew == rows as i64, "{}: records grew by {grew}, not {rows}", target.name);
    }
    Ok(IngestRun { rows_per_s: rows as f64 / elapsed.as_secs_f64(), latencies })
}

/// `runs` ingest runs; answers the median rows/s.
async fn ingest_bench(
    config: &Config,
    tables: &mut Tables,
    http: &reqwest::Client,
    target: &Target,
    token: &str,
    codes: &[EventCode],
    noop: Option<f64>,
) -> Result<f64> {
    let mut rng = StdRng::seed_from_u64(11);
    let mut rates = Vec::new();
    let mut latencies = Vec::new();
    for run in 0..config.runs {
        let r = ingest_run(http, target, token, codes, config.rows, &mut rng).await?;
        eprintln!("load: {} ingest run {}: {:.0} rows/s", target.name, run + 1, r.rows_per_s);
        rates.push(r.rows_per_s);
        latencies.extend(r.latencies);
    }
    let rates = sorted(rates);
    let latencies = sorted(latencies);
    let median = percentile(&rates, 0.5);
    let ratio = noop.map_or(1.0, |n| median / n);
    tables.ingest.push(format!(
        "{:<22} {:>12.0} {:>12.0} {:>12.0} {:>9.3} {:>9.1} {:>9.1}",
        target.name,
        median,
        rates[0],
        rates[rates.len() - 1],
        ratio,
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.99)
    ));
    Ok(median)
}

// ---------------------------------------------------------------------------------------------
// 2. Many devices at once.

/// Tokens for `n` devices: volunteer sign-ins made through the storage (one each, round the
/// fixture's volunteers), as the login endpoint would make them.
async fn device_tokens(storage: Option<&dyn Storage>, fixture: Option<&Fixture>, n: usize) -> Result<Vec<String>> {
    let now = Utc::now();
    let mut tokens = Vec::with_capacity(n);
    for i in 0..n {
        let token = auth::new_token();
        if let (Some(storage), Some(f)) = (storage, fixture) {
            let grant = Grant::Volunteer {
                volunteer: f.volunteers[i % f.volunteers.len()],
                org: f.org,
                expires_at: now + chrono::Duration::days(auth::VOLUNTEER_TOKEN_DAYS),
            };
            storage.insert_token(&auth::token_hash(&token), &grant, now).await?;
        }
        tokens.push(token);
    }
    Ok(tokens)
}

/// How the devices' uploads arrive.
#[derive(Clone, Copy)]
enum Arrival {
    /// All at the same moment, each opening its connection then (a burst of new connections:
    /// beyond the listen backlog, connections wait for the client's SYN retry, ~1 s).
    AtOnce,
    /// All at the same moment, each over a connection it opened before (the server's own work).
    AtOnceConnected,
    /// At random moments over a while, each opening its connection then.
    Spread(Duration),
}

impl Arrival {
    fn label(self) -> String {
        match self {
            Arrival::AtOnce => "at once".into(),
            Arrival::AtOnceConnected => "at once, warm".into(),
            Arrival::Spread(d) => format!("over {} s", d.as_secs()),
        }
    }
}

async fn devices_bench(
    config: &Config,
    tables: &mut Tables,
    target: &Target,
    fixture: Option<&Fixture>,
    codes: &[EventCode],
    arrival: Arrival,
) -> Result<()> {
    let tokens = device_tokens(target.storage.as_deref(), fixture, config.devices).await?;
    let spread = match arrival {
        Arrival::Spread(d) => Some(d),
        _ => None,
    };
    let connected = matches!(arrival, Arrival::AtOnceConnected);
    let mut rng = StdRng::seed_from_u64(22);
    // Each device's records are for one event (the one it was at).
    let bodies: Vec<String> =
        (0..config.devices).map(|d| body(records(&codes[d % codes.len()], DEVICE_RECORDS, &mut rng))).collect();
    let offsets: Vec<Duration> =
        (0..config.devices).map(|_| spread.map_or(Duration::ZERO, |s| s.mul_f64(rng.r#gen::<f64>()))).collect();
    let before = match &target.storage {
        Some(s) => s.totals().await?.records,
        None => 0,
    };
    let url = format!("{}/api/v1/attendance", target.base);
    let barrier = Arc::new(tokio::sync::Barrier::new(config.devices + 1));
    let mut tasks = tokio::task::JoinSet::new();
    for ((token, body), offset) in tokens.into_iter().zip(bodies).zip(offsets) {
        // Its own client: its own connection, as a phone has.
        let http = client()?;
        let (url, barrier, health) = (url.clone(), barrier.clone(), format!("{}/healthz", target.base));
        tasks.spawn(async move {
            if connected && let Ok(r) = http.get(&health).send().await {
                let _ = r.bytes().await;
            }
            barrier.wait().await;
            tokio::time::sleep(offset).await;
            upload(&http, &url, &token, body).await
        });
    }
    // Timed from when every device is ready (and, if warm, connected).
    barrier.wait().await;
    let started = Instant::now();
    let mut latencies = Vec::new();
    let mut answers = Answers::default();
    while let Some(done) = tasks.join_next().await {
        let (latency, got) = done?;
        latencies.push(ms(latency));
        answers.merge(got);
    }
    let wall = started.elapsed();
    let expected = config.devices * DEVICE_RECORDS;
    let grew = match &target.storage {
        Some(s) => (s.totals().await?.records - before).to_string(),
        None => "-".into(),
    };
    let latencies = sorted(latencies);
    let arrival = arrival.label();
    tables.devices.push(format!(
        "{:<22} {:<14} {:>9} {:>8} {:>10} {:>9.1} {:>9.1} {:>9.1} {:>8.2}",
        target.name,
        arrival,
        answers.created(),
        answers.other(),
        grew,
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.99),
        percentile(&latencies, 1.0),
        wall.as_secs_f64()
    ));
    if answers.created() != expected || answers.other() != 0 {
        tables.note(format!("{} {arrival}: NOT all created: {}", target.name, answers.describe()));
    }
    if target.storage.is_some() && grew != expected.to_string() {
        tables.note(format!("{} {arrival}: records grew by {grew}, expected {expected}", target.name));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// 3. Dashboard pages on the campaign.

/// The volunteer the dashboard is read as: of the biggest city's first organisation.
const DASHBOARD_EMAIL: &str = "vol1@beijing-1.demo";

/// Seeds `storage` unless it holds a campaign already.
async fn seeded(config: &Config, tables: &mut Tables, storage: &dyn Storage, label: &str) -> Result<()> {
    let totals = storage.totals().await?;
    if totals.records > 0 {
        tables.note(format!(
            "{label}: reusing the seeded database ({} events, {} records, {} attendances)",
            totals.events, totals.records, totals.attendance
        ));
        return Ok(());
    }
    let started = Instant::now();
    let report = seed::seed_demo(storage, &config.seed, Utc::now()).await?;
    let took = started.elapsed().as_secs_f64();
    tables.note(format!(
        "{label}: seeded {} organisations, {} events, {} records ({} merged pairs) in {took:.1} s ({:.0} records/s)",
        report.organisations,
        report.events,
        report.attendance_records,
        report.merged_pairs,
        report.attendance_records as f64 / took
    ));
    Ok(())
}

const CONFLICTS_VENUE: &str = "冲突测试社区活动中心";

/// Some open conflicts in the organisation, so the conflicts page shows something.
async fn conflicts_fixture(storage: &dyn Storage, org: OrgId, by: VolunteerId) -> Result<()> {
    if !storage.conflicts(org, true).await?.is_empty() {
        return Ok(());
    }
    let now = Utc::now();
    let new = NewEvent {
        client_id: None,
        city: "北京".into(),
        venue: CONFLICTS_VENUE.into(),
        starts_at: now,
        topics: LESSONS.iter().map(|s| (*s).to_owned()).collect(),
        code: None,
    };
    let (event, _) = storage.create_event(org, by, &new, now).await?;
    let mut rng = StdRng::seed_from_u64(5);
    let first = records(&event.code, 20, &mut rng);
    let submitter = storage::Submitter::Volunteer { org };
    storage.ingest(&submitter, &first, now).await?;
    let changed: Vec<AttendanceRecord> = first
        .into_iter()
        .map(|mut r| {
            r.lessons_done = vec!["phone-bigger-text".into()];
            r
        })
        .collect();
    let statuses = storage.ingest(&submitter, &changed, now).await?;
    ensure!(statuses.iter().all(|s| *s == ItemStatus::Conflict), "{statuses:?}");
    storage.close_event(event.id, now).await?;
    Ok(())
}

async fn pages_bench(
    config: &Config,
    tables: &mut Tables,
    storage: Arc<dyn Storage>,
    label: &str,
    password: &str,
) -> Result<()> {
    seeded(config, tables, storage.as_ref(), label).await?;
    let volunteer =
        storage.volunteer_by_email(DASHBOARD_EMAIL).await?.context("no demo volunteer: not a seeded database")?;
    conflicts_fixture(storage.as_ref(), volunteer.org, volunteer.id).await?;
    // The event page of the busiest of the organisation's latest closed events.
    let query = EventQuery { state: EventState::Closed, before: None, limit: 50 };
    let events = storage.events(volunteer.org, &query).await?;
    // (The conflicts' event only if a tiny campaign gave the organisation no other.)
    let event = events
        .iter()
        .max_by_key(|e| (e.venue != CONFLICTS_VENUE, e.attendance))
        .context("the organisation has no closed events")?;
    let org_events = {
        let all = EventQuery { state: EventState::All, before: None, limit: 500 };
        storage.events(volunteer.org, &all).await?.len()
    };
    tables.note(format!(
        "{label}: dashboard read as {DASHBOARD_EMAIL} ({}{} events; event page {} has {} attendances)",
        if org_events >= 500 { "≥" } else { "" },
        org_events,
        event.id,
        event.attendance
    ));
    let target = server_target(storage.clone()).await?;
    let http = client()?;
    let cookie = dashboard_login(&http, &target.base, DASHBOARD_EMAIL, password).await?;
    let pages = [
        ("/dashboard".to_owned(), "/dashboard (overview)"),
        ("/dashboard/events".to_owned(), "/dashboard/events"),
        (format!("/dashboard/events/{}", event.id), "/dashboard/events/{id}"),
        ("/dashboard/conflicts".to_owned(), "/dashboard/conflicts"),
    ];
    for (path, name) in &pages {
        let mut times = Vec::new();
        let mut bytes = 0;
        for _ in 0..config.page_loads {
            let started = Instant::now();
            let response = http
                .get(format!("{}{path}", target.base))
                .header(header::COOKIE, &cookie)
                .header(header::ACCEPT_LANGUAGE, "zh-CN")
                .send()
                .await?;
            let status = response.status();
            let text = response.text().await?;
            times.push(ms(started.elapsed()));
            ensure!(status == StatusCode::OK, "GET {path} answered {status}: {}", &text[..text.len().min(300)]);
            bytes = text.len();
        }
        let times = sorted(times);
        tables.pages.push(format!(
            "{:<10} {:<30} {:>10.1} {:>9.1} {:>9.1} {:>10}",
            storage.backend(),
            name,
            percentile(&times, 0.5),
            percentile(&times, 0.95),
            percentile(&times, 1.0),
            bytes
        ));
    }
    target.stop().await;
    Ok(())
}

// ---------------------------------------------------------------------------------------------

async fn run(config: Config) -> Result<()> {
    let mut tables = Tables::default();
    let mut postgres = Postgres::from_env();
    let result = run_all(&config, &mut tables, postgres.as_mut()).await;
    if let Some(pg) = postgres.as_mut()
        && let Err(e) = pg.drop_made().await
    {
        eprintln!("load: could not drop the benchmark databases: {e:#}");
    }
    tables.print(&config);
    result
}

async fn run_all(config: &Config, tables: &mut Tables, mut postgres: Option<&mut Postgres>) -> Result<()> {
    if postgres.is_none() {
        tables.note("PostgreSQL skipped: BLUE_VEST_TEST_POSTGRES_URL is not set".into());
    }
    let tmp = tempfile::tempdir()?;
    let http = client()?;

    // 1 and 2 on the no-op handler, then on each database.
    let noop = noop_target().await?;
    let fake_codes: Vec<EventCode> =
        (0..100).map(|i| EventCode::parse(&format!("{:06}", 100_000 + i)).expect("code")).collect();
    let noop_rate = ingest_bench(config, tables, &http, &noop, "no-op token", &fake_codes, None).await?;
    devices_bench(config, tables, &noop, None, &fake_codes, Arrival::AtOnce).await?;
    devices_bench(config, tables, &noop, None, &fake_codes, Arrival::AtOnceConnected).await?;
    noop.stop().await;

    let mut urls = vec![format!("sqlite://{}?mode=rwc", tmp.path().join("ingest.db").display())];
    if let Some(pg) = postgres.as_deref_mut() {
        urls.push(pg.fresh().await?);
    }
    for url in &urls {
        let storage = storage::open(url).await?;
        let fixture = fixture(storage.as_ref(), 100, 10).await?;
        let target = server_target(storage.clone()).await?;
        let token = api_login(&http, &target.base, &fixture.email, &fixture.password).await?;
        ingest_bench(config, tables, &http, &target, &token, &fixture.codes, Some(noop_rate)).await?;
        for arrival in [Arrival::AtOnce, Arrival::AtOnceConnected, Arrival::Spread(config.spread)] {
            devices_bench(config, tables, &target, Some(&fixture), &fixture.codes, arrival).await?;
        }
        target.stop().await;
    }

    // 3. Dashboard pages on the seeded campaign.
    let sqlite_file = match std::env::var("BLUE_VEST_BENCH_SQLITE_FILE") {
        Ok(f) if !config.quick && !f.trim().is_empty() => std::path::PathBuf::from(f),
        _ => tmp.path().join("campaign.db"),
    };
    let url = format!("sqlite://{}?mode=rwc", sqlite_file.display());
    let storage = storage::open(&url).await?;
    pages_bench(config, tables, storage, &format!("sqlite {}", sqlite_file.display()), seed::DEMO_PASSWORD).await?;
    if let Some(pg) = postgres {
        let url = match std::env::var("BLUE_VEST_BENCH_POSTGRES_DB") {
            Ok(db) if !config.quick && !db.trim().is_empty() => pg.kept(db.trim()).await?,
            _ => pg.fresh().await?,
        };
        let storage = storage::open(&url).await?;
        pages_bench(config, tables, storage, "postgres", seed::DEMO_PASSWORD).await?;
    }
    Ok(())
}
