//! The content checker on the shipped lessons and on broken fixtures, through the library and
//! through `blue-vest check-content`.

use std::path::Path;

use blue_vest_core::i18n::Localizer;
use blue_vest_core::lessons::{Content, ScreenKind, Step, Track, check};

fn fixtures() -> Content {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken");
    Content::from_dirs(&root.join("assets"), &root.join("locales")).unwrap()
}

#[test]
fn the_shipped_content_is_valid_and_covers_what_the_issue_asks() {
    let (lessons, problems) = check(&Content::embedded());
    assert!(problems.is_empty(), "{problems:#?}");
    for track in Track::ALL {
        let n = lessons.iter().filter(|l| l.track == track).count();
        assert!(n >= 3, "{track:?} has {n} lessons");
    }
    let steps: Vec<&Step> = lessons.iter().flat_map(|l| &l.steps).collect();
    assert!(steps.iter().any(|s| matches!(s, Step::Explain { .. })));
    assert!(steps.iter().any(|s| matches!(s, Step::Question { .. })));
    let screens: std::collections::BTreeSet<&str> = steps
        .iter()
        .filter_map(|s| match s {
            Step::Simulated { screen, .. } => Some(screen.name()),
            _ => None,
        })
        .collect();
    assert!(screens.len() >= 4, "simulated screens used: {screens:?}");
    for lesson in &lessons {
        assert!(lesson.steps.iter().any(|s| matches!(s, Step::Simulated { .. })), "{} practises", lesson.id);
        assert!(lesson.steps.iter().any(|s| matches!(s, Step::Question { .. })), "{} asks", lesson.id);
        assert!(!lesson.sources.is_empty(), "{} cites its sources", lesson.id);
    }
    assert_eq!(ScreenKind::ALL.len(), 5);
}

#[test]
fn both_locales_define_the_same_lesson_texts() {
    let localizer = Localizer::embedded();
    let (lessons, _) = check(&Content::embedded());
    for lesson in &lessons {
        for id in lesson.message_ids() {
            let (zh, en) = (localizer.text_in("zh-CN", id), localizer.text_in("en-US", id));
            assert!(zh.is_some_and(|t| !t.trim().is_empty()), "zh-CN {id}");
            assert!(en.is_some_and(|t| !t.trim().is_empty()), "en-US {id}");
        }
    }
}

#[test]
fn each_broken_fixture_is_reported_precisely() {
    let (lessons, problems) = check(&fixtures());
    let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
    let has = |file: &str, rest: &str| {
        lines.iter().any(|l| l.contains(&format!("lessons/{file}")) && l.ends_with(rest))
            || panic!("no line for {file} ending {rest:?} in {lines:#?}")
    };
    has("bad-kind.toml", ": step 2: unknown step kind \"quiz\" (known: explain, question, simulated)");
    has("missing-text.toml", ": step 2 [en-US]: missing message \"missing-text-2\"");
    has("missing-text.toml", ": step 1: missing picture \"pictures/nowhere.svg\"");
    has("two-right.toml", ": step 1: a question needs exactly one right answer, not 2");
    has("no-correct.toml", ": step 2: the incoming-call screen has no correct target");
    assert!(
        lines
            .iter()
            .any(|l| l.contains("duplicate.toml") && l.contains("id \"no-correct\" differs from the file name"))
    );
    assert!(!lines.iter().any(|l| l.contains("[zh-CN]") && l.contains("missing-text-2")), "zh-CN has it");
    assert!(lessons.is_empty(), "no broken lesson is used: {:?}", lessons.iter().map(|l| &l.id).collect::<Vec<_>>());
}

#[test]
fn a_duplicate_id_is_reported() {
    let mut content = fixtures();
    let (_, source) = content.lessons.iter().find(|(f, _)| f.ends_with("bad-kind.toml")).unwrap().clone();
    let fixed = source.replace("kind = \"quiz\"", "kind = \"explain\"");
    content.lessons.retain(|(f, _)| !f.ends_with("bad-kind.toml"));
    content.lessons.push(("x/lessons/bad-kind.toml".into(), fixed.clone()));
    content.lessons.push(("y/lessons/bad-kind.toml".into(), fixed));
    let (lessons, problems) = check(&content);
    assert!(
        problems.iter().any(|p| p.file == "y/lessons/bad-kind.toml"
            && p.message == "duplicate lesson id \"bad-kind\" (also in x/lessons/bad-kind.toml)"),
        "{problems:#?}"
    );
    assert_eq!(lessons.iter().filter(|l| l.id == "bad-kind").count(), 1);
}
