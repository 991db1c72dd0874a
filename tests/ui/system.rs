//! What the platform sends the app outside its own controls, as Android delivers it: the
//! system's Back key (Slint's Android backend dispatches it as a `Key::Back` press and release),
//! pause and resume, and the system's dark theme or contrast. `src/android.rs` only maps the
//! platform's events onto these same calls.

use std::sync::{Arc, Mutex};

use crate::common::*;
use blue_vest::ui::{App, NavAdapter, Screen, Theme};
use blue_vest_core::app::AppOptions;
use blue_vest_core::settings::SystemLook;
use blue_vest_core::voice::{Speaker, Utterance};
use slint::ComponentHandle;
use slint::platform::{Key, PointerEventButton, WindowEvent};

/// Records what the app asked the voice to do.
#[derive(Clone, Default)]
struct Voice(Arc<Mutex<Vec<String>>>);

impl Speaker for Voice {
    fn speak_all(&mut self, utterances: Vec<Utterance>) {
        self.0.lock().unwrap().extend(utterances.into_iter().map(|u| u.message_id));
    }
    fn stop(&mut self) {
        self.0.lock().unwrap().push("stop".into());
    }
    fn available(&self) -> bool {
        true
    }
}

impl Voice {
    fn take(&self) -> Vec<String> {
        std::mem::take(&mut *self.0.lock().unwrap())
    }
}

fn start_with_voice(dir: &std::path::Path, look: SystemLook) -> (App, Voice) {
    let voice = Voice::default();
    let options =
        AppOptions { data_dir: dir.to_owned(), locale: Some("en-US".into()), system_look: look, ..Default::default() };
    let app = App::with_speaker(&options, Box::new(voice.clone())).unwrap();
    blue_vest::desktop::headless::set_size(app.window(), WIDTH as u32, HEIGHT as u32, 1.0);
    (app, voice)
}

/// The hardware Back key, pressed and released, as the Android backend dispatches it.
fn press_back(app: &App) {
    let text: slint::SharedString = Key::Back.into();
    app.window().window().dispatch_event(WindowEvent::KeyPressed { text: text.clone() });
    app.window().window().dispatch_event(WindowEvent::KeyReleased { text });
}

#[test]
fn the_back_key_goes_back_one_screen_and_leaves_home_to_the_system() {
    init();
    let dir = tempfile::tempdir().unwrap();
    let (app, voice) = start_with_voice(dir.path(), SystemLook::default());
    tap(&app, "Settings");
    tap(&app, "Volunteer mode");
    assert_eq!(screen(&app), Screen::VolunteerSignIn);
    press_back(&app);
    assert_eq!(screen(&app), Screen::Settings, "one screen back, not all the way home");
    press_back(&app);
    assert_eq!(screen(&app), Screen::Home);
    assert_eq!(
        voice.take(),
        ["prompt-home", "prompt-settings", "prompt-volunteer-sign-in", "prompt-settings", "prompt-home"]
    );

    // On Home the key is not taken: Slint's backend then lets the system leave the app.
    press_back(&app);
    assert_eq!(screen(&app), Screen::Home);
    assert!(!app.window().global::<NavAdapter>().invoke_system_back(), "Home leaves Back to the system");
    assert!(voice.take().is_empty(), "nothing said on the way out");

    // Held down, Back goes back one screen, not several.
    tap(&app, "Settings");
    tap(&app, "Volunteer mode");
    let text: slint::SharedString = Key::Back.into();
    app.window().window().dispatch_event(WindowEvent::KeyPressed { text: text.clone() });
    for _ in 0..3 {
        app.window().window().dispatch_event(WindowEvent::KeyPressRepeated { text: text.clone() });
    }
    app.window().window().dispatch_event(WindowEvent::KeyReleased { text });
    assert_eq!(screen(&app), Screen::Settings, "one screen back for one long press");
    tap(&app, "Home");

    // A text field with the focus still lets Back through, and a new screen takes the key again
    // after that field has gone with its screen.
    tap(&app, "Settings");
    find(&app, "Name").mock_single_click(PointerEventButton::Left);
    press_back(&app);
    assert_eq!(screen(&app), Screen::Home, "Back from a focused text field");
    tap(&app, "Settings");
    press_back(&app);
    assert_eq!(screen(&app), Screen::Home, "Back after the focused field left with its screen");
}

