//! The vocabulary of simulated phone screens: for each kind, the text slots it shows and the
//! targets a senior can tap. Lesson files may use only these; the checker enforces it.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ScreenKind {
    IncomingCall,
    Sms,
    Chat,
    Payment,
    Settings,
}

/// `(slot, required)`.
type Slots = &'static [(&'static str, bool)];

impl ScreenKind {
    pub const ALL: [ScreenKind; 5] =
        [ScreenKind::IncomingCall, ScreenKind::Sms, ScreenKind::Chat, ScreenKind::Payment, ScreenKind::Settings];

    /// The name used in lesson files.
    pub fn name(self) -> &'static str {
        match self {
            ScreenKind::IncomingCall => "incoming-call",
            ScreenKind::Sms => "sms",
            ScreenKind::Chat => "chat",
            ScreenKind::Payment => "payment",
            ScreenKind::Settings => "settings",
        }
    }

    pub fn from_name(name: &str) -> Option<ScreenKind> {
        Self::ALL.into_iter().find(|k| k.name() == name)
    }

    pub fn slots(self) -> Slots {
        match self {
            ScreenKind::IncomingCall => &[("caller", true), ("number", true)],
            ScreenKind::Sms => &[("sender", true), ("body", true), ("link", true)],
            ScreenKind::Chat => &[("agent", true), ("message-1", true), ("message-2", false), ("message-3", false)],
            ScreenKind::Payment => &[("merchant", true), ("amount", true), ("note", false)],
            ScreenKind::Settings => &[("title", true), ("sample", true)],
        }
    }

    /// Every target the screen shows; a lesson gives each a role.
    pub fn targets(self) -> &'static [&'static str] {
        match self {
            ScreenKind::IncomingCall => &["answer", "decline"],
            ScreenKind::Sms => &["link", "delete", "official-app"],
            ScreenKind::Chat => &["share-screen", "send-code", "refuse", "call-contact"],
            ScreenKind::Payment => &["confirm", "cancel", "ask-family"],
            ScreenKind::Settings => &["smaller", "larger", "done"],
        }
    }
}
