//! Every message id the app uses exists in every locale: ids written in the Slint views and the
//! ids the Rust side hands to them.

use std::collections::BTreeSet;

use blue_vest_core::i18n::Localizer;
use blue_vest_core::lessons::Pressure;
use blue_vest_core::lessons::phone::builtin;
use blue_vest_core::navigation::ScreenId;
use blue_vest_core::texts::Text;
use blue_vest_core::tracks::Topic;

/// Ids in `Tr.tr("…")` and `Tr.tr-count("…", …)` calls in the views (literal ids only).
fn ids_in_views() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../ui"))];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            // The views, not the fonts beside them.
            if p.extension().is_none_or(|e| e != "slint") {
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

/// Ids chosen in Rust and shown or said through the views: every `Text`, every screen's prompt,
/// the practice phone's default feedback for its keys and helpers, the role-play's pressure
/// names, and the topics Home groups lessons by.
fn ids_from_rust() -> BTreeSet<String> {
    let mut ids: BTreeSet<String> = ScreenId::ALL.iter().filter_map(|s| s.prompt_id()).map(String::from).collect();
    ids.extend(Text::ALL.iter().map(|t| t.id().to_owned()));
    ids.extend(builtin::ALL.iter().map(|t| builtin::default_feedback(t).to_owned()));
    ids.extend(Pressure::ALL.iter().map(|p| p.text_id()));
    ids.extend(Topic::ALL.iter().map(|t| t.text_id()));
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
