//! How big a pack may be. One value for the server's upload and the phone's install, so both
//! refuse the same archives; tests pass smaller ones.

/// The limits an archive is read under. Sizes in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The archive itself (the upload, the download).
    pub archive_bytes: u64,
    /// Entries in the archive, folders included.
    pub files: usize,
    /// One file, unpacked.
    pub file_bytes: u64,
    /// All files together, unpacked (what the pack takes on the phone's disk).
    pub total_bytes: u64,
    /// A file may unpack to at most this many times its compressed size …
    pub ratio: u64,
    /// … once it is larger than this (small text files compress well and are harmless).
    pub ratio_floor: u64,
}

const MIB: u64 = 1024 * 1024;

impl Default for Limits {
    fn default() -> Self {
        Limits {
            archive_bytes: 5 * MIB,
            files: 200,
            file_bytes: 8 * MIB,
            total_bytes: 20 * MIB,
            ratio: 100,
            ratio_floor: 256 * 1024,
        }
    }
}

impl Limits {
    /// The most a file of `compressed` bytes may unpack to before it counts as a bomb.
    pub(crate) fn ratio_cap(&self, compressed: u64) -> u64 {
        compressed.saturating_mul(self.ratio).max(self.ratio_floor)
    }
}
