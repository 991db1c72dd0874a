//! Packs end to end on a temporary disk: a good pack from archive to the installed list, and
//! every way one is refused (content, signature, bytes, dates, each archive limit), with
//! nothing left behind; an install cut short keeps the version that was there.

use std::io::{Cursor, Write};
use std::path::Path;

use chrono::{DateTime, NaiveDate};
use zip::CompressionMethod;
use zip::write::SimpleFileOptions;

use super::install::{Stage, install_with};
use super::*;

const PACK: &str = "demo";
const LESSON: &str = "demo--call";

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn today() -> NaiveDate {
    day(2025, 7, 1)
}

fn manifest() -> String {
    format!(
        "id = \"{PACK}\"\nvalid_from = 2025-06-01\nvalid_until = 2025-08-31\ncities = [\"杭州\", \"宁波\"]\nnotes = \"test pack\"\n\n[title]\nzh-CN = \"假客服电话\"\nen-US = \"Fake customer service\"\n"
    )
}

/// A safety lesson that passes every rule of the content checker.
fn lesson_toml() -> String {
    let l = LESSON;
    format!(
        r#"id = "{l}"
track = "safety"
order = 90
topic = "messages"
sources = ["M22"]
title = "{l}-title"
remember = "{l}-remember"

[[steps]]
kind = "explain"
text = "{l}-explain-1"
picture = "pictures/badge.svg"

[[steps]]
kind = "explain"
text = "{l}-explain-2"

[[steps]]
kind = "explain"
text = "{l}-explain-3"

[[steps]]
kind = "question"
text = "{l}-q1"
answers = [
  {{ text = "{l}-q1-a", correct = true, feedback = "{l}-q1-a-fb" }},
  {{ text = "{l}-q1-b", correct = false, feedback = "{l}-q1-b-fb" }},
]

[[steps]]
kind = "practice"
instruction = "{l}-p1"
neutral = true
[steps.phone]
app = "sms"
title = "{l}-p1-sender"
[[steps.phone.blocks]]
type = "bubble"
text = "{l}-p1-body"
[[steps.phone.blocks]]
type = "buttons"
items = [
  {{ text = "sim-btn-delete", style = "secondary", target = "delete" }},
  {{ text = "{l}-p1-reply", style = "secondary", target = "reply" }},
]
[[steps.targets]]
target = "delete"
role = "correct"
feedback = "{l}-p1-delete-fb"
[[steps.targets]]
target = "reply"
role = "unsafe"
feedback = "{l}-p1-reply-fb"

[[steps]]
kind = "practice"
instruction = "{l}-p2"
contrast = true
[steps.phone]
app = "sms"
title = "{l}-p2-sender"
[[steps.phone.blocks]]
type = "bubble"
text = "{l}-p2-body"
[[steps.phone.blocks]]
type = "buttons"
items = [
  {{ text = "{l}-p2-reply", style = "primary", target = "reply" }},
  {{ text = "sim-btn-report", style = "danger", target = "report" }},
]
[[steps.targets]]
target = "reply"
role = "correct"
feedback = "{l}-p2-reply-fb"
[[steps.targets]]
target = "report"
role = "neutral"
feedback = "{l}-p2-report-fb"

[[steps]]
kind = "question"
text = "{l}-q2"
answers = [
  {{ text = "{l}-q2-a", correct = false, feedback = "{l}-q2-a-fb" }},
  {{ text = "{l}-q2-b", correct = true, feedback = "{l}-q2-b-fb" }},
]
"#
    )
}

