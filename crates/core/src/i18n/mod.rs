//! Translated text: every human string comes from Fluent files in `locales/<lang>/`, embedded at
//! build time. A message missing in the chosen locale falls back to the others (and is logged);
//! a raw message id is never shown to a person.
//!
//! The embedded localizer parses lazily (issue 17: start-up time and memory): a locale's bundle
//! is built the first time one of its messages is asked for, and a lesson's file
//! (`<locale>/lessons/<lesson id>.ftl`, whose ids all start with `<lesson id>-`) is added to it
//! the first time one of its messages is. `from_sources` (the content checker, tests) still
//! parses everything at once and reports every problem.

mod locale;

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

pub use locale::{DEFAULT_LOCALE, match_locale, tag_from_parts};

include!(concat!(env!("OUT_DIR"), "/embedded_locales.rs"));

/// A problem in a Fluent file, found when the bundles are built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{locale}/{file}: {message}")]
pub struct FtlError {
    pub locale: String,
    pub file: String,
    pub message: String,
}

/// Fluent bundles for every available locale and the one in use.
pub struct Localizer {
    locales: BTreeMap<String, LocaleFiles>,
    current: String,
}

/// One locale's Fluent files, and its bundle with the files added to it so far.
struct LocaleFiles {
    langid: LanguageIdentifier,
    files: Vec<FtlFile>,
    /// Built on first use; interior so that looking up text (`&self`) can add files.
    bundle: RefCell<Option<Loaded>>,
}

struct FtlFile {
    name: Cow<'static, str>,
    source: Cow<'static, str>,
    /// A lesson's file: added when one of its messages (`<lesson id>-…`) is first asked for.
    lesson: Option<String>,
    /// Added at run time (a lesson pack's texts, `set_extra_sources`), not embedded.
    extra: bool,
}

struct Loaded {
    bundle: FluentBundle<FluentResource>,
    /// Which of `files` are in `bundle`.
    added: Vec<bool>,
}

/// The lesson id of a lesson's Fluent file (`<locale>/lessons/<id>.ftl`), if it is one.
fn lesson_of(file: &str) -> Option<String> {
    let (dir, name) = file.rsplit_once('/')?;
    let id = name.strip_suffix(".ftl")?;
    (dir == "lessons" || dir.ends_with("/lessons")).then(|| id.to_owned())
}

impl LocaleFiles {
    fn new(langid: LanguageIdentifier) -> Self {
        LocaleFiles { langid, files: Vec::new(), bundle: RefCell::new(None) }
    }

    fn push(&mut self, name: Cow<'static, str>, source: Cow<'static, str>, extra: bool) {
        let lesson = lesson_of(&name);
        self.files.push(FtlFile { name, source, lesson, extra });
        // Rebuilt on next use, with the new file in its place.
        self.bundle.replace(None);
    }

    /// Makes sure the bundle is built with what `need` asks for; for a message, the lesson files
    /// its id names, then (a message no file is named for) every file. Returns the problems of
    /// the files it added.
    fn load(&self, locale: &str, need: Need) -> Vec<FtlError> {
        let mut errors = Vec::new();
        let mut slot = self.bundle.borrow_mut();
        let loaded = slot.get_or_insert_with(|| {
            let mut bundle = FluentBundle::new(vec![self.langid.clone()]);
            // Unicode isolation marks show as boxes in some fonts; our arguments are numbers.
            bundle.set_use_isolating(false);
            Loaded { bundle, added: vec![false; self.files.len()] }
        });
        let mut add = |loaded: &mut Loaded, wanted: &dyn Fn(&FtlFile) -> bool| {
            for (i, file) in self.files.iter().enumerate() {
                if !loaded.added[i] && wanted(file) {
                    loaded.added[i] = true;
                    add_file(&mut loaded.bundle, locale, file, &mut errors);
                }
            }
        };
        add(loaded, &|f: &FtlFile| f.lesson.is_none());
        match need {
            Need::All => add(loaded, &|_: &FtlFile| true),
            Need::Message(id) if !loaded.bundle.has_message(id) => {
                add(loaded, &|f: &FtlFile| f.lesson.as_deref().is_some_and(|l| is_lesson_message(id, l)));
                if !loaded.bundle.has_message(id) {
                    add(loaded, &|_: &FtlFile| true);
                }
            }
            Need::Message(_) => {}
        }
        errors
    }

    /// `load`, logging problems (the embedded files are checked before shipping).
    fn load_logged(&self, locale: &str, need: Need) {
        for e in self.load(locale, need) {
            log::error!("Fluent file: {e}");
        }
    }
}

