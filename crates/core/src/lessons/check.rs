//! The content checker: every lesson loads, ids are unique, every message id exists in every
//! locale, every picture exists (`check_lessons`, which the app's own loading also runs: a
//! broken lesson is left out, never shown half-made); and CONTENT.md's rules (`content_rules`):
//! enough practices, questions and (in safety lessons) explanations, a neutral practice, a genuine contrast in safety lessons,
//! sources from the registry, real numbers only from the whitelist and fake ones only in the
//! reserved form (each role its own), links only under `.example`, spoken text without symbols.
//! `blue-vest check-content`, the tests and the server's pack upload use `check`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;

use super::load::parse_lesson;
use super::model::{Effect, Lesson, Step, Track};
use super::phone::Block;
use super::rules;
use super::sources::{SOURCES_FILE, Source, parse_sources};
use crate::i18n::Localizer;
use crate::tracks::Topic;

/// One problem, on one line: the file, the step and the locale it concerns.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    pub file: String,
    pub step: Option<usize>,
    pub locale: Option<String>,
    pub message: String,
}

impl Problem {
    pub fn file(file: &str, message: impl Into<String>) -> Problem {
        Problem { file: file.to_owned(), step: None, locale: None, message: message.into() }
    }

    pub fn step(file: &str, step: usize, message: impl Into<String>) -> Problem {
        Problem { step: Some(step), ..Problem::file(file, message) }
    }

