//! The voice layer as the rest of the app sees it: a `Speaker` that is asked to say a prompt
//! (message id + text + locale + rate). Engines (recorded clips, espeak-ng, Android TTS) are the
//! voice issue; until one is installed the `NoVoice` speaker reports itself unavailable, and the
//! UI shows the text with a visible "voice unavailable" sign.

/// One thing to say.
#[derive(Debug, Clone, PartialEq)]
pub struct Utterance {
    pub message_id: String,
    pub locale: String,
    pub text: String,
    /// 0.5–1.5, from the settings.
    pub rate: f32,
}

pub trait Speaker {
    /// Says `utterance`, interrupting whatever was being said. Must not block.
    fn speak(&mut self, utterance: Utterance);
    /// Stops speaking now.
    fn stop(&mut self);
    /// Whether any engine can speak at all.
    fn available(&self) -> bool;
}

/// No engine: every request is dropped, and the UI says so.
#[derive(Debug, Default)]
pub struct NoVoice;

impl Speaker for NoVoice {
    fn speak(&mut self, utterance: Utterance) {
        log::debug!("voice unavailable; not spoken: {}", utterance.message_id);
    }
    fn stop(&mut self) {}
    fn available(&self) -> bool {
        false
    }
}
