//! The desktop's sound card through rodio: where the voice's audio goes on Linux, Windows and
//! macOS (the speaker itself, `ThreadedSpeaker`, is the core's).

use blue_vest_core::voice::speaker::AudioOut;

/// The sound card through rodio (desktop).
pub struct RodioOut {
    // Dropping the device sink ends playback, so it lives as long as the output.
    sink: rodio::MixerDeviceSink,
    player: Option<rodio::Player>,
}

impl RodioOut {
    /// The default output device, or `None` (no sound card: CI, Xvfb) — never a panic.
    pub fn open() -> Option<Box<dyn AudioOut>> {
        match rodio::DeviceSinkBuilder::open_default_sink() {
            Ok(mut sink) => {
                sink.log_on_drop(false);
                Some(Box::new(RodioOut { sink, player: None }))
            }
            Err(e) => {
                log::warn!("voice: no audio output ({e}); the text stays on screen");
                None
            }
        }
    }
}

impl AudioOut for RodioOut {
    fn play(&mut self, audio: &[u8]) -> bool {
        let Ok(source) = rodio::Decoder::new(std::io::Cursor::new(audio.to_vec())) else { return false };
        let player = rodio::Player::connect_new(self.sink.mixer());
        player.append(source);
        self.player = Some(player);
        true
    }

    fn append(&mut self, audio: &[u8]) -> bool {
        let Ok(source) = rodio::Decoder::new(std::io::Cursor::new(audio.to_vec())) else { return false };
        match &self.player {
            // The player plays what it was given in order: this starts when the rest ends.
            Some(player) => {
                player.append(source);
                true
            }
            None => self.play(audio),
        }
    }

    fn stop(&mut self) {
        if let Some(p) = self.player.take() {
            p.stop();
        }
    }
}

#[cfg(test)]
mod tests {
    use rodio::Source;

    /// The two kinds of audio the desktop plays decode without a sound card: a volunteer's
    /// recorded clip (Ogg Vorbis, through lewton) and espeak-ng's speech (WAV, through hound).
    /// Both fixtures say "nǐ hǎo" (espeak-ng's `cmn-latn-pinyin`; the .ogg is that WAV through
    /// oggenc), so they decode to the same format and about the same length.
    #[test]
    fn recorded_clips_and_speech_decode() {
        let mut lengths = Vec::new();
        for name in ["ni-hao.ogg", "ni-hao.wav"] {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/voice").join(name);
            let bytes = std::fs::read(&path).expect("the fixture is in the repository");
            let source = rodio::Decoder::new(std::io::Cursor::new(bytes)).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(source.sample_rate().get(), 22_050, "{name}");
            assert_eq!(source.channels().get(), 1, "{name}");
            let samples: Vec<f32> = source.collect();
            let seconds = samples.len() as f64 / 22_050.0;
            assert!((0.4..3.0).contains(&seconds), "{name}: {seconds:.2} s of audio");
            let peak = samples.iter().fold(0.0f32, |m, s| m.max(s.abs()));
            assert!(peak > 0.05, "{name}: speech, not silence (peak {peak})");
            lengths.push(seconds);
        }
        assert!((lengths[0] - lengths[1]).abs() < 0.1, "the same words: {lengths:?} s");
    }
}
