//! The fallback chain, chosen per utterance: a recorded clip for that message id and locale →
//! the platform's text-to-speech → silence (the text stays on screen).

use super::clips::VoicePack;
use super::{Utterance, Voice};

/// Text-to-speech that renders to WAV bytes (espeak-ng on the desktop), in the narrator's voice
/// or the other, distinct one.
pub trait Tts: Send {
    fn synthesize(&self, text: &str, locale: &str, rate: f32, voice: Voice) -> Result<Vec<u8>, String>;
}

#[cfg(not(target_os = "android"))]
impl Tts for super::espeak::Espeak {
    fn synthesize(&self, text: &str, locale: &str, rate: f32, voice: Voice) -> Result<Vec<u8>, String> {
        super::espeak::Espeak::synthesize(self, text, locale, rate, voice).map_err(|e| e.to_string())
    }
}

/// What the chain produced for one utterance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rendered {
    /// A recorded clip (WAV or Ogg Vorbis bytes).
    Clip(Vec<u8>),
    /// Synthesized speech (WAV bytes).
    Speech(Vec<u8>),
    /// Nothing could speak it.
    Silent,
}

impl Rendered {
    pub fn source_name(&self) -> &'static str {
        match self {
            Rendered::Clip(_) => "clip",
            Rendered::Speech(_) => "tts",
            Rendered::Silent => "silent",
        }
    }

    pub fn audio(&self) -> Option<&[u8]> {
        match self {
            Rendered::Clip(b) | Rendered::Speech(b) => Some(b),
            Rendered::Silent => None,
        }
    }
}

pub struct VoiceChain {
    pack: VoicePack,
    tts: Option<Box<dyn Tts>>,
}

impl VoiceChain {
    pub fn new(pack: VoicePack, tts: Option<Box<dyn Tts>>) -> Self {
        VoiceChain { pack, tts }
    }

    /// The desktop chain: bundled clips (and `pack`'s folders), then espeak-ng if installed.
    #[cfg(not(target_os = "android"))]
    pub fn desktop(pack: VoicePack) -> Self {
        let tts = super::espeak::Espeak::find().map(|e| Box::new(e) as Box<dyn Tts>);
        if tts.is_none() {
            log::warn!("voice: espeak-ng not found; only recorded clips can speak");
        }
        Self::new(pack, tts)
    }

    pub fn has_tts(&self) -> bool {
        self.tts.is_some()
    }

    pub fn has_clip(&self, locale: &str, id: &str) -> bool {
        self.pack.contains(locale, id)
    }

    pub fn render(&self, u: &Utterance) -> Rendered {
        if let Some(clip) = self.pack.find(&u.locale, &u.message_id) {
            return Rendered::Clip(clip);
        }
        if let Some(tts) = &self.tts
            && !u.text.trim().is_empty()
        {
            match tts.synthesize(&u.text, &u.locale, u.rate, u.voice) {
                Ok(wav) => return Rendered::Speech(wav),
                Err(e) => log::warn!("voice: text-to-speech failed for {}: {e}", u.message_id),
            }
        }
        Rendered::Silent
    }
}
