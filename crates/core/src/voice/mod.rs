//! The voice layer: a `Speaker` is asked to say a prompt (message id + text + locale + rate).
//! The chain picks a recorded clip, else text-to-speech (espeak-ng on the desktop, Android's
//! TextToSpeech on phones), else silence with the text on screen and a "voice unavailable" sign.

pub mod chain;
pub mod clips;
#[cfg(not(target_os = "android"))]
pub mod espeak;
pub mod speaker;
pub mod wav;

/// Every message id the app speaks: each screen's prompt, each lesson step's prompt, every
/// feedback after an answer or a tap, and each lesson's sentence to remember.
pub fn all_prompt_ids(lessons: &[crate::lessons::Lesson]) -> std::collections::BTreeSet<String> {
    use crate::lessons::Step;
    let mut ids: std::collections::BTreeSet<String> =
        crate::navigation::ScreenId::ALL.iter().filter_map(|s| s.prompt_id()).map(String::from).collect();
    for lesson in lessons {
        ids.insert(lesson.remember.clone());
        for step in &lesson.steps {
            ids.insert(step.prompt_id().to_owned());
            match step {
                Step::Question { answers, .. } => ids.extend(answers.iter().map(|a| a.feedback.clone())),
                Step::Simulated { targets, .. } => ids.extend(targets.iter().map(|t| t.feedback.clone())),
                Step::Explain { .. } => {}
            }
        }
    }
    ids
}

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
