//! `MyEventsAdapter`: the senior's own check-ins and where each is on its way to the server.

use blue_vest_core::app::{AppController, RecordView};
use blue_vest_core::navigation::ScreenId;
use slint::ComponentHandle;

use super::models::{new_list, set_rows};
use super::{AppWindow, Controller, MyEventsAdapter, RecordItem};

/// A check-in as the lists show it (also the volunteer's event screen's).
pub fn record_item(r: &RecordView) -> RecordItem {
    RecordItem {
        event_code: r.event_code.as_str().into(),
        learner: r.learner.as_str().into(),
        when: r.when.as_str().into(),
        state_id: r.state.id().into(),
        problem: r.problem,
    }
}

pub fn push(window: &AppWindow, c: &AppController) {
    if c.screen() != ScreenId::MyEvents {
        return;
    }
    set_rows(&window.global::<MyEventsAdapter>().get_records(), c.my_records().iter().map(record_item));
}

pub fn connect(window: &AppWindow, _controller: &Controller) {
    window.global::<MyEventsAdapter>().set_records(new_list());
}
