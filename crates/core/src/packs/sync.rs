//! The phone's half of a pack sync: ask the server what packs there are for the phone's city,
//! fetch those it does not have, verify each (signature, the archive's hash, the limits, the
//! content checker) and install it atomically; remove the withdrawn ones. A pack that fails a
//! check is refused and reported, never retried in the same sync; the bundled lessons are never
//! touched (packs live in their own folder).

use std::path::Path;

use blue_vest_protocol::{PackList, PackSignature};
use chrono::NaiveDate;
use ed25519_dalek::VerifyingKey;

use super::error::PackError;
use super::install::{install, installed, remove, remove_expired};
use super::limits::Limits;
use super::statement::{SignedStatement, verify};
use crate::attendance::transport::{Transport, TransportError};

/// What a pack sync needs from the server.
pub trait PackSource {
    /// `GET /api/v1/packs`: the packs for the phone's city today, and the withdrawn ones.
    fn list(&self) -> Result<PackList, TransportError>;
    /// One archive by the path the list gave, refused past `max_bytes`.
    fn archive(&self, path: &str, max_bytes: u64) -> Result<Vec<u8>, TransportError>;
}

/// The packs of one server, asked with one token (a volunteer's or a senior's) through the
/// sync's own transport.
pub struct ServerPacks<'a> {
    pub transport: &'a dyn Transport,
    pub server: &'a str,
    pub token: &'a str,
    /// This phone's random id (`Store::phone_id`).
    pub phone: &'a str,
}

impl PackSource for ServerPacks<'_> {
    fn list(&self) -> Result<PackList, TransportError> {
        self.transport.packs(self.server, self.token)
    }

    fn archive(&self, path: &str, max_bytes: u64) -> Result<Vec<u8>, TransportError> {
        self.transport.pack_archive(self.server, self.token, self.phone, path, max_bytes)
    }
}

/// What one pack sync did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PackSyncReport {
    /// Newly installed: (pack id, version).
    pub installed: Vec<(String, u64)>,
    /// Offered and already installed.
    pub unchanged: Vec<String>,
    /// Withdrawn and expired packs removed from the phone.
    pub removed: Vec<String>,
    /// Packs that failed a check: reported, not installed.
    pub refused: Vec<(String, PackError)>,
    /// Packs that could not be fetched or written this time (try again at the next sync).
    pub later: Vec<(String, String)>,
}

impl PackSyncReport {
    /// Whether the phone's packs changed (the app reloads its pack lessons).
    pub fn changed(&self) -> bool {
        !self.installed.is_empty() || !self.removed.is_empty()
    }
}

fn signed(s: &PackSignature) -> SignedStatement {
    SignedStatement { statement: s.statement.clone(), signature: s.signature.clone() }
}

/// One pack sync into `packs_dir` (see the module's note). `Err` only when the list itself
/// could not be had.
pub fn sync_packs(
    packs_dir: &Path,
    source: &dyn PackSource,
    key: &VerifyingKey,
    today: NaiveDate,
) -> Result<PackSyncReport, TransportError> {
    let mut report = PackSyncReport { removed: remove_expired(packs_dir, key, today), ..Default::default() };
    let list = source.list()?;
    for pack_id in &list.withdrawn {
        match remove(packs_dir, pack_id) {
            Ok(true) => report.removed.push(pack_id.clone()),
            Ok(false) => {}
            Err(e) if e.is_the_packs_fault() => report.refused.push((pack_id.clone(), e)),
            Err(e) => report.later.push((pack_id.clone(), e.to_string())),
        }
    }
    let have = installed(packs_dir, key, today);
    for offer in &list.packs {
        let statement = match verify(&signed(&offer.signed), key) {
            Ok(s) if s.pack_id == offer.pack_id && s.version == offer.version => s,
            Ok(_) => {
                let e = PackError::BadStatement { detail: "the list and the signed statement disagree".into() };
                report.refused.push((offer.pack_id.clone(), e));
                continue;
            }
            Err(e) => {
                report.refused.push((offer.pack_id.clone(), e));
                continue;
            }
        };
        if have.iter().any(|p| p.statement.pack_id == statement.pack_id && p.statement.version >= statement.version) {
            report.unchanged.push(statement.pack_id);
            continue;
        }
        let bytes = match source.archive(&offer.archive, Limits::default().archive_bytes) {
            Ok(bytes) => bytes,
            Err(TransportError::Refused { status: 413, message, .. }) => {
                let e = PackError::NotAnArchive { detail: message };
                report.refused.push((statement.pack_id, e));
                continue;
            }
            Err(e) => {
                report.later.push((statement.pack_id, e.to_string()));
                continue;
            }
        };
        match install(packs_dir, &signed(&offer.signed), &bytes, key, today) {
            Ok(pack) => report.installed.push((pack.statement.pack_id, pack.statement.version)),
            Err(e) if e.is_the_packs_fault() => report.refused.push((statement.pack_id, e)),
            Err(e) => report.later.push((statement.pack_id, e.to_string())),
        }
    }
    Ok(report)
}
