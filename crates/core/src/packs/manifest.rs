//! `pack.toml`: what a pack is (id, a title per language, the dates it is valid, the cities it
//! is for, notes for organisers). Problems come out as the checker's lines, under `pack.toml`.
//!
//! ```toml
//! id = "fake-police-2025"
//! valid_from = 2025-06-01          # a TOML date, or "2025-06-01"
//! valid_until = 2025-08-31
//! cities = ["杭州", "宁波"]
//! notes = "For the June events."   # optional
//!
//! [title]
//! zh-CN = "冒充警察的电话"
//! en-US = "Calls from fake police"
//! ```

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Deserialize;

use super::layout::MANIFEST;
use crate::lessons::Problem;

/// A pack's description, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Manifest {
    pub id: String,
    /// A title per locale (`zh-CN`, `en-US`, …): every one the app has.
    pub titles: BTreeMap<String, String>,
    pub valid_from: NaiveDate,
    /// The last day the pack is shown (inclusive).
    pub valid_until: NaiveDate,
    pub cities: Vec<String>,
    pub notes: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawManifest {
    id: String,
    title: BTreeMap<String, String>,
    valid_from: toml::Value,
    valid_until: toml::Value,
    cities: Vec<String>,
    notes: Option<String>,
}

/// Whether `id` can name a pack: `^[a-z0-9-]{3,64}$` starting with a letter, with no `--`
/// and no `-` at either end. A pack's lessons and messages are named `<pack id>--…`: with no
/// `--` inside a pack id, that prefix belongs to exactly one pack, and no bundled lesson uses
/// `--`, so pack names can collide neither with each other nor with the app's.
pub fn is_pack_id(id: &str) -> bool {
    (3..=64).contains(&id.len())
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && id.as_bytes()[0].is_ascii_lowercase()
        && !id.ends_with('-')
        && !id.contains("--")
}

/// The pack an id (a lesson's, message's or term's) belongs to, if it is a pack's: `<pack id>--…`.
/// No bundled id has `--`, so `None` means the app's own.
pub fn pack_of(id: &str) -> Option<&str> {
    id.split_once("--").map(|(pack, _)| pack).filter(|pack| is_pack_id(pack))
}

/// The most cities a pack may list, and the longest name.
const MAX_CITIES: usize = 500;
const MAX_CITY_CHARS: usize = 64;

/// Parses `pack.toml` against the app's locales; `None` (with problems) if it cannot be used.
pub fn parse_manifest(text: &str, locales: &[String], problems: &mut Vec<Problem>) -> Option<Manifest> {
    let raw: RawManifest = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(e) => {
            let line = e.span().map(|s| text[..s.start.min(text.len())].lines().count().max(1));
            let message = e.message().trim_end().to_owned();
            problems.push(Problem::file(
                MANIFEST,
                match line {
                    Some(line) => format!("line {line}: {message}"),
                    None => message,
                },
            ));
            return None;
        }
    };
    let before = problems.len();
    let mut bad = |message: String| problems.push(Problem::file(MANIFEST, message));
    if !is_pack_id(&raw.id) {
        bad(format!(
            "id {:?} is not a pack id (3 to 64 of a-z, 0-9 and \"-\", starting with a letter, no \"--\", not ending in \"-\")",
            raw.id
        ));
    }
    for locale in locales {
        if raw.title.get(locale).is_none_or(|t| t.trim().is_empty()) {
            bad(format!("[title] needs {locale:?}"));
        }
    }
    for locale in raw.title.keys().filter(|l| !locales.contains(l)) {
        bad(format!("[title] {locale:?} is not one of the app's languages ({})", locales.join(", ")));
    }
    let from = date(&raw.valid_from, "valid_from", &mut bad);
    let until = date(&raw.valid_until, "valid_until", &mut bad);
    if let (Some(from), Some(until)) = (from, until)
        && until < from
    {
        bad(format!("valid_until {until} is before valid_from {from}"));
    }
    if raw.cities.is_empty() {
        bad("cities is empty: name the cities the pack is for".to_owned());
    }
    if raw.cities.len() > MAX_CITIES {
        bad(format!("cities lists {}; at most {MAX_CITIES}", raw.cities.len()));
    }
    for (i, city) in raw.cities.iter().enumerate() {
        if city.trim().is_empty() || city.trim() != city || city.chars().count() > MAX_CITY_CHARS {
            bad(format!("city {city:?} must be 1 to {MAX_CITY_CHARS} characters without spaces at either end"));
        } else if raw.cities[..i].contains(city) {
            bad(format!("city {city:?} is listed twice"));
        }
    }
    if problems.len() > before {
        return None;
    }
    Some(Manifest {
        id: raw.id,
        titles: raw.title,
        valid_from: from?,
        valid_until: until?,
        cities: raw.cities,
        notes: raw.notes,
    })
}

