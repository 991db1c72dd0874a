//! Screens and the way back. Home is always the bottom of the history, so Back always works and
//! Home is one tap.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ScreenId {
    Home,
    Settings,
    /// The lesson runner (its prompt is the current step's).
    Lesson,
    /// The end of a lesson.
    Result,
    /// Questions answered wrongly before (its prompt is the question's).
    Review,
    Certificates,
    /// "I'm at an event": the keypad for the volunteer's 6-digit code.
    EventCode,
    /// What a check-in shares, asked once before the first one.
    Consent,
    /// The confirmation after a check-in.
    CheckedIn,
    /// The senior's own check-ins and where each is on its way to the server.
    MyEvents,
    /// The learner code (and QR) a volunteer types or scans.
    LearnerCard,
    /// Volunteer mode: sign-in, then the volunteer's home, a new event, and one event.
    VolunteerSignIn,
    VolunteerHome,
    VolunteerNewEvent,
    VolunteerEvent,
}

impl ScreenId {
    pub const ALL: [ScreenId; 15] = [
        ScreenId::Home,
        ScreenId::Settings,
        ScreenId::Lesson,
        ScreenId::Result,
        ScreenId::Review,
        ScreenId::Certificates,
        ScreenId::EventCode,
        ScreenId::Consent,
        ScreenId::CheckedIn,
        ScreenId::MyEvents,
        ScreenId::LearnerCard,
        ScreenId::VolunteerSignIn,
        ScreenId::VolunteerHome,
        ScreenId::VolunteerNewEvent,
        ScreenId::VolunteerEvent,
    ];

    /// The name used on the command line (`blue-vest screenshot --screen NAME`).
    pub fn name(self) -> &'static str {
        match self {
            ScreenId::Home => "home",
            ScreenId::Settings => "settings",
            ScreenId::Lesson => "lesson",
            ScreenId::Result => "result",
            ScreenId::Review => "review",
            ScreenId::Certificates => "certificates",
            ScreenId::EventCode => "event-code",
            ScreenId::Consent => "consent",
            ScreenId::CheckedIn => "checked-in",
            ScreenId::MyEvents => "my-events",
            ScreenId::LearnerCard => "learner-card",
            ScreenId::VolunteerSignIn => "volunteer-sign-in",
            ScreenId::VolunteerHome => "volunteer-home",
            ScreenId::VolunteerNewEvent => "volunteer-new-event",
            ScreenId::VolunteerEvent => "volunteer-event",
        }
    }

    pub fn from_name(name: &str) -> Option<ScreenId> {
        Self::ALL.into_iter().find(|s| s.name() == name)
    }

    /// The Fluent id of what the voice says on entering this screen (`None` for the lesson
    /// runner, whose prompt is the current step's).
    pub fn prompt_id(self) -> Option<&'static str> {
        match self {
            ScreenId::Home => Some("prompt-home"),
            ScreenId::Settings => Some("prompt-settings"),
            ScreenId::Lesson | ScreenId::Review => None,
            ScreenId::Result => Some("prompt-lesson-result"),
            ScreenId::Certificates => Some("prompt-certificates"),
            ScreenId::EventCode => Some("prompt-event-code"),
            ScreenId::Consent => Some("prompt-consent"),
            ScreenId::CheckedIn => Some("prompt-checked-in"),
            ScreenId::MyEvents => Some("prompt-my-events"),
            ScreenId::LearnerCard => Some("prompt-learner-card"),
            ScreenId::VolunteerSignIn => Some("prompt-volunteer-sign-in"),
            ScreenId::VolunteerHome => Some("prompt-volunteer-home"),
            ScreenId::VolunteerNewEvent => Some("prompt-volunteer-new-event"),
            ScreenId::VolunteerEvent => Some("prompt-volunteer-event"),
        }
    }

    /// Volunteer mode's screens (signing out leaves them all).
    pub fn is_volunteer(self) -> bool {
        matches!(
            self,
            ScreenId::VolunteerSignIn
                | ScreenId::VolunteerHome
                | ScreenId::VolunteerNewEvent
                | ScreenId::VolunteerEvent
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Navigation {
    stack: Vec<ScreenId>,
}

impl Default for Navigation {
    fn default() -> Self {
        Navigation { stack: vec![ScreenId::Home] }
    }
}

impl Navigation {
    pub fn current(&self) -> ScreenId {
        *self.stack.last().expect("home is never popped")
    }

    pub fn can_go_back(&self) -> bool {
        self.stack.len() > 1
    }

    /// Opens `screen`; opening the screen already shown changes nothing, and opening Home is
    /// the same as going home.
    pub fn open(&mut self, screen: ScreenId) {
        if screen == ScreenId::Home {
            self.home();
        } else if self.current() != screen {
            self.stack.push(screen);
        }
    }

    pub fn back(&mut self) {
        if self.can_go_back() {
            self.stack.pop();
        }
    }

    pub fn home(&mut self) {
        self.stack.truncate(1);
    }

    /// Shows `screen` in place of the current one (a form done: Back skips it).
    pub fn replace(&mut self, screen: ScreenId) {
        self.back();
        self.open(screen);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_and_home_always_work() {
        let mut nav = Navigation::default();
        nav.back();
        assert_eq!(nav.current(), ScreenId::Home);
        nav.open(ScreenId::Settings);
        nav.open(ScreenId::Settings);
        assert!(nav.can_go_back());
        nav.back();
        assert_eq!(nav.current(), ScreenId::Home);
        nav.open(ScreenId::Settings);
        nav.home();
        assert_eq!(nav.current(), ScreenId::Home);
        assert!(!nav.can_go_back());
    }

    #[test]
    fn replace_skips_the_finished_form_on_the_way_back() {
        let mut nav = Navigation::default();
        nav.open(ScreenId::VolunteerHome);
        nav.open(ScreenId::VolunteerNewEvent);
        nav.replace(ScreenId::VolunteerEvent);
        assert_eq!(nav.current(), ScreenId::VolunteerEvent);
        nav.back();
        assert_eq!(nav.current(), ScreenId::VolunteerHome);
        nav.home();
        nav.replace(ScreenId::Settings);
        assert_eq!(nav.current(), ScreenId::Settings, "Home itself is never replaced");
        nav.back();
        assert_eq!(nav.current(), ScreenId::Home);
    }

    #[test]
    fn names_round_trip() {
        for s in ScreenId::ALL {
            assert_eq!(ScreenId::from_name(s.name()), Some(s));
        }
        assert_eq!(ScreenId::from_name("nope"), None);
    }
}