#[test]
fn pause_stops_the_voice_and_resume_repeats_nothing() {
    init();
    let dir = tempfile::tempdir().unwrap();
    let (app, voice) = start_with_voice(dir.path(), SystemLook::default());
    tap(&app, "Settings");
    find(&app, "Text size").set_accessible_value("1.6");
    voice.take();
    let handle = app.handle();
    handle.pause();
    assert_eq!(voice.take(), ["stop"], "speech stops when the app leaves the screen");
    handle.resume();
    assert!(voice.take().is_empty(), "the prompt is not said again unasked");
    tap(&app, "Say it again");
    assert_eq!(voice.take(), ["prompt-settings"]);
    drop(app);
    // Nothing was lost: the store had committed the change before the pause.
    let (app, _) = start_with_voice(dir.path(), SystemLook::default());
    assert!((app.window().global::<Theme>().get_text_scale() - 1.6).abs() < 1e-6);
    // Once the app is gone, a late event from the platform does nothing.
    drop(app);
    handle.pause();
}

#[test]
fn the_system_dark_theme_turns_high_contrast_on_unless_the_senior_chose() {
    init();
    let dir = tempfile::tempdir().unwrap();
    let dark = SystemLook { dark: true, contrast: None };
    let (app, _) = start_with_voice(dir.path(), dark);
    let theme = app.window().global::<Theme>();
    assert!(theme.get_high_contrast(), "a dark phone starts in the high-contrast theme");
    tap(&app, "Settings");
    assert_eq!(find(&app, "High contrast colours").accessible_checked(), Some(true));
    app.handle().set_system_look(SystemLook::default());
    assert!(!theme.get_high_contrast(), "and follows the phone back to light");
    assert_eq!(find(&app, "High contrast colours").accessible_checked(), Some(false));
    app.handle().set_system_look(SystemLook { dark: false, contrast: Some(1.0) });
    assert!(theme.get_high_contrast(), "high system contrast asks for it too");

    tap(&app, "High contrast colours");
    assert!(!theme.get_high_contrast(), "the senior turned it off");
    app.handle().set_system_look(dark);
    assert!(!theme.get_high_contrast(), "and it stays off whatever the phone says");
    drop(app);
    let (app, _) = start_with_voice(dir.path(), dark);
    assert!(!app.window().global::<Theme>().get_high_contrast(), "the choice is kept");
}

#[test]
fn the_android_manifest_asks_only_for_the_network_and_the_tts_engine() {
    // cargo-apk writes AndroidManifest.xml from this metadata (android/README.md).
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = std::process::Command::new(cargo)
        .args(["metadata", "--no-deps", "--offline", "--format-version", "1", "--manifest-path"])
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let metadata: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let package = metadata["packages"].as_array().unwrap().iter().find(|p| p["name"] == "blue-vest").unwrap();
    let android = &package["metadata"]["android"];
    let permissions: Vec<&str> =
        android["uses_permission"].as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap()).collect();
    assert_eq!(permissions, ["android.permission.INTERNET"], "the sync's network, and nothing else");
    let queried: Vec<&str> = android["queries"]["intent"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|i| i["actions"].as_array().unwrap().iter().map(|a| a.as_str().unwrap()))
        .collect();
    assert_eq!(queried, ["android.intent.action.TTS_SERVICE"], "TextToSpeech is visible on Android 11+");
    let changes = android["application"]["activity"]["config_changes"].as_str().unwrap();
    for kept in ["uiMode", "fontScale", "density", "orientation"] {
        assert!(changes.split('|').any(|c| c == kept), "the activity lives through {kept} changes");
    }
}
