//! Android's voice, in the same order as the desktop's: a recorded clip for the message if the
//! voice pack has one (played by the core's `ThreadedSpeaker` and `VoiceChain` through the
//! platform's `AudioOut`, MediaPlayer on Android), else the platform's text-to-speech (Android's
//! TextToSpeech, which speaks by itself rather than rendering audio for the chain), else silence
//! with the text on screen and the "voice unavailable" sign. Plain Rust over two traits, so the
//! rule is tested here on the desktop with stand-ins for both.

use blue_vest_core::voice::chain::VoiceChain;
use blue_vest_core::voice::clips::VoicePack;
use blue_vest_core::voice::speaker::{AudioOut, ThreadedSpeaker};
use blue_vest_core::voice::{Speaker, Utterance};

/// Text-to-speech that plays by itself (Android's TextToSpeech). Called on the UI thread; both
/// calls return at once.
pub trait SpeechEngine {
    /// Says `u` in its voice, interrupting whatever it was saying, or after it (`after_current`:
    /// the message that follows an instruction).
    fn speak(&self, u: &Utterance, after_current: bool) -> Result<(), String>;
    fn stop(&self);
}

/// Clips first, then speech. Whichever speaks, the other is stopped, so a new prompt always
/// interrupts the previous one whatever said it.
pub struct ClipsThenSpeech<E: SpeechEngine> {
    pack: VoicePack,
    clips: ThreadedSpeaker,
    speech: Option<E>,
}

impl<E: SpeechEngine> ClipsThenSpeech<E> {
    /// Starts the clip player's thread; `open_out` runs on it (see `ThreadedSpeaker::start`).
    /// `speech` is `None` when the platform has no TTS engine.
    pub fn start<F>(pack: VoicePack, speech: Option<E>, open_out: F) -> Self
    where
        F: FnOnce() -> Option<Box<dyn AudioOut>> + Send + 'static,
    {
        // The chain has no TTS of its own: for a message without a clip it renders nothing,
        // and the engine speaks instead.
        let clips = ThreadedSpeaker::start(VoiceChain::new(pack.clone(), None), open_out);
        ClipsThenSpeech { pack, clips, speech }
    }

    /// The clip player's thread has tried its output (tests).
    pub fn wait_until_ready(&self, timeout: std::time::Duration) -> bool {
        self.clips.wait_until_ready(timeout)
    }
}

impl<E: SpeechEngine> Speaker for ClipsThenSpeech<E> {
    /// A request is said by one of the two: the clips when every part has one, else the
    /// text-to-speech engine, part after part (it cannot interleave with the clip player).
    fn speak_all(&mut self, utterances: Vec<Utterance>) {
        if utterances.iter().all(|u| self.pack.contains(&u.locale, &u.message_id)) {
            if let Some(speech) = &self.speech {
                speech.stop();
            }
            self.clips.speak_all(utterances);
            return;
        }
        self.clips.stop();
        let Some(speech) = &self.speech else { return };
        for (i, u) in utterances.iter().enumerate() {
            if let Err(e) = speech.speak(u, i > 0) {
                log::warn!("voice: text-to-speech failed for {}: {e}", u.message_id);
            }
        }
    }

    fn stop(&mut self) {
        self.clips.stop();
        if let Some(speech) = &self.speech {
            speech.stop();
        }
    }

    /// As on the desktop: the voice counts as available when the platform's text-to-speech is
    /// there (clips alone cover only some messages).
    fn available(&self) -> bool {
        self.speech.is_some()
    }
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::rc::Rc;
    use std::sync::mpsc;
    use std::time::Duration;

    use super::*;

    #[derive(Clone, Default)]
    struct Engine(Rc<RefCell<Vec<String>>>);

    impl SpeechEngine for Engine {
        fn speak(&self, u: &Utterance, after_current: bool) -> Result<(), String> {
            let how = if after_current { "then" } else { "speak" };
            self.0.borrow_mut().push(format!("{how} {}", u.message_id));
            Ok(())
        }
        fn stop(&self) {
            self.0.borrow_mut().push("stop".into());
        }
    }

    impl Engine {
        fn take(&self) -> Vec<String> {
            std::mem::take(&mut self.0.borrow_mut())
        }
    }

    /// The sound output, reporting to the test what it was asked to do.
    struct Out(mpsc::Sender<Option<Vec<u8>>>);

    impl AudioOut for Out {
        fn play(&mut self, audio: &[u8]) -> bool {
            self.0.send(Some(audio.to_vec())).is_ok()
        }
        fn append(&mut self, audio: &[u8]) -> bool {
            self.0.send(Some(audio.to_vec())).is_ok()
        }
        fn stop(&mut self) {
            let _ = self.0.send(None);
        }
    }

    fn say(id: &str) -> Utterance {
        Utterance {
            message_id: id.into(),
            locale: "en-US".into(),
            text: format!("text of {id}"),
            rate: 0.9,
            voice: blue_vest_core::voice::Voice::Narrator,
        }
    }

    /// Waits for the next thing the output played, skipping its stops.
    fn next_played(rx: &mpsc::Receiver<Option<Vec<u8>>>) -> Option<Vec<u8>> {
        loop {
            match rx.recv_timeout(Duration::from_millis(300)) {
                Ok(Some(audio)) => return Some(audio),
                Ok(None) => continue,
                Err(_) => return None,
            }
        }
    }

    #[test]
    fn a_recorded_clip_wins_over_text_to_speech() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("en-US")).unwrap();
        let clip = b"RIFF a recorded prompt".to_vec();
        std::fs::write(dir.path().join("en-US/prompt-home.wav"), &clip).unwrap();
        let (tx, rx) = mpsc::channel();
        let engine = Engine::default();
        let mut voice = ClipsThenSpeech::start(VoicePack::new(Some(dir.path().to_owned())), Some(engine.clone()), {
            move || Some(Box::new(Out(tx)) as Box<dyn AudioOut>)
        });
        assert!(voice.wait_until_ready(Duration::from_secs(5)));
        assert!(voice.available());

        voice.speak(say("prompt-home"));
        assert_eq!(next_played(&rx), Some(clip), "the clip is played");
        assert_eq!(engine.take(), ["stop"], "and the engine is quiet");

        voice.speak(say("prompt-settings"));
        assert_eq!(engine.take(), ["speak prompt-settings"], "no clip: the engine speaks");
        assert_eq!(rx.recv_timeout(Duration::from_secs(5)), Ok(None), "after the clip was stopped");
        assert_eq!(next_played(&rx), None, "nothing else is played");

        voice.stop();
        assert_eq!(engine.take(), ["stop"]);
        assert_eq!(rx.recv_timeout(Duration::from_secs(5)), Ok(None));
    }

    #[test]
    fn without_an_engine_clips_still_play_and_the_sign_shows() {
        let (tx, rx) = mpsc::channel();
        let mut voice = ClipsThenSpeech::<Engine>::start(VoicePack::default(), None, move || {
            Some(Box::new(Out(tx)) as Box<dyn AudioOut>)
        });
        assert!(!voice.available(), "the UI shows \"voice unavailable\"");
        voice.speak(say("prompt-home"));
        assert_eq!(next_played(&rx), None, "no clip and no engine: silence, never a panic");
    }

    #[test]
    fn an_instruction_and_its_message_are_queued_one_after_the_other() {
        let engine = Engine::default();
        let mut voice = ClipsThenSpeech::start(VoicePack::default(), Some(engine.clone()), || None);
        voice.speak_all(vec![say("instruction"), say("the-message")]);
        assert_eq!(engine.take(), ["speak instruction", "then the-message"], "the message waits for the instruction");
    }
}
