//! The headless UI tests, in one binary (Slint is linked once): the real app driven through
//! accessible labels with Slint's testing backend and software renderer, plus the desktop
//! binary's own commands.

mod attendance;
mod browser;
mod cli;
mod common;
mod home;
mod lesson;
mod packs;
mod prompts;
mod shell;
mod system;
mod theme;
mod voice;

#[path = "../../crates/core/tests/common/packs.rs"]
mod pack_helpers;
#[path = "../../crates/core/tests/common/server.rs"]
mod server;
#[path = "../../crates/core/tests/common/voice.rs"]
mod voice_helpers;
