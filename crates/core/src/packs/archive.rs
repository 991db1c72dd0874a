//! Reading a pack's ZIP archive into memory under `Limits`, refusing anything unsafe with its
//! own `PackError`. Two passes: first every header (paths, types, declared sizes, duplicates),
//! so a bad archive is refused before anything is decompressed; then each file, counting the
//! bytes that really come out of the decompressor (never trusting the headers). Nothing touches
//! the disk. Writing an archive (`write_archive`) is here too, for tools and tests.

use std::collections::BTreeMap;
use std::io::{Cursor, Read, Write};

use zip::CompressionMethod;
use zip::ZipArchive;
use zip::write::SimpleFileOptions;

use super::error::PackError;
use super::files::PackFiles;
use super::layout::{self, Entry, PackPath};
use super::limits::Limits;

/// Reads and checks an archive's files. The content is not checked here (see `check_pack`).
pub fn read_archive(bytes: &[u8], limits: &Limits) -> Result<PackFiles, PackError> {
    let size = bytes.len() as u64;
    if size > limits.archive_bytes {
        return Err(PackError::ArchiveTooLarge { size, limit: limits.archive_bytes });
    }
    let mut zip = ZipArchive::new(Cursor::new(bytes)).map_err(|e| PackError::NotAnArchive { detail: e.to_string() })?;
    if zip.len() > limits.files {
        return Err(PackError::TooManyFiles { count: zip.len(), limit: limits.files });
    }
    if zip.has_duplicate_names() {
        return Err(PackError::DuplicatePath { path: "(a name given twice in the archive's directory)".into() });
    }

    // Pass 1: headers only.
    struct Planned {
        index: usize,
        path: String,
        kind: PackPath,
        declared: u64,
        compressed: u64,
    }
    let mut planned: Vec<Planned> = Vec::new();
    let mut folded: BTreeMap<String, ()> = BTreeMap::new();
    let mut declared_total: u64 = 0;
    for index in 0..zip.len() {
        let entry = zip.by_index_raw(index).map_err(|e| PackError::NotAnArchive { detail: e.to_string() })?;
        let path = String::from_utf8_lossy(entry.name_raw()).into_owned();
        if entry.is_symlink() {
            return Err(PackError::Symlink { path });
        }
        let Entry::File(kind) = layout::classify(&path, entry.is_dir())? else { continue };
        if entry.encrypted() {
            return Err(PackError::Encrypted { path });
        }
        if !matches!(entry.compression(), CompressionMethod::Stored | CompressionMethod::Deflated) {
            return Err(PackError::UnsupportedCompression { path });
        }
        // Locale folders keep their case (`zh-CN`); two spellings would meet on some disks.
        if folded.insert(path.to_ascii_lowercase(), ()).is_some() {
            return Err(PackError::DuplicatePath { path });
        }
        let (declared, compressed) = (entry.size(), entry.compressed_size());
        if declared > limits.ratio_cap(compressed) {
            return Err(PackError::BombLike { path, compressed, ratio: limits.ratio });
        }
        if declared > limits.file_bytes {
            return Err(PackError::DeclaredFileTooLarge { path, size: declared, limit: limits.file_bytes });
        }
        declared_total = declared_total.saturating_add(declared);
        if declared_total > limits.total_bytes {
            return Err(PackError::DeclaredTotalTooLarge { size: declared_total, limit: limits.total_bytes });
        }
        planned.push(Planned { index, path, kind, declared, compressed });
    }
    if !planned.iter().any(|p| p.kind == PackPath::Manifest) {
        return Err(PackError::MissingManifest);
    }

    // Pass 2: the bytes, decompressed here (the zip crate hands over the raw entry) and
    // counted as they come out, whatever the headers said.
    let mut files = PackFiles::default();
    let mut total: u64 = 0;
    for p in planned {
        let damaged =
            |e: &dyn std::fmt::Display| PackError::DamagedEntry { path: p.path.clone(), detail: e.to_string() };
        let entry = zip.by_index_raw(p.index).map_err(|e| damaged(&e))?;
        let crc = entry.crc32();
        let raw: Box<dyn Read + '_> = match entry.compression() {
            CompressionMethod::Deflated => Box::new(flate2::read::DeflateDecoder::new(entry)),
            _ => Box::new(entry),
        };
        let total_left = limits.total_bytes - total;
        let ratio_cap = limits.ratio_cap(p.compressed);
        let cap = limits.file_bytes.min(total_left).min(ratio_cap);
        let mut data = Vec::with_capacity(p.declared.min(cap) as usize);
        raw.take(cap.saturating_add(1)).read_to_end(&mut data).map_err(|e| damaged(&e))?;
        let got = data.len() as u64;
        if got > cap {
            return Err(if cap == ratio_cap {
                PackError::BombLike { path: p.path, compressed: p.compressed, ratio: limits.ratio }
            } else if cap == limits.file_bytes {
                PackError::FileTooLarge { path: p.path, limit: limits.file_bytes }
            } else {
                PackError::TotalTooLarge { path: p.path, limit: limits.total_bytes }
            });
        }
        if got != p.declared {
            return Err(damaged(&format!("unpacks to {got} bytes, its header says {}", p.declared)));
        }
        if crc32fast::hash(&data) != crc {
            return Err(damaged(&"its checksum does not match"));
        }
        if let Some(expected) = layout::content_mismatch(&p.kind, &data) {
            return Err(PackError::WrongContent { path: p.path, expected });
        }
        total += got;
        files.insert(p.path, p.kind, data);
    }
    Ok(files)
}

/// Writes files into a ZIP archive (deflate), in path order. For authoring tools and tests; the
/// server keeps the uploaded bytes as they are, since the signature covers them.
pub fn write_archive(files: &PackFiles) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for (path, _, bytes) in files.iter() {
        // Writing into memory cannot fail but for a broken invariant of the zip crate.
        zip.start_file(path, options).expect("start a file in memory");
        zip.write_all(bytes).expect("write into memory");
    }
    zip.finish().expect("finish in memory").into_inner()
}