fn ftl(locale: &str) -> String {
    let texts: &[(&str, &str)] = &[
        ("title", "Fake customer service"),
        ("remember", "Customer service never asks you to pay back a refund. Hang up and call the shop yourself."),
        ("explain-1", "A new trick this month: a caller says a parcel was lost and offers a refund."),
        ("explain-2", "Then he asks you to open an app and send money to get the refund."),
        ("explain-3", "A real shop never asks for money to pay you back."),
        ("q1", "Does a real shop ask for money before a refund?"),
        ("q1-a", "No, never"),
        ("q1-a-fb", "Right. A refund never costs you money."),
        ("q1-b", "Yes, sometimes"),
        ("q1-b-fb", "No. A refund never costs you money."),
        ("p1", "A text message arrives from an unknown sender. What do you do?"),
        ("p1-sender", "Unknown sender"),
        ("p1-body", "Your parcel was lost. Reply to get a refund today."),
        ("p1-reply", "Reply"),
        ("p1-delete-fb", "Well done. A stranger's refund offer is a trick."),
        ("p1-reply-fb", "Careful. Replying tells the scammer your number works."),
        ("p2", "Your daughter writes that she is coming for dinner. Answer her."),
        ("p2-sender", "Daughter"),
        ("p2-body", "Mum, I am coming for dinner tonight."),
        ("p2-reply", "Reply"),
        ("p2-reply-fb", "Good. A message from family you know is fine to answer."),
        ("p2-report-fb", "This is your daughter, nothing to report. Just answer her."),
        ("q2", "What do you do when a caller offers a refund?"),
        ("q2-a", "Follow his steps"),
        ("q2-a-fb", "No. Hang up and call the shop yourself."),
        ("q2-b", "Hang up and call the shop"),
        ("q2-b-fb", "Right. Call the number you know."),
    ];
    let mut out = format!("# {locale}\n");
    for (id, text) in texts {
        out.push_str(&format!("{LESSON}-{id} = {text}\n"));
    }
    out
}

const SVG: &[u8] =
    b"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>";

/// The good pack's files.
fn good_files() -> Vec<(String, Vec<u8>)> {
    vec![
        ("pack.toml".into(), manifest().into_bytes()),
        (format!("lessons/{LESSON}.toml"), lesson_toml().into_bytes()),
        (format!("locales/zh-CN/lessons/{LESSON}.ftl"), ftl("zh-CN").into_bytes()),
        (format!("locales/en-US/lessons/{LESSON}.ftl"), ftl("en-US").into_bytes()),
        ("pictures/badge.svg".into(), SVG.to_vec()),
        (format!("voice/zh-CN/{LESSON}-title.wav"), b"RIFF\x24\0\0\0WAVEfmt ".to_vec()),
    ]
}