fn date(value: &toml::Value, field: &str, bad: &mut impl FnMut(String)) -> Option<NaiveDate> {
    let text = match value {
        toml::Value::Datetime(d) if d.time.is_none() && d.offset.is_none() => d.to_string(),
        toml::Value::String(s) => s.clone(),
        _ => String::new(),
    };
    let parsed = NaiveDate::parse_from_str(&text, "%Y-%m-%d").ok();
    if parsed.is_none() {
        bad(format!("{field} must be a date like 2025-06-01"));
    }
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locales() -> Vec<String> {
        vec!["en-US".into(), "zh-CN".into()]
    }

    #[test]
    fn a_good_manifest_reads() {
        let text = "id = \"fake-police\"\nvalid_from = 2025-06-01\nvalid_until = \"2025-08-31\"\ncities = [\"杭州\"]\n[title]\nzh-CN = \"假警察\"\nen-US = \"Fake police\"\n";
        let mut problems = Vec::new();
        let m = parse_manifest(text, &locales(), &mut problems).expect("reads");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(m.valid_from, NaiveDate::from_ymd_opt(2025, 6, 1).unwrap());
        assert_eq!(m.valid_until, NaiveDate::from_ymd_opt(2025, 8, 31).unwrap());
        assert_eq!(m.notes, None);
    }

    #[test]
    fn each_field_problem_is_a_line() {
        let text = "id = \"Bad--id\"\nvalid_from = 2025-09-01\nvalid_until = 2025-08-31T10:00:00\ncities = [\"a\", \"a\", \" \"]\n[title]\nzh-CN = \"x\"\nfr-FR = \"y\"\n";
        let mut problems = Vec::new();
        assert_eq!(parse_manifest(text, &locales(), &mut problems), None);
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        for expected in [
            "pack.toml: id \"Bad--id\" is not a pack id",
            "pack.toml: [title] needs \"en-US\"",
            "pack.toml: [title] \"fr-FR\" is not one of the app's languages (en-US, zh-CN)",
            "pack.toml: valid_until must be a date like 2025-06-01",
            "pack.toml: city \"a\" is listed twice",
            "pack.toml: city \" \" must be",
        ] {
            assert!(lines.iter().any(|l| l.starts_with(expected)), "{expected:?} in {lines:#?}");
        }
        let mut problems = Vec::new();
        assert_eq!(parse_manifest("id = 3\n", &locales(), &mut problems), None);
        assert!(problems[0].to_string().starts_with("pack.toml: line 1: "), "{problems:?}");
    }

    #[test]
    fn pack_ids_leave_a_namespace_of_their_own() {
        for ok in ["abc", "fake-police-2025", "a1-b2"] {
            assert!(is_pack_id(ok), "{ok}");
        }
        for bad in ["ab", "1abc", "-abc", "abc-", "a--b", "ABC", "a_b", &"a".repeat(65)] {
            assert!(!is_pack_id(bad), "{bad}");
        }
    }
}
