//! Platform back ends of the core's traits: where speech and audio go on each system. The
//! Android ones are plain JNI calls and plain Rust, so they compile and are tested or
//! type-checked on the desktop too; only `src/android.rs` constructs them.

pub mod android_java;
pub mod android_media;
pub mod android_tts;
pub mod android_voice;
#[cfg(not(target_os = "android"))]
pub mod rodio_out;
