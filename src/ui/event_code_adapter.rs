//! `EventCodeAdapter`: "I'm at an event": the six digit boxes and the keypad.

use blue_vest_core::app::{AppController, EVENT_CODE_DIGITS};
use blue_vest_core::navigation::ScreenId;
use slint::{ComponentHandle, SharedString};

use super::models::{new_list, set_rows};
use super::{AppWindow, Controller, EventCodeAdapter, handler, handler0};

pub fn push(window: &AppWindow, c: &AppController) {
    if c.screen() != ScreenId::EventCode {
        return;
    }
    let a = window.global::<EventCodeAdapter>();
    let typed = c.typed_event_code();
    let digits = (0..EVENT_CODE_DIGITS).map(|i| SharedString::from(typed.get(i..i + 1).unwrap_or_default()));
    set_rows(&a.get_digits(), digits);
    a.set_typed(typed.into());
    a.set_typed_count(typed.len() as i32);
    a.set_can_check_in(c.can_check_in());
    a.set_status_id(c.check_in_status().map(|s| s.text.id()).unwrap_or_default().into());
}

pub fn connect(window: &AppWindow, controller: &Controller) {
    let code = window.global::<EventCodeAdapter>();
    code.set_digits(new_list());
    code.on_key(handler(window, controller, |c, _, digit: SharedString| c.event_code_key(&digit)));
    code.on_delete(handler0(window, controller, |c, _| c.event_code_delete()));
    code.on_check_in(handler0(window, controller, |c, _| c.event_check_in()));
}
