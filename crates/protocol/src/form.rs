//! The forms of the wire's strings, once, for both the deserializers here and the JSON Schemas
//! the server publishes (`schema` feature): what the schema states is exactly what is taken.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Deserializer};
use uuid::Uuid;

/// Free text (a venue, a city, a topic, an email): no control characters (nor a byte-order
/// mark) and not only spaces. JSON Schema (ECMAScript) syntax; `\s` is Unicode's White_Space.
pub const TEXT_PATTERN: &str =
    r"^[^\u0000-\u001F\u007F-\u009F\uFEFF]*[^\s\u0000-\u001F\u007F-\u009F\uFEFF][^\u0000-\u001F\u007F-\u009F\uFEFF]*$";
/// A UUID in its hyphenated form (any version).
pub const UUID_PATTERN: &str = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
/// A UUID v7 in its hyphenated form.
pub const UUID_V7_PATTERN: &str = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-7[0-9a-fA-F]{3}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
/// A lesson id.
pub const LESSON_ID_PATTERN: &str = "^[A-Za-z0-9-]{1,64}$";
/// A page cursor (`?before=`, `next`): the last event's start in Unix ms (before 1970 below 0),
/// an underscore, its id.
pub const CURSOR_PATTERN: &str = "^-?[0-9]{1,15}_[0-9]{1,18}$";
/// A lesson pack's id (with a length of 3 to 64): a lower-case letter, then lower-case letters,
/// digits and single `-` between them (no `--`, no `-` at the end).
pub const PACK_ID_PATTERN: &str = "^[a-z](-?[a-z0-9])+$";
/// A calendar date, `YYYY-MM-DD` (JSON Schema's `format: date`).
pub const DATE_PATTERN: &str = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
/// A lowercase hex SHA-256.
pub const SHA256_PATTERN: &str = "^[0-9a-f]{64}$";
/// A lowercase hex Ed25519 signature.
pub const SIGNATURE_PATTERN: &str = "^[0-9a-f]{128}$";
/// The largest id or version on the wire (a positive 64-bit signed integer).
pub const MAX_ID: u64 = i64::MAX as u64;

/// Whether `id` is a pack id as `PACK_ID_PATTERN` states (the core's `packs::is_pack_id`).
pub fn is_pack_id(id: &str) -> bool {
    (3..=64).contains(&id.len())
        && id.as_bytes()[0].is_ascii_lowercase()
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.ends_with('-')
        && !id.contains("--")
}

/// An RFC 3339 date-time with `T` between date and time.
pub const TIME_PATTERN: &str = "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt]";

/// Whether `text` is free text as `TEXT_PATTERN` states, of at most `max` characters (Unicode
/// scalar values, as JSON Schema counts them).
pub fn is_text(text: &str, max: usize) -> bool {
    let forbidden = |c: char| c.is_control() || c == '\u{feff}';
    let count = text.chars().count();
    count >= 1 && count <= max && !text.chars().any(forbidden) && text.chars().any(|c| !c.is_whitespace())
}

/// Whether `id` is a lesson id as `LESSON_ID_PATTERN` states.
pub fn is_lesson_id(id: &str) -> bool {
    (1..=64).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

fn uuid_of(s: &str) -> Option<Uuid> {
    let hyphens = [8, 13, 18, 23];
    let form = s.len() == 36
        && s.bytes().enumerate().all(|(i, b)| if hyphens.contains(&i) { b == b'-' } else { b.is_ascii_hexdigit() });
    form.then(|| Uuid::parse_str(s).ok()).flatten()
}

/// A UUID only in its hyphenated form (the schema's `format: uuid`), not the simple, braced
/// or URN forms the `uuid` crate also reads.
pub fn hyphenated_uuid<'de, D: Deserializer<'de>>(d: D) -> Result<Uuid, D::Error> {
    let s = String::deserialize(d)?;
    uuid_of(&s).ok_or_else(|| serde::de::Error::custom(format!("{s:?} is not a UUID (8-4-4-4-12 hex digits)")))
}

pub fn optional_hyphenated_uuid<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Uuid>, D::Error> {
    match Option::<String>::deserialize(d)? {
        None => Ok(None),
        Some(s) => uuid_of(&s)
            .map(Some)
            .ok_or_else(|| serde::de::Error::custom(format!("{s:?} is not a UUID (8-4-4-4-12 hex digits)"))),
    }
}

fn time_of(s: &str) -> Option<DateTime<Utc>> {
    matches!(s.as_bytes().get(10), Some(b'T' | b't'))
        .then(|| DateTime::parse_from_rfc3339(s).ok().map(|t| t.with_timezone(&Utc)))
        .flatten()
}

/// An RFC 3339 date-time as JSON Schema's `format: date-time` states it (a `T` between date and
/// time, an offset), not the other spellings chrono also reads.
pub fn rfc3339<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
    let s = String::deserialize(d)?;
    time_of(&s).ok_or_else(|| serde::de::Error::custom(format!("{s:?} is not an RFC 3339 date-time")))
}

