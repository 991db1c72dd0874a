//! A lesson as the app uses it, after loading and checking: structure only; every human text is
//! a Fluent message id resolved in the senior's language.

use super::phone::{PhoneScreen, builtin};

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
    /// The group Home shows the lesson in ("calls", "messages", …); see `tracks::Topic`.
    pub topic: Option<String>,
    pub sources: Vec<String>,
    pub title: String,
    pub remember: String,
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Explain { text: String, picture: Option<String> },
    Question { text: String, answers: Vec<Answer> },
    Practice(Practice),
    RolePlay(RolePlay),
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

/// What tapping a target does besides its feedback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    None,
    /// The screen's sample text grows or shrinks (the text-size practice).
    Larger,
    Smaller,
    /// The switch of the row with this target flips.
    Toggle,
    /// Right only with `expect` typed on the keypad; otherwise `wrong_input` is the feedback
    /// (nothing typed yet is `empty_input`, neutral).
    Input {
        expect: String,
        wrong_input: String,
        empty_input: String,
    },
}

/// A target's role on a practice screen and what the senior hears after tapping it.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    pub target: String,
    pub role: Role,
    pub feedback: String,
    pub effect: Effect,
}

/// A practice on the simulated phone.
#[derive(Debug, Clone, PartialEq)]
pub struct Practice {
    /// What the narrator says first; in a neutral practice it does not name the action.
    pub instruction: String,
    /// The instruction asks "what do you do?" rather than saying what to tap.
    pub neutral: bool,
    /// A genuine contrast: the right move is to trust or answer (a real 96110 call, a 12381
    /// warning, a bank notice with no link), so seniors do not learn to distrust everything.
    pub contrast: bool,
    pub phone: PhoneScreen,
    /// The role of every target on the screen, and of the built-in ones the lesson cares about.
    pub targets: Vec<Target>,
}

impl Practice {
    /// The target's role and feedback: the lesson's, or for a built-in key or helper the lesson
    /// says nothing about, a neutral default.
    pub fn target(&self, name: &str) -> Option<Target> {
        if let Some(t) = self.targets.iter().find(|t| t.target == name) {
            return Some(t.clone());
        }
        builtin::ALL.contains(&name).then(|| Target {
            target: name.to_owned(),
            role: Role::Neutral,
            feedback: builtin::default_feedback(name).to_owned(),
            effect: Effect::None,
        })
    }

    pub fn correct_targets(&self) -> impl Iterator<Item = &Target> {
        self.targets.iter().filter(|t| t.role == Role::Correct)
    }
}

/// The kinds of pressure a scam caller uses, named in the role-play's debrief.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Pressure {
    /// "I am from the police / the bank / the insurance bureau."
    Authority,
    /// "Your account is involved in a crime", "your grandson is hurt".
    Fear,
    /// "Do not tell your family", "this is a secret case".
    Secrecy,
    /// "Right now, or it will be too late."
    Urgency,
    /// "Transfer the money to the safe account."
    Money,
    /// "You won a prize", "a sure profit".
    Reward,
}

impl Pressure {
    pub const ALL: [Pressure; 6] =
        [Pressure::Authority, Pressure::Fear, Pressure::Secrecy, Pressure::Urgency, Pressure::Money, Pressure::Reward];

    pub fn name(self) -> &'static str {
        match self {
            Pressure::Authority => "authority",
            Pressure::Fear => "fear",
            Pressure::Secrecy => "secrecy",
            Pressure::Urgency => "urgency",
            Pressure::Money => "money",
            Pressure::Reward => "reward",
        }
    }

    pub fn from_name(name: &str) -> Option<Pressure> {
        Self::ALL.into_iter().find(|p| p.name() == name)
    }

    /// The Fluent id of its name in the debrief.
    pub fn text_id(self) -> String {
        format!("roleplay-pressure-{}", self.name())
    }
}

/// What the senior can do at a role-play turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Move {
    /// Hang up (and call back a number they know): the way out.
    HangUp,
    /// Ask a checking question: the caller dodges and presses harder.
    Ask,
    /// Go along with the caller: explained kindly; the call goes on.
    GoAlong,
}

impl Move {
    pub const ALL: [Move; 3] = [Move::HangUp, Move::Ask, Move::GoAlong];

