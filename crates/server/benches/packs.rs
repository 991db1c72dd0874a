//! Lesson pack benchmark: `cargo bench -p blue-vest-server --bench packs`. A 2 MB pack (the demo
//! pack with an incompressible 2 MiB photo) against the real server on 127.0.0.1 over SQLite:
//!
//! - upload: the organiser's POST (archive limits, the content checker, signing, storing);
//! - download only: the archive's bytes fetched with the phone's HTTP client (the baseline);
//! - phone sync: the app's pack sync of the same version into an empty folder (list, download,
//!   signature, hash, limits, content checker, atomic install with fsync).
//!
//! Medians of 11 runs (each a new version), and the sync's cost over the plain download in the
//! same run. Run by `cargo test --benches` (no `--bench` argument), two runs check it works.

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::{Duration, Instant};

use blue_vest_core::attendance::http::HttpTransport;
use blue_vest_core::packs::{ServerPacks, sync_packs};
use common::Backend;
use common::packs::{demo_files, test_pack_key, today, zip_of};

const PICTURE_BYTES: usize = 2 * 1024 * 1024;

/// The demo pack with its picture swapped for an incompressible PNG (like a photo); `run` makes
/// each archive differ (the server answers a repeated upload with the version it has).
fn two_megabyte_pack(run: usize) -> Vec<u8> {
    let mut files = demo_files();
    for (path, bytes) in &mut files {
        if path == "pack.toml" {
            let text = String::from_utf8(bytes.clone()).unwrap();
            *bytes = text.replace("notes = \"test pack\"", &format!("notes = \"benchmark run {run}\"")).into();
        }
    }
    files.retain(|(p, _)| p != "pictures/badge.svg");
    for (path, bytes) in &mut files {
        if path.starts_with("lessons/") {
            *bytes = String::from_utf8(bytes.clone()).unwrap().replace("badge.svg", "badge.png").into();
        }
    }
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    png.extend((0..PICTURE_BYTES).map(|_| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x as u8
    }));
    files.push(("pictures/badge.png".into(), png));
    zip_of(&files)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let runs = if std::env::args().any(|a| a == "--bench") { 11 } else { 2 };
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let ctx = runtime.block_on(common::start(Backend::Sqlite));
    let (token, senior) = runtime.block_on(async {
        let email = ctx.org_with_volunteer("Hangzhou Blue Vest", "杭州").await;
        let token = ctx.login(&email).await;
        let event = ctx.event(&token, "Community centre").await;
        let (_, answer) =
            ctx.post("/api/v1/senior-token", None, &serde_json::json!({"event_code": event["code"]})).await;
        (token, answer["token"].as_str().unwrap().to_owned())
    });
    let key = test_pack_key().verifying_key();
    let transport = HttpTransport::new().unwrap();
    let phone_id = "0123456789abcdef0123456789abcdef";
    let plain = reqwest::blocking::Client::new();
    let (mut uploads, mut downloads, mut syncs) = (Vec::new(), Vec::new(), Vec::new());
    let mut size = 0;
    for version in 1..=runs {
        let archive = two_megabyte_pack(version);
        size = archive.len();
        let started = Instant::now();
        let (status, body) = runtime.block_on(async {
            let r = ctx.http.post(ctx.url("/api/v1/packs")).bearer_auth(&token);
            let r = r.header("Content-Type", "application/zip").body(archive.clone()).send().await.unwrap();
            common::answer(r).await
        });
        uploads.push(started.elapsed());
        assert_eq!(status, 201, "{body}");

        let path = format!("/api/v1/packs/demo/versions/{version}/archive");
        let started = Instant::now();
        let bytes = plain.get(ctx.url(&path)).bearer_auth(&senior).send().unwrap().bytes().unwrap();
        downloads.push(started.elapsed());
        assert_eq!(bytes.len(), archive.len());

        let phone = tempfile::tempdir().unwrap();
        let source = ServerPacks { transport: &transport, server: &ctx.base, token: &senior, phone: phone_id };
        let started = Instant::now();
        let report = sync_packs(phone.path(), &source, &key, today()).unwrap();
        syncs.push(started.elapsed());
        assert_eq!(report.installed, [("demo".to_owned(), version as u64)], "{report:?}");
    }
    let (upload, download, sync) = (median(uploads), median(downloads), median(syncs));
    println!("lesson pack of {size} bytes (2 MiB incompressible picture), {runs} runs, medians:");
    println!("  upload (limits, checker, sign, store)          {}", ms(upload));
    println!("  download only (baseline)                       {}", ms(download));
    println!(
        "  phone sync (list, download, verify, check, install) {}  = {:.2}× the download",
        ms(sync),
        sync.as_secs_f64() / download.as_secs_f64()
    );
    drop(ctx);
}
