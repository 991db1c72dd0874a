//! A lesson's TOML file through the content checker (the loader, then every rule).
#![no_main]

use blue_vest_core::lessons::{Content, check};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let content = Content { lessons: vec![("lessons/fuzz.toml".to_owned(), text.to_owned())], ..Content::default() };
    let _ = check(&content);
});
