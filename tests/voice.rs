//! The voice chain with real audio: espeak-ng renders Chinese and English prompts to WAV that
//! must be long and loud enough to be speech; clips win over TTS; no engine means silence and
//! a visible sign; a new utterance interrupts the one before.

mod common;

use std::sync::{Arc, Mutex};

use blue_vest::app::AppOptions;
use blue_vest::i18n::Localizer;
use blue_vest::ui::App;
use blue_vest::voice::chain::{Rendered, Tts, VoiceChain};
use blue_vest::voice::clips::VoicePack;
use blue_vest::voice::espeak::Espeak;
use blue_vest::voice::speaker::{AudioOut, ThreadedSpeaker};
use blue_vest::voice::{Speaker, Utterance, wav};
use common::*;

fn utterance(locale: &str, id: &str) -> Utterance {
    let mut l = Localizer::embedded();
    l.set_locale(locale);
    Utterance { message_id: id.into(), locale: locale.into(), text: l.text(id), rate: 0.9 }
}

/// Real speech: longer than half a second and louder than −40 dBFS.
fn is_speech(audio: &[u8]) -> Result<(), String> {
    let pcm = wav::parse(audio).map_err(|e| e.to_string())?;
    let (secs, level) = (pcm.duration_secs(), pcm.rms_dbfs());
    if secs > 0.5 && level > -40.0 { Ok(()) } else { Err(format!("{secs:.2} s at {level:.1} dBFS")) }
}

fn espeak() -> Espeak {
    Espeak::find().expect("espeak-ng is installed (scripts/setup-debian.sh)")
}

#[test]
fn chinese_and_english_prompts_become_real_speech() {
    let chain = VoiceChain::new(VoicePack::default(), Some(Box::new(espeak())));
    for locale in ["zh-CN", "en-US"] {
        let rendered = chain.render(&utterance(locale, "prompt-home"));
        let Rendered::Speech(audio) = &rendered else { panic!("{locale}: {rendered:?}") };
        is_speech(audio).unwrap_or_else(|e| panic!("{locale}: not speech: {e}"));
    }
}

#[test]
fn the_speech_check_fails_on_silence() {
    let silence = wav::Pcm { sample_rate: 22050, channels: 1, samples: vec![0; 44100] };
    assert!(is_speech(&wav::encode(&silence)).is_err());
    let whisper = wav::Pcm { samples: vec![50; 44100], ..silence };
    assert!(is_speech(&wav::encode(&whisper)).is_err(), "−56 dBFS is not speech");
}

#[test]
fn a_recorded_clip_wins_and_a_missing_clip_falls_back_to_tts() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("zh-CN")).unwrap();
    let clip = wav::encode(&wav::Pcm {
        sample_rate: 16000,
        channels: 1,
        samples: (0..16000).map(|i| ((i as f64 * 0.05).sin() * 8000.0) as i16).collect(),
    });
    std::fs::write(dir.path().join("zh-CN/prompt-home.wav"), &clip).unwrap();
    let chain = VoiceChain::new(VoicePack::new(Some(dir.path().to_owned())), Some(Box::new(espeak())));
    assert_eq!(chain.render(&utterance("zh-CN", "prompt-home")), Rendered::Clip(clip));
    assert!(matches!(chain.render(&utterance("zh-CN", "prompt-settings")), Rendered::Speech(_)));
    assert!(matches!(chain.render(&utterance("en-US", "prompt-home")), Rendered::Speech(_)), "clips are per locale");
}

#[test]
fn no_engine_means_silence() {
    let chain = VoiceChain::new(VoicePack::default(), None);
    assert_eq!(chain.render(&utterance("en-US", "prompt-home")), Rendered::Silent);
}

/// Records what the worker asked the sound card to do.
#[derive(Clone, Default)]
struct Recorder(Arc<Mutex<Vec<String>>>);

impl AudioOut for Recorder {
    fn play(&mut self, audio: &[u8]) -> bool {
        self.0.lock().unwrap().push(format!("play {}", String::from_utf8_lossy(audio)));
        true
    }
    fn stop(&mut self) {
        self.0.lock().unwrap().push("stop".into());
    }
}

/// A slow engine that "says" the text as bytes.
struct SlowTts;

impl Tts for SlowTts {
    fn synthesize(&self, text: &str, _: &str, _: f32) -> Result<Vec<u8>, String> {
        std::thread::sleep(std::time::Duration::from_millis(50));
        Ok(text.as_bytes().to_vec())
    }
}

/// Waits (up to 2 s) until the events satisfy `done`.
fn wait_until(rec: &Recorder, done: impl Fn(&[String]) -> bool) -> Vec<String> {
    for _ in 0..200 {
        let events = rec.0.lock().unwrap().clone();
        if done(&events) {
            return events;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("timed out with {:?}", rec.0.lock().unwrap());
}

fn wait_for(rec: &Recorder, what: &str) -> Vec<String> {
    wait_until(rec, |events| events.iter().any(|e| e == what))
}

#[test]
fn a_new_utterance_interrupts_the_previous_one() {
    let rec = Recorder::default();
    let out = rec.clone();
    let mut speaker =
        ThreadedSpeaker::start(VoiceChain::new(VoicePack::default(), Some(Box::new(SlowTts))), move || {
            Some(Box::new(out) as Box<dyn AudioOut>)
        });
    assert!(speaker.available());
    let say = |text: &str| Utterance { message_id: text.into(), locale: "en-US".into(), text: text.into(), rate: 1.0 };
    speaker.speak(say("first"));
    wait_for(&rec, "play first");
    speaker.speak(say("second"));
    let events = wait_for(&rec, "play second");
    let first = events.iter().position(|e| e == "play first").unwrap();
    let second = events.iter().position(|e| e == "play second").unwrap();
    assert!(events[first..second].iter().any(|e| e == "stop"), "the first was stopped: {events:?}");
    speaker.stop();
    let n = events.len();
    let events = wait_until(&rec, |e| e.len() > n);
    assert_eq!(events.last().map(String::as_str), Some("stop"), "Stop stops: {events:?}");
}

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
    is_speech(&std::fs::read(&out).unwrap()).unwrap();
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
    let has_card = blue_vest::voice::speaker::RodioOut::open().is_some();
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    let mut speaker = ThreadedSpeaker::start(
        VoiceChain::new(VoicePack::default(), Some(Box::new(espeak()))),
        blue_vest::voice::speaker::RodioOut::open,
    );
    // Available exactly when something can both render and play; speaking never fails loudly.
    assert!(speaker.wait_until_ready(std::time::Duration::from_secs(5)));
    assert_eq!(speaker.available(), has_card);
    speaker.speak(Utterance { message_id: "x".into(), locale: "en-US".into(), text: "hello".into(), rate: 1.0 });
    speaker.stop();
}

#[test]
fn a_delayed_start_still_speaks_the_newest_request() {
    let rec = Recorder::default();
    let out = rec.clone();
    let mut speaker = ThreadedSpeaker::start_after(
        std::time::Duration::from_millis(200),
        VoiceChain::new(VoicePack::default(), Some(Box::new(SlowTts))),
        move || Some(Box::new(out) as Box<dyn AudioOut>),
    );
    let say = |text: &str| Utterance { message_id: text.into(), locale: "en-US".into(), text: text.into(), rate: 1.0 };
    speaker.speak(say("old screen"));
    speaker.speak(say("new screen"));
    let events = wait_for(&rec, "play new screen");
    assert!(!events.iter().any(|e| e == "play old screen"), "the older request was dropped: {events:?}");
}
