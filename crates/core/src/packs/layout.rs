//! Where each file of a pack goes, and what a path inside a pack may look like. The same rules
//! apply to an archive's entries and to an installed pack's folder, so a path that passed here
//! is safe to join onto a directory: relative, no `..`, no backslash or drive, one of the
//! layout's places, lowercase ASCII names.
//!
//! ```text
//! pack.toml
//! lessons/<lesson-id>.toml
//! locales/<locale>/lessons/<lesson-id>.ftl
//! pictures/<name>.svg | .png
//! voice/<locale>/<message-id>.ogg | .wav        (optional)
//! ```

use super::error::PackError;

/// The pack's description (id, titles, dates, cities).
pub const MANIFEST: &str = "pack.toml";

/// The file types a pack may hold, by extension.
const KNOWN_TYPES: [&str; 6] = ["toml", "ftl", "svg", "png", "ogg", "wav"];

/// What a file in a pack is, from its path.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum PackPath {
    Manifest,
    /// `lessons/<id>.toml`
    Lesson {
        id: String,
    },
    /// `locales/<locale>/lessons/<lesson>.ftl`
    Text {
        locale: String,
        lesson: String,
    },
    /// `pictures/<file>` — `file` keeps its extension, as lessons name it (`pictures/x.svg`).
    Picture {
        file: String,
    },
    /// `voice/<locale>/<message>.ogg|wav`
    Voice {
        locale: String,
        message: String,
    },
}

/// A checked entry: a file of the layout, or one of the layout's folders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    File(PackPath),
    Dir,
}

/// Checks one path from an archive or a folder (`is_dir`: the entry is a folder, its path may
/// end in `/`).
pub fn classify(path: &str, is_dir: bool) -> Result<Entry, PackError> {
    let err_path = || path.to_owned();
    if path.contains('\\') {
        return Err(PackError::Backslash { path: err_path() });
    }
    if path.starts_with('/') {
        return Err(PackError::AbsolutePath { path: err_path() });
    }
    let bytes = path.as_bytes();
    if bytes.len() >= 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':' {
        return Err(PackError::DriveLetter { path: err_path() });
    }
    let trimmed = if is_dir { path.strip_suffix('/').unwrap_or(path) } else { path };
    let parts: Vec<&str> = trimmed.split('/').collect();
    if parts.contains(&"..") {
        return Err(PackError::ParentPath { path: err_path() });
    }
    if parts.iter().any(|p| p.is_empty() || *p == "." || !p.bytes().all(|b| b.is_ascii_graphic())) {
        return Err(PackError::BadName { path: err_path() });
    }
    if is_dir {
        let ok = match parts.as_slice() {
            ["lessons" | "locales" | "pictures" | "voice"] => true,
            ["locales", locale] | ["voice", locale] | ["locales", locale, "lessons"] => is_locale(locale),
            _ => false,
        };
        return if ok { Ok(Entry::Dir) } else { Err(PackError::DirectoryOutsideLayout { path: err_path() }) };
    }
    let file = parts[parts.len() - 1];
    let Some((stem, ext)) = file.rsplit_once('.').filter(|(_, ext)| KNOWN_TYPES.contains(ext)) else {
        return Err(PackError::UnknownFileType { path: err_path() });
    };
    let named = |kind: PackPath, names: &[&str]| {
        if names.iter().all(|n| is_name(n)) {
            Ok(Entry::File(kind))
        } else {
            Err(PackError::BadName { path: err_path() })
        }
    };
    match (parts.as_slice(), ext) {
        ([MANIFEST], _) => Ok(Entry::File(PackPath::Manifest)),
        (["lessons", _], "toml") => named(PackPath::Lesson { id: stem.to_owned() }, &[stem]),
        (["locales", locale, "lessons", _], "ftl") if is_locale(locale) => {
            named(PackPath::Text { locale: (*locale).to_owned(), lesson: stem.to_owned() }, &[stem])
        }
        (["pictures", _], "svg" | "png") => named(PackPath::Picture { file: file.to_owned() }, &[stem]),
        (["voice", locale, _], "ogg" | "wav") if is_locale(locale) => {
            named(PackPath::Voice { locale: (*locale).to_owned(), message: stem.to_owned() }, &[stem])
        }
        _ => Err(PackError::OutsideLayout { path: err_path() }),
    }
}