/// An archive of `files` (deflate), with folders first as common tools write them.
fn zip_of(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    zip.add_directory("lessons/", options).unwrap();
    for (path, bytes) in files {
        zip.start_file(path.as_str(), options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn with(files: &[(String, Vec<u8>)], path: &str, bytes: impl Into<Vec<u8>>) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<_> = files.iter().filter(|(p, _)| p != path).cloned().collect();
    out.push((path.to_owned(), bytes.into()));
    out
}

fn without(files: &[(String, Vec<u8>)], path: &str) -> Vec<(String, Vec<u8>)> {
    files.iter().filter(|(p, _)| p != path).cloned().collect()
}

struct Campaign {
    signing: SigningKey,
    verifying: VerifyingKey,
}

impl Campaign {
    fn new() -> Campaign {
        let (signing, verifying) = generate_keypair();
        Campaign { signing, verifying }
    }

    /// What the server does with an accepted archive.
    fn sign(&self, archive: &[u8], version: u64) -> SignedStatement {
        let m = manifest_of(archive);
        sign(
            &Statement::for_archive(&m, version, archive, DateTime::from_timestamp(1_750_000_000, 0).unwrap()),
            &self.signing,
        )
    }

    /// A signed statement for bytes that were never checked (to reach the phone's own limits).
    fn sign_any(&self, archive: &[u8]) -> SignedStatement {
        let m = manifest_of(&zip_of(&good_files()));
        sign(
            &Statement::for_archive(&m, 1, archive, DateTime::from_timestamp(1_750_000_000, 0).unwrap()),
            &self.signing,
        )
    }

    fn install(&self, dir: &Path, archive: &[u8], version: u64) -> Result<InstalledPack, PackError> {
        install(dir, &self.sign(archive, version), archive, &self.verifying, today())
    }
}

fn manifest_of(archive: &[u8]) -> Manifest {
    let check = check_pack(&read_archive(archive, &Limits::default()).unwrap());
    check.manifest.expect("the manifest reads")
}

/// Every name in `dir` (so a test can say nothing was left behind).
fn names(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut out: Vec<String> = entries.map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    out.sort();
    out
}

/// Installs bytes the campaign signed but the phone must refuse; the phone's disk stays empty.
fn refused(archive: &[u8]) -> PackError {
    let campaign = Campaign::new();
    let disk = tempfile::tempdir().unwrap();
    let packs = disk.path().join("packs");
    let err = install(&packs, &campaign.sign_any(archive), archive, &campaign.verifying, today()).unwrap_err();
    assert_eq!(names(&packs), Vec::<String>::new(), "nothing left behind for {err}");
    assert_eq!(read_archive(archive, &Limits::default()).unwrap_err(), err, "the server refuses it the same way");
    err
}

#[test]
fn a_good_pack_goes_from_archive_to_the_installed_list() {
    let archive = zip_of(&good_files());
    let files = read_archive(&archive, &Limits::default()).unwrap();
    assert_eq!(files.len(), good_files().len());
    let check = check_pack(&files);
    assert!(check.is_ok(), "{:#?}", check.lines());
    assert_eq!(check.lessons.iter().map(|l| l.id.as_str()).collect::<Vec<_>>(), [LESSON]);

    let campaign = Campaign::new();
    let disk = tempfile::tempdir().unwrap();
    let packs = disk.path().join("packs");
    let pack = campaign.install(&packs, &archive, 1).unwrap();
    assert_eq!(names(&packs), ["demo@1"], "one folder, no temporary ones");
    assert_eq!(pack.statement.pack_id, PACK);
    assert_eq!(pack.statement.cities, ["杭州", "宁波"]);

    let listed = installed(&packs, &campaign.verifying, today());
    assert_eq!(listed, std::slice::from_ref(&pack));
    assert_eq!(listed[0].files().unwrap(), files, "the files on disk are the archive's");
    assert!(listed[0].load().unwrap().is_ok());
    let content = listed[0].content().unwrap();
    assert_eq!(content.lessons.len(), 1);
    assert!(content.locales.iter().any(|(l, f, _)| l == "en-US" && f.ends_with("app.ftl")), "shared labels");
    assert_eq!(std::fs::read(pack.picture_path("pictures/badge.svg")).unwrap(), SVG);
    assert!(pack.voice_dir().join(format!("zh-CN/{LESSON}-title.wav")).is_file());

    // Fetched again at the next event: nothing changes.
    assert_eq!(campaign.install(&packs, &archive, 1).unwrap(), pack);
    assert_eq!(names(&packs), ["demo@1"]);
}

#[test]
fn a_newer_version_replaces_the_old_one_and_an_older_is_refused() {
    let campaign = Campaign::new();
    let disk = tempfile::tempdir().unwrap();
    let v1 = zip_of(&good_files());
    let v2 = zip_of(&with(&good_files(), "pack.toml", manifest().replace("test pack", "second version")));
    campaign.install(disk.path(), &v1, 1).unwrap();
    campaign.install(disk.path(), &v2, 2).unwrap();
    assert_eq!(names(disk.path()), ["demo@2"]);
    let listed = installed(disk.path(), &campaign.verifying, today());
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].statement.version, 2);
    let err = campaign.install(disk.path(), &v1, 1).unwrap_err();
    assert_eq!(err, PackError::NotNewer { pack_id: PACK.into(), installed: 2, offered: 1 });
    assert_eq!(names(disk.path()), ["demo@2"]);
}

#[test]
fn an_install_cut_short_before_the_rename_keeps_the_old_version() {
    let campaign = Campaign::new();
    let disk = tempfile::tempdir().unwrap();
    let v1 = zip_of(&good_files());
    let old = campaign.install(disk.path(), &v1, 1).unwrap();
    let before = old.files().unwrap();

    let v2 = zip_of(&with(&good_files(), "pictures/badge.svg", SVG.repeat(2)));
    let signed = campaign.sign(&v2, 2);
    let power_cut = |stage: Stage| {
        assert_eq!(stage, Stage::BeforeRename);
        Err(std::io::Error::other("the battery ran out"))
    };
    let err = install_with(disk.path(), &signed, &v2, &campaign.verifying, today(), &Limits::default(), &power_cut)
        .unwrap_err();
    assert_eq!(err.code(), "storage");
    assert!(!err.is_the_packs_fault(), "a disk problem: try again later");
    assert_eq!(names(disk.path()), ["demo@1"], "no temporary folder left");
    assert_eq!(installed(disk.path(), &campaign.verifying, today()), std::slice::from_ref(&old));
    assert_eq!(old.files().unwrap(), before);

    // A temporary folder left by a killed app is cleared by the next install.
    std::fs::create_dir_all(disk.path().join(".tmp-demo-0123/lessons")).unwrap();
    assert_eq!(installed(disk.path(), &campaign.verifying, today()), [old], "never read as a pack");
    install(disk.path(), &signed, &v2, &campaign.verifying, today()).unwrap();
    assert_eq!(names(disk.path()), ["demo@2"]);
}

