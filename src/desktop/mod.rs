//! Desktop-only parts: the command line, the data directory, and headless rendering (for
//! `blue-vest screenshot`, the UI tests and the benchmarks).

pub mod cli;
pub mod headless;
pub mod scenes;

use std::path::PathBuf;

/// `~/.local/share/blue-vest` on Linux (the platform's data dir elsewhere).
pub fn default_data_dir() -> PathBuf {
    dirs::data_dir().unwrap_or_else(|| PathBuf::from(".")).join("blue-vest")
}

/// The desktop's locale tag (LC_ALL, LC_MESSAGES, LANG), if set.
pub fn system_locale_tag() -> Option<String> {
    ["LC_ALL", "LC_MESSAGES", "LANG"].iter().filter_map(|v| std::env::var(v).ok()).find(|v| !v.is_empty())
}
