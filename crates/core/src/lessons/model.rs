//! A lesson as the app uses it, after loading and checking: structure only; every human text is
//! a Fluent message id resolved in the senior's language.

use std::collections::BTreeMap;

use super::screens::ScreenKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Track {
    Phone,
    Safety,
}

impl Track {
    pub const ALL: [Track; 2] = [Track::Phone, Track::Safety];

    pub fn name(self) -> &'static str {
        match self {
            Track::Phone => "phone",
            Track::Safety => "safety",
        }
    }

    pub fn from_name(name: &str) -> Option<Track> {
        Self::ALL.into_iter().find(|t| t.name() == name)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Lesson {
    pub id: String,
    pub track: Track,
    pub order: u32,
    pub sources: Vec<String>,
    pub title: String,
    pub remember: String,
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Explain { text: String, picture: Option<String> },
    Question { text: String, answers: Vec<Answer> },
    Simulated { screen: ScreenKind, instruction: String, labels: BTreeMap<String, String>, targets: Vec<Target> },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub text: String,
    pub correct: bool,
    pub feedback: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Correct,
    Unsafe,
    Neutral,
}

impl Role {
    pub fn from_name(name: &str) -> Option<Role> {
        match name {
            "correct" => Some(Role::Correct),
            "unsafe" => Some(Role::Unsafe),
            "neutral" => Some(Role::Neutral),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    pub target: String,
    pub role: Role,
    pub feedback: String,
}

impl Step {
    /// The Fluent id the voice reads and the screen shows first for this step.
    pub fn prompt_id(&self) -> &str {
        match self {
            Step::Explain { text, .. } | Step::Question { text, .. } => text,
            Step::Simulated { instruction, .. } => instruction,
        }
    }

    /// Whether the step asks the senior to do something (a question or a practice screen).
    pub fn is_graded(&self) -> bool {
        !matches!(self, Step::Explain { .. })
    }

    /// Every Fluent id the step uses.
    pub fn message_ids(&self) -> Vec<&str> {
        match self {
            Step::Explain { text, .. } => vec![text],
            Step::Question { text, answers } => std::iter::once(text.as_str())
                .chain(answers.iter().flat_map(|a| [a.text.as_str(), a.feedback.as_str()]))
                .collect(),
            Step::Simulated { instruction, labels, targets, .. } => std::iter::once(instruction.as_str())
                .chain(labels.values().map(String::as_str))
                .chain(targets.iter().map(|t| t.feedback.as_str()))
                .collect(),
        }
    }
}

impl Lesson {
    /// Every Fluent id the lesson uses, in order of appearance.
    pub fn message_ids(&self) -> Vec<&str> {
        [self.title.as_str(), self.remember.as_str()]
            .into_iter()
            .chain(self.steps.iter().flat_map(Step::message_ids))
            .collect()
    }
}
