//! Matching a platform locale tag (LANG, Android's configuration) to an available locale.

/// The campaign's audience reads Chinese first.
pub const DEFAULT_LOCALE: &str = "zh-CN";

/// The best of `available` for a locale tag such as `en_US.UTF-8`, `zh-Hans-CN` or `en`:
/// an exact match, else the same language.
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