    fn in_locale(self, locale: &str) -> Problem {
        Problem { locale: Some(locale.to_owned()), ..self }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(step) = self.step {
            write!(f, ": step {step}")?;
        }
        if let Some(locale) = &self.locale {
            write!(f, " [{locale}]")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// All content to check: lesson files, the asset paths that exist, the sources registry and
/// the Fluent files.
#[derive(Debug, Clone, Default)]
pub struct Content {
    /// `(path shown in problems, TOML source)`.
    pub lessons: Vec<(String, String)>,
    /// Paths relative to the assets folder, e.g. `pictures/call.svg`.
    pub assets: BTreeSet<String>,
    /// `(path shown in problems, TOML source)` of `sources.toml`, if there is one.
    pub sources: Option<(String, String)>,
    /// `(locale, file, Fluent source)`.
    pub locales: Vec<(String, String, String)>,
}

impl Content {
    /// The content built into the app.
    pub fn embedded() -> Content {
        let mut content = Content::default();
        for (path, bytes) in super::EMBEDDED_ASSETS {
            content.assets.insert((*path).to_owned());
            let text = || String::from_utf8_lossy(bytes).into_owned();
            if let Some(name) = path.strip_prefix("lessons/").filter(|p| p.ends_with(".toml")) {
                content.lessons.push((format!("assets/lessons/{name}"), text()));
            } else if *path == SOURCES_FILE {
                content.sources = Some((format!("assets/{SOURCES_FILE}"), text()));
            }
        }
        content.locales = crate::i18n::EMBEDDED_FTL
            .iter()
            .map(|(locale, file, source)| ((*locale).to_owned(), format!("locales/{file}"), (*source).to_owned()))
            .collect();
        content
    }

    /// Content read from folders laid out like `assets/` and `locales/`.
    pub fn from_dirs(assets: &Path, locales: &Path) -> std::io::Result<Content> {
        let mut content = Content::default();
        for file in files_under(assets)? {
            let rel = relative(&file, assets);
            if rel.starts_with("lessons/") && rel.ends_with(".toml") {
                content.lessons.push((file.display().to_string(), std::fs::read_to_string(&file)?));
            } else if rel == SOURCES_FILE {
                content.sources = Some((file.display().to_string(), std::fs::read_to_string(&file)?));
            }
            content.assets.insert(rel);
        }
        for file in files_under(locales)? {
            let rel = relative(&file, locales);
            let (Some(locale), true) = (rel.split('/').next(), rel.ends_with(".ftl")) else { continue };
            content.locales.push((locale.to_owned(), file.display().to_string(), std::fs::read_to_string(&file)?));
        }
        Ok(content)
    }
}

fn relative(file: &Path, root: &Path) -> String {
    file.strip_prefix(root).unwrap_or(file).to_string_lossy().replace('\\', "/")
}

fn files_under(dir: &Path) -> std::io::Result<Vec<std::path::PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d)? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Loads every lesson and checks the whole content, rules included. Lessons with problems are
/// left out of the result; the problems say why, sorted by file and step.
pub fn check(content: &Content) -> (Vec<Lesson>, Vec<Problem>) {
    let (localizer, ftl_errors) =
        Localizer::from_sources(content.locales.iter().map(|(l, f, s)| (l.as_str(), f.as_str(), s.as_str())));
    let mut problems: Vec<Problem> = Vec::new();
    let registry = match &content.sources {
        Some((file, text)) => parse_sources(file, text, &mut problems),
        None => {
            problems.push(Problem::file(&format!("assets/{SOURCES_FILE}"), "the sources registry is missing"));
            Vec::new()
        }
    };
    let files: Vec<(&str, &str)> = content.lessons.iter().map(|(f, s)| (f.as_str(), s.as_str())).collect();
    let (lessons, structure) = check_lessons(files.iter().copied(), &content.assets, &localizer);
    problems.extend(structure);
    let file_of: BTreeMap<&str, &str> = files
        .iter()
        .filter_map(|(file, _)| {
            let id = file.rsplit('/').next()?.strip_suffix(".toml")?;
            Some((id, *file))
        })
        .collect();
    let mut usable = Vec::new();
    let mut numbers = NumberOwners::default();
    for lesson in lessons {
        let file = file_of.get(lesson.id.as_str()).copied().unwrap_or("?");
        let before = problems.len();
        content_rules(file, &lesson, &localizer, &registry, &mut numbers, &mut problems);
        if problems.len() == before {
            usable.push(lesson);
        }
    }
    for e in ftl_errors {
        problems.push(Problem::file(&e.file, e.message).in_locale(&e.locale));
    }
    problems.sort();
    problems.dedup();
    (usable, problems)
}

/// The lessons built into the app, checked against the app's own localizer (no second copy of
/// the Fluent files). The text rules ran when the content was checked before shipping.
pub fn embedded_lessons(localizer: &Localizer) -> (Vec<Lesson>, Vec<Problem>) {
    let assets = embedded_asset_paths();
    check_lessons(embedded_lesson_files(), &assets, localizer)
}

/// The lessons built into the app, for the app's start: parsed and their pictures checked, but
/// not their messages, which the content check (`check`, the tests, `check-content`) found in
/// every locale before shipping; checking them here would parse every lesson's Fluent file in
/// every locale before the first frame. Needs no localizer, so it can run on another thread.
pub fn parse_embedded_lessons() -> (Vec<Lesson>, Vec<Problem>) {
    let mut problems = Vec::new();
    let assets = embedded_asset_paths();
    let mut usable = Vec::new();
    for (file, lesson) in parse_lessons(embedded_lesson_files(), &mut problems) {
        if check_pictures(&file, &lesson, &assets, &mut problems) {
            usable.push(lesson);
        }
    }
    finish(usable, problems)
}

fn embedded_asset_paths() -> BTreeSet<String> {
    super::EMBEDDED_ASSETS.iter().map(|(p, _)| (*p).to_owned()).collect()
}

fn embedded_lesson_files() -> impl Iterator<Item = (&'static str, &'static str)> {
    super::EMBEDDED_ASSETS.iter().filter_map(|(path, bytes)| {
        let name = path.strip_prefix("lessons/").filter(|p| p.ends_with(".toml"))?;
        Some((name, std::str::from_utf8(bytes).unwrap_or("")))
    })
}

/// Parses and checks lesson files (`(file, TOML)`) against the assets present and the locales.
pub fn check_lessons<'a>(
    sources: impl IntoIterator<Item = (&'a str, &'a str)>,
    assets: &BTreeSet<String>,
    localizer: &Localizer,
) -> (Vec<Lesson>, Vec<Problem>) {
    let mut problems = Vec::new();
    let locales = localizer.available();
    if locales.is_empty() {
        problems.push(Problem::file("locales", "no locale found"));
    }
    let mut usable = Vec::new();
    for (file, lesson) in parse_lessons(sources, &mut problems) {
        let before = problems.len();
        for locale in &locales {
            let missing = |id: &str| !localizer.has(locale, id);
            for id in [&lesson.title, &lesson.remember] {
                if missing(id) {
                    problems.push(Problem::file(&file, format!("missing message {id:?}")).in_locale(locale));
                }
            }
            for (i, step) in lesson.steps.iter().enumerate() {
                for id in step.message_ids() {
                    if missing(id) {
                        problems.push(Problem::step(&file, i + 1, format!("missing message {id:?}")).in_locale(locale));
                    }
                }
            }
        }
        if check_pictures(&file, &lesson, assets, &mut problems) && problems.len() == before {
            usable.push(lesson);
        }
    }
    finish(usable, problems)
}

/// Parses lesson files (`(file, lesson)`), leaving out (with their problems) duplicate ids.
fn parse_lessons<'a>(
    sources: impl IntoIterator<Item = (&'a str, &'a str)>,
    problems: &mut Vec<Problem>,
) -> Vec<(String, Lesson)> {
    let mut lessons: Vec<(String, Lesson)> = Vec::new();
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for (file, source) in sources {
        let Some(lesson) = parse_lesson(file, source, problems) else { continue };
        if let Some(first) = seen.get(&lesson.id) {
            problems.push(Problem::file(file, format!("duplicate lesson id {:?} (also in {first})", lesson.id)));
            continue;
        }
        seen.insert(lesson.id.clone(), file.to_owned());
        lessons.push((file.to_owned(), lesson));
    }
    lessons
}

