//! `Theme`: the text-size setting and the high-contrast theme (every size and colour in the
//! views derives from these two, and from `rem`, which carries the system's font scale). High
//! contrast is the senior's choice, else what the system asks for (`settings::high_contrast`).

use blue_vest_core::app::AppController;
use slint::ComponentHandle;

use super::{AppWindow, Theme};

pub fn push(window: &AppWindow, c: &AppController) {
    let theme = window.global::<Theme>();
    theme.set_text_scale(c.text_scale());
    theme.set_high_contrast(c.high_contrast());
}
