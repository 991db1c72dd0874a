//! Why a pack is refused: one variant per reason, each with a stable `code()` (for the server's
//! 4xx body and, later, a translated sentence on the phone) and an English `Display` that names
//! the file and the limit.

use crate::lessons::Problem;

/// Every way reading, checking, verifying or installing a pack can fail.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PackError {
    // The archive as a whole.
    #[error("the archive is {size} bytes; a pack may be at most {limit} bytes")]
    ArchiveTooLarge { size: u64, limit: u64 },
    #[error("the archive has {count} entries; a pack may have at most {limit}")]
    TooManyFiles { count: usize, limit: usize },
    #[error("not a readable ZIP archive: {detail}")]
    NotAnArchive { detail: String },
    #[error("the pack has no pack.toml at its top")]
    MissingManifest,

    // One entry's path.
    #[error("{path:?}: an absolute path")]
    AbsolutePath { path: String },
    #[error("{path:?}: a path that climbs out with \"..\"")]
    ParentPath { path: String },
    #[error("{path:?}: a backslash in a path (use \"/\")")]
    Backslash { path: String },
    #[error("{path:?}: a drive letter in a path")]
    DriveLetter { path: String },
    #[error("{path:?}: a symbolic link")]
    Symlink { path: String },
    #[error("{path:?}: a folder outside the pack's layout")]
    DirectoryOutsideLayout { path: String },
    #[error("{path:?}: not a place for this file in a pack (see the pack layout)")]
    OutsideLayout { path: String },
    #[error("{path:?}: unknown file type (a pack holds .toml, .ftl, .svg, .png, .ogg and .wav)")]
    UnknownFileType { path: String },
    #[error("{path:?}: the bytes are not a {expected} file")]
    WrongContent { path: String, expected: &'static str },
    #[error("{path:?}: a name may use only a-z, 0-9, \"-\" and \"_\" (and start with a letter or digit)")]
    BadName { path: String },
    #[error("{path:?}: the same path twice")]
    DuplicatePath { path: String },

    // Sizes, from the headers and as actually decompressed.
    #[error("{path:?}: declares {size} bytes; one file may be at most {limit}")]
    DeclaredFileTooLarge { path: String, size: u64, limit: u64 },
    #[error("the files declare {size} bytes in all; a pack may unpack to at most {limit}")]
    DeclaredTotalTooLarge { size: u64, limit: u64 },
    #[error("{path:?}: unpacks to more than {limit} bytes; one file may be at most {limit}")]
    FileTooLarge { path: String, limit: u64 },
    #[error("{path:?}: the files unpack to more than {limit} bytes in all")]
    TotalTooLarge { path: String, limit: u64 },
    #[error("{path:?}: {compressed} compressed bytes unpack to more than {ratio} times as much (an archive bomb)")]
    BombLike { path: String, compressed: u64, ratio: u64 },
    #[error("{path:?}: encrypted entries are not allowed")]
    Encrypted { path: String },
    #[error("{path:?}: compression other than deflate or none")]
    UnsupportedCompression { path: String },
    #[error("{path:?}: damaged entry: {detail}")]
    DamagedEntry { path: String, detail: String },

    // The content checker's verdict.
    #[error("the lessons have problems:\n{}", lines(problems))]
    Content { problems: Vec<Problem> },

    // Keys, signature, statement.
    #[error("not a key: {detail}")]
    BadKey { detail: String },
    #[error("not a signed statement: {detail}")]
    BadStatement { detail: String },
    #[error("the signature does not match the campaign's key")]
    BadSignature,
    #[error("the archive's bytes are not the ones that were signed")]
    HashMismatch,
    #[error("the statement's {field} differs from the pack's pack.toml")]
    StatementMismatch { field: &'static str },
    #[error("the pack is valid only from {from}")]
    NotYetValid { from: chrono::NaiveDate },
    #[error("the pack expired after {until}")]
    Expired { until: chrono::NaiveDate },

    // The phone's disk.
    #[error("version {installed} of pack {pack_id:?} is installed; version {offered} is not newer")]
    NotNewer { pack_id: String, installed: u64, offered: u64 },
    #[error("{pack_id:?} is not a pack id")]
    BadPackId { pack_id: String },
    #[error("storage: {detail}")]
    Storage { detail: String },
}

fn lines(problems: &[Problem]) -> String {
    problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
}

impl PackError {
    /// A stable, kebab-case code for programs (the API's `error` field, a Fluent id suffix).
    pub fn code(&self) -> &'static str {
        match self {
            PackError::ArchiveTooLarge { .. } => "archive-too-large",
            PackError::TooManyFiles { .. } => "too-many-files",
            PackError::NotAnArchive { .. } => "not-an-archive",
            PackError::MissingManifest => "missing-manifest",
            PackError::AbsolutePath { .. } => "absolute-path",
            PackError::ParentPath { .. } => "parent-path",
            PackError::Backslash { .. } => "backslash",
            PackError::DriveLetter { .. } => "drive-letter",
            PackError::Symlink { .. } => "symlink",
            PackError::DirectoryOutsideLayout { .. } => "directory-outside-layout",
            PackError::OutsideLayout { .. } => "outside-layout",
            PackError::UnknownFileType { .. } => "unknown-file-type",
            PackError::WrongContent { .. } => "wrong-content",
            PackError::BadName { .. } => "bad-name",
            PackError::DuplicatePath { .. } => "duplicate-path",
            PackError::DeclaredFileTooLarge { .. } => "declared-file-too-large",
            PackError::DeclaredTotalTooLarge { .. } => "declared-total-too-large",
            PackError::FileTooLarge { .. } => "file-too-large",
            PackError::TotalTooLarge { .. } => "total-too-large",
            PackError::BombLike { .. } => "archive-bomb",
            PackError::Encrypted { .. } => "encrypted",
            PackError::UnsupportedCompression { .. } => "unsupported-compression",
            PackError::DamagedEntry { .. } => "damaged-entry",
            PackError::Content { .. } => "content-problems",
            PackError::BadKey { .. } => "bad-key",
            PackError::BadStatement { .. } => "bad-statement",
            PackError::BadSignature => "bad-signature",
            PackError::HashMismatch => "hash-mismatch",
            PackError::StatementMismatch { .. } => "statement-mismatch",
            PackError::NotYetValid { .. } => "not-yet-valid",
            PackError::Expired { .. } => "expired",
            PackError::NotNewer { .. } => "not-newer",
            PackError::BadPackId { .. } => "bad-pack-id",
            PackError::Storage { .. } => "storage",
        }
    }

    /// Whether the pack itself is at fault (the server answers 4xx; the phone refuses the pack
    /// for good) rather than the phone's disk (try again later).
    pub fn is_the_packs_fault(&self) -> bool {
        !matches!(self, PackError::Storage { .. })
    }

    /// The checker's problem lines, as `blue-vest check-content` prints them (empty for other
    /// errors).
    pub fn problem_lines(&self) -> Vec<String> {
        match self {
            PackError::Content { problems } => problems.iter().map(ToString::to_string).collect(),
            _ => Vec::new(),
        }
    }

    pub(crate) fn storage(what: &str, path: &std::path::Path, e: std::io::Error) -> PackError {
        PackError::Storage { detail: format!("{what} {}: {e}", path.display()) }
    }
}
