//! The desktop binary's own commands: `check-content` on the shipped content and on broken
//! fixtures.

use std::path::Path;
use std::process::Command;

use blue_vest_core::lessons::{Content, check};

fn fixtures() -> Content {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/core/tests/fixtures/broken");
    Content::from_dirs(&root.join("assets"), &root.join("locales")).unwrap()
}

#[test]
fn the_command_exits_0_on_shipped_content_and_1_with_a_line_per_problem() {
    let exe = env!("CARGO_BIN_EXE_blue-vest");
    let ok = Command::new(exe).arg("check-content").output().unwrap();
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stdout));
    let (shipped, _) = check(&Content::embedded());
    let expected = format!("content ok: {} lessons", shipped.len());
    assert!(String::from_utf8_lossy(&ok.stdout).contains(&expected), "{}", String::from_utf8_lossy(&ok.stdout));

    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/core/tests/fixtures/broken");
    let bad = Command::new(exe)
        .args(["check-content", "--assets"])
        .arg(root.join("assets"))
        .arg("--locales")
        .arg(root.join("locales"))
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&bad.stdout);
    let (_, problems) = check(&fixtures());
    assert_eq!(stdout.lines().count(), problems.len(), "one line per problem:\n{stdout}");
    assert!(stdout.lines().all(|l| l.contains("lessons/")), "each line names its file:\n{stdout}");
}
