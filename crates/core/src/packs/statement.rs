//! What the campaign signs for a pack: a `Statement` (which pack, which version, the SHA-256 of
//! the archive's exact bytes, the dates, the cities, the titles, when it was issued), as
//! canonical JSON (serde_json, fields in this struct's order, titles sorted), signed with
//! Ed25519 over a fixed prefix plus that JSON. The signature is checked on the JSON text as it
//! came, never on a re-serialisation; only then is it parsed.
//!
//! A phone can judge a pack by its statement (city, dates, version) before downloading the
//! archive; the archive's hash binds the two.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::error::PackError;
use super::keys::{hex, unhex};
use super::manifest::{Manifest, is_pack_id};

/// What a signature says about one version of one pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub pack_id: String,
    /// Counts up per pack id; a phone installs only a newer version.
    pub version: u64,
    /// Lowercase hex SHA-256 of the archive's bytes.
    pub sha256: String,
    pub valid_from: NaiveDate,
    /// The last day (inclusive).
    pub valid_until: NaiveDate,
    pub cities: Vec<String>,
    /// A title per locale.
    pub titles: BTreeMap<String, String>,
    pub issued_at: DateTime<Utc>,
}

/// A statement's canonical JSON and its signature, as stored beside an installed pack and as
/// the server hands it out (both fields are text, so it travels inside any JSON body).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignedStatement {
    /// The statement's canonical JSON, exactly the bytes signed (after the prefix).
    pub statement: String,
    /// Ed25519 signature, 128 hex characters.
    pub signature: String,
}

/// Signed before the JSON, so a signature over a statement can never pass for another message.
const SIGNING_PREFIX: &[u8] = b"blue-vest lesson pack statement v1\n";

/// The lowercase hex SHA-256 of some bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

impl Statement {
    /// The statement for one version of a checked pack: its manifest, and the archive's bytes
    /// as they will be served.
    pub fn for_archive(manifest: &Manifest, version: u64, archive: &[u8], issued_at: DateTime<Utc>) -> Statement {
        Statement {
            pack_id: manifest.id.clone(),
            version,
            sha256: sha256_hex(archive),
            valid_from: manifest.valid_from,
            valid_until: manifest.valid_until,
            cities: manifest.cities.clone(),
            titles: manifest.titles.clone(),
            issued_at,
        }
    }

    /// The canonical JSON: the fields in declaration order, no spaces.
    pub fn canonical_json(&self) -> String {
        serde_json::to_string(self).expect("a statement always serialises")
    }

    /// Whether the pack is shown on `today` (both ends inclusive).
    pub fn check_dates(&self, today: NaiveDate) -> Result<(), PackError> {
        if today < self.valid_from {
            return Err(PackError::NotYetValid { from: self.valid_from });
        }
        if today > self.valid_until {
            return Err(PackError::Expired { until: self.valid_until });
        }
        Ok(())
    }

    /// Whether the pack is meant for `city`.
    pub fn is_for_city(&self, city: &str) -> bool {
        self.cities.iter().any(|c| c == city)
    }

    /// The statement must say what the archive's own `pack.toml` says.
    pub fn check_manifest(&self, manifest: &Manifest) -> Result<(), PackError> {
        let field = if self.pack_id != manifest.id {
            "pack id"
        } else if self.valid_from != manifest.valid_from {
            "valid_from"
        } else if self.valid_until != manifest.valid_until {
            "valid_until"
        } else if self.cities != manifest.cities {
            "cities"
        } else if self.titles != manifest.titles {
            "titles"
        } else {
            return Ok(());
        };
        Err(PackError::StatementMismatch { field })
    }

    fn validate(&self) -> Result<(), String> {
        if !is_pack_id(&self.pack_id) {
            return Err(format!("{:?} is not a pack id", self.pack_id));
        }
        if self.sha256.len() != 64 || unhex(&self.sha256).is_none() {
            return Err("sha256 is not 64 lowercase hex characters".into());
        }
        if self.valid_until < self.valid_from {
            return Err("valid_until is before valid_from".into());
        }
        Ok(())
    }
}

