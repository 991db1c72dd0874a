//! The one table between the UI's `Screen` enum and the core's `ScreenId`.

use blue_vest_core::navigation::ScreenId;

use super::Screen;

const SCREENS: [(ScreenId, Screen); 15] = [
    (ScreenId::Home, Screen::Home),
    (ScreenId::Settings, Screen::Settings),
    (ScreenId::Lesson, Screen::Lesson),
    (ScreenId::Result, Screen::Result),
    (ScreenId::Review, Screen::Review),
    (ScreenId::Certificates, Screen::Certificates),
    (ScreenId::EventCode, Screen::EventCode),
    (ScreenId::Consent, Screen::Consent),
    (ScreenId::CheckedIn, Screen::CheckedIn),
    (ScreenId::MyEvents, Screen::MyEvents),
    (ScreenId::LearnerCard, Screen::LearnerCard),
    (ScreenId::VolunteerSignIn, Screen::VolunteerSignIn),
    (ScreenId::VolunteerHome, Screen::VolunteerHome),
    (ScreenId::VolunteerNewEvent, Screen::VolunteerNewEvent),
    (ScreenId::VolunteerEvent, Screen::VolunteerEvent),
];

pub fn ui_screen(screen: ScreenId) -> Screen {
    SCREENS.iter().find(|(core, _)| *core == screen).map(|(_, ui)| *ui).expect("every ScreenId is in the table")
}

pub fn core_screen(screen: Screen) -> ScreenId {
    SCREENS.iter().find(|(_, ui)| *ui == screen).map(|(core, _)| *core).expect("every Screen is in the table")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_screen_maps_both_ways() {
        assert_eq!(SCREENS.len(), ScreenId::ALL.len());
        for id in ScreenId::ALL {
            assert_eq!(core_screen(ui_screen(id)), id);
        }
    }
}
