//! Translated text: every human string comes from Fluent files in `locales/<lang>/`, embedded at
//! build time. A message missing in the chosen locale falls back to the others (and is logged);
//! a raw message id is never shown to a person.

mod locale;

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
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
    ids: BTreeMap<String, BTreeSet<String>>,
    current: String,
}

impl Localizer {
    /// The locales shipped in the binary.
    pub fn embedded() -> Self {
        let (localizer, errors) = Self::from_sources(EMBEDDED_FTL.iter().copied());
        for e in errors {
            log::error!("embedded Fluent file: {e}");
        }
        localizer
    }

    /// Builds bundles from `(locale, file name, source)` triples, reporting every file problem
    /// (syntax errors, duplicate ids) instead of stopping at the first.
    pub fn from_sources<'a>(sources: impl IntoIterator<Item = (&'a str, &'a str, &'a str)>) -> (Self, Vec<FtlError>) {
        let mut bundles: BTreeMap<String, FluentBundle<FluentResource>> = BTreeMap::new();
        let mut ids: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut errors = Vec::new();
        for (locale, file, source) in sources {
            let error = |message: String| FtlError { locale: locale.to_owned(), file: file.to_owned(), message };
            let langid: LanguageIdentifier = match locale.parse() {
                Ok(id) => id,
                Err(e) => {
                    errors.push(error(format!("bad locale folder name: {e}")));
                    continue;
                }
            };
            let resource = match FluentResource::try_new(source.to_owned()) {
                Ok(r) => r,
                Err((r, parse_errors)) => {
                    for e in parse_errors {
                        errors.push(error(format!("syntax error: {e}")));
                    }
                    r
                }
            };
            let file_ids = ids.entry(locale.to_owned()).or_default();
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    file_ids.insert(m.id.name.to_owned());
                }
            }
            let bundle = bundles.entry(locale.to_owned()).or_insert_with(|| {
                let mut b = FluentBundle::new(vec![langid]);
                // Unicode isolation marks show as boxes in some fonts; our arguments are numbers.
                b.set_use_isolating(false);
                b
            });
            if let Err(dups) = bundle.add_resource(resource) {
                for e in dups {
                    errors.push(error(format!("{e:?}")));
                }
            }
        }
        let current = if bundles.contains_key(DEFAULT_LOCALE) {
            DEFAULT_LOCALE.to_owned()
        } else {
            bundles.keys().next().cloned().unwrap_or_else(|| DEFAULT_LOCALE.to_owned())
        };
        (Localizer { bundles, ids, current }, errors)
    }

    /// Replaces the extra Fluent sources (lesson packs' texts: `(locale, file, source)`) beside
    /// the embedded ones, keeping the locale in use. Returns the problems found; a pack's
    /// messages can be removed only by rebuilding, which this does.
    pub fn set_extra_sources(&mut self, extra: Vec<(String, String, String)>) -> Vec<FtlError> {
        let embedded = EMBEDDED_FTL.iter().copied();
        let extra_refs = extra.iter().map(|(l, f, s)| (l.as_str(), f.as_str(), s.as_str()));
        let (mut rebuilt, errors) = Self::from_sources(embedded.chain(extra_refs));
        rebuilt.set_locale(&self.current);
        *self = rebuilt;
        errors
    }

    /// Locale codes available, e.g. `["en-US", "zh-CN"]`.
    pub fn available(&self) -> Vec<String> {
        self.bundles.keys().cloned().collect()
    }

    pub fn locale(&self) -> &str {
        &self.current
    }

    /// Switches to `locale` if it is available; returns whether it is now in use.
    pub fn set_locale(&mut self, locale: &str) -> bool {
        if self.bundles.contains_key(locale) {
            self.current = locale.to_owned();
            true
        } else {
            false
        }
    }

    /// Message ids defined in one locale.
    pub fn message_ids(&self, locale: &str) -> BTreeSet<String> {
        self.ids.get(locale).cloned().unwrap_or_default()
    }

    pub fn has(&self, locale: &str, id: &str) -> bool {
        self.bundles.get(locale).is_some_and(|b| b.has_message(id))
    }

    /// The text of `id` in the current locale.
    pub fn text(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The text of `id` in `locale` only (no fallback), e.g. each language's own name.
    pub fn text_in(&self, locale: &str, id: &str) -> Option<String> {
        let bundle = self.bundles.get(locale)?;
        let pattern = bundle.get_message(id)?.value()?;
        Some(bundle.format_pattern(pattern, None, &mut Vec::new()).into_owned())
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
            .chain(self.bundles.keys().map(String::as_str));
        for (attempt, locale) in order.enumerate() {
            let Some(bundle) = self.bundles.get(locale) else { continue };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else { continue };
            if attempt > 0 {
                log::warn!("message {id:?} is missing in {}; shown in {locale}", self.current);
            }
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                log::warn!("message {id:?} in {locale}: {errors:?}");
            }
            return text.into_owned();
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
