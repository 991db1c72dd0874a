//! Lesson packs in the database: each accepted upload is a version with the archive's exact
//! bytes and its signed statement; a pack id belongs to the organisation that first published
//! it; phones' fetches are counted per token (one per phone) for "where it went".

use std::collections::BTreeMap;

use async_trait::async_trait;
use blue_vest_protocol::{PackReach, PackSignature};
use chrono::{DateTime, NaiveDate, Utc};

use super::{OrgId, Result, TokenHash, VolunteerId};

/// An accepted, checked upload, before it has a version.
#[derive(Debug, Clone)]
pub struct NewPackVersion {
    pub pack_id: String,
    pub org: OrgId,
    pub uploaded_by: VolunteerId,
    pub titles: BTreeMap<String, String>,
    pub valid_from: NaiveDate,
    pub valid_until: NaiveDate,
    pub cities: Vec<String>,
    pub sha256: String,
    pub archive: Vec<u8>,
}

/// One stored version (without its bytes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackVersion {
    /// `pack_versions.id`
    pub id: i64,
    pub pack_id: String,
    pub org: OrgId,
    pub version: u64,
    pub titles: BTreeMap<String, String>,
    pub valid_from: NaiveDate,
    pub valid_until: NaiveDate,
    pub cities: Vec<String>,
    pub sha256: String,
    pub size: u64,
    pub signed: PackSignature,
    pub uploaded_at: DateTime<Utc>,
    pub withdrawn_at: Option<DateTime<Utc>>,
}

/// Signs the statement of the version number it is given (inside the storage's transaction,
/// where the number is decided).
pub type SignVersion<'a> = dyn Fn(u64) -> PackSignature + Send + Sync + 'a;

#[async_trait]
pub trait Packs {
    /// Stores a new version (the pack's first, or the next), signed by `sign`; or, when the
    /// newest version has the same bytes and is not withdrawn, returns it (then `false`).
    /// `Taken("pack id")` when the pack id belongs to another organisation.
    async fn publish_pack(
        &self,
        new: &NewPackVersion,
        sign: &SignVersion<'_>,
        now: DateTime<Utc>,
    ) -> Result<(PackVersion, bool)>;
    /// The newest version of a pack.
    async fn pack(&self, pack_id: &str) -> Result<Option<PackVersion>>;
    /// The newest version of each of an organisation's packs, newest upload first.
    async fn org_packs(&self, org: OrgId) -> Result<Vec<PackVersion>>;
    /// The packs a phone in `city` gets on `date`: the newest version of each pack that names
    /// the city, is valid that day and is not withdrawn.
    async fn packs_for_city(&self, city: &str, date: NaiveDate) -> Result<Vec<PackVersion>>;
    /// The withdrawn packs whose newest version named `city`.
    async fn withdrawn_for_city(&self, city: &str) -> Result<Vec<String>>;
    /// One version and its archive's bytes.
    async fn pack_archive(&self, pack_id: &str, version: u64) -> Result<Option<(PackVersion, Vec<u8>)>>;
    /// Withdraws every version (`NotFound` for another organisation's pack).
    async fn withdraw_pack(&self, org: OrgId, pack_id: &str, now: DateTime<Utc>) -> Result<PackVersion>;
    /// A phone fetched a version's archive with `token`; `event_code` for a senior's token.
    async fn record_pack_fetch(
        &self,
        version_id: i64,
        token: &TokenHash,
        event_code: Option<&str>,
        city: &str,
        now: DateTime<Utc>,
    ) -> Result<()>;
    /// Where a pack went: phones in all, per city and per event.
    async fn pack_reach(&self, pack_id: &str) -> Result<PackReach>;
    /// The city of the event a code belongs to (open first, else the most recent).
    async fn city_of_code(&self, event_code: &str) -> Result<Option<String>>;
}