impl SignedStatement {
    /// As stored in a file: the JSON of both fields.
    pub fn to_text(&self) -> String {
        serde_json::to_string_pretty(self).expect("a signed statement always serialises")
    }

    pub fn from_text(text: &str) -> Result<SignedStatement, PackError> {
        serde_json::from_str(text).map_err(|e| PackError::BadStatement { detail: e.to_string() })
    }
}

fn message(statement_json: &str) -> Vec<u8> {
    [SIGNING_PREFIX, statement_json.as_bytes()].concat()
}

/// Signs a statement (the server, with the campaign's key).
pub fn sign(statement: &Statement, key: &SigningKey) -> SignedStatement {
    let json = statement.canonical_json();
    let signature = key.sign(&message(&json));
    SignedStatement { statement: json, signature: hex(&signature.to_bytes()) }
}

/// Checks the signature over the statement's exact text, then parses it.
pub fn verify(signed: &SignedStatement, key: &VerifyingKey) -> Result<Statement, PackError> {
    let bytes = unhex(&signed.signature).ok_or(PackError::BadSignature)?;
    let bytes: [u8; 64] = bytes.try_into().map_err(|_| PackError::BadSignature)?;
    let signature = Signature::from_bytes(&bytes);
    key.verify_strict(&message(&signed.statement), &signature).map_err(|_| PackError::BadSignature)?;
    let statement: Statement =
        serde_json::from_str(&signed.statement).map_err(|e| PackError::BadStatement { detail: e.to_string() })?;
    statement.validate().map_err(|detail| PackError::BadStatement { detail })?;
    Ok(statement)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::packs::keys::generate_keypair;

    fn statement() -> Statement {
        Statement {
            pack_id: "fake-police".into(),
            version: 3,
            sha256: sha256_hex(b"archive"),
            valid_from: NaiveDate::from_ymd_opt(2025, 6, 1).unwrap(),
            valid_until: NaiveDate::from_ymd_opt(2025, 8, 31).unwrap(),
            cities: vec!["杭州".into(), "宁波".into()],
            titles: [("zh-CN".to_owned(), "假警察".to_owned()), ("en-US".to_owned(), "Fake police".to_owned())].into(),
            issued_at: DateTime::from_timestamp(1_748_736_000, 0).unwrap(),
        }
    }

    #[test]
    fn the_canonical_form_is_fixed() {
        let sha = sha256_hex(b"archive");
        assert_eq!(
            statement().canonical_json(),
            format!(
                r#"{{"pack_id":"fake-police","version":3,"sha256":"{sha}","valid_from":"2025-06-01","valid_until":"2025-08-31","cities":["杭州","宁波"],"titles":{{"en-US":"Fake police","zh-CN":"假警察"}},"issued_at":"2025-06-01T00:00:00Z"}}"#
            )
        );
    }

    #[test]
    fn a_signature_verifies_with_its_key_only() {
        let (signing, verifying) = generate_keypair();
        let signed = sign(&statement(), &signing);
        assert_eq!(verify(&signed, &verifying).unwrap(), statement());
        let text = signed.to_text();
        assert_eq!(verify(&SignedStatement::from_text(&text).unwrap(), &verifying).unwrap(), statement());

        let (_, other) = generate_keypair();
        assert_eq!(verify(&signed, &other), Err(PackError::BadSignature));
        let mut changed = signed.clone();
        changed.statement = changed.statement.replace("\"version\":3", "\"version\":4");
        assert_eq!(verify(&changed, &verifying), Err(PackError::BadSignature));
        let mut garbled = signed;
        garbled.signature = "00".into();
        assert_eq!(verify(&garbled, &verifying), Err(PackError::BadSignature));
    }

    #[test]
    fn dates_are_inclusive() {
        let s = statement();
        assert!(s.check_dates(s.valid_from).is_ok());
        assert!(s.check_dates(s.valid_until).is_ok());
        assert_eq!(s.check_dates(s.valid_from.pred_opt().unwrap()).unwrap_err().code(), "not-yet-valid");
        assert_eq!(s.check_dates(s.valid_until.succ_opt().unwrap()).unwrap_err().code(), "expired");
    }
}
