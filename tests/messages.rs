//! Every message id the app uses exists in every locale: ids written in the Slint views and the
//! ids the Rust side hands to them.

use std::collections::BTreeSet;

use blue_vest::i18n::Localizer;
use blue_vest::navigation::ScreenId;
use blue_vest::settings::ContactError;
use blue_vest::store::OpenNote;

/// Ids in `Tr.tr("…")` and `Tr.tr-count("…", …)` calls in the views (literal ids only).
fn ids_in_views() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/ui"))];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            let source = std::fs::read_to_string(&p).unwrap();
            for call in ["Tr.tr(\"", "Tr.tr-count(\"", "Tr.tr-value(\""] {
                for part in source.split(call).skip(1) {
                    let id = part.split('"').next().unwrap();
                    // `Tr.tr("prefix-" + name)` builds the id: the Rust side lists those.
                    if !part[id.len() + 1..].trim_start().starts_with('+') {
                        ids.insert(id.to_owned());
                    }
                }
            }
        }
    }
    ids
}

/// Ids chosen in Rust and shown through the views.
fn ids_from_rust() -> BTreeSet<String> {
    let mut ids: BTreeSet<String> = ScreenId::ALL.iter().filter_map(|s| s.prompt_id()).map(String::from).collect();
    for e in
        [ContactError::NameMissing, ContactError::NameTooLong, ContactError::PhoneMissing, ContactError::PhoneInvalid]
    {
        ids.insert(e.message_id().to_owned());
    }
    for note in [
        OpenNote::Recovered { moved_to: "x".into(), salvaged_settings: 0 },
        OpenNote::InMemory { reason: String::new() },
    ] {
        ids.insert(note.message_id().to_owned());
    }
    for track in blue_vest::lessons::Track::ALL {
        ids.insert(blue_vest::tracks::title_id(track).to_owned());
    }
    for target in blue_vest::lessons::ScreenKind::ALL.iter().flat_map(|k| k.targets()) {
        ids.insert(format!("sim-target-{target}"));
    }
    // The attendance screens' states, reasons and form outcomes.
    ids.extend(blue_vest::app::attendance_message_ids().into_iter().map(String::from));
    ids.extend(
        ["contact-saved", "contact-removed", "language-name", "app-name", "lesson-step", "review-step", "review-title"]
            .map(String::from),
    );
    ids
}

#[test]
fn every_used_message_exists_in_every_locale() {
    let localizer = Localizer::embedded();
    let view_ids = ids_in_views();
    assert!(view_ids.len() > 30, "the scan found the views' ids: {view_ids:?}");
    let mut missing = Vec::new();
    for locale in ["zh-CN", "en-US"] {
        for id in view_ids.iter().chain(&ids_from_rust()) {
            if !localizer.has(locale, id) {
                missing.push(format!("{locale}: {id}"));
            }
        }
    }
    assert!(missing.is_empty(), "missing messages: {missing:#?}");
}

#[test]
fn the_scan_would_catch_a_missing_id() {
    let (localizer, _) = Localizer::from_sources([("en-US", "a.ftl", "home-title = Home\n")]);
    assert!(localizer.has("en-US", "home-title"));
    assert!(!localizer.has("en-US", "settings-title"));
    assert!(!localizer.has("zh-CN", "home-title"));
}
