//! The voice as the app uses it: "voice unavailable" on screen without an engine, the `say`
//! command writing real speech, and the sound card being optional.

use blue_vest::ui::App;
use blue_vest_core::app::AppOptions;
use blue_vest_core::voice::chain::VoiceChain;
use blue_vest_core::voice::clips::VoicePack;
use blue_vest_core::voice::speaker::{AudioOut, ThreadedSpeaker};
use blue_vest_core::voice::{Speaker, Utterance};

use crate::common::*;
use crate::voice_helpers::*;

#[test]
fn without_an_engine_the_ui_says_voice_is_unavailable() {
    init();
    let dir = tempfile::tempdir().unwrap();
    let options = AppOptions { data_dir: dir.path().to_owned(), locale: Some("en-US".into()), ..Default::default() };
    let silent = ThreadedSpeaker::start(VoiceChain::new(VoicePack::default(), None), || None);
    assert!(silent.wait_until_ready(std::time::Duration::from_secs(5)));
    let app = App::with_speaker(&options, Box::new(silent)).unwrap();
    blue_vest::desktop::headless::set_size(app.window(), 412, 915, 1.0);
    assert!(exists(&app, &app.tr("voice-unavailable")), "{:?}", all_labels(&app));
    assert!(exists(&app, &app.tr("home-welcome")), "the text stays on screen");
    drop(app);

    let rec = Recorder::default();
    let speaking = ThreadedSpeaker::start(VoiceChain::new(VoicePack::default(), Some(Box::new(SlowTts))), move || {
        Some(Box::new(rec) as Box<dyn AudioOut>)
    });
    let app = App::with_speaker(&options, Box::new(speaking)).unwrap();
    blue_vest::desktop::headless::set_size(app.window(), 412, 915, 1.0);
    assert!(!exists(&app, &app.tr("voice-unavailable")), "no sign when a voice can speak");
}

#[test]
fn the_say_command_writes_a_wav_of_real_speech() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("home.wav");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_blue-vest"))
        .args(["--locale", "zh-CN", "--data-dir"])
        .arg(dir.path())
        .args(["say", "--id", "prompt-settings", "--out"])
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.success());
    let wav = std::fs::read(&out).unwrap();
    is_speech(&wav).unwrap();
    // The header carries the real length (soxi and Python's wave read it), not espeak-ng's
    // streaming placeholder.
    let riff = u32::from_le_bytes(wav[4..8].try_into().unwrap()) as usize;
    assert_eq!(riff, wav.len() - 8, "the RIFF size in the header is the file's");
    let report = std::process::Command::new(env!("CARGO_BIN_EXE_blue-vest"))
        .args(["--locale", "en-US", "--data-dir"])
        .arg(dir.path())
        .args(["voice-pack", "check"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&report.stdout);
    assert!(text.contains("tts    prompt-home"), "{text}");
    assert!(text.contains("en-US: 0 of "), "{text}");
}

#[test]
fn the_sound_card_is_optional_and_never_hangs() {
    // On CI and under Xvfb there is no sound card: opening must fail cleanly, not panic or hang.
    let started = std::time::Instant::now();
    let has_card = blue_vest::platform::rodio_out::RodioOut::open().is_some();
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    let mut speaker = ThreadedSpeaker::start(
        VoiceChain::new(VoicePack::default(), Some(Box::new(espeak()))),
        blue_vest::platform::rodio_out::RodioOut::open,
    );
    // Available exactly when something can both render and play; speaking never fails loudly.
    assert!(speaker.wait_until_ready(std::time::Duration::from_secs(5)));
    assert_eq!(speaker.available(), has_card);
    speaker.speak(Utterance {
        message_id: "x".into(),
        locale: "en-US".into(),
        text: "hello".into(),
        rate: 1.0,
        voice: blue_vest_core::voice::Voice::Narrator,
    });
    speaker.stop();
}
