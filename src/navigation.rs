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
}

impl ScreenId {
    pub const ALL: [ScreenId; 6] = [
        ScreenId::Home,
        ScreenId::Settings,
        ScreenId::Lesson,
        ScreenId::Result,
        ScreenId::Review,
        ScreenId::Certificates,
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
        }
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
    fn names_round_trip() {
        for s in ScreenId::ALL {
            assert_eq!(ScreenId::from_name(s.name()), Some(s));
        }
        assert_eq!(ScreenId::from_name("nope"), None);
    }
}