#[test]
fn a_broken_lesson_is_refused_with_the_checkers_lines() {
    let broken = lesson_toml().replacen("correct = false", "correct = true", 1);
    let files = with(&good_files(), &format!("lessons/{LESSON}.toml"), broken);
    let archive = zip_of(&files);
    let check = check_pack(&read_archive(&archive, &Limits::default()).unwrap());
    assert_eq!(
        check.lines(),
        [format!("lessons/{LESSON}.toml: step 4: a question needs exactly one right answer, not 2")]
    );

    let campaign = Campaign::new();
    let disk = tempfile::tempdir().unwrap();
    let err = install(disk.path(), &campaign.sign_any(&archive), &archive, &campaign.verifying, today()).unwrap_err();
    assert_eq!(err.problem_lines(), check.lines());
    assert_eq!(err.code(), "content-problems");
    assert_eq!(names(disk.path()), Vec::<String>::new());
}

#[test]
fn the_packs_own_rules_are_problem_lines() {
    let lines = |files: Vec<(String, Vec<u8>)>| check_pack(&PackFiles::from_files(files).unwrap()).lines();
    let good = good_files();

    // A lesson named outside the pack's namespace, or like a bundled lesson.
    let renamed = |id: &str| {
        let files = without(&good, &format!("lessons/{LESSON}.toml"));
        let toml = lesson_toml().replace(&format!("id = \"{LESSON}\""), &format!("id = \"{id}\""));
        let mut files = with(&files, &format!("lessons/{id}.toml"), toml);
        for locale in ["zh-CN", "en-US"] {
            files = with(
                &without(&files, &format!("locales/{locale}/lessons/{LESSON}.ftl")),
                &format!("locales/{locale}/lessons/{id}.ftl"),
                ftl(locale),
            );
        }
        lines(files)
    };
    let out = renamed("safety-code");
    assert!(
        out.contains(
            &"lessons/safety-code.toml: a pack's lesson ids start with \"demo--\" (the pack id, then \"--\")"
                .to_owned()
        ),
        "{out:#?}"
    );
    assert!(
        out.contains(
            &"lessons/safety-code.toml: lesson id \"safety-code\" is also a lesson built into the app".to_owned()
        ),
        "{out:#?}"
    );

    // A language missing, another one extra, a message outside the namespace.
    let files = without(&good, &format!("locales/en-US/lessons/{LESSON}.ftl"));
    let files = with(&files, &format!("locales/fr-FR/lessons/{LESSON}.ftl"), ftl("fr-FR") + "hello = Bonjour\n");
    let out = lines(files);
    for expected in [
        format!("lessons/{LESSON}.toml: no locales/en-US/lessons/{LESSON}.ftl"),
        format!("locales/fr-FR/lessons/{LESSON}.ftl: fr-FR is not one of the app's languages (en-US, zh-CN)"),
        format!("locales/fr-FR/lessons/{LESSON}.ftl: message \"hello\" must start with \"demo--\""),
        format!("lessons/{LESSON}.toml [en-US]: missing message \"{LESSON}-title\""),
    ] {
        assert!(out.contains(&expected), "{expected:?} in {out:#?}");
    }

    // Pictures: one missing, one nobody shows; a clip of a message the pack does not have.
    let files = with(&without(&good, "pictures/badge.svg"), "pictures/spare.svg", SVG);
    let files = with(&files, "voice/en-US/sim-btn-delete.ogg", b"OggS\0".to_vec());
    let out = lines(files);
    for expected in [
        format!("lessons/{LESSON}.toml: step 1: missing picture \"pictures/badge.svg\""),
        "voice/en-US/sim-btn-delete.ogg: the pack defines no message \"sim-btn-delete\" in en-US to say".to_owned(),
    ] {
        assert!(out.contains(&expected), "{expected:?} in {out:#?}");
    }
    let out = lines(with(&good, "pictures/spare.svg", SVG));
    assert_eq!(out, ["pictures/spare.svg: no lesson of pack \"demo\" shows this picture"]);

    // No lessons at all; a manifest that does not read.
    let out = lines(vec![("pack.toml".into(), manifest().into_bytes())]);
    assert_eq!(out, ["pack.toml: the pack has no lessons (lessons/<id>.toml)"]);
    let out = lines(with(&good, "pack.toml", "id = \"demo\"\n"));
    assert!(out[0].starts_with("pack.toml: line 1: missing field"), "{out:#?}");
}