/// Whether every picture the lesson shows is among the assets (a problem for each that is not).
fn check_pictures(file: &str, lesson: &Lesson, assets: &BTreeSet<String>, problems: &mut Vec<Problem>) -> bool {
    let before = problems.len();
    for (i, step) in lesson.steps.iter().enumerate() {
        for picture in step.pictures() {
            if !assets.contains(picture) {
                problems.push(Problem::step(file, i + 1, format!("missing picture {picture:?}")));
            }
        }
    }
    problems.len() == before
}

/// Problems sorted, lessons in track order.
fn finish(mut lessons: Vec<Lesson>, mut problems: Vec<Problem>) -> (Vec<Lesson>, Vec<Problem>) {
    problems.sort();
    lessons.sort_by(|a, b| (a.track, a.order, &a.id).cmp(&(b.track, b.order, &b.id)));
    (lessons, problems)
}

/// Which caller or sender each fake number belongs to, across all lessons: one role each.
#[derive(Default)]
struct NumberOwners(BTreeMap<String, String>);

/// The fixed numbers of a step with the role (the caller or sender's message id) they stand for.
fn step_numbers(step: &Step) -> Vec<(&str, Option<&str>)> {
    match step {
        Step::Practice(p) => {
            let header = p.phone.number.as_deref().map(|n| (n, p.phone.title.as_deref()));
            header
                .into_iter()
                .chain(p.phone.blocks.iter().filter_map(|b| match b {
                    Block::Caller { name, number, .. } => Some((number.as_str(), Some(name.as_str()))),
                    _ => None,
                }))
                .collect()
        }
        Step::RolePlay(r) => vec![(r.number.as_str(), Some(r.caller.as_str()))],
        _ => Vec::new(),
    }
}

fn step_urls(step: &Step) -> Vec<&str> {
    match step {
        Step::Practice(p) => p
            .phone
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Link { url, .. } => Some(url.as_str()),
                _ => None,
            })
            .chain(p.phone.number.as_deref().filter(|n| n.contains('.')))
            .collect(),
        _ => Vec::new(),
    }
}

/// The Fluent ids the voice says for a step: its prompt and content, and every feedback.
fn spoken_ids(step: &Step) -> Vec<&str> {
    let mut ids: Vec<&str> = step.spoken().into_iter().map(|(id, _)| id).collect();
    match step {
        Step::Question { answers, .. } => ids.extend(answers.iter().map(|a| a.feedback.as_str())),
        Step::Practice(p) => {
            for t in &p.targets {
                ids.push(&t.feedback);
                if let Effect::Input { wrong_input, empty_input, .. } = &t.effect {
                    ids.extend([wrong_input.as_str(), empty_input.as_str()]);
                }
            }
        }
        Step::RolePlay(r) => {
            ids.push(&r.debrief);
            for t in &r.turns {
                ids.push(&t.line);
                ids.extend(t.choices.iter().map(|c| c.feedback.as_str()));
            }
        }
        Step::Explain { .. } => {}
    }
    ids
}

/// The labels of a practice's correct targets (what a neutral instruction must not name).
fn correct_labels(step: &Step) -> Vec<&str> {
    let Step::Practice(p) = step else { return Vec::new() };
    let correct: BTreeSet<&str> = p.correct_targets().map(|t| t.target.as_str()).collect();
    p.phone
        .blocks
        .iter()
        .flat_map(|b| match b {
            Block::Buttons { items, .. } | Block::Choices { items } => {
                items.iter().filter(|i| correct.contains(i.target.as_str())).map(|i| i.text.as_str()).collect()
            }
            Block::Dialog { buttons, .. } => {
                buttons.iter().filter(|i| correct.contains(i.target.as_str())).map(|i| i.text.as_str()).collect()
            }
            Block::Row { text, target: Some(t), .. } if correct.contains(t.as_str()) => vec![text.as_str()],
            _ => Vec::new(),
        })
        .collect()
}

