//! The voice chain with real audio: espeak-ng renders Chinese and English prompts to WAV that
//! must be long and loud enough to be speech; clips win over TTS; no engine means silence; a new
//! utterance interrupts the one before.

#[path = "common/voice.rs"]
mod voice_helpers;

use blue_vest_core::voice::chain::{Rendered, VoiceChain};
use blue_vest_core::voice::clips::VoicePack;
use blue_vest_core::voice::speaker::{AudioOut, ThreadedSpeaker};
use blue_vest_core::voice::{Speaker, Utterance, Voice, wav};
use voice_helpers::*;

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

#[test]
fn a_new_utterance_interrupts_the_previous_one() {
    let rec = Recorder::default();
    let out = rec.clone();
    let mut speaker =
        ThreadedSpeaker::start(VoiceChain::new(VoicePack::default(), Some(Box::new(SlowTts))), move || {
            Some(Box::new(out) as Box<dyn AudioOut>)
        });
    assert!(speaker.available());
    let say = |text: &str| Utterance {
        message_id: text.into(),
        locale: "en-US".into(),
        text: text.into(),
        rate: 1.0,
        voice: Voice::Narrator,
    };
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
fn a_delayed_start_still_speaks_the_newest_request() {
    let rec = Recorder::default();
    let out = rec.clone();
    let mut speaker = ThreadedSpeaker::start_after(
        std::time::Duration::from_millis(200),
        VoiceChain::new(VoicePack::default(), Some(Box::new(SlowTts))),
        move || Some(Box::new(out) as Box<dyn AudioOut>),
    );
    let say = |text: &str| Utterance {
        message_id: text.into(),
        locale: "en-US".into(),
        text: text.into(),
        rate: 1.0,
        voice: Voice::Narrator,
    };
    speaker.speak(say("old screen"));
    speaker.speak(say("new screen"));
    let events = wait_for(&rec, "play new screen");
    assert!(!events.iter().any(|e| e == "play old screen"), "the older request was dropped: {events:?}");
}

#[test]
fn an_instruction_and_the_message_play_one_after_another_in_two_voices() {
    let rec = Recorder::default();
    let out = rec.clone();
    let mut speaker =
        ThreadedSpeaker::start(VoiceChain::new(VoicePack::default(), Some(Box::new(SlowTts))), move || {
            Some(Box::new(out) as Box<dyn AudioOut>)
        });
    let part = |text: &str, voice| Utterance {
        message_id: text.into(),
        locale: "zh-CN".into(),
        text: text.into(),
        rate: 1.0,
        voice,
    };
    speaker.speak_all(vec![part("instruction", Voice::Narrator), part("the sms", Voice::Other)]);
    let events = wait_for(&rec, "append other:the sms");
    let play = events.iter().position(|e| e == "play instruction").expect("the instruction plays first");
    let append = events.iter().position(|e| e == "append other:the sms").unwrap();
    assert!(play < append, "{events:?}");
    assert!(
        !events[play..append].iter().any(|e| e == "stop"),
        "the message follows, it does not interrupt: {events:?}"
    );
}

#[test]
fn the_other_voice_is_clearly_distinct_from_the_narrator() {
    let chain = VoiceChain::new(VoicePack::default(), Some(Box::new(espeak())));
    for locale in ["zh-CN", "en-US"] {
        let mut narrator = utterance(locale, "prompt-home");
        narrator.rate = 1.0;
        let other = Utterance { voice: Voice::Other, ..narrator.clone() };
        let pitch = |u: &Utterance| {
            let Rendered::Speech(audio) = chain.render(u) else { panic!("{locale}: no speech") };
            is_speech(&audio).unwrap();
            median_pitch_hz(&wav::parse(&audio).unwrap())
        };
        let (low, high) = (pitch(&narrator), pitch(&other));
        assert!(low > 60.0, "{locale}: the narrator's pitch was measured: {low:.0} Hz");
        assert!(high > 1.25 * low, "{locale}: the other voice is higher: {high:.0} Hz against {low:.0} Hz");
    }
}

#[test]
fn espeak_speech_carries_its_real_length_in_the_header() {
    let Rendered::Speech(audio) =
        VoiceChain::new(VoicePack::default(), Some(Box::new(espeak()))).render(&utterance("zh-CN", "prompt-settings"))
    else {
        panic!("no speech")
    };
    let u32_at = |i: usize| u32::from_le_bytes(audio[i..i + 4].try_into().unwrap()) as usize;
    assert_eq!(u32_at(4), audio.len() - 8, "the RIFF size is the file's");
    let data = audio.windows(4).position(|w| w == b"data").expect("a data chunk");
    assert_eq!(u32_at(data + 4), audio.len() - data - 8, "the data size is the samples'");
}