pub fn optional_rfc3339<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime<Utc>>, D::Error> {
    match Option::<String>::deserialize(d)? {
        None => Ok(None),
        Some(s) => {
            time_of(&s).map(Some).ok_or_else(|| serde::de::Error::custom(format!("{s:?} is not an RFC 3339 date-time")))
        }
    }
}

/// A JSON integer as JSON Schema counts them: `1` and `1.0` alike (serde takes only the first).
fn integral<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
    match Option::<serde_json_number::Number>::deserialize(d)? {
        None => Ok(None),
        Some(n) => {
            n.as_u64().map(Some).ok_or_else(|| serde::de::Error::custom(format!("{n} is not a whole number ≥ 0")))
        }
    }
}

pub fn whole_u32<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    let n = integral(d)?.ok_or_else(|| serde::de::Error::custom("a whole number is needed"))?;
    u32::try_from(n).map_err(|_| serde::de::Error::custom(format!("{n} is too large")))
}

pub fn optional_whole_u64<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
    integral(d)
}

/// A number as JSON has it: whole or not, any sign.
mod serde_json_number {
    use serde::{Deserialize, Deserializer};

    #[derive(Debug, Clone, Copy)]
    pub struct Number(f64, Option<u64>);

    impl Number {
        /// The number if it is whole, at least 0 and exactly representable.
        pub fn as_u64(self) -> Option<u64> {
            self.1.or_else(|| {
                let f = self.0;
                (f.is_finite() && f >= 0.0 && f.fract() == 0.0 && f < 9_007_199_254_740_992.0).then_some(f as u64)
            })
        }
    }

    impl std::fmt::Display for Number {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            match self.1 {
                Some(n) => write!(f, "{n}"),
                None => write!(f, "{}", self.0),
            }
        }
    }

    impl<'de> Deserialize<'de> for Number {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Number, D::Error> {
            struct Visitor;
            impl serde::de::Visitor<'_> for Visitor {
                type Value = Number;
                fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str("a number")
                }
                fn visit_u64<E>(self, v: u64) -> Result<Number, E> {
                    Ok(Number(v as f64, Some(v)))
                }
                fn visit_i64<E>(self, v: i64) -> Result<Number, E> {
                    Ok(Number(v as f64, u64::try_from(v).ok()))
                }
                fn visit_f64<E>(self, v: f64) -> Result<Number, E> {
                    Ok(Number(v, None))
                }
            }
            d.deserialize_any(Visitor)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_what_the_pattern_says() {
        assert!(is_text("玉林社区", 4) && !is_text("玉林社区", 3));
        assert!(is_text(" x ", 3), "spaces around are fine (the server trims them)");
        for bad in ["", " ", "\u{3000}", "a\u{0}b", "a\tb", "\u{feff}", "a\u{85}"] {
            assert!(!is_text(bad, 100), "{bad:?}");
        }
    }

    #[test]
    fn uuids_and_times_only_in_the_schemas_forms() {
        let id = Uuid::now_v7();
        assert_eq!(uuid_of(&id.to_string()), Some(id));
        assert_eq!(uuid_of(&id.to_string().to_uppercase()), Some(id));
        for bad in [id.simple().to_string(), format!("{{{id}}}"), id.urn().to_string()] {
            assert_eq!(uuid_of(&bad), None, "{bad}");
        }
        assert!(time_of("2026-11-27T09:30:00Z").is_some());
        assert!(time_of("2026-11-27t09:30:00.123+08:00").is_some());
        assert!(time_of("2026-11-27 09:30:00Z").is_none());
        assert!(time_of("2026-11-27T09:30:00").is_none());
    }

    #[test]
    fn whole_numbers_may_be_written_as_decimals() {
        #[derive(serde::Deserialize)]
        struct T {
            #[serde(deserialize_with = "whole_u32")]
            n: u32,
        }
        let n = |v: serde_json::Value| serde_json::from_value::<T>(serde_json::json!({ "n": v })).map(|t| t.n);
        assert_eq!(n(serde_json::json!(3)).unwrap(), 3);
        assert_eq!(n(serde_json::json!(3.0)).unwrap(), 3);
        for bad in [serde_json::json!(3.5), serde_json::json!(-1), serde_json::json!(1e20), serde_json::json!("3")] {
            assert!(n(bad.clone()).is_err(), "{bad}");
        }
    }
}