/// CONTENT.md's rules for one lesson.
fn content_rules(
    file: &str,
    lesson: &Lesson,
    localizer: &Localizer,
    registry: &[Source],
    numbers: &mut NumberOwners,
    problems: &mut Vec<Problem>,
) {
    let practices: Vec<_> = lesson.practices().collect();
    let questions = lesson.steps.iter().filter(|s| matches!(s, Step::Question { .. })).count();
    if practices.len() < 2 {
        problems.push(Problem::file(file, format!("a lesson needs at least two practices, not {}", practices.len())));
    }
    let explains = lesson.steps.iter().filter(|s| matches!(s, Step::Explain { .. })).count();
    if lesson.track == Track::Safety && explains < 3 {
        problems.push(Problem::file(
            file,
            format!("a safety lesson needs at least three explanation steps, not {explains}"),
        ));
    }
    let needed = if lesson.track == Track::Safety { 2 } else { 1 };
    if questions < needed {
        let what = if needed == 1 {
            "a lesson needs at least one question"
        } else {
            "a safety lesson needs at least two questions"
        };
        problems.push(Problem::file(file, format!("{what}, not {questions}")));
    }
    if !practices.is_empty() && !practices.iter().any(|p| p.neutral) {
        problems.push(Problem::file(
            file,
            "no practice is neutral (one must ask \"what do you do?\" without naming the action)",
        ));
    }
    if lesson.track == Track::Safety && !practices.iter().any(|p| p.contrast) {
        problems.push(Problem::file(
            file,
            "a safety lesson needs a genuine-contrast practice (the right move is to trust or answer): mark it `contrast = true`",
        ));
    }
    match &lesson.topic {
        None => problems.push(Problem::file(file, "the lesson names no topic (Home groups lessons by topic)")),
        Some(topic) => match Topic::from_name(topic) {
            Some(t) if t.track() == lesson.track => {}
            Some(t) => {
                problems.push(Problem::file(file, format!("topic {topic:?} belongs to the {} track", t.track().name())))
            }
            None => {
                let known: Vec<_> = Topic::ALL.iter().filter(|t| t.track() == lesson.track).map(|t| t.name()).collect();
                problems.push(Problem::file(file, format!("unknown topic {topic:?} (known: {})", known.join(", "))));
            }
        },
    }
    if lesson.sources.is_empty() {
        problems.push(Problem::file(file, "the lesson cites no sources"));
    }
    for id in &lesson.sources {
        if !registry.iter().any(|s| &s.id == id) {
            problems.push(Problem::file(file, format!("source {id:?} is not in assets/{SOURCES_FILE}")));
        }
    }

    let locales = localizer.available();
    let check_text = |problems: &mut Vec<Problem>, where_: Problem, text: &str| {
        for n in rules::numbers_in(text) {
            if let Some(m) = rules::number_problem(&n) {
                problems.push(Problem { message: m, ..where_.clone() });
            }
        }
        for host in rules::hosts_in(text) {
            if let Some(m) = rules::host_problem(&host) {
                problems.push(Problem { message: m, ..where_.clone() });
            }
        }
    };
    for locale in &locales {
        for id in [&lesson.title, &lesson.remember] {
            let text = localizer.text_in(locale, id).unwrap_or_default();
            check_text(problems, Problem::file(file, "").in_locale(locale), &text);
        }
        if let Some(m) = rules::spoken_problem(&localizer.text_in(locale, &lesson.remember).unwrap_or_default()) {
            problems.push(Problem::file(file, format!("{m} (in {:?})", lesson.remember)).in_locale(locale));
        }
    }
    for (i, step) in lesson.steps.iter().enumerate() {
        let at = || Problem::step(file, i + 1, "");
        for (number, owner) in step_numbers(step) {
            check_text(problems, at(), number);
            let digits: String = number.chars().filter(char::is_ascii_digit).collect();
            if let (true, Some(owner)) = (rules::is_reserved_fake(&digits), owner) {
                match numbers.0.get(&digits) {
                    Some(first) if first != owner => problems.push(Problem {
                        message: format!("fake number {number:?} is already {first:?}'s: give each role its own"),
                        ..at()
                    }),
                    _ => {
                        numbers.0.insert(digits, owner.to_owned());
                    }
                }
            }
        }
        for url in step_urls(step) {
            for host in rules::hosts_in(url) {
                if let Some(m) = rules::host_problem(&host) {
                    problems.push(Problem { message: m, ..at() });
                }
            }
        }
        let spoken: BTreeSet<&str> = spoken_ids(step).into_iter().collect();
        let labels = correct_labels(step);
        for locale in &locales {
            for id in step.message_ids() {
                let text = localizer.text_in(locale, id).unwrap_or_default();
                check_text(problems, at().in_locale(locale), &text);
                if spoken.contains(id)
                    && let Some(m) = rules::spoken_problem(&text)
                {
                    problems.push(Problem { message: format!("{m} (in {id:?})"), ..at().in_locale(locale) });
                }
            }
            if let Step::Practice(p) = step
                && p.neutral
            {
                let instruction = localizer.text_in(locale, &p.instruction).unwrap_or_default();
                for label in &labels {
                    let label = localizer.text_in(locale, label).unwrap_or_default();
                    if label.chars().count() >= 2 && instruction.contains(label.as_str()) {
                        problems.push(Problem {
                            message: format!("a neutral practice's instruction names the action {label:?}"),
                            ..at().in_locale(locale)
                        });
                    }
                }
            }
        }
    }
}