    pub fn name(self) -> &'static str {
        match self {
            Move::HangUp => "hang-up",
            Move::Ask => "ask",
            Move::GoAlong => "go-along",
        }
    }

    pub fn from_name(name: &str) -> Option<Move> {
        Self::ALL.into_iter().find(|m| m.name() == name)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct TurnChoice {
    pub action: Move,
    /// What the senior says or does, as the choice's label.
    pub text: String,
    /// What the narrator says after it.
    pub feedback: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Turn {
    /// The caller's words (the second voice says them).
    pub line: String,
    /// The pressure this line puts on the senior, and the short phrase that does it.
    pub pressure: Pressure,
    pub phrase: String,
    pub choices: Vec<TurnChoice>,
}

/// A scam call in a few escalating turns; at each the senior hangs up, asks a checking
/// question or goes along. Hanging up ends it; the debrief names the pressure phrases.
#[derive(Debug, Clone, PartialEq)]
pub struct RolePlay {
    /// What the narrator says first.
    pub intro: String,
    /// The caller as the phone shows them, and the (reserved, fake) number.
    pub caller: String,
    pub number: String,
    pub turns: Vec<Turn>,
    /// What to do instead, said at the end (hang up, call back a known number, 110 or 96110).
    pub debrief: String,
}

impl Step {
    /// The Fluent id the voice reads and the screen shows first for this step.
    pub fn prompt_id(&self) -> &str {
        match self {
            Step::Explain { text, .. } | Step::Question { text, .. } => text,
            Step::Practice(p) => &p.instruction,
            Step::RolePlay(r) => &r.intro,
        }
    }

    /// Whether the step asks the senior to do something.
    pub fn is_graded(&self) -> bool {
        !matches!(self, Step::Explain { .. })
    }

    /// The asset paths of the pictures the step shows (an explanation's picture, a practice
    /// phone's picture and dialog blocks).
    pub fn pictures(&self) -> Vec<&str> {
        use super::phone::Block;
        match self {
            Step::Explain { picture, .. } => picture.as_deref().into_iter().collect(),
            Step::Practice(p) => p
                .phone
                .blocks
                .iter()
                .filter_map(|b| match b {
                    Block::Picture { picture, .. } => Some(picture.as_str()),
                    Block::Dialog { picture, .. } => picture.as_deref(),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Rewrites every picture path of the step (a pack's pictures live in its folder).
    pub fn map_pictures(&mut self, mut f: impl FnMut(&str) -> String) {
        use super::phone::Block;
        match self {
            Step::Explain { picture: Some(p), .. } => *p = f(p),
            Step::Practice(practice) => {
                for block in &mut practice.phone.blocks {
                    match block {
                        Block::Picture { picture, .. } => *picture = f(picture),
                        Block::Dialog { picture: Some(p), .. } => *p = f(p),
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }

    /// Every Fluent id the step uses.
    pub fn message_ids(&self) -> Vec<&str> {
        match self {
            Step::Explain { text, .. } => vec![text],
            Step::Question { text, answers } => std::iter::once(text.as_str())
                .chain(answers.iter().flat_map(|a| [a.text.as_str(), a.feedback.as_str()]))
                .collect(),
            Step::Practice(p) => std::iter::once(p.instruction.as_str())
                .chain(p.phone.title.as_deref())
                .chain(p.phone.blocks.iter().flat_map(|b| [b.shown_ids(), b.speech_ids()].concat()))
                .chain(p.targets.iter().flat_map(|t| {
                    let mut ids = vec![t.feedback.as_str()];
                    if let Effect::Input { wrong_input, empty_input, .. } = &t.effect {
                        ids.extend([wrong_input.as_str(), empty_input.as_str()]);
                    }
                    ids
                }))
                .collect(),
            Step::RolePlay(r) => [r.intro.as_str(), r.caller.as_str(), r.debrief.as_str()]
                .into_iter()
                .chain(r.turns.iter().flat_map(|t| {
                    [t.line.as_str(), t.phrase.as_str()]
                        .into_iter()
                        .chain(t.choices.iter().flat_map(|c| [c.text.as_str(), c.feedback.as_str()]))
                }))
                .collect(),
        }
    }

    /// The Fluent ids the voice says, in order, and whether each is in the second voice (the
    /// content the senior judges) rather than the narrator's.
    pub fn spoken(&self) -> Vec<(&str, bool)> {
        match self {
            Step::Practice(p) => std::iter::once((p.instruction.as_str(), false))
                .chain(p.phone.spoken().into_iter().map(|id| (id, true)))
                .collect(),
            Step::RolePlay(r) => vec![(r.intro.as_str(), false), (r.caller.as_str(), true)],
            other => vec![(other.prompt_id(), false)],
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

    pub fn practices(&self) -> impl Iterator<Item = &Practice> {
        self.steps.iter().filter_map(|s| match s {
            Step::Practice(p) => Some(p),
            _ => None,
        })
    }
}
