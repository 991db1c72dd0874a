//! Installed packs on the phone's disk, one folder per pack version under `packs_dir`:
//!
//! ```text
//! <packs_dir>/<pack-id>@<version>/statement.json   the signed statement, as received
//! <packs_dir>/<pack-id>@<version>/pack.toml, lessons/, locales/, pictures/, voice/
//! <packs_dir>/.tmp-…/                               an install in progress (never read)
//! ```
//!
//! `install` checks everything in memory first (signature, the archive's hash, dates, the
//! archive's limits, the content checker), then writes the files into a temporary folder inside
//! `packs_dir`, flushes them, and renames the folder to `<pack-id>@<version>`: a version's
//! folder appears whole or not at all. Older versions are removed after that rename, so at
//! every moment a reader finds the old version or the new one. A failure before the rename
//! removes the temporary folder and leaves everything else as it was. One writer at a time
//! (the sync worker); readers (`installed`) may run meanwhile.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use ed25519_dalek::VerifyingKey;

use super::archive::read_archive;
use super::check::{PackCheck, check_pack, pack_content};
use super::error::PackError;
use super::files::PackFiles;
use super::limits::Limits;
use super::manifest::is_pack_id;
use super::statement::{SignedStatement, Statement, sha256_hex, verify};
use crate::lessons::Content;

/// The signed statement's file in an installed pack's folder.
pub const STATEMENT_FILE: &str = "statement.json";

/// Folders whose names start with this are work in progress or on their way out.
const HIDDEN: char = '.';

/// One installed, verified and currently valid pack version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstalledPack {
    pub statement: Statement,
    /// As received, for showing the server what the phone has.
    pub signed: SignedStatement,
    /// The pack's folder: `pack.toml`, `lessons/`, `locales/`, `pictures/`, `voice/`.
    pub dir: PathBuf,
}

impl InstalledPack {
    /// The pack's files, read back under the same path and size rules as an archive.
    pub fn files(&self) -> Result<PackFiles, PackError> {
        PackFiles::from_dir(&self.dir, &[STATEMENT_FILE], &Limits::default())
    }

    /// The content checker's input for the pack's lessons (see `pack_content`).
    pub fn content(&self) -> Result<Content, PackError> {
        Ok(pack_content(&self.files()?))
    }

    /// The pack's lessons, checked again against this app's labels and rules (an app update
    /// may have changed them since the pack was installed): use `lessons` only if `is_ok()`.
    pub fn load(&self) -> Result<PackCheck, PackError> {
        Ok(check_pack(&self.files()?))
    }

    /// Where a picture a lesson names (`pictures/x.svg`) is on disk.
    pub fn picture_path(&self, picture: &str) -> PathBuf {
        self.dir.join(picture)
    }

    /// The pack's recorded clips, laid out like the voice chain's `voice/<locale>/<id>.ogg|wav`.
    pub fn voice_dir(&self) -> PathBuf {
        self.dir.join("voice")
    }
}

/// Verifies a pack and installs it (see the module's note). Installing the version already
/// there is a no-op; an older version is refused.
pub fn install(
    packs_dir: &Path,
    signed: &SignedStatement,
    archive: &[u8],
    key: &VerifyingKey,
    today: NaiveDate,
) -> Result<InstalledPack, PackError> {
    install_with(packs_dir, signed, archive, key, today, &Limits::default(), &|_| Ok(()))
}

/// Points in `install` where a test can make it fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stage {
    /// Every file is written and flushed in the temporary folder; the rename is next.
    BeforeRename,
}

