//! Blue Vest's app: the Slint views and their adapters (`ui`), the platform's parts (`platform`:
//! the desktop's sound card, Android's TextToSpeech), the desktop command line (`desktop`) and
//! the Android entry point. Everything else — lessons, the store, the sync, the voice chain, the
//! controller — is `blue-vest-core`. The crate is `lib + cdylib + bin` so the desktop binary and
//! the Android library share it; see ARCHITECTURE.md.

pub use blue_vest_core as core;

pub mod platform;
pub mod ui;

#[cfg(target_os = "android")]
mod android;
#[cfg(not(target_os = "android"))]
pub mod desktop;
