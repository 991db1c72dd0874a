//! `SettingsAdapter`: text size, language, high contrast, voice and speech rate, the trusted
//! contact form.

use blue_vest_core::app::AppController;
use blue_vest_core::settings;
use slint::{ComponentHandle, SharedString};

use super::models::{new_list, set_rows};
use super::{AppWindow, Controller, LanguageItem, SettingsAdapter, handler, handler0};

pub fn push(window: &AppWindow, c: &AppController) {
    let s = window.global::<SettingsAdapter>();
    s.set_text_scale(c.text_scale());
    s.set_text_scale_min(settings::TEXT_SCALE_MIN);
    s.set_text_scale_max(settings::TEXT_SCALE_MAX);
    s.set_speech_rate(c.settings().speech_rate);
    s.set_speech_rate_min(settings::SPEECH_RATE_MIN);
    s.set_speech_rate_max(settings::SPEECH_RATE_MAX);
    s.set_locale(c.locale().into());
    let languages = c.languages().into_iter().map(|(code, name)| LanguageItem { code: code.into(), name: name.into() });
    set_rows(&s.get_languages(), languages);
    s.set_high_contrast(c.high_contrast());
    s.set_voice_enabled(c.settings().voice_enabled);
    s.set_has_contact(c.settings().trusted_contact.is_some());
    let status = c.contact_status();
    s.set_contact_status_id(status.map(|st| st.text.id()).unwrap_or_default().into());
    s.set_contact_status_is_error(status.is_some_and(|st| st.is_error));
}

/// The contact fields show what is stored (after loading, saving or removing), not mid-typing.
fn push_contact_fields(window: &AppWindow, c: &AppController) {
    let s = window.global::<SettingsAdapter>();
    let (name, phone) =
        c.settings().trusted_contact.as_ref().map(|t| (t.name.as_str(), t.phone.as_str())).unwrap_or_default();
    s.set_contact_name(name.into());
    s.set_contact_phone(phone.into());
}

pub fn connect(window: &AppWindow, controller: &Controller) {
    push_contact_fields(window, &controller.borrow());
    let s = window.global::<SettingsAdapter>();
    s.set_languages(new_list());
    s.on_text_scale_changed(handler(window, controller, |c, _, v| c.set_text_scale(v)));
    s.on_locale_chosen(handler(window, controller, |c, _, code: SharedString| {
        c.set_locale(&code);
    }));
    s.on_high_contrast_changed(handler(window, controller, |c, _, on| c.set_high_contrast(on)));
    s.on_voice_changed(handler(window, controller, |c, _, on| c.set_voice_enabled(on)));
    s.on_speech_rate_changed(handler(window, controller, |c, _, v| c.set_speech_rate(v)));
    let save = handler(window, controller, |c, window, (name, phone): (SharedString, SharedString)| {
        if c.save_contact(&name, &phone).is_ok() {
            push_contact_fields(window, c);
        }
    });
    s.on_save_contact(move |name, phone| save((name, phone)));
    s.on_remove_contact(handler0(window, controller, |c, window| {
        c.remove_contact();
        push_contact_fields(window, c);
    }));
}
