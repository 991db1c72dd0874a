//! `VolunteerNewEventAdapter`: a new event made on the phone (venue, city).

use blue_vest_core::app::AppController;
use blue_vest_core::navigation::ScreenId;
use slint::{ComponentHandle, SharedString};

use super::{AppWindow, Controller, VolunteerNewEventAdapter, handler};

/// The form opened: an empty venue and the organisation's city.
pub fn on_enter(window: &AppWindow, c: &AppController) {
    if c.screen() != ScreenId::VolunteerNewEvent {
        return;
    }
    let form = window.global::<VolunteerNewEventAdapter>();
    form.set_venue(SharedString::new());
    form.set_city(c.new_event_city_default().into());
}

pub fn push(window: &AppWindow, c: &AppController) {
    if c.screen() != ScreenId::VolunteerNewEvent {
        return;
    }
    let status = c.new_event_status().map(|s| s.text.id()).unwrap_or_default();
    window.global::<VolunteerNewEventAdapter>().set_status_id(status.into());
}

pub fn connect(window: &AppWindow, controller: &Controller) {
    let create = handler(window, controller, |c, _, (venue, city): (SharedString, SharedString)| {
        c.create_event(&venue, &city);
    });
    window.global::<VolunteerNewEventAdapter>().on_create(move |venue, city| create((venue, city)));
}
