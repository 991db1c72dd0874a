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