/// A file or id name: `[a-z0-9][a-z0-9_-]*`, at most 128 characters (one case only, so no two
/// names collide on a case-insensitive disk).
pub fn is_name(name: &str) -> bool {
    (1..=128).contains(&name.len())
        && name.bytes().next().is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// A locale folder's name, shaped like `zh-CN` (whether the app has it is the checker's rule).
fn is_locale(name: &str) -> bool {
    let mut parts = name.split('-');
    let language = parts.next().unwrap_or("");
    (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// What the bytes of a file must start like, for the binary types (text is checked as UTF-8
/// by the checker). `None` when they fit.
pub fn content_mismatch(kind: &PackPath, bytes: &[u8]) -> Option<&'static str> {
    let ext = match kind {
        PackPath::Picture { file } => file.rsplit('.').next().unwrap_or(""),
        PackPath::Voice { .. } => {
            let ogg = bytes.starts_with(b"OggS");
            let wav = bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WAVE";
            return (!ogg && !wav).then_some("Ogg or WAV");
        }
        _ => return None,
    };
    match ext {
        "png" => (!bytes.starts_with(b"\x89PNG\r\n\x1a\n")).then_some("PNG"),
        _ => {
            let svg = std::str::from_utf8(bytes).is_ok_and(|t| t.contains("<svg"));
            (!svg).then_some("SVG")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str) -> Result<PackPath, String> {
        match classify(path, false) {
            Ok(Entry::File(p)) => Ok(p),
            Ok(Entry::Dir) => Err("dir".into()),
            Err(e) => Err(e.code().to_owned()),
        }
    }

    #[test]
    fn the_layout_places_are_known() {
        assert_eq!(file("pack.toml"), Ok(PackPath::Manifest));
        assert_eq!(file("lessons/scam--call.toml"), Ok(PackPath::Lesson { id: "scam--call".into() }));
        assert_eq!(
            file("locales/zh-CN/lessons/scam--call.ftl"),
            Ok(PackPath::Text { locale: "zh-CN".into(), lesson: "scam--call".into() })
        );
        assert_eq!(file("pictures/a-b_c.png"), Ok(PackPath::Picture { file: "a-b_c.png".into() }));
        assert_eq!(
            file("voice/zh-CN/scam--call-title.ogg"),
            Ok(PackPath::Voice { locale: "zh-CN".into(), message: "scam--call-title".into() })
        );
        for dir in ["lessons/", "locales/", "locales/en-US/", "locales/en-US/lessons/", "pictures", "voice/zh-CN/"] {
            assert_eq!(classify(dir, true), Ok(Entry::Dir), "{dir}");
        }
    }

    #[test]
    fn each_unsafe_or_unknown_path_has_its_reason() {
        let cases = [
            ("/etc/passwd.toml", "absolute-path"),
            ("../pack.toml", "parent-path"),
            ("lessons/../../x.toml", "parent-path"),
            ("lessons\\x.toml", "backslash"),
            ("C:/x.toml", "drive-letter"),
            ("c:x.toml", "drive-letter"),
            ("lessons/x.exe", "unknown-file-type"),
            ("lessons/x", "unknown-file-type"),
            ("pictures/x.gif", "unknown-file-type"),
            ("lessons/x.svg", "outside-layout"),
            ("lessons/sub/x.toml", "outside-layout"),
            ("sources.toml", "outside-layout"),
            ("locales/zh-CN/app.ftl", "outside-layout"),
            ("locales/ZH/lessons/x.ftl", "outside-layout"),
            ("lessons/X.toml", "bad-name"),
            ("lessons/a.b.toml", "bad-name"),
            ("lessons//x.toml", "bad-name"),
            ("./pack.toml", "bad-name"),
            ("lessons/\u{4e2d}.toml", "bad-name"),
            ("lessons/x y.toml", "bad-name"),
        ];
        for (path, code) in cases {
            assert_eq!(file(path), Err(code.to_owned()), "{path}");
        }
        assert_eq!(classify("src/", true).unwrap_err().code(), "directory-outside-layout");
        assert_eq!(classify("pictures/extra/", true).unwrap_err().code(), "directory-outside-layout");
        assert_eq!(classify("../", true).unwrap_err().code(), "parent-path");
    }

    #[test]
    fn binary_files_must_be_what_their_name_says() {
        let png = PackPath::Picture { file: "a.png".into() };
        let svg = PackPath::Picture { file: "a.svg".into() };
        let voice = PackPath::Voice { locale: "zh-CN".into(), message: "m".into() };
        assert_eq!(content_mismatch(&png, b"\x89PNG\r\n\x1a\nrest"), None);
        assert_eq!(content_mismatch(&png, b"<svg/>"), Some("PNG"));
        assert_eq!(content_mismatch(&svg, b"<?xml?><svg xmlns='x'/>"), None);
        assert_eq!(content_mismatch(&svg, b"MZ\x90\x00"), Some("SVG"));
        assert_eq!(content_mismatch(&voice, b"OggS\0\x02"), None);
        assert_eq!(content_mismatch(&voice, b"RIFF\0\0\0\0WAVEfmt "), None);
        assert_eq!(content_mismatch(&voice, b"ID3\x03"), Some("Ogg or WAV"));
    }
}