pub(crate) fn install_with(
    packs_dir: &Path,
    signed: &SignedStatement,
    archive: &[u8],
    key: &VerifyingKey,
    today: NaiveDate,
    limits: &Limits,
    fail_at: &dyn Fn(Stage) -> std::io::Result<()>,
) -> Result<InstalledPack, PackError> {
    let statement = verify(signed, key)?;
    if sha256_hex(archive) != statement.sha256 {
        return Err(PackError::HashMismatch);
    }
    statement.check_dates(today)?;
    let files = read_archive(archive, limits)?;
    let check = check_pack(&files);
    if !check.problems.is_empty() {
        return Err(PackError::Content { problems: check.problems });
    }
    let manifest = check.manifest.as_ref().ok_or(PackError::MissingManifest)?;
    statement.check_manifest(manifest)?;

    let versions = versions_on_disk(packs_dir, &statement.pack_id)?;
    let target = packs_dir.join(folder_name(&statement.pack_id, statement.version));
    let mut stale = Vec::new();
    for (version, dir) in versions {
        match read_installed(&dir, key) {
            Ok(there) if version == statement.version && there.statement.sha256 == statement.sha256 => {
                return Ok(there);
            }
            Ok(_) if version >= statement.version => {
                return Err(PackError::NotNewer {
                    pack_id: statement.pack_id,
                    installed: version,
                    offered: statement.version,
                });
            }
            // Older versions, and folders that no longer verify, go once the new one is in.
            _ => stale.push(dir),
        }
    }

    fs::create_dir_all(packs_dir).map_err(|e| PackError::storage("creating", packs_dir, e))?;
    remove_leftovers(packs_dir);
    let mut temp = TempDir::new(packs_dir, &statement.pack_id)?;
    write_pack(&temp.path, &files, signed)?;
    fail_at(Stage::BeforeRename).map_err(|e| PackError::storage("installing into", &temp.path, e))?;
    // A folder of the same version that did not verify is in the way of the rename.
    if target.exists() {
        discard(packs_dir, &target).map_err(|e| PackError::storage("removing", &target, e))?;
    }
    fs::rename(&temp.path, &target).map_err(|e| PackError::storage("renaming into", &target, e))?;
    temp.renamed = true;
    sync_dir(packs_dir);
    for dir in stale.iter().filter(|d| **d != target) {
        if let Err(e) = discard(packs_dir, dir) {
            log::warn!("could not remove the old pack folder {}: {e}", dir.display());
        }
    }
    Ok(InstalledPack { statement, signed: signed.clone(), dir: target })
}

/// The installed packs that verify with `key` and are valid on `today`, the newest version of
/// each, sorted by pack id. Expired ones are skipped, not deleted (see `remove`).
pub fn installed(packs_dir: &Path, key: &VerifyingKey, today: NaiveDate) -> Vec<InstalledPack> {
    let Ok(entries) = fs::read_dir(packs_dir) else { return Vec::new() };
    let mut newest: std::collections::BTreeMap<String, InstalledPack> = Default::default();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some((pack_id, version)) = parse_folder_name(&name) else { continue };
        let pack = match read_installed(&entry.path(), key) {
            Ok(pack) => pack,
            Err(e) => {
                log::warn!("installed pack {name} is skipped: {e}");
                continue;
            }
        };
        if pack.statement.pack_id != pack_id || pack.statement.version != version {
            log::warn!("installed pack {name} holds the statement of another pack or version");
            continue;
        }
        if pack.statement.check_dates(today).is_err() {
            continue;
        }
        if newest.get(pack_id).is_none_or(|p| p.statement.version < version) {
            newest.insert(pack_id.to_owned(), pack);
        }
    }
    newest.into_values().collect()
}

/// Removes every installed pack version whose last day has passed (or whose statement no
/// longer verifies), returning the pack ids removed. A pack not valid yet stays.
pub fn remove_expired(packs_dir: &Path, key: &VerifyingKey, today: NaiveDate) -> Vec<String> {
    let Ok(entries) = fs::read_dir(packs_dir) else { return Vec::new() };
    let mut removed = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some((pack_id, _)) = parse_folder_name(&name) else { continue };
        let gone = match read_installed(&entry.path(), key) {
            Ok(pack) => pack.statement.valid_until < today,
            Err(e) => e.is_the_packs_fault(),
        };
        if gone {
            match discard(packs_dir, &entry.path()) {
                Ok(()) => removed.push(pack_id.to_owned()),
                Err(e) => log::warn!("could not remove the expired pack {name}: {e}"),
            }
        }
    }
    removed.sort();
    removed.dedup();
    removed
}

/// Removes every installed version of a pack (a withdrawal). Whether there was one.
pub fn remove(packs_dir: &Path, pack_id: &str) -> Result<bool, PackError> {
    if !is_pack_id(pack_id) {
        return Err(PackError::BadPackId { pack_id: pack_id.to_owned() });
    }
    let versions = versions_on_disk(packs_dir, pack_id)?;
    for (_, dir) in &versions {
        discard(packs_dir, dir).map_err(|e| PackError::storage("removing", dir, e))?;
    }
    Ok(!versions.is_empty())
}

