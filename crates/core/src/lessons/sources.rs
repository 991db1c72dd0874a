//! The sources registry (`assets/sources.toml`): every fact a lesson teaches comes from one of
//! these (issuer, title, date, link); lessons cite them by id and the checker validates both.

use serde::Deserialize;

use super::check::Problem;

/// The registry's path inside the assets.
pub const SOURCES_FILE: &str = "sources.toml";

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub issuer: String,
    pub title: String,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
    pub link: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Registry {
    #[serde(default)]
    source: Vec<Source>,
}

fn valid_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let num = |s: &str, len: usize, range: std::ops::RangeInclusive<u32>| {
        s.len() == len && s.parse::<u32>().is_ok_and(|v| range.contains(&v))
    };
    match parts.as_slice() {
        [y] => num(y, 4, 1900..=2100),
        [y, m] => num(y, 4, 1900..=2100) && num(m, 2, 1..=12),
        [y, m, d] => num(y, 4, 1900..=2100) && num(m, 2, 1..=12) && num(d, 2, 1..=31),
        _ => false,
    }
}

/// Parses the registry (`file` names it in problems); entries with problems are left out.
pub fn parse_sources(file: &str, text: &str, problems: &mut Vec<Problem>) -> Vec<Source> {
    let registry: Registry = match toml::from_str(text) {
        Ok(r) => r,
        Err(e) => {
            problems.push(Problem::file(file, e.message().to_owned()));
            return Vec::new();
        }
    };
    let mut sources: Vec<Source> = Vec::new();
    for s in registry.source {
        let mut bad = |what: String| problems.push(Problem::file(file, format!("source {:?}: {what}", s.id)));
        if sources.iter().any(|x| x.id == s.id) {
            bad("given twice".into());
            continue;
        }
        if [&s.issuer, &s.title].iter().any(|f| f.trim().is_empty()) {
            bad("needs an issuer and a title".into());
            continue;
        }
        if !valid_date(&s.date) {
            bad(format!("date {:?} is not YYYY, YYYY-MM or YYYY-MM-DD", s.date));
            continue;
        }
        if !s.link.starts_with("https://") {
            bad(format!("link {:?} is not an https address", s.link));
            continue;
        }
        sources.push(s);
    }
    sources
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_registry_entry_needs_every_field_in_form() {
        let text = r#"
[[source]]
id = "M22"
issuer = "Ministry of Public Security"
title = "Press conference on telecom fraud"
date = "2022-05-11"
link = "https://www.mps.gov.cn/"

[[source]]
id = "BAD"
issuer = "x"
title = "y"
date = "11 May 2022"
link = "https://x.example/"

[[source]]
id = "M22"
issuer = "again"
title = "again"
date = "2022"
link = "https://www.mps.gov.cn/"
"#;
        let mut problems = Vec::new();
        let sources = parse_sources("assets/sources.toml", text, &mut problems);
        assert_eq!(sources.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(), ["M22"]);
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(
            lines[0].ends_with("source \"BAD\": date \"11 May 2022\" is not YYYY, YYYY-MM or YYYY-MM-DD"),
            "{lines:?}"
        );
        assert!(lines[1].ends_with("source \"M22\": given twice"), "{lines:?}");
    }
}
