//! `Tr`: every label's text comes from the controller's Fluent localizer; a new language bumps
//! `revision`, so every label re-reads its text at once.

use blue_vest_core::app::AppController;
use slint::{ComponentHandle, SharedString};

use super::{AppWindow, Controller, Tr};

pub fn push(window: &AppWindow, c: &AppController) {
    let tr = window.global::<Tr>();
    if tr.get_locale() != c.locale() {
        tr.set_locale(c.locale().into());
        tr.set_revision(tr.get_revision() + 1);
    }
}

pub fn connect(window: &AppWindow, controller: &Controller) {
    let tr = window.global::<Tr>();
    let c = std::rc::Rc::downgrade(controller);
    tr.on_lookup(move |_revision, id| c.upgrade().map(|c| SharedString::from(c.borrow().tr(&id))).unwrap_or_default());
    let c = std::rc::Rc::downgrade(controller);
    tr.on_lookup_count(move |_revision, id, n, total| {
        c.upgrade().map(|c| SharedString::from(c.borrow().tr_count(&id, n.into(), total.into()))).unwrap_or_default()
    });
    let c = std::rc::Rc::downgrade(controller);
    tr.on_lookup_value(move |_revision, id, value| {
        c.upgrade().map(|c| SharedString::from(c.borrow().tr_value(&id, &value))).unwrap_or_default()
    });
}
