//! Lesson packs: a few fresh lessons (a scam going around) that the volunteer server signs and
//! phones install at an event, beside the bundled lessons, never touching them. This module is
//! the part that needs neither server nor UI: the archive format and its limits, the content
//! check, the signed statement, and installation on the phone's disk.
//!
//! ## The pack
//!
//! A ZIP archive (stored or deflate entries only) laid out as in `layout`: `pack.toml` (see
//! `manifest`), `lessons/<id>.toml`, `locales/<locale>/lessons/<id>.ftl`, `pictures/<name>.svg|png`
//! and optional `voice/<locale>/<message-id>.ogg|wav`. Its lessons, messages and terms are
//! named `<pack id>--…` (a pack id has no `--`), so they never meet the app's or another pack's.
//!
//! ## What part 2 calls
//!
//! - **Server, upload:** `read_archive(bytes, &Limits::default())` — `Err(e)` is a 4xx with
//!   `e.code()` and `e.to_string()`; then `check_pack(&files)` — `lines()` are the checker's
//!   problem lines (as `blue-vest check-content` prints them); accept only when `is_ok()`.
//! - **Server, signing:** `generate_keypair()` and `signing_key_to_text` for `admin pack-key`
//!   (`verifying_key_to_text` goes into `assets/pack-key.pub`); for each accepted version
//!   `Statement::for_archive(manifest, version, bytes, now)` and `sign(&statement, &key)`. Serve
//!   the `SignedStatement` (two text fields, serde) and the archive's bytes unchanged.
//! - **Phone, sync:** for each listed `SignedStatement`, `verify(&signed, &app_key())` gives the
//!   `Statement` (city, dates, version) to decide on before downloading; then
//!   `install(packs_dir, &signed, &bytes, &app_key(), today)`. `PackError::is_the_packs_fault`
//!   tells a refused pack (report it, don't retry) from a disk problem (retry). A withdrawal is
//!   `remove(packs_dir, pack_id)`.
//! - **Phone, start and after a sync:** `installed(packs_dir, &app_key(), today)` lists the valid
//!   packs; each `InstalledPack` has its `statement` (titles for the "new this week" card),
//!   `load()` (the lessons re-checked against this app version, and `files()` / `content()` for
//!   the Fluent sources to add to the localizer), `picture_path(…)` and `voice_dir()` (laid out
//!   like the voice chain's clip folder).
//!
//! - **Phone, sync:** `sync_packs(packs_dir, &source, &app_key(), today)` does the above for
//!   every pack the server lists and removes the withdrawn and expired ones. The app's sync
//!   worker calls it through `ServerPacks` (the attendance transport, with the volunteer's token
//!   or a senior token), see `attendance::packs`.
//!
//! Nothing here reads a clock or a random source except key generation and temporary names:
//! `today` and `issued_at` are passed in.

mod archive;
mod check;
mod error;
mod files;
mod install;
mod keys;
pub mod layout;
mod limits;
mod manifest;
mod statement;
mod sync;

#[cfg(test)]
pub(crate) mod tests;

pub use archive::{read_archive, write_archive};
pub use check::{PackCheck, app_locales, check_pack, pack_content};
pub use ed25519_dalek::{SigningKey, VerifyingKey};
pub use error::PackError;
pub use files::PackFiles;
pub use install::{InstalledPack, STATEMENT_FILE, install, installed, remove, remove_expired};
pub use keys::{
    app_key, generate_keypair, signing_key_from_text, signing_key_to_text, verifying_key_from_text,
    verifying_key_to_text,
};
pub use limits::Limits;
pub use manifest::{Manifest, is_pack_id, pack_of, parse_manifest};
pub use statement::{SignedStatement, Statement, sha256_hex, sign, verify};
pub use sync::{PackSource, PackSyncReport, ServerPacks, sync_packs};
