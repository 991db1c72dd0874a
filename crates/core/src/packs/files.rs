//! `PackFiles`: a pack's files in memory, each with its place in the layout — what reading an
//! archive gives, what the checker takes, what installing writes, and what an installed pack's
//! folder reads back as.

use std::collections::BTreeMap;
use std::path::Path;

use super::error::PackError;
use super::layout::{self, Entry, PackPath};
use super::limits::Limits;

/// A pack's files by path (`pictures/x.svg`), each checked against the layout.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PackFiles {
    files: BTreeMap<String, (PackPath, Vec<u8>)>,
}

impl PackFiles {
    /// Files from `(path, bytes)` pairs, with the layout's path rules (no size limits). For
    /// tools and tests that build a pack; an archive from outside goes through `read_archive`.
    pub fn from_files<P: Into<String>, B: Into<Vec<u8>>>(
        files: impl IntoIterator<Item = (P, B)>,
    ) -> Result<PackFiles, PackError> {
        let mut out = PackFiles::default();
        for (path, bytes) in files {
            let path = path.into();
            match layout::classify(&path, false)? {
                Entry::File(kind) if out.get(&path).is_none() => out.insert(path, kind, bytes.into()),
                Entry::File(_) => return Err(PackError::DuplicatePath { path }),
                Entry::Dir => {}
            }
        }
        Ok(out)
    }

    /// An installed pack's folder read back: every file under `dir` but `skip` (the stored
    /// statement), with the same path and size rules as an archive.
    pub fn from_dir(dir: &Path, skip: &[&str], limits: &Limits) -> Result<PackFiles, PackError> {
        let mut out = PackFiles::default();
        let mut total: u64 = 0;
        let mut stack = vec![dir.to_owned()];
        while let Some(d) = stack.pop() {
            let entries = std::fs::read_dir(&d).map_err(|e| PackError::storage("reading", &d, e))?;
            for entry in entries {
                let entry = entry.map_err(|e| PackError::storage("reading", &d, e))?;
                let file = entry.path();
                let rel = file.strip_prefix(dir).unwrap_or(&file).to_string_lossy().replace('\\', "/");
                let kind = entry.file_type().map_err(|e| PackError::storage("reading", &file, e))?;
                if kind.is_symlink() {
                    return Err(PackError::Symlink { path: rel });
                }
                if kind.is_dir() {
                    layout::classify(&rel, true)?;
                    stack.push(file);
                    continue;
                }
                if skip.contains(&rel.as_str()) {
                    continue;
                }
                let Entry::File(kind) = layout::classify(&rel, false)? else { continue };
                if out.files.len() >= limits.files {
                    return Err(PackError::TooManyFiles { count: out.files.len() + 1, limit: limits.files });
                }
                let bytes = std::fs::read(&file).map_err(|e| PackError::storage("reading", &file, e))?;
                let size = bytes.len() as u64;
                if size > limits.file_bytes {
                    return Err(PackError::FileTooLarge { path: rel, limit: limits.file_bytes });
                }
                total += size;
                if total > limits.total_bytes {
                    return Err(PackError::TotalTooLarge { path: rel, limit: limits.total_bytes });
                }
                out.insert(rel, kind, bytes);
            }
        }
        Ok(out)
    }

    pub(crate) fn insert(&mut self, path: String, kind: PackPath, bytes: Vec<u8>) {
        self.files.insert(path, (kind, bytes));
    }

    /// The bytes of the file at `path`, if the pack has it.
    pub fn get(&self, path: &str) -> Option<&[u8]> {
        self.files.get(path).map(|(_, b)| b.as_slice())
    }

    /// Every file, in path order: `(path, what it is, bytes)`.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &PackPath, &[u8])> {
        self.files.iter().map(|(p, (k, b))| (p.as_str(), k, b.as_slice()))
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The bytes all files take, unpacked.
    pub fn total_bytes(&self) -> u64 {
        self.files.values().map(|(_, b)| b.len() as u64).sum()
    }
}
