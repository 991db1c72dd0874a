//! The headless UI tests, in one binary (Slint is linked once): the real app driven through
//! accessible labels with Slint's testing backend and software renderer, plus the desktop
//! binary's own commands.

mod attendance;
mod cli;
mod common;
mod home;
mod lesson;
mod prompts;
mod shell;
mod system;
mod theme;
mod voice;

#[path = "../../crates/core/tests/common/server.rs"]
mod server;
#[path = "../../crates/core/tests/common/voice.rs"]
mod voice_helpers;