#[test]
fn bytes_changed_after_signing_are_refused() {
    let campaign = Campaign::new();
    let archive = zip_of(&good_files());
    let signed = campaign.sign(&archive, 1);
    let mut changed = archive.clone();
    let at = changed.len() / 2;
    changed[at] ^= 0x01;
    let disk = tempfile::tempdir().unwrap();
    assert_eq!(install(disk.path(), &signed, &changed, &campaign.verifying, today()), Err(PackError::HashMismatch));
    assert_eq!(names(disk.path()), Vec::<String>::new());
}

#[test]
fn a_statement_under_another_key_is_refused() {
    let campaign = Campaign::new();
    let impostor = Campaign::new();
    let archive = zip_of(&good_files());
    let disk = tempfile::tempdir().unwrap();
    let signed = impostor.sign(&archive, 1);
    assert_eq!(install(disk.path(), &signed, &archive, &campaign.verifying, today()), Err(PackError::BadSignature));
    assert_eq!(names(disk.path()), Vec::<String>::new());

    // A pack installed under one key is not listed under another.
    campaign.install(disk.path(), &archive, 1).unwrap();
    assert_eq!(installed(disk.path(), &impostor.verifying, today()), []);
}

#[test]
fn a_statement_that_disagrees_with_pack_toml_is_refused() {
    let campaign = Campaign::new();
    let archive = zip_of(&good_files());
    let mut statement = verify(&campaign.sign(&archive, 1), &campaign.verifying).unwrap();
    statement.cities.push("上海".into());
    let signed = sign(&statement, &campaign.signing);
    let disk = tempfile::tempdir().unwrap();
    let err = install(disk.path(), &signed, &archive, &campaign.verifying, today()).unwrap_err();
    assert_eq!(err, PackError::StatementMismatch { field: "cities" });
}

#[test]
fn an_expired_pack_is_not_installed_and_no_longer_listed() {
    let campaign = Campaign::new();
    let archive = zip_of(&good_files());
    let signed = campaign.sign(&archive, 1);
    let disk = tempfile::tempdir().unwrap();
    let after = day(2025, 9, 1);
    assert_eq!(
        install(disk.path(), &signed, &archive, &campaign.verifying, after),
        Err(PackError::Expired { until: day(2025, 8, 31) })
    );
    assert_eq!(
        install(disk.path(), &signed, &archive, &campaign.verifying, day(2025, 5, 31)).unwrap_err().code(),
        "not-yet-valid"
    );
    campaign.install(disk.path(), &archive, 1).unwrap();
    assert_eq!(installed(disk.path(), &campaign.verifying, day(2025, 8, 31)).len(), 1, "the last day counts");
    assert_eq!(installed(disk.path(), &campaign.verifying, after), []);
    assert_eq!(names(disk.path()), ["demo@1"], "skipped, not deleted");
}

#[test]
fn a_withdrawn_pack_is_removed() {
    let campaign = Campaign::new();
    let disk = tempfile::tempdir().unwrap();
    campaign.install(disk.path(), &zip_of(&good_files()), 1).unwrap();
    assert_eq!(remove(disk.path(), PACK), Ok(true));
    assert_eq!(names(disk.path()), Vec::<String>::new());
    assert_eq!(remove(disk.path(), PACK), Ok(false));
    assert_eq!(remove(disk.path(), "../etc"), Err(PackError::BadPackId { pack_id: "../etc".into() }));
}

// The archive's limits, each refused with its own error and nothing left on the disk.

