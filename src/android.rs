//! The Android entry point: Slint's NativeActivity backend, the app's files in the internal
//! data path, the language from the configuration, the voice (recorded clips through
//! MediaPlayer, else TextToSpeech, both through JNI), the attendance sync worker with the rustls
//! HTTP transport, and the activity's life cycle. Every Android-only line is here; what it calls
//! (the `App` and its `AppHandle`, the speaker, the sync) is the same code the desktop build
//! tests. The system's Back key needs nothing here: Slint's backend delivers it to the window as
//! `Key::Back`, where `ui/app.slint` hands it to the controller (and leaves it to the system on
//! Home).

use std::cell::OnceCell;
use std::rc::Rc;

use blue_vest_core::app::{AppOptions, PACKS_FOLDER};
use blue_vest_core::attendance::http::LazyHttpTransport;
use blue_vest_core::settings::SystemLook;
use blue_vest_core::voice::clips::VoicePack;
use blue_vest_core::voice::speaker::AudioOut;
use slint::android::AndroidApp;
use slint::android::android_activity::ndk::configuration::UiModeNight;
use slint::android::android_activity::{MainEvent, PollEvent};

use crate::platform::android_java::AndroidJava;
use crate::platform::android_media::MediaPlayerOut;
use crate::platform::android_tts::AndroidTts;
use crate::platform::android_voice::ClipsThenSpeech;
use crate::ui::{App, AppHandle};

/// `UiModeManager.getContrast()` exists from Android 14.
const CONTRAST_API_LEVEL: i32 = 34;

#[unsafe(no_mangle)]
fn android_main(android: AndroidApp) {
    if let Err(e) = run(android) {
        log::error!("blue-vest: {e}");
    }
}

fn run(android: AndroidApp) -> Result<(), Box<dyn std::error::Error>> {
    let data_dir = android.internal_data_path().ok_or("no internal data path")?;
    let config = android.config();
    let system_locale = blue_vest_core::i18n::tag_from_parts(config.language().as_deref(), config.country().as_deref());

    // The activity's events arrive on the UI thread, in Slint's event loop; the app they go to
    // is made after the backend, so the listener finds it through this cell.
    let app_cell: Rc<OnceCell<AppHandle>> = Rc::default();
    // SAFETY: the activity glue has set up ndk_context before android_main runs.
    let java = match unsafe { AndroidJava::from_ndk_context() } {
        Ok(java) => Some(Rc::new(java)),
        Err(e) => {
            log::warn!("no Java context: {e}; no voice, no system contrast");
            None
        }
    };
    let listener = {
        let app_cell = app_cell.clone();
        let android = android.clone();
        let java = java.clone();
        move |event: &PollEvent<'_>| {
            let Some(app) = app_cell.get() else { return };
            match event {
                // Speech stops when the app leaves the screen; nothing else to save (the store
                // commits every change as it is made).
                PollEvent::Main(MainEvent::Pause) => app.pause(),
                // Back in front: nothing is said again unasked. The look is read again: the
                // contrast level (Android 14) can change in the system's settings meanwhile
                // without a configuration change.
                PollEvent::Main(MainEvent::Resume { .. }) => {
                    app.resume();
                    app.set_system_look(system_look(&android, java.as_deref()));
                }
                // The dark theme switched while the app runs (the manifest's configChanges keeps
                // the activity, and with it the screen, alive).
                PollEvent::Main(MainEvent::ConfigChanged { .. }) => {
                    app.set_system_look(system_look(&android, java.as_deref()));
                }
                _ => {}
            }
        }
    };
    slint::android::init_with_event_listener(android.clone(), listener)?;

    let speaker = {
        let tts = java.as_deref().and_then(|java| match AndroidTts::new(java) {
            Ok(tts) => Some(tts),
            Err(e) => {
                log::warn!("voice: no TextToSpeech: {e}");
                None
            }
        });
        let out = java.as_deref().map(|java| {
            let cache = java.cache_dir().unwrap_or_else(|e| {
                log::warn!("voice: no cache dir ({e}); clips go to the data dir");
                data_dir.join("cache")
            });
            (java.vm(), cache)
        });
        // Installed voice packs, as on the desktop: <data dir>/voice/<locale>/<message-id>.ogg|wav.
        // Lesson packs bring clips of their own lessons in their folders.
        let pack = VoicePack::new(Some(data_dir.join("voice"))).with_packs(data_dir.join(PACKS_FOLDER));
        ClipsThenSpeech::start(pack, tts, move || {
            out.map(|(vm, cache)| Box::new(MediaPlayerOut::new(vm, cache)) as Box<dyn AudioOut>)
        })
    };

    let options = AppOptions {
        data_dir,
        locale: None,
        text_scale: None,
        system_locale,
        system_look: system_look(&android, java.as_deref()),
        pack_key: None,
    };
    let app = App::with_speaker(&options, Box::new(speaker))?;
    let _ = app_cell.set(app.handle());
    // The HTTP client is built on the sync worker's thread, not before the first frame.
    app.start_sync(Box::new(LazyHttpTransport::default()));
    app.run()?;
    Ok(())
}

/// What the phone's display settings ask for: the dark theme (the configuration's night mode)
/// and, on Android 14 and later, the contrast level. The system's font scale needs nothing
/// here: Slint's backend passes it to the window as `rem`, which the theme multiplies by the
/// app's own text size.
fn system_look(android: &AndroidApp, java: Option<&AndroidJava>) -> SystemLook {
    let config = android.config();
    let contrast = match java {
        Some(java) if config.sdk_version() >= CONTRAST_API_LEVEL => {
            java.contrast_level().inspect_err(|e| log::warn!("cannot read the system contrast: {e}")).ok()
        }
        _ => None,
    };
    SystemLook { dark: config.ui_mode_night() == UiModeNight::Yes, contrast }
}
