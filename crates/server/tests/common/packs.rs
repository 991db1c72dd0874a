//! The lesson packs' test data: the demo pack (tests/fixtures/demo-pack) with its dates set,
//! archives written as any tool (or attacker) would, and a fixed campaign key for servers that
//! every test starts with (`common::start`).

use std::io::{Cursor, Write};

use blue_vest_core::packs::SigningKey;
use chrono::{Duration, NaiveDate, Utc};
use zip::CompressionMethod;
use zip::write::SimpleFileOptions;

/// The test campaign's signing key (a fixed seed: tests only).
pub fn test_pack_key() -> SigningKey {
    SigningKey::from_bytes(&[7; 32])
}

pub fn today() -> NaiveDate {
    Utc::now().date_naive()
}

/// The app's tests' demo pack helper, shared (it reads the same fixture).
#[path = "../../../core/tests/common/packs.rs"]
mod demo;

/// The demo pack's files (tests/fixtures/demo-pack) for 杭州 and 宁波, valid from yesterday for 30 days.
pub fn demo_files() -> Vec<(String, Vec<u8>)> {
    demo::demo_files(&["杭州", "宁波"], today() - Duration::days(1), today() + Duration::days(30))
}

pub fn with(files: &[(String, Vec<u8>)], path: &str, bytes: impl Into<Vec<u8>>) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<_> = files.iter().filter(|(p, _)| p != path).cloned().collect();
    out.push((path.to_owned(), bytes.into()));
    out
}

/// A ZIP of the files as they are (any path, deflate), as an organiser's tool or an attacker
/// would write it.
pub fn zip_of(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated).large_file(false);
    for (path, bytes) in files {
        zip.start_file(path.as_str(), options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}
