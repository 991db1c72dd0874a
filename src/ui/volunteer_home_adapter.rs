//! `VolunteerHomeAdapter`: who is signed in, the organisation's events and the sync status.

use blue_vest_core::app::AppController;
use blue_vest_core::navigation::ScreenId;
use blue_vest_core::texts::Text;
use slint::{ComponentHandle, SharedString};

use super::models::{new_list, set_rows};
use super::{AppWindow, Controller, EventItem, VolunteerHomeAdapter, handler, handler0};

pub fn push(window: &AppWindow, c: &AppController) {
    if c.screen() != ScreenId::VolunteerHome {
        return;
    }
    let Some(v) = c.volunteer_view() else { return };
    let a = window.global::<VolunteerHomeAdapter>();
    a.set_name(v.name.into());
    a.set_org_name(v.org_name.into());
    let events = v.events.iter().map(|e| EventItem {
        id: e.id.as_str().into(),
        venue: e.venue.as_str().into(),
        city: e.city.as_str().into(),
        when: e.when.as_str().into(),
        code: e.code.as_str().into(),
        uploaded: e.uploaded,
        closed: e.closed,
        problem_id: e.problem.map(|t| t.id()).unwrap_or_default().into(),
    });
    set_rows(&a.get_events(), events);
    a.set_waiting(v.sync.waiting as i32);
    a.set_quarantined(v.sync.quarantined as i32);
    a.set_last_sent(v.sync.last_sent.unwrap_or_default().into());
    a.set_problem_id(v.sync.problem.map(|t| t.id()).unwrap_or_default().into());
    a.set_sending(v.sync.sending);
    let separator = c.tr(Text::ListSeparator.id());
    a.set_packs(v.sync.packs.join(&separator).into());
    a.set_packs_refused(v.sync.packs_refused.join(&separator).into());
}

pub fn connect(window: &AppWindow, controller: &Controller) {
    let home = window.global::<VolunteerHomeAdapter>();
    home.set_events(new_list());
    home.on_open_event(handler(window, controller, |c, _, id: SharedString| {
        c.open_volunteer_event(&id);
    }));
    home.on_send_now(handler0(window, controller, |c, _| c.send_now()));
    home.on_sign_out(handler0(window, controller, |c, _| c.volunteer_sign_out()));
}
