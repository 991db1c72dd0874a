//! `VolunteerEventAdapter`: one event: its code large, the count, check-in by learner code and
//! the learners checked in here.

use blue_vest_core::app::AppController;
use blue_vest_core::navigation::ScreenId;
use slint::{ComponentHandle, SharedString};

use super::models::{new_list, set_rows};
use super::my_events_adapter::record_item;
use super::{AppWindow, Controller, VolunteerEventAdapter, handler};

/// The event opened: the learner-code field starts empty.
pub fn on_enter(window: &AppWindow, c: &AppController) {
    if c.screen() == ScreenId::VolunteerEvent {
        window.global::<VolunteerEventAdapter>().set_learner_code(SharedString::new());
    }
}

pub fn push(window: &AppWindow, c: &AppController) {
    if c.screen() != ScreenId::VolunteerEvent {
        return;
    }
    let Some(v) = c.volunteer_event_view() else { return };
    let a = window.global::<VolunteerEventAdapter>();
    a.set_venue(v.event.venue.into());
    a.set_city(v.event.city.into());
    a.set_when(v.event.when.into());
    a.set_code(v.event.code.into());
    a.set_uploaded(v.event.uploaded);
    a.set_closed(v.event.closed);
    a.set_problem_id(v.event.problem.map(|t| t.id()).unwrap_or_default().into());
    a.set_count(v.count as i32);
    set_rows(&a.get_records(), v.records.iter().map(record_item));
    let status = c.volunteer_event_status();
    a.set_status_id(status.map(|s| s.text.id()).unwrap_or_default().into());
    a.set_status_value(status.map(|s| s.value.as_str()).unwrap_or_default().into());
    a.set_status_is_error(status.is_some_and(|s| s.is_error));
}

pub fn connect(window: &AppWindow, controller: &Controller) {
    let a = window.global::<VolunteerEventAdapter>();
    a.set_records(new_list());
    a.on_check_in(handler(window, controller, |c, window, code: SharedString| {
        if c.volunteer_check_in(&code) {
            // Ready for the next senior's card.
            window.global::<VolunteerEventAdapter>().set_learner_code(SharedString::new());
        }
    }));
}
