//! The voice layer: a `Speaker` is asked to say a prompt (message id + text + locale + rate).
//! The chain picks a recorded clip, else text-to-speech (espeak-ng on the desktop, Android's
//! TextToSpeech on phones), else silence with the text on screen and a "voice unavailable" sign.

pub mod chain;
pub mod clips;
#[cfg(not(target_os = "android"))]
pub mod espeak;
pub mod speaker;
pub mod wav;

/// Every message id the app speaks: each screen's prompt, each lesson step's prompt and the
/// content the senior judges, every feedback after an answer or a tap, role-play lines and
/// debriefs, and each lesson's sentence to remember.
pub fn all_prompt_ids(lessons: &[crate::lessons::Lesson]) -> std::collections::BTreeSet<String> {
    use crate::lessons::Step;
    let mut ids: std::collections::BTreeSet<String> =
        crate::navigation::ScreenId::ALL.iter().filter_map(|s| s.prompt_id()).map(String::from).collect();
    for lesson in lessons {
        ids.insert(lesson.remember.clone());
        for step in &lesson.steps {
            ids.extend(step.spoken().into_iter().map(|(id, _)| id.to_owned()));
            match step {
                Step::Question { answers, .. } => ids.extend(answers.iter().map(|a| a.feedback.clone())),
                Step::Practice(p) => ids.extend(p.targets.iter().map(|t| t.feedback.clone())),
                Step::RolePlay(r) => {
                    ids.insert(r.debrief.clone());
                    for t in &r.turns {
                        ids.insert(t.line.clone());
                        ids.extend(t.choices.iter().map(|c| c.feedback.clone()));
                    }
                }
                Step::Explain { .. } => {}
            }
        }
    }
    ids
}

/// Whose voice says an utterance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Voice {
    /// The app's own voice: screens, instructions, feedback.
    #[default]
    Narrator,
    /// The voice of what the senior must judge (the caller, the message, the pop-up), clearly
    /// distinct from the narrator's.
    Other,
}

/// One thing to say.
#[derive(Debug, Clone, PartialEq)]
pub struct Utterance {
    pub message_id: String,
    pub locale: String,
    pub text: String,
    /// 0.5–1.5, from the settings.
    pub rate: f32,
    pub voice: Voice,
}

pub trait Speaker {
    /// Says `utterance`, interrupting whatever was being said. Must not block.
    fn speak(&mut self, utterance: Utterance) {
        self.speak_all(vec![utterance]);
    }
    /// Says `utterances` one after another, interrupting whatever was being said. Must not block.
    fn speak_all(&mut self, utterances: Vec<Utterance>);
    /// Stops speaking now.
    fn stop(&mut self);
    /// Whether any engine can speak at all.
    fn available(&self) -> bool;
}

/// No engine: every request is dropped, and the UI says so.
#[derive(Debug, Default)]
pub struct NoVoice;

impl Speaker for NoVoice {
    fn speak_all(&mut self, utterances: Vec<Utterance>) {
        for u in utterances {
            log::debug!("voice unavailable; not spoken: {}", u.message_id);
        }
    }
    fn stop(&mut self) {}
    fn available(&self) -> bool {
        false
    }
}