#[test]
fn an_oversized_archive_is_refused() {
    let mut noise = vec![0u8; 5 * 1024 * 1024];
    rand::Rng::fill(&mut rand::thread_rng(), &mut noise[..]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(noise);
    let archive = zip_of(&with(&good_files(), "pictures/big.png", png));
    assert!(matches!(refused(&archive), PackError::ArchiveTooLarge { limit: 5242880, .. }));
}

#[test]
fn too_many_files_are_refused() {
    let mut files = good_files();
    for i in 0..200 {
        files.push((format!("pictures/p{i}.svg"), SVG.to_vec()));
    }
    assert_eq!(refused(&zip_of(&files)), PackError::TooManyFiles { count: 207, limit: 200 });
}

#[test]
fn paths_out_of_the_pack_are_refused() {
    let err = |path: &str| refused(&zip_of(&with(&good_files(), path, SVG)));
    assert_eq!(err("../pictures/x.svg"), PackError::ParentPath { path: "../pictures/x.svg".into() });
    assert_eq!(err("pictures/../../x.svg"), PackError::ParentPath { path: "pictures/../../x.svg".into() });
    assert_eq!(err("/pictures/x.svg"), PackError::AbsolutePath { path: "/pictures/x.svg".into() });
    assert_eq!(err("pictures\\x.svg"), PackError::Backslash { path: "pictures\\x.svg".into() });
    assert_eq!(err("C:/pictures/x.svg"), PackError::DriveLetter { path: "C:/pictures/x.svg".into() });
    assert_eq!(err("pictures/x.exe"), PackError::UnknownFileType { path: "pictures/x.exe".into() });
    assert_eq!(err("src/x.svg"), PackError::OutsideLayout { path: "src/x.svg".into() });
}

#[test]
fn links_folders_and_repeats_are_refused() {
    let options = SimpleFileOptions::default();
    let mut zip = zip::ZipWriter::new(Cursor::new(zip_of(&good_files())));
    zip = zip::ZipWriter::new_append(zip.finish().unwrap()).unwrap();
    zip.add_symlink("pictures/link.svg", "/etc/passwd", options).unwrap();
    let linked = zip.finish().unwrap().into_inner();
    assert_eq!(refused(&linked), PackError::Symlink { path: "pictures/link.svg".into() });

    let mut zip = zip::ZipWriter::new_append(Cursor::new(zip_of(&good_files()))).unwrap();
    zip.add_directory("src/", options).unwrap();
    let folder = zip.finish().unwrap().into_inner();
    assert_eq!(refused(&folder), PackError::DirectoryOutsideLayout { path: "src/".into() });

    // The same path twice in the archive's directory (made by renaming one entry's bytes).
    let twice = zip_of(&with(&good_files(), "pictures/bodge.svg", SVG));
    let twice = replace_all(&twice, b"pictures/bodge.svg", b"pictures/badge.svg");
    assert_eq!(refused(&twice).code(), "duplicate-path");
    // … and two spellings that meet on a case-insensitive disk.
    let cased = zip_of(&with(&good_files(), &format!("locales/zh-cn/lessons/{LESSON}.ftl"), ftl("zh-CN")));
    assert_eq!(refused(&cased).code(), "duplicate-path");
}

#[test]
fn bombs_and_lying_headers_are_refused() {
    // 100 MB of zeros in about 100 KB: refused from its header's ratio before decompressing.
    let zeros = vec![0u8; 100 * 1024 * 1024];
    let bomb = zip_of(&with(&good_files(), "voice/zh-CN/demo--call-remember.wav", zeros));
    assert!(bomb.len() < 200 * 1024, "{}", bomb.len());
    assert!(matches!(refused(&bomb), PackError::BombLike { ratio: 100, .. }));

    // The same with a header that claims 1000 bytes: the bytes are counted as they come out.
    let lying = set_declared_size(&bomb, b"voice/zh-CN/demo--call-remember.wav", 1000);
    assert_eq!(
        refused(&lying),
        PackError::FileTooLarge { path: "voice/zh-CN/demo--call-remember.wav".into(), limit: 8 * 1024 * 1024 }
    );
    // A smaller bomb under the per-file cap but far over the ratio.
    let small = zip_of(&with(&good_files(), "voice/zh-CN/demo--call-remember.wav", vec![0u8; 4 * 1024 * 1024]));
    let small = set_declared_size(&small, b"voice/zh-CN/demo--call-remember.wav", 1000);
    assert_eq!(refused(&small).code(), "archive-bomb");

    // Honest headers over the per-file and total caps.
    let limits = Limits { ratio: u64::MAX, ..Limits::default() };
    let big = zip_of(&with(&good_files(), "pictures/big.svg", b"<svg>".repeat(2 * 1024 * 1024)));
    assert_eq!(read_archive(&big, &limits).unwrap_err().code(), "declared-file-too-large");
    let mut many = good_files();
    for i in 0..3 {
        many.push((format!("pictures/big{i}.svg"), b"<svg>".repeat(1_500_000)));
    }
    assert_eq!(read_archive(&zip_of(&many), &limits).unwrap_err().code(), "declared-total-too-large");
    // … and the total counted as it comes out, when the last header lies.
    let lying = set_declared_size(&zip_of(&many), b"pictures/big2.svg", 100);
    assert_eq!(
        read_archive(&lying, &limits).unwrap_err(),
        PackError::TotalTooLarge { path: "pictures/big2.svg".into(), limit: 20 * 1024 * 1024 }
    );
    // A header that claims more than comes out.
    let short = set_declared_size(&zip_of(&good_files()), b"pictures/badge.svg", 5000);
    assert_eq!(refused(&short).code(), "damaged-entry");
}

#[test]
fn other_bad_archives_have_their_reasons() {
    assert_eq!(refused(b"not a zip at all").code(), "not-an-archive");
    assert_eq!(refused(&zip_of(&without(&good_files(), "pack.toml"))), PackError::MissingManifest);
    let fake_png = zip_of(&with(&good_files(), "pictures/x.png", SVG));
    assert_eq!(refused(&fake_png), PackError::WrongContent { path: "pictures/x.png".into(), expected: "PNG" });
    // Compression method 12 (bzip2) written into both headers of one entry.
    let archive = zip_of(&good_files());
    let bzip = set_method(&archive, b"pictures/badge.svg", 12);
    assert_eq!(refused(&bzip), PackError::UnsupportedCompression { path: "pictures/badge.svg".into() });
    let crc = patch_headers(&archive, b"pictures/badge.svg", 14, 16, &[0, 0, 0, 0]);
    assert_eq!(
        refused(&crc),
        PackError::DamagedEntry { path: "pictures/badge.svg".into(), detail: "its checksum does not match".into() }
    );
}

#[test]
fn written_archives_read_back() {
    let files = PackFiles::from_files(good_files()).unwrap();
    assert_eq!(read_archive(&write_archive(&files), &Limits::default()).unwrap(), files);
}

fn replace_all(bytes: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    assert_eq!(from.len(), to.len());
    let mut out = bytes.to_vec();
    let mut i = 0;
    while i + from.len() <= out.len() {
        if &out[i..i + from.len()] == from {
            out[i..i + from.len()].copy_from_slice(to);
            i += from.len();
        } else {
            i += 1;
        }
    }
    out
}

/// Rewrites a field of one entry's local and central headers: `(local offset, central offset)`
/// from the start of each header.
fn patch_headers(bytes: &[u8], name: &[u8], local: usize, central: usize, value: &[u8]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    let mut patched = 0;
    for i in 0..out.len().saturating_sub(46) {
        let (sig, name_len_at, name_at, field) = match &out[i..i + 4] {
            b"PK\x03\x04" => ("local", 26, 30, local),
            b"PK\x01\x02" => ("central", 28, 46, central),
            _ => continue,
        };
        let len = u16::from_le_bytes([out[i + name_len_at], out[i + name_len_at + 1]]) as usize;
        if out.get(i + name_at..i + name_at + len) == Some(name) {
            out[i + field..i + field + value.len()].copy_from_slice(value);
            patched += 1;
            let _ = sig;
        }
    }
    assert_eq!(patched, 2, "both headers of {}", String::from_utf8_lossy(name));
    out
}

fn set_declared_size(bytes: &[u8], name: &[u8], size: u32) -> Vec<u8> {
    patch_headers(bytes, name, 22, 24, &size.to_le_bytes())
}

fn set_method(bytes: &[u8], name: &[u8], method: u16) -> Vec<u8> {
    patch_headers(bytes, name, 8, 10, &method.to_le_bytes())
}

/// A server as the pack sync sees it: a list and archives by path, counting fetches.
struct FakeSource {
    list: blue_vest_protocol::PackList,
    archives: std::collections::BTreeMap<String, Vec<u8>>,
    fetches: std::cell::Cell<usize>,
}

impl PackSource for FakeSource {
    fn list(&self) -> Result<blue_vest_protocol::PackList, crate::attendance::transport::TransportError> {
        Ok(self.list.clone())
    }

    fn archive(&self, path: &str, _max: u64) -> Result<Vec<u8>, crate::attendance::transport::TransportError> {
        self.fetches.set(self.fetches.get() + 1);
        self.archives
            .get(path)
            .cloned()
            .ok_or_else(|| crate::attendance::transport::TransportError::Offline("connection failed".into()))
    }
}

fn source(offers: &[(&SignedStatement, &[u8], u64)], withdrawn: &[&str]) -> FakeSource {
    let mut archives = std::collections::BTreeMap::new();
    let packs = offers
        .iter()
        .map(|(signed, bytes, version)| {
            let path = format!("/api/v1/packs/{PACK}/versions/{version}/archive");
            archives.insert(path.clone(), bytes.to_vec());
            let s: Statement = serde_json::from_str(&signed.statement).unwrap();
            blue_vest_protocol::PackOffer {
                pack_id: s.pack_id,
                version: s.version,
                titles: s.titles,
                valid_from: s.valid_from,
                valid_until: s.valid_until,
                size: bytes.len() as u64,
                sha256: s.sha256,
                signed: blue_vest_protocol::PackSignature {
                    statement: signed.statement.clone(),
                    signature: signed.signature.clone(),
                },
                archive: path,
            }
        })
        .collect();
    FakeSource {
        list: blue_vest_protocol::PackList {
            city: "杭州".into(),
            date: today(),
            packs,
            withdrawn: withdrawn.iter().map(|s| (*s).to_owned()).collect(),
        },
        archives,
        fetches: std::cell::Cell::new(0),
    }
}

/// A good pack offered by a server (for the sync engine's tests): the key it is signed with,
/// the list and the archives by path, and the day it is valid on.
pub(crate) fn offered_demo()
-> (VerifyingKey, blue_vest_protocol::PackList, std::collections::BTreeMap<String, Vec<u8>>, NaiveDate) {
    let campaign = Campaign::new();
    let archive = zip_of(&good_files());
    let signed = campaign.sign(&archive, 1);
    let offered = source(&[(&signed, &archive, 1)], &[]);
    (campaign.verifying, offered.list, offered.archives, today())
}

#[test]
fn a_sync_installs_once_refuses_tampered_bytes_and_removes_withdrawn_packs() {
    let campaign = Campaign::new();
    let disk = tempfile::tempdir().unwrap();
    let archive = zip_of(&good_files());
    let signed = campaign.sign(&archive, 1);

    // Bytes changed after signing: refused and reported, nothing on the disk.
    let mut tampered = archive.clone();
    let at = tampered.len() / 2;
    tampered[at] ^= 1;
    let report =
        sync_packs(disk.path(), &source(&[(&signed, &tampered, 1)], &[]), &campaign.verifying, today()).unwrap();
    assert_eq!(report.refused, [(PACK.to_owned(), PackError::HashMismatch)]);
    assert_eq!(report.installed, []);
    assert_eq!(names(disk.path()), Vec::<String>::new());

    // A statement signed by someone else is refused before anything is downloaded.
    let impostor = Campaign::new();
    let fake = source(&[(&impostor.sign(&archive, 1), &archive, 1)], &[]);
    let report = sync_packs(disk.path(), &fake, &campaign.verifying, today()).unwrap();
    assert_eq!(report.refused, [(PACK.to_owned(), PackError::BadSignature)]);
    assert_eq!(fake.fetches.get(), 0);

    // The real one installs; the next sync has nothing to fetch.
    let good = source(&[(&signed, &archive, 1)], &[]);
    let report = sync_packs(disk.path(), &good, &campaign.verifying, today()).unwrap();
    assert_eq!((report.installed.clone(), report.refused.clone()), (vec![(PACK.to_owned(), 1)], vec![]));
    assert_eq!(names(disk.path()), ["demo@1"]);
    let report = sync_packs(disk.path(), &good, &campaign.verifying, today()).unwrap();
    assert_eq!((report.unchanged, report.installed), (vec![PACK.to_owned()], vec![]));
    assert_eq!(good.fetches.get(), 1, "fetched once");

    // An archive that cannot be had now is for later, and changes nothing.
    let v2 = zip_of(&with(&good_files(), "pack.toml", manifest().replace("test pack", "second version")));
    let mut offline = source(&[(&campaign.sign(&v2, 2), &v2, 2)], &[]);
    offline.archives.clear();
    let report = sync_packs(disk.path(), &offline, &campaign.verifying, today()).unwrap();
    assert_eq!(report.later.len(), 1, "{report:?}");
    assert_eq!(names(disk.path()), ["demo@1"]);

    // Withdrawn: removed from the phone.
    let report = sync_packs(disk.path(), &source(&[], &[PACK]), &campaign.verifying, today()).unwrap();
    assert_eq!(report.removed, [PACK]);
    assert_eq!(names(disk.path()), Vec::<String>::new());
    assert_eq!(installed(disk.path(), &campaign.verifying, today()), []);
}