/// What a lookup needs in a bundle besides the files that are not lessons'.
#[derive(Clone, Copy)]
enum Need<'a> {
    /// The file that defines this message.
    Message(&'a str),
    /// Every file.
    All,
}

fn is_lesson_message(id: &str, lesson: &str) -> bool {
    id.strip_prefix(lesson).is_some_and(|rest| rest.starts_with('-'))
}

fn add_file(bundle: &mut FluentBundle<FluentResource>, locale: &str, file: &FtlFile, errors: &mut Vec<FtlError>) {
    let error = |message: String| FtlError { locale: locale.to_owned(), file: file.name.to_string(), message };
    let resource = match FluentResource::try_new(file.source.to_string()) {
        Ok(r) => r,
        Err((r, parse_errors)) => {
            errors.extend(parse_errors.into_iter().map(|e| error(format!("syntax error: {e}"))));
            r
        }
    };
    if let Err(dups) = bundle.add_resource(resource) {
        errors.extend(dups.into_iter().map(|e| error(format!("{e:?}"))));
    }
}

impl Localizer {
    /// The locales shipped in the binary; nothing is parsed until a message is asked for.
    pub fn embedded() -> Self {
        let (localizer, errors) = Self::collect(EMBEDDED_FTL.iter().map(|&(l, f, s)| (l, Cow::from(f), Cow::from(s))));
        for e in errors {
            log::error!("embedded Fluent file: {e}");
        }
        localizer
    }

