//! The content checker: every lesson loads, ids are unique, every message id exists in every
//! locale, every picture exists. Used by `blue-vest check-content`, the tests and the app's own
//! loading (a broken lesson is left out, never shown half-made).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;

use super::load::parse_lesson;
use super::model::{Lesson, Step};
use crate::i18n::Localizer;

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

/// All content to check: lesson files, the asset paths that exist, and the Fluent files.
#[derive(Debug, Clone, Default)]
pub struct Content {
    /// `(path shown in problems, TOML source)`.
    pub lessons: Vec<(String, String)>,
    /// Paths relative to the assets folder, e.g. `pictures/call.svg`.
    pub assets: BTreeSet<String>,
    /// `(locale, file, Fluent source)`.
    pub locales: Vec<(String, String, String)>,
}

impl Content {
    /// The content built into the app.
    pub fn embedded() -> Content {
        let mut content = Content::default();
        for (path, bytes) in super::EMBEDDED_ASSETS {
            content.assets.insert((*path).to_owned());
            if let Some(name) = path.strip_prefix("lessons/").filter(|p| p.ends_with(".toml")) {
                content.lessons.push((format!("assets/lessons/{name}"), String::from_utf8_lossy(bytes).into_owned()));
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

/// Loads every lesson and checks the whole content. Lessons with problems are left out of the
/// result; the problems say why, sorted by file and step.
pub fn check(content: &Content) -> (Vec<Lesson>, Vec<Problem>) {
    let (localizer, ftl_errors) =
        Localizer::from_sources(content.locales.iter().map(|(l, f, s)| (l.as_str(), f.as_str(), s.as_str())));
    let (lessons, mut problems) =
        check_lessons(content.lessons.iter().map(|(f, s)| (f.as_str(), s.as_str())), &content.assets, &localizer);
    for e in ftl_errors {
        problems.push(Problem { locale: Some(e.locale.clone()), ..Problem::file(&e.file, e.message) });
    }
    problems.sort();
    (lessons, problems)
}

/// The lessons built into the app, checked against the app's own localizer (no second copy of
/// the Fluent files).
pub fn embedded_lessons(localizer: &Localizer) -> (Vec<Lesson>, Vec<Problem>) {
    let assets: BTreeSet<String> = super::EMBEDDED_ASSETS.iter().map(|(p, _)| (*p).to_owned()).collect();
    let lessons = super::EMBEDDED_ASSETS.iter().filter_map(|(path, bytes)| {
        let name = path.strip_prefix("lessons/").filter(|p| p.ends_with(".toml"))?;
        Some((name, std::str::from_utf8(bytes).unwrap_or("")))
    });
    check_lessons(lessons, &assets, localizer)
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

    let mut lessons: Vec<(String, Lesson)> = Vec::new();
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for (file, source) in sources {
        let Some(lesson) = parse_lesson(file, source, &mut problems) else { continue };
        if let Some(first) = seen.get(&lesson.id) {
            problems.push(Problem::file(file, format!("duplicate lesson id {:?} (also in {first})", lesson.id)));
            continue;
        }
        seen.insert(lesson.id.clone(), file.to_owned());
        lessons.push((file.to_owned(), lesson));
    }

    let mut usable = Vec::new();
    for (file, lesson) in lessons {
        let before = problems.len();
        for locale in &locales {
            let missing = |id: &str| !localizer.has(locale, id);
            for id in [&lesson.title, &lesson.remember] {
                if missing(id) {
                    problems.push(Problem {
                        locale: Some(locale.clone()),
                        ..Problem::file(&file, format!("missing message {id:?}"))
                    });
                }
            }
            for (i, step) in lesson.steps.iter().enumerate() {
                for id in step.message_ids() {
                    if missing(id) {
                        problems.push(Problem {
                            locale: Some(locale.clone()),
                            ..Problem::step(&file, i + 1, format!("missing message {id:?}"))
                        });
                    }
                }
            }
        }
        for (i, step) in lesson.steps.iter().enumerate() {
            if let Step::Explain { picture: Some(picture), .. } = step
                && !assets.contains(picture)
            {
                problems.push(Problem::step(&file, i + 1, format!("missing picture {picture:?}")));
            }
        }
        if problems.len() == before {
            usable.push(lesson);
        }
    }
    problems.sort();
    usable.sort_by(|a, b| (a.track, a.order, &a.id).cmp(&(b.track, b.order, &b.id)));
    (usable, problems)
}
