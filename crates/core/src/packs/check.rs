//! Checking a pack's content: its files become the content checker's input (`pack_content`)
//! and go through the same `lessons::check` as the bundled lessons — with the app's sources
//! registry and the app's shared labels (`app.ftl`), and with the pack's pictures as the only
//! assets — plus the pack's own rules (`check_pack`):
//!
//! - `pack.toml` reads (see `manifest`);
//! - every lesson id, message id and term id the pack defines starts with `<pack id>--`
//!   (a pack id has no `--`, so the prefix is the pack's alone and never a bundled lesson's);
//!   an id that is also the app's is a problem all the same;
//! - every lesson has its Fluent file in each of the app's languages, and no Fluent file is
//!   without its lesson or in another language;
//! - every picture is used by a lesson, every voice clip says one of the pack's messages in
//!   one of the app's languages.
//!
//! Problems are `lessons::Problem`s, printed as `blue-vest check-content` prints them, with
//! paths as they are inside the pack (`lessons/x.toml`, `locales/zh-CN/lessons/x.ftl`).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use super::files::PackFiles;
use super::layout::{MANIFEST, PackPath};
use super::manifest::{Manifest, parse_manifest};
use crate::lessons::sources::SOURCES_FILE;
use crate::lessons::{self, Content, Lesson, Problem, Step};

/// The checker's verdict on a pack.
#[derive(Debug, Clone, PartialEq)]
pub struct PackCheck {
    /// `pack.toml`, if it reads.
    pub manifest: Option<Manifest>,
    /// The lessons that passed every check.
    pub lessons: Vec<Lesson>,
    /// Every problem, sorted; the pack is good when there is none.
    pub problems: Vec<Problem>,
}

impl PackCheck {
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty() && self.manifest.is_some()
    }

    /// The problems, one line each, as `blue-vest check-content` prints them.
    pub fn lines(&self) -> Vec<String> {
        self.problems.iter().map(ToString::to_string).collect()
    }
}

/// The app's languages (`en-US`, `zh-CN`): every pack speaks each of them.
pub fn app_locales() -> Vec<String> {
    let set: BTreeSet<&str> = crate::i18n::EMBEDDED_FTL.iter().map(|(locale, _, _)| *locale).collect();
    set.into_iter().map(str::to_owned).collect()
}

/// The content checker's input for a pack: its lessons and texts, its pictures as the assets,
/// and the app's sources registry and shared labels.
pub fn pack_content(files: &PackFiles) -> Content {
    let mut content = Content::default();
    for (path, kind, bytes) in files.iter() {
        let text = || String::from_utf8_lossy(bytes).into_owned();
        match kind {
            PackPath::Lesson { .. } => content.lessons.push((path.to_owned(), text())),
            PackPath::Text { locale, .. } => content.locales.push((locale.clone(), path.to_owned(), text())),
            PackPath::Picture { .. } => {
                content.assets.insert(path.to_owned());
            }
            PackPath::Manifest | PackPath::Voice { .. } => {}
        }
    }
    for (locale, file, source) in crate::i18n::EMBEDDED_FTL {
        if file.ends_with("/app.ftl") {
            content.locales.push(((*locale).to_owned(), format!("locales/{file}"), (*source).to_owned()));
        }
    }
    content.sources = lessons::EMBEDDED_ASSETS
        .iter()
        .find(|(path, _)| *path == SOURCES_FILE)
        .map(|(_, bytes)| (format!("assets/{SOURCES_FILE}"), String::from_utf8_lossy(bytes).into_owned()));
    content
}

/// Checks a pack's content: the pack's rules, then the app's content checker.
pub fn check_pack(files: &PackFiles) -> PackCheck {
    let locales = app_locales();
    let mut problems = Vec::new();
    for (path, kind, bytes) in files.iter() {
        if matches!(kind, PackPath::Manifest | PackPath::Lesson { .. } | PackPath::Text { .. })
            && std::str::from_utf8(bytes).is_err()
        {
            problems.push(Problem::file(path, "not UTF-8 text"));
        }
    }
    let manifest = match files.get(MANIFEST).map(String::from_utf8_lossy) {
        Some(text) => parse_manifest(&text, &locales, &mut problems),
        None => {
            problems.push(Problem::file(MANIFEST, "the pack has no pack.toml"));
            None
        }
    };
    if let Some(manifest) = &manifest {
        pack_rules(files, &manifest.id, &locales, &mut problems);
    }
    let (lessons, checker) = lessons::check(&pack_content(files));
    problems.extend(checker);
    if let Some(manifest) = &manifest {
        unused_pictures(files, &lessons, &manifest.id, &mut problems);
    }
    problems.sort();
    problems.dedup();
    PackCheck { manifest, lessons, problems }
}

