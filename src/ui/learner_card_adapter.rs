//! `LearnerCardAdapter`: this phone's learner code, large and as a QR code.

use blue_vest_core::app::AppController;
use blue_vest_core::navigation::ScreenId;
use slint::ComponentHandle;

use super::{AppWindow, LearnerCardAdapter, qr};

/// The card opened: draw its code and QR (once, not on every push).
pub fn on_enter(window: &AppWindow, c: &AppController) {
    if c.screen() != ScreenId::LearnerCard {
        return;
    }
    let card = window.global::<LearnerCardAdapter>();
    let code = c.learner_code_grouped().unwrap_or_default();
    let image = (!code.is_empty()).then(|| qr::qr_image(&code)).flatten();
    let (first, second) = code.split_once('-').unwrap_or((&code, ""));
    card.set_first_group(first.into());
    card.set_second_group(second.into());
    card.set_code(code.as_str().into());
    card.set_has_qr(image.is_some());
    card.set_qr(image.unwrap_or_default());
}
