//! The content checker on the shipped lessons and on broken fixtures: each rule of CONTENT.md
//! fails on a lesson that breaks it, naming the file, the step and the locale.

use std::collections::BTreeSet;
use std::path::Path;

use blue_vest_core::i18n::Localizer;
use blue_vest_core::lessons::phone::App;
use blue_vest_core::lessons::{Content, Step, Track, check, embedded_lessons, parse_embedded_lessons};

fn fixtures() -> Content {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken");
    Content::from_dirs(&root.join("assets"), &root.join("locales")).unwrap()
}

#[test]
fn the_shipped_content_is_valid_and_follows_the_rules() {
    let (lessons, problems) = check(&Content::embedded());
    assert!(problems.is_empty(), "{problems:#?}");
    // CONTENT.md's curriculum: 19 phone lessons and 22 safety lessons, each order once.
    for (track, expected) in [(Track::Phone, 19), (Track::Safety, 22)] {
        let mut orders: Vec<u32> = lessons.iter().filter(|l| l.track == track).map(|l| l.order).collect();
        orders.sort_unstable();
        assert_eq!(orders.len(), expected, "{track:?} has {} lessons", orders.len());
        assert_eq!(orders, (1..=expected as u32).collect::<Vec<_>>(), "{track:?} lessons are numbered 1 to {expected}");
    }
    // The scam-call role-play in at least these four.
    for id in ["safety-police-call", "safety-credit-record", "safety-medical-social", "safety-fake-relative"] {
        let lesson = lessons.iter().find(|l| l.id == id).unwrap_or_else(|| panic!("{id} ships"));
        assert!(lesson.steps.iter().any(|s| matches!(s, Step::RolePlay(_))), "{id} has the scam-call role-play");
    }
    for lesson in &lessons {
        let practices: Vec<_> = lesson.practices().collect();
        assert!(practices.len() >= 2, "{} practises twice", lesson.id);
        assert!(practices.iter().any(|p| p.neutral), "{} has a neutral practice", lesson.id);
        assert!(lesson.steps.iter().any(|s| matches!(s, Step::Question { .. })), "{} asks", lesson.id);
        assert!(!lesson.sources.is_empty(), "{} cites its sources", lesson.id);
        if lesson.track == Track::Safety {
            assert!(practices.iter().any(|p| p.contrast), "{} has a genuine contrast", lesson.id);
            let count = |f: fn(&Step) -> bool| lesson.steps.iter().filter(|s| f(s)).count();
            assert!(count(|s| matches!(s, Step::Explain { .. })) >= 3, "{} explains three times", lesson.id);
            assert!(count(|s| matches!(s, Step::Question { .. })) >= 2, "{} asks twice", lesson.id);
        }
    }
    let apps: BTreeSet<&str> = lessons.iter().flat_map(|l| l.practices()).map(|p| p.phone.app.name()).collect();
    assert!(apps.len() >= 6, "practice apps used: {apps:?}");
    assert!(App::ALL.len() >= 17);
    assert!(lessons.iter().flat_map(|l| &l.steps).any(|s| matches!(s, Step::RolePlay(_))), "a role-play");
}

/// The app's start parses the embedded lessons without checking their messages (the test above
/// did): it must give the same lessons as the full check.
#[test]
fn the_app_start_gets_every_checked_lesson() {
    let (parsed, problems) = parse_embedded_lessons();
    assert!(problems.is_empty(), "{problems:#?}");
    let (checked, _) = embedded_lessons(&Localizer::embedded());
    assert_eq!(parsed, checked);
    assert_eq!(parsed.len(), check(&Content::embedded()).0.len());
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
        lines.iter().any(|l| l.contains(&format!("lessons/{file}:")) && l.contains(rest))
            || panic!("no line for {file} with {rest:?} in {lines:#?}")
    };
    // Structure.
    has("bad-kind.toml", ": step 2: unknown step kind \"quiz\" (known: explain, question, practice, roleplay)");
    has("missing-text.toml", ": step 1 [en-US]: missing message \"missing-text-e1\"");
    has("missing-text.toml", ": step 1: missing picture \"pictures/nowhere.svg\"");
    has("two-right.toml", ": step 4: a question needs exactly one right answer, not 2");
    has("no-correct.toml", ": step 2: the call screen has no correct target");
    has("duplicate.toml", "id \"no-correct\" differs from the file name");
    has("bad-block.toml", ": step 2: block 2 (bubble): unknown field \"url\"");
    has("unknown-target.toml", ": step 2: target \"share-screen\" is not on the screen");
    has("bad-roleplay.toml", ": step 4: a role-play needs 3 to 5 turns, not 2");
    has("bad-roleplay.toml", ": step 4: turn 1: needs exactly one \"go-along\" choice, not 0");
    has("bad-roleplay.toml", ": step 4: turn 2: unknown pressure \"greed\"");
    // CONTENT.md's rules.
    has("real-number.toml", ": step 2: number \"13800138000\" could be someone's real number");
    has("real-number.toml", ": step 3 [zh-CN]: number \"95588\" could be someone's real number");
    has("fake-reuse.toml", ": step 3: fake number \"010-0000-0950\" is already \"fake-reuse-p1-caller\"'s");
    has("bad-link.toml", ": step 2: link \"refund-bank.com\": lesson links must be under .example");
    has("few-practices.toml", ": a lesson needs at least two practices, not 1");
    has("no-neutral.toml", ": no practice is neutral");
    has("thin.toml", ": a safety lesson needs at least three explanation steps, not 1");
    has("thin.toml", ": a safety lesson needs at least two questions, not 1");
    has("names-action.toml", ": step 2 [zh-CN]: a neutral practice's instruction names the action \"拒接\"");
    has("no-contrast.toml", ": a safety lesson needs a genuine-contrast practice");
    has("bad-source.toml", ": source \"NOPE\" is not in assets/sources.toml");
    has("spoken-symbols.toml", ": step 2 [zh-CN]: spoken text has the symbol '¥'");
    has("bad-topic.toml", ": unknown topic \"cooking\"");
    // One line each, and every broken lesson left out; the good one stays.
    assert!(!lines.iter().any(|l| l.contains("[zh-CN]") && l.contains("missing-text-e1")), "zh-CN has it");
    assert!(!lines.iter().any(|l| l.contains("good.toml")), "the good fixture passes: {lines:#?}");
    assert_eq!(lessons.iter().map(|l| l.id.as_str()).collect::<Vec<_>>(), vec!["good"]);
}

#[test]
fn a_duplicate_id_is_reported() {
    let mut content = fixtures();
    let (_, source) = content.lessons.iter().find(|(f, _)| f.ends_with("good.toml")).unwrap().clone();
    content.lessons.push(("x/lessons/good.toml".into(), source));
    let (lessons, problems) = check(&content);
    assert!(
        problems
            .iter()
            .any(|p| p.file == "x/lessons/good.toml" && p.message.starts_with("duplicate lesson id \"good\"")),
        "{problems:#?}"
    );
    assert_eq!(lessons.iter().filter(|l| l.id == "good").count(), 1);
}

#[test]
fn a_missing_sources_registry_is_a_problem() {
    let mut content = fixtures();
    content.sources = None;
    let (_, problems) = check(&content);
    assert!(
        problems.iter().any(|p| p.file.ends_with("sources.toml") && p.message.contains("missing")),
        "{problems:#?}"
    );
}
