//! The campaign's Ed25519 keys as text: lowercase hex, one key per file, `#` lines are notes.
//! The server keeps the signing key (`admin pack-key` in part 2); the app is built with the
//! public key in `assets/pack-key.pub` (`app_key`); tests make their own pair.

use ed25519_dalek::{SigningKey, VerifyingKey};

use super::error::PackError;

/// The public key built into the app.
const APP_KEY: &str = include_str!("../../../../assets/pack-key.pub");

/// The campaign's public key the app checks every pack against (`assets/pack-key.pub`).
pub fn app_key() -> VerifyingKey {
    // A test proves the shipped file parses.
    verifying_key_from_text(APP_KEY).expect("assets/pack-key.pub holds an Ed25519 public key")
}

/// A new key pair from the system's random source.
pub fn generate_keypair() -> (SigningKey, VerifyingKey) {
    let signing = SigningKey::generate(&mut rand::rngs::OsRng);
    let verifying = signing.verifying_key();
    (signing, verifying)
}

/// The public key as one line of hex (64 characters).
pub fn verifying_key_to_text(key: &VerifyingKey) -> String {
    hex(key.as_bytes())
}

/// The private key (its 32-byte seed) as one line of hex. Keep it off the repository.
pub fn signing_key_to_text(key: &SigningKey) -> String {
    hex(&key.to_bytes())
}

pub fn verifying_key_from_text(text: &str) -> Result<VerifyingKey, PackError> {
    let bytes = key_bytes(text)?;
    VerifyingKey::from_bytes(&bytes).map_err(|e| PackError::BadKey { detail: e.to_string() })
}

pub fn signing_key_from_text(text: &str) -> Result<SigningKey, PackError> {
    Ok(SigningKey::from_bytes(&key_bytes(text)?))
}

/// 32 bytes from hex text; blank lines and `#` notes are skipped.
fn key_bytes(text: &str) -> Result<[u8; 32], PackError> {
    let body: String =
        text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect::<Vec<_>>().concat();
    let bytes = unhex(&body).ok_or_else(|| PackError::BadKey { detail: "not hexadecimal".into() })?;
    bytes.try_into().map_err(|b: Vec<u8>| PackError::BadKey { detail: format!("{} bytes, not 32", b.len()) })
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub(crate) fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| {
            let pair = text.get(i..i + 2)?;
            if pair.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
                u8::from_str_radix(pair, 16).ok()
            } else {
                None
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_public_key_parses() {
        let key = app_key();
        assert_eq!(verifying_key_from_text(&verifying_key_to_text(&key)).unwrap(), key);
    }

    #[test]
    fn keys_round_trip_as_text_and_bad_text_is_refused() {
        let (signing, verifying) = generate_keypair();
        let text = format!("# a note\n{}\n", signing_key_to_text(&signing));
        assert_eq!(signing_key_from_text(&text).unwrap().verifying_key(), verifying);
        assert_eq!(verifying_key_from_text(&verifying_key_to_text(&verifying)).unwrap(), verifying);
        for bad in ["", "zz", "abc", &"AB".repeat(32), &"ab".repeat(31)] {
            assert_eq!(verifying_key_from_text(bad).unwrap_err().code(), "bad-key", "{bad:?}");
        }
    }
}
