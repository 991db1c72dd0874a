//! Blue Vest's core: everything the app does, without a UI toolkit or a platform. Lessons
//! (load, check, run, review), the progress and attendance store, the attendance sync, the
//! voice chain, and `AppController`, which applies every senior action. The Slint views and
//! the platform entry points (desktop, Android) live in the `blue-vest` package around it; the
//! volunteer server uses the content checker and the lesson titles. See ARCHITECTURE.md.

pub mod app;
pub mod attendance;
pub mod i18n;
pub mod lessons;
pub mod navigation;
pub mod packs;
pub mod settings;
pub mod store;
pub mod texts;
pub mod tracks;
pub mod voice;
