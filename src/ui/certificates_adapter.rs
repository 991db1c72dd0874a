//! `CertificatesAdapter`: finished tracks' certificates and the (optional) name on them.

use blue_vest_core::app::AppController;
use blue_vest_core::navigation::ScreenId;
use slint::{ComponentHandle, SharedString};

use super::models::{new_list, set_rows};
use super::{AppWindow, CertificateItem, CertificatesAdapter, Controller, handler};

pub fn push(window: &AppWindow, c: &AppController) {
    let adapter = window.global::<CertificatesAdapter>();
    adapter.set_name_saved(c.certificate_name_saved());
    if c.screen() != ScreenId::Certificates {
        return;
    }
    let certificates = c.certificates();
    let items = certificates.iter().map(|cert| {
        let lessons: Vec<SharedString> = cert.lesson_title_ids.iter().map(|t| t.as_str().into()).collect();
        CertificateItem {
            track_title_id: cert.track_title.id().into(),
            date: cert.date.as_str().into(),
            lesson_title_ids: slint::ModelRc::new(slint::VecModel::from(lessons)),
        }
    });
    // A certificate never changes once issued: rows are only added.
    let model = adapter.get_certificates();
    if slint::Model::row_count(&model) != certificates.len() {
        set_rows(&model, items);
    }
    // The field shows what is stored unless the senior is typing (then nothing was saved yet).
    if !c.certificate_name_saved() {
        adapter.set_name(certificates.first().and_then(|c| c.name.clone()).unwrap_or_default().into());
    }
}

pub fn connect(window: &AppWindow, controller: &Controller) {
    let adapter = window.global::<CertificatesAdapter>();
    adapter.set_certificates(new_list());
    adapter.on_save_name(handler(window, controller, |c, _, name: SharedString| c.set_certificate_name(&name)));
}