fn pack_rules(files: &PackFiles, pack_id: &str, locales: &[String], problems: &mut Vec<Problem>) {
    let prefix = format!("{pack_id}--");
    let (app_lessons, app_messages) = app_ids();
    let lesson_ids: BTreeSet<&str> = files
        .iter()
        .filter_map(|(_, k, _)| match k {
            PackPath::Lesson { id } => Some(id.as_str()),
            _ => None,
        })
        .collect();
    if lesson_ids.is_empty() {
        problems.push(Problem::file(MANIFEST, "the pack has no lessons (lessons/<id>.toml)"));
    }
    for id in &lesson_ids {
        let file = format!("lessons/{id}.toml");
        if !id.starts_with(&prefix) || id.len() == prefix.len() {
            problems.push(Problem::file(
                &file,
                format!("a pack's lesson ids start with {prefix:?} (the pack id, then \"--\")"),
            ));
        }
        if app_lessons.contains(*id) {
            problems.push(Problem::file(&file, format!("lesson id {id:?} is also a lesson built into the app")));
        }
        for locale in locales {
            if files.get(&format!("locales/{locale}/lessons/{id}.ftl")).is_none() {
                problems.push(Problem::file(&file, format!("no locales/{locale}/lessons/{id}.ftl")));
            }
        }
    }
    let mut defined: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for (path, kind, bytes) in files.iter() {
        let PackPath::Text { locale, lesson } = kind else { continue };
        if !locales.contains(locale) {
            problems.push(Problem::file(
                path,
                format!("{locale} is not one of the app's languages ({})", locales.join(", ")),
            ));
        }
        if !lesson_ids.contains(lesson.as_str()) {
            problems.push(Problem::file(path, format!("there is no lessons/{lesson}.toml")));
        }
        let text = String::from_utf8_lossy(bytes);
        for (id, term) in fluent_ids(&text) {
            let shown = if term { format!("-{id}") } else { id.clone() };
            if !id.starts_with(&prefix) {
                problems.push(Problem::file(path, format!("message {shown:?} must start with {prefix:?}")));
            } else if app_messages.contains(&shown) {
                problems.push(Problem::file(path, format!("message {shown:?} is also one of the app's")));
            }
            defined.entry(locale.as_str()).or_default().insert(shown);
        }
    }
    for (path, kind, _) in files.iter() {
        let PackPath::Voice { locale, message } = kind else { continue };
        if !locales.contains(locale) {
            problems.push(Problem::file(
                path,
                format!("{locale} is not one of the app's languages ({})", locales.join(", ")),
            ));
        } else if !defined.get(locale.as_str()).is_some_and(|ids| ids.contains(message)) {
            problems.push(Problem::file(path, format!("the pack defines no message {message:?} in {locale} to say")));
        }
    }
}

/// Pictures nobody shows only take the senior's storage.
fn unused_pictures(files: &PackFiles, lessons: &[Lesson], pack_id: &str, problems: &mut Vec<Problem>) {
    // Only when every lesson loaded: a lesson left out for a problem may be the one using it.
    let lesson_count = files.iter().filter(|(_, k, _)| matches!(k, PackPath::Lesson { .. })).count();
    if lessons.len() != lesson_count || lesson_count == 0 {
        return;
    }
    let used: BTreeSet<&str> = lessons.iter().flat_map(|l| l.steps.iter()).flat_map(Step::pictures).collect();
    for (path, kind, _) in files.iter() {
        if matches!(kind, PackPath::Picture { .. }) && !used.contains(path) {
            problems.push(Problem::file(path, format!("no lesson of pack {pack_id:?} shows this picture")));
        }
    }
}

/// The message and term ids a Fluent file defines (`true` for a term), syntax errors aside
/// (the checker reports those).
fn fluent_ids(text: &str) -> Vec<(String, bool)> {
    use fluent_syntax::ast::Entry;
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some((m.id.name.to_owned(), false)),
            Entry::Term(t) => Some((t.id.name.to_owned(), true)),
            _ => None,
        })
        .collect()
}

/// The lesson ids and message ids (terms as `-id`) built into the app.
fn app_ids() -> &'static (BTreeSet<String>, BTreeSet<String>) {
    static IDS: OnceLock<(BTreeSet<String>, BTreeSet<String>)> = OnceLock::new();
    IDS.get_or_init(|| {
        let lessons = lessons::EMBEDDED_ASSETS
            .iter()
            .filter_map(|(path, _)| path.strip_prefix("lessons/")?.strip_suffix(".toml"))
            .map(str::to_owned)
            .collect();
        let messages = crate::i18n::EMBEDDED_FTL
            .iter()
            .flat_map(|(_, _, source)| fluent_ids(source))
            .map(|(id, term)| if term { format!("-{id}") } else { id })
            .collect();
        (lessons, messages)
    })
}
