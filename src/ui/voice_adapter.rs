//! `VoiceAdapter`: whether the voice is on and can speak ("voice unavailable" otherwise), and
//! "Repeat".

use blue_vest_core::app::AppController;
use slint::ComponentHandle;

use super::{AppWindow, Controller, VoiceAdapter, handler0};

pub fn push(window: &AppWindow, c: &AppController) {
    let voice = window.global::<VoiceAdapter>();
    voice.set_enabled(c.settings().voice_enabled);
    voice.set_available(c.voice_available());
}

pub fn connect(window: &AppWindow, controller: &Controller) {
    window.global::<VoiceAdapter>().on_repeat(handler0(window, controller, |c, _| c.repeat_prompt()));
}