    /// Builds bundles from `(locale, file name, source)` triples, reporting every file problem
    /// (syntax errors, duplicate ids) instead of stopping at the first. Everything is parsed now.
    pub fn from_sources<'a>(sources: impl IntoIterator<Item = (&'a str, &'a str, &'a str)>) -> (Self, Vec<FtlError>) {
        let owned = sources.into_iter().map(|(l, f, s)| (l, Cow::Owned(f.to_owned()), Cow::Owned(s.to_owned())));
        let (localizer, mut errors) = Self::collect(owned);
        for (locale, files) in &localizer.locales {
            errors.extend(files.load(locale, Need::All));
        }
        (localizer, errors)
    }

    /// Sorts the files by locale without parsing them.
    fn collect<'a>(
        sources: impl IntoIterator<Item = (&'a str, Cow<'static, str>, Cow<'static, str>)>,
    ) -> (Self, Vec<FtlError>) {
        let mut locales: BTreeMap<String, LocaleFiles> = BTreeMap::new();
        let mut errors = Vec::new();
        for (locale, file, source) in sources {
            let langid: LanguageIdentifier = match locale.parse() {
                Ok(id) => id,
                Err(e) => {
                    let message = format!("bad locale folder name: {e}");
                    errors.push(FtlError { locale: locale.to_owned(), file: file.into_owned(), message });
                    continue;
                }
            };
            locales.entry(locale.to_owned()).or_insert_with(|| LocaleFiles::new(langid)).push(file, source, false);
        }
        let current = if locales.contains_key(DEFAULT_LOCALE) {
            DEFAULT_LOCALE.to_owned()
        } else {
            locales.keys().next().cloned().unwrap_or_else(|| DEFAULT_LOCALE.to_owned())
        };
        (Localizer { locales, current }, errors)
    }

    /// Replaces the extra Fluent sources (lesson packs' texts: `(locale, file, source)`) beside
    /// the embedded ones, keeping the locale in use; a locale's bundle is built again on its next
    /// message, so a removed pack's messages are gone. A pack's lesson file (`…/lessons/<id>.ftl`)
    /// is added lazily like the embedded ones. Returns the files' syntax problems (each file is
    /// parsed once here to find them) and files for a locale the app does not have.
    pub fn set_extra_sources(&mut self, extra: Vec<(String, String, String)>) -> Vec<FtlError> {
        for files in self.locales.values_mut() {
            if files.files.iter().any(|f| f.extra) {
                files.files.retain(|f| !f.extra);
                files.bundle.replace(None);
            }
        }
        let mut errors = Vec::new();
        for (locale, file, source) in extra {
            let error = |message: String| FtlError { locale: locale.clone(), file: file.clone(), message };
            if let Err((_, parse_errors)) = FluentResource::try_new(source.clone()) {
                errors.extend(parse_errors.into_iter().map(|e| error(format!("syntax error: {e}"))));
            }
            match self.locales.get_mut(&locale) {
                Some(files) => files.push(Cow::Owned(file), Cow::Owned(source), true),
                None => errors.push(error("the app has no such language".into())),
            }
        }
        errors
    }

    /// Locale codes available, e.g. `["en-US", "zh-CN"]`.
    pub fn available(&self) -> Vec<String> {
        self.locales.keys().cloned().collect()
    }

    pub fn locale(&self) -> &str {
        &self.current
    }

    /// Switches to `locale` if it is available; returns whether it is now in use.
    pub fn set_locale(&mut self, locale: &str) -> bool {
        if self.locales.contains_key(locale) {
            self.current = locale.to_owned();
            true
        } else {
            false
        }
    }

    /// Message ids defined in one locale (every file of it, parsed again: for checks, not screens).
    pub fn message_ids(&self, locale: &str) -> BTreeSet<String> {
        let Some(files) = self.locales.get(locale) else { return BTreeSet::new() };
        let mut ids = BTreeSet::new();
        for file in &files.files {
            let resource = fluent_syntax::parser::parse_runtime(file.source.as_ref()).unwrap_or_else(|(r, _)| r);
            for entry in resource.body {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    ids.insert(m.id.name.to_owned());
                }
            }
        }
        ids
    }

    pub fn has(&self, locale: &str, id: &str) -> bool {
        self.with_bundle(locale, id, |b| b.has_message(id)).unwrap_or(false)
    }

    /// Runs `f` on `locale`'s bundle once it holds `id` (if any of its files defines it).
    fn with_bundle<R>(&self, locale: &str, id: &str, f: impl FnOnce(&FluentBundle<FluentResource>) -> R) -> Option<R> {
        let files = self.locales.get(locale)?;
        files.load_logged(locale, Need::Message(id));
        let slot = files.bundle.borrow();
        slot.as_ref().map(|loaded| f(&loaded.bundle))
    }

    /// The text of `id` in the current locale.
    pub fn text(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The text of `id` in `locale` only (no fallback), e.g. each language's own name.
    pub fn text_in(&self, locale: &str, id: &str) -> Option<String> {
        self.with_bundle(locale, id, |bundle| {
            let pattern = bundle.get_message(id)?.value()?;
            Some(bundle.format_pattern(pattern, None, &mut Vec::new()).into_owned())
        })?
    }

    /// The text of `id` with the numeric arguments `$n` and `$total`.
    pub fn text_count(&self, id: &str, n: i64, total: i64) -> String {
        let mut args = FluentArgs::new();
        args.set("n", FluentValue::from(n));
        args.set("total", FluentValue::from(total));
        self.format(id, Some(&args))
    }

    /// The text of `id` with the text argument `$value`.
    pub fn text_value(&self, id: &str, value: &str) -> String {
        let mut args = FluentArgs::new();
        args.set("value", FluentValue::from(value));
        self.format(id, Some(&args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        if id.is_empty() {
            return String::new();
        }
        // The current locale first, then the default, then any other.
        let order = std::iter::once(self.current.as_str())
            .chain(std::iter::once(DEFAULT_LOCALE))
            .chain(self.locales.keys().map(String::as_str));
        for (attempt, locale) in order.enumerate() {
            let text = self.with_bundle(locale, id, |bundle| {
                let pattern = bundle.get_message(id).and_then(|m| m.value())?;
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                if !errors.is_empty() {
                    log::warn!("message {id:?} in {locale}: {errors:?}");
                }
                Some(text.into_owned())
            });
            let Some(Some(text)) = text else { continue };
            if attempt > 0 {
                log::warn!("message {id:?} is missing in {}; shown in {locale}", self.current);
            }
            return text;
        }
        log::error!("message {id:?} exists in no locale");
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn two_locales() -> Localizer {
        let (l, errors) = Localizer::from_sources([
            ("zh-CN", "a.ftl", "hello = 你好\nonly-zh = 只有中文\ncount = 第 { $n } 课，共 { $total } 课\n"),
            ("en-US", "a.ftl", "hello = Hello\ncount = Lesson { $n } of { $total }\n"),
        ]);
        assert!(errors.is_empty(), "{errors:?}");
        l
    }

    #[test]
    fn default_locale_is_chinese() {
        let l = two_locales();
        assert_eq!(l.locale(), "zh-CN");
        assert_eq!(l.text("hello"), "你好");
    }

    #[test]
    fn switching_locale_changes_text() {
        let mut l = two_locales();
        assert!(l.set_locale("en-US"));
        assert_eq!(l.text("hello"), "Hello");
        assert!(!l.set_locale("fr-FR"));
        assert_eq!(l.locale(), "en-US");
    }

    #[test]
    fn missing_message_falls_back_never_raw_id() {
        let mut l = two_locales();
        l.set_locale("en-US");
        assert_eq!(l.text("only-zh"), "只有中文");
        assert_eq!(l.text("nowhere"), "");
    }

    #[test]
    fn arguments_are_formatted_without_isolation_marks() {
        let mut l = two_locales();
        l.set_locale("en-US");
        assert_eq!(l.text_count("count", 3, 7), "Lesson 3 of 7");
    }

    #[test]
    fn syntax_errors_and_duplicates_are_reported() {
        let (_, errors) = Localizer::from_sources([
            ("en-US", "a.ftl", "ok = fine\nbroken = { \n"),
            ("en-US", "b.ftl", "ok = again\n"),
        ]);
        assert!(errors.iter().any(|e| e.file == "a.ftl" && e.message.contains("syntax")), "{errors:?}");
        assert!(errors.iter().any(|e| e.file == "b.ftl"), "{errors:?}");
    }

    /// How many of `locale`'s files are parsed so far.
    fn files_parsed(l: &Localizer, locale: &str) -> usize {
        let slot = l.locales[locale].bundle.borrow();
        slot.as_ref().map_or(0, |loaded| loaded.added.iter().filter(|a| **a).count())
    }

    #[test]
    fn the_embedded_localizer_parses_only_what_is_asked_for() {
        let mut l = Localizer::embedded();
        assert_eq!(files_parsed(&l, "zh-CN") + files_parsed(&l, "en-US"), 0, "nothing before the first message");
        assert!(l.set_locale("en-US"));
        assert!(!l.text("app-name").is_empty());
        let base = files_parsed(&l, "en-US");
        assert!(base >= 1 && files_parsed(&l, "zh-CN") == 0, "only the shown locale, without lessons");
        let lesson =
            EMBEDDED_FTL.iter().find_map(|(locale, file, _)| (*locale == "en-US").then(|| lesson_of(file)).flatten());
        let lesson = lesson.expect("a lesson file");
        assert!(!l.text(&format!("{lesson}-title")).is_empty());
        assert_eq!(files_parsed(&l, "en-US"), base + 1, "one lesson's file, on its first message");
        assert_eq!(l.text("no-such-message"), "");
        assert_eq!(files_parsed(&l, "en-US"), l.locales["en-US"].files.len(), "a miss looks everywhere");
    }

    #[test]
    fn lazy_and_eager_localizers_say_the_same() {
        let lazy = Localizer::embedded();
        let (eager, errors) = Localizer::from_sources(EMBEDDED_FTL.iter().copied());
        assert!(errors.is_empty(), "{errors:?}");
        for locale in eager.available() {
            let ids = eager.message_ids(&locale);
            assert_eq!(lazy.message_ids(&locale), ids);
            for id in &ids {
                assert_eq!(lazy.text_in(&locale, id), eager.text_in(&locale, id), "{locale} {id}");
            }
        }
    }

    #[test]
    fn lesson_files_are_known_by_their_folder() {
        assert_eq!(lesson_of("zh-CN/lessons/phone-call.ftl").as_deref(), Some("phone-call"));
        assert_eq!(lesson_of("locales/zh-CN/lessons/phone-call.ftl").as_deref(), Some("phone-call"));
        assert_eq!(lesson_of("zh-CN/app.ftl"), None);
        assert!(is_lesson_message("phone-call-title", "phone-call"));
        assert!(!is_lesson_message("phone-callback-title", "phone-call"));
    }

    #[test]
    fn extra_sources_are_added_and_removed_keeping_the_locale() {
        let mut l = Localizer::embedded();
        l.set_locale("en-US");
        let errors = l.set_extra_sources(vec![
            ("en-US".into(), "p/a.ftl".into(), "p--title = A warning\n".into()),
            ("zh-CN".into(), "p/a.ftl".into(), "p--title = 提醒\n".into()),
        ]);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!((l.locale(), l.text("p--title").as_str()), ("en-US", "A warning"));
        assert_eq!(l.text("home-title"), "Blue Vest", "the app's own texts stay");
        assert!(l.set_extra_sources(Vec::new()).is_empty());
        assert!(!l.has("en-US", "p--title"), "gone with its pack");
        assert_eq!(l.locale(), "en-US");
    }

    #[test]
    fn embedded_locales_are_clean_and_complete() {
        let (l, errors) = Localizer::from_sources(EMBEDDED_FTL.iter().copied());
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(l.available(), vec!["en-US".to_owned(), "zh-CN".to_owned()]);
        assert_eq!(l.message_ids("en-US"), l.message_ids("zh-CN"), "both locales define the same ids");
    }
}
