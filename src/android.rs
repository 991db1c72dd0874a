//! The Android entry point: Slint's NativeActivity backend, the app's files in the internal
//! data path, the language from the configuration, speech through TextToSpeech (JNI), and the
//! attendance sync worker with the rustls HTTP transport. Every Android-only line is here; what
//! it calls (the `App`, the speaker, the sync) is the same code the desktop build tests.

use blue_vest_core::app::AppOptions;
use blue_vest_core::attendance::http::LazyHttpTransport;

use crate::platform::android_tts::{AndroidSpeaker, AndroidTts};
use crate::ui::App;

#[unsafe(no_mangle)]
fn android_main(android: slint::android::AndroidApp) {
    if let Err(e) = run(android) {
        log::error!("blue-vest: {e}");
    }
}

fn run(android: slint::android::AndroidApp) -> Result<(), Box<dyn std::error::Error>> {
    let data_dir = android.internal_data_path().ok_or("no internal data path")?;
    let config = android.config();
    let system_locale = blue_vest_core::i18n::tag_from_parts(config.language().as_deref(), config.country().as_deref());
    slint::android::init(android)?;
    // SAFETY: the activity glue has set up ndk_context before android_main runs.
    let tts = match unsafe { AndroidTts::from_ndk_context() } {
        Ok(tts) => Some(tts),
        Err(e) => {
            log::warn!("voice: no TextToSpeech: {e}");
            None
        }
    };
    let options = AppOptions { data_dir, locale: None, text_scale: None, system_locale };
    let app = App::with_speaker(&options, Box::new(AndroidSpeaker::new(tts)))?;
    // The HTTP client is built on the sync worker's thread, not before the first frame.
    app.start_sync(Box::new(LazyHttpTransport::default()));
    app.run()?;
    Ok(())
}
