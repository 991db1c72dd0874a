//! Lesson packs on the wire: what a phone is offered for its city (`PackList`), and what an
//! organiser sees of a pack they published (`PackInfo`). The archive itself travels as its own
//! bytes (`application/zip`); its signed statement travels as text, so a phone checks the
//! signature over exactly the bytes that were signed.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// The header a phone's pack archive fetch carries its random phone id in (32 lowercase hex
/// digits, made once per phone and sent nowhere else), so organisers see how many phones a pack
/// reached. Without it the server counts the token.
pub const PHONE_HEADER: &str = "x-blue-vest-phone";

/// Whether `id` is a phone id as `PHONE_HEADER` carries it.
pub fn is_phone_id(id: &str) -> bool {
    id.len() == 32 && id.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// A signed statement about one pack version: the canonical JSON the campaign's Ed25519 key
/// signed, and the signature (128 hex characters). The core's `packs::SignedStatement`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
pub struct PackSignature {
    /// The statement's canonical JSON exactly as signed: pack_id, version, sha256, valid_from,
    /// valid_until, cities, titles, issued_at.
    pub statement: String,
    #[cfg_attr(feature = "schema", schemars(regex(pattern = crate::form::SIGNATURE_PATTERN)))]
    pub signature: String,
}

/// One pack version a phone may fetch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
pub struct PackOffer {
    #[cfg_attr(feature = "schema", schemars(length(min = 3, max = 64), regex(pattern = crate::form::PACK_ID_PATTERN)))]
    pub pack_id: String,
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = crate::form::MAX_ID)))]
    pub version: u64,
    /// A title per locale.
    pub titles: BTreeMap<String, String>,
    pub valid_from: NaiveDate,
    pub valid_until: NaiveDate,
    /// The archive's size in bytes and lowercase hex SHA-256 (also inside the statement).
    pub size: u64,
    #[cfg_attr(feature = "schema", schemars(regex(pattern = crate::form::SHA256_PATTERN)))]
    pub sha256: String,
    pub signed: PackSignature,
    /// Where to GET the archive (a path on this server).
    pub archive: String,
}

/// `GET /api/v1/packs`: the packs valid in a city on a date, newest version of each, and the
/// packs withdrawn there (a phone removes those).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
pub struct PackList {
    pub city: String,
    pub date: NaiveDate,
    pub packs: Vec<PackOffer>,
    /// The ids of withdrawn packs that named the city.
    #[cfg_attr(feature = "schema", schemars(inner(length(min = 3, max = 64), regex(pattern = crate::form::PACK_ID_PATTERN))))]
    pub withdrawn: Vec<String>,
}

/// Where a pack went: phones (tokens) that fetched any of its versions.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
pub struct PackReach {
    pub phones: u64,
    pub cities: Vec<PackCityReach>,
    pub events: Vec<PackEventReach>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
pub struct PackCityReach {
    pub city: String,
    pub phones: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
pub struct PackEventReach {
    pub event_id: i64,
    pub city: String,
    pub venue: String,
    pub phones: u64,
}

/// A published pack as its organisation sees it: the newest version, and where it went.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
pub struct PackInfo {
    #[cfg_attr(feature = "schema", schemars(length(min = 3, max = 64), regex(pattern = crate::form::PACK_ID_PATTERN)))]
    pub pack_id: String,
    pub organisation: i64,
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = crate::form::MAX_ID)))]
    pub version: u64,
    pub titles: BTreeMap<String, String>,
    pub valid_from: NaiveDate,
    pub valid_until: NaiveDate,
    pub cities: Vec<String>,
    pub size: u64,
    #[cfg_attr(feature = "schema", schemars(regex(pattern = crate::form::SHA256_PATTERN)))]
    pub sha256: String,
    pub uploaded_at: DateTime<Utc>,
    pub withdrawn_at: Option<DateTime<Utc>>,
    pub reach: PackReach,
}

/// A refused upload: the `ApiError` fields plus every problem, one per entry (`message` holds
/// the same lines joined by newlines).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
pub struct PackRefusal {
    pub error: String,
    pub message: String,
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub problems: Vec<String>,
}
