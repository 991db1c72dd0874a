//! The demo lesson pack (`crates/server/tests/fixtures/demo-pack`, one lesson `demo--call` with
//! a picture) for the app's and the server's tests, with its dates and cities set by the test.
#![allow(dead_code)]

use std::path::Path;

use blue_vest_core::packs::{PackFiles, write_archive};
use chrono::{Duration, NaiveDate, Utc};

pub const DEMO_LESSON: &str = "demo--call";

pub fn today() -> NaiveDate {
    Utc::now().date_naive()
}

/// The demo pack's files, valid from `from` to `until`, for `cities`.
pub fn demo_files(cities: &[&str], from: NaiveDate, until: NaiveDate) -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../server/tests/fixtures/demo-pack");
    let root = if root.exists() {
        root
    } else {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/server/tests/fixtures/demo-pack")
    };
    let mut files = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let rel = path.strip_prefix(&root).unwrap().to_string_lossy().replace('\\', "/");
            let mut bytes = std::fs::read(&path).unwrap();
            if rel == "pack.toml" {
                let cities: Vec<String> = cities.iter().map(|c| format!("{c:?}")).collect();
                let text = String::from_utf8(bytes).unwrap();
                let text = text.replace("VALID_FROM", &from.to_string()).replace("VALID_UNTIL", &until.to_string());
                let line = text.lines().find(|l| l.starts_with("cities =")).unwrap().to_owned();
                bytes = text.replace(&line, &format!("cities = [{}]", cities.join(", "))).into();
            }
            files.push((rel, bytes));
        }
    }
    files.sort();
    files
}

/// The demo pack for `cities`, valid from yesterday for 30 days, as an archive.
pub fn demo_archive(cities: &[&str]) -> Vec<u8> {
    archive(demo_files(cities, today() - Duration::days(1), today() + Duration::days(30)))
}

pub fn archive(files: Vec<(String, Vec<u8>)>) -> Vec<u8> {
    write_archive(&PackFiles::from_files(files).unwrap())
}
