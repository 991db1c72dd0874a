//! Matching a platform locale tag (LANG, Android's configuration) to an available locale.

/// The campaign's audience reads Chinese first.
pub const DEFAULT_LOCALE: &str = "zh-CN";

/// The best of `available` for a locale tag such as `en_US.UTF-8`, `zh-Hans-CN` or `en`:
/// an exact match, else the same language.
/// A BCP 47 tag from a platform's separate language and country (Android's configuration):
/// `("zh", "CN")` → `zh-CN`.
pub fn tag_from_parts(language: Option<&str>, country: Option<&str>) -> Option<String> {
    let language = language.map(str::trim).filter(|l| !l.is_empty())?;
    Some(match country.map(str::trim).filter(|c| !c.is_empty()) {
        Some(country) => format!("{language}-{country}"),
        None => language.to_owned(),
    })
}

pub fn match_locale(tag: &str, available: &[String]) -> Option<String> {
    let tag = tag.split(['.', '@']).next().unwrap_or("").replace('_', "-");
    if tag.is_empty() || tag == "C" || tag == "POSIX" {
        return None;
    }
    if let Some(exact) = available.iter().find(|a| a.eq_ignore_ascii_case(&tag)) {
        return Some(exact.clone());
    }
    let language = tag.split('-').next().unwrap_or("").to_ascii_lowercase();
    available.iter().find(|a| a.split('-').next().is_some_and(|l| l.eq_ignore_ascii_case(&language))).cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn android_language_and_country_make_a_tag() {
        assert_eq!(tag_from_parts(Some("zh"), Some("CN")).as_deref(), Some("zh-CN"));
        assert_eq!(tag_from_parts(Some("en"), None).as_deref(), Some("en"));
        assert_eq!(tag_from_parts(None, Some("CN")), None);
        let tag = tag_from_parts(Some("zh"), Some("TW")).unwrap();
        assert_eq!(match_locale(&tag, &available()).as_deref(), Some("zh-CN"), "the language decides");
    }

    fn available() -> Vec<String> {
        vec!["en-US".into(), "zh-CN".into()]
    }

    #[test]
    fn posix_tags_match() {
        assert_eq!(match_locale("en_US.UTF-8", &available()).as_deref(), Some("en-US"));
        assert_eq!(match_locale("zh_CN.UTF-8", &available()).as_deref(), Some("zh-CN"));
    }

    #[test]
    fn same_language_matches() {
        assert_eq!(match_locale("en_GB.UTF-8", &available()).as_deref(), Some("en-US"));
        assert_eq!(match_locale("zh_TW", &available()).as_deref(), Some("zh-CN"));
    }

    #[test]
    fn unknown_or_c_gives_none() {
        assert_eq!(match_locale("C.UTF-8", &available()), None);
        assert_eq!(match_locale("fr_FR.UTF-8", &available()), None);
        assert_eq!(match_locale("", &available()), None);
    }
}
