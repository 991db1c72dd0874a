//! Platform back ends of the core's traits: where speech and audio go on each system.

pub mod android_tts;
#[cfg(not(target_os = "android"))]
pub mod rodio_out;