fn folder_name(pack_id: &str, version: u64) -> String {
    format!("{pack_id}@{version}")
}

fn parse_folder_name(name: &str) -> Option<(&str, u64)> {
    let (pack_id, version) = name.split_once('@')?;
    let version: u64 = version.parse().ok()?;
    (is_pack_id(pack_id) && folder_name(pack_id, version) == name).then_some((pack_id, version))
}

/// The folders of one pack's versions, whatever their state.
fn versions_on_disk(packs_dir: &Path, pack_id: &str) -> Result<Vec<(u64, PathBuf)>, PackError> {
    let entries = match fs::read_dir(packs_dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(PackError::storage("reading", packs_dir, e)),
    };
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| PackError::storage("reading", packs_dir, e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some((id, version)) = parse_folder_name(&name)
            && id == pack_id
        {
            out.push((version, entry.path()));
        }
    }
    out.sort();
    Ok(out)
}

fn read_installed(dir: &Path, key: &VerifyingKey) -> Result<InstalledPack, PackError> {
    let path = dir.join(STATEMENT_FILE);
    let text = fs::read_to_string(&path).map_err(|e| PackError::storage("reading", &path, e))?;
    let signed = SignedStatement::from_text(&text)?;
    let statement = verify(&signed, key)?;
    Ok(InstalledPack { statement, signed, dir: dir.to_owned() })
}

fn write_pack(dir: &Path, files: &PackFiles, signed: &SignedStatement) -> Result<(), PackError> {
    let write = |path: &Path, bytes: &[u8]| -> std::io::Result<()> {
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        let mut file = fs::File::create_new(path)?;
        file.write_all(bytes)?;
        file.sync_all()
    };
    // Paths passed the layout's rules: relative, no `..`, known places only.
    for (path, _, bytes) in files.iter() {
        let target = dir.join(path);
        write(&target, bytes).map_err(|e| PackError::storage("writing", &target, e))?;
    }
    let target = dir.join(STATEMENT_FILE);
    write(&target, signed.to_text().as_bytes()).map_err(|e| PackError::storage("writing", &target, e))?;
    for sub in ["lessons", "pictures", "voice", "locales", ""] {
        sync_dir(&dir.join(sub));
    }
    Ok(())
}

/// Moves a folder out of sight (a hidden name), then deletes it: a half-deleted folder is never
/// taken for a pack.
fn discard(packs_dir: &Path, dir: &Path) -> std::io::Result<()> {
    let trash = packs_dir.join(format!("{HIDDEN}trash-{:016x}", rand::random::<u64>()));
    fs::rename(dir, &trash)?;
    fs::remove_dir_all(&trash)
}

/// Temporary and trash folders left by an install or removal that was cut short (the app was
/// killed): only the one writer runs, so none of them is in use.
fn remove_leftovers(packs_dir: &Path) {
    let Ok(entries) = fs::read_dir(packs_dir) else { return };
    for entry in entries.flatten() {
        if entry.file_name().to_string_lossy().starts_with(HIDDEN)
            && entry.path().is_dir()
            && let Err(e) = fs::remove_dir_all(entry.path())
        {
            log::warn!("could not remove {}: {e}", entry.path().display());
        }
    }
}

/// A folder's entries reach the disk (where the platform can open a folder for it).
fn sync_dir(dir: &Path) {
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

/// The install's temporary folder, removed on drop unless it was renamed into place.
struct TempDir {
    path: PathBuf,
    renamed: bool,
}

impl TempDir {
    fn new(packs_dir: &Path, pack_id: &str) -> Result<TempDir, PackError> {
        let path = packs_dir.join(format!("{HIDDEN}tmp-{pack_id}-{:016x}", rand::random::<u64>()));
        fs::create_dir(&path).map_err(|e| PackError::storage("creating", &path, e))?;
        Ok(TempDir { path, renamed: false })
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        if !self.renamed
            && let Err(e) = fs::remove_dir_all(&self.path)
        {
            log::warn!("could not remove {}: {e}", self.path.display());
        }
    }
}
