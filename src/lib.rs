//! Blue Vest: phone and anti-fraud lessons for older people. The library holds the whole app so
//! the desktop binary and the Android library (`cdylib`) share it; see ARCHITECTURE.md.

pub mod app;
pub mod attendance;
pub mod i18n;
pub mod lessons;
pub mod navigation;
pub mod settings;
pub mod store;
pub mod tracks;
pub mod ui;
pub mod voice;

#[cfg(target_os = "android")]
mod android;
#[cfg(not(target_os = "android"))]
pub mod desktop;
