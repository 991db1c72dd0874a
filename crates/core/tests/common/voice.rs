//! Helpers the voice tests share (the core's and the UI's): real speech checks, a recording
//! audio output and a slow fake engine.
#![allow(dead_code)]

use std::sync::{Arc, Mutex};

use blue_vest_core::i18n::Localizer;
use blue_vest_core::voice::chain::Tts;
use blue_vest_core::voice::espeak::Espeak;
use blue_vest_core::voice::speaker::AudioOut;
use blue_vest_core::voice::{Utterance, Voice, wav};

pub fn utterance(locale: &str, id: &str) -> Utterance {
    let mut l = Localizer::embedded();
    l.set_locale(locale);
    Utterance { message_id: id.into(), locale: locale.into(), text: l.text(id), rate: 0.9, voice: Voice::Narrator }
}

/// Real speech: longer than half a second and louder than −40 dBFS.
pub fn is_speech(audio: &[u8]) -> Result<(), String> {
    let pcm = wav::parse(audio).map_err(|e| e.to_string())?;
    let (secs, level) = (pcm.duration_secs(), pcm.rms_dbfs());
    if secs > 0.5 && level > -40.0 { Ok(()) } else { Err(format!("{secs:.2} s at {level:.1} dBFS")) }
}

pub fn espeak() -> Espeak {
    Espeak::find().expect("espeak-ng is installed (scripts/setup-debian.sh)")
}

/// Records what the worker asked the sound card to do.
#[derive(Clone, Default)]
pub struct Recorder(pub Arc<Mutex<Vec<String>>>);

impl AudioOut for Recorder {
    fn play(&mut self, audio: &[u8]) -> bool {
        self.0.lock().unwrap().push(format!("play {}", String::from_utf8_lossy(audio)));
        true
    }
    fn append(&mut self, audio: &[u8]) -> bool {
        self.0.lock().unwrap().push(format!("append {}", String::from_utf8_lossy(audio)));
        true
    }
    fn stop(&mut self) {
        self.0.lock().unwrap().push("stop".into());
    }
}

/// A slow engine that "says" the text as bytes (the other voice marks itself).
pub struct SlowTts;

impl Tts for SlowTts {
    fn synthesize(&self, text: &str, _: &str, _: f32, voice: Voice) -> Result<Vec<u8>, String> {
        std::thread::sleep(std::time::Duration::from_millis(50));
        let mark = if voice == Voice::Other { "other:" } else { "" };
        Ok(format!("{mark}{text}").into_bytes())
    }
}

/// The speaking pitch of speech, in Hz: the median over voiced 40 ms frames of the lag with the
/// strongest autocorrelation between 70 and 400 Hz.
pub fn median_pitch_hz(pcm: &wav::Pcm) -> f64 {
    let rate = pcm.sample_rate as usize;
    let frame = rate / 25;
    let (min_lag, max_lag) = (rate / 400, rate / 70);
    let mut pitches = Vec::new();
    for chunk in pcm.samples.chunks(frame) {
        if chunk.len() < frame {
            break;
        }
        let x: Vec<f64> = chunk.iter().map(|&s| f64::from(s)).collect();
        let energy: f64 = x.iter().map(|v| v * v).sum();
        if energy / (frame as f64) < 1.0e5 {
            continue; // silence between words
        }
        let (mut best, mut best_lag) = (0.0, 0);
        for lag in min_lag..max_lag.min(frame - 1) {
            let r: f64 = (0..frame - lag).map(|i| x[i] * x[i + lag]).sum();
            if r > best {
                best = r;
                best_lag = lag;
            }
        }
        if best > 0.3 * energy && best_lag > 0 {
            pitches.push(rate as f64 / best_lag as f64);
        }
    }
    pitches.sort_by(f64::total_cmp);
    pitches.get(pitches.len() / 2).copied().unwrap_or(0.0)
}

/// Waits (up to 2 s) until the events satisfy `done`.
pub fn wait_until(rec: &Recorder, done: impl Fn(&[String]) -> bool) -> Vec<String> {
    for _ in 0..200 {
        let events = rec.0.lock().unwrap().clone();
        if done(&events) {
            return events;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("timed out with {:?}", rec.0.lock().unwrap());
}

pub fn wait_for(rec: &Recorder, what: &str) -> Vec<String> {
    wait_until(rec, |events| events.iter().any(|e| e == what))
}
