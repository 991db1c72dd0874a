//! `Theme`: the text-size setting and the high-contrast theme (every size and colour in the
//! views derives from these two, and from `rem`, which carries the system's font scale). High
//! contrast is the senior's choice, else what the system asks for (`settings::high_contrast`).

use blue_vest_core::app::AppController;
use slint::ComponentHandle;

use super::{AppWindow, Theme};

pub fn push(window: &AppWindow, c: &AppController) {
    let theme = window.global::<Theme>();
    theme.set_text_scale(c.text_scale());
    theme.set_high_contrast(c.high_contrast());
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::{Path, PathBuf};

    use skrifa::MetadataProvider;

    /// The files whose text the app shows, as `scripts/subset-font.py` reads them.
    fn bundled_text_files(root: &Path) -> Vec<PathBuf> {
        fn walk(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
            for entry in std::fs::read_dir(dir).expect("a bundled content folder") {
                let path = entry.expect("a folder entry").path();
                if path.is_dir() {
                    walk(&path, ext, out);
                } else if path.extension().is_some_and(|e| e == ext) {
                    out.push(path);
                }
            }
        }
        let mut files = Vec::new();
        walk(&root.join("locales"), "ftl", &mut files);
        walk(&root.join("assets/lessons"), "toml", &mut files);
        for locale in ["en-US", "zh-CN"] {
            let sources = root.join("locales").join(locale).join("sources.toml");
            if sources.exists() {
                files.push(sources);
            }
        }
        files
    }

    /// Chinese screens use the app's own subset of Noto Sans CJK SC (ui/app.slint); a character
    /// it lacks would come from the system's collections and map them again (issue 17).
    #[test]
    fn own_font_covers_the_bundled_text() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut shown = BTreeSet::new();
        let files = bundled_text_files(root);
        assert!(files.len() > 80, "the lessons' Fluent and TOML files are found: {}", files.len());
        for file in &files {
            let text = std::fs::read_to_string(file).expect("bundled text is UTF-8");
            shown.extend(text.chars().filter(|c| !c.is_whitespace() && !c.is_control()));
        }
        assert!(shown.contains(&'骗'), "the Chinese lesson text is among the files");
        for style in ["Regular", "Bold"] {
            let path = root.join(format!("assets/fonts/BlueVestSansSC-{style}.otf"));
            let data = std::fs::read(&path).expect("the app's font files are in the repository");
            let font = skrifa::FontRef::new(&data).expect("an OpenType font");
            let charmap = font.charmap();
            let missing: String = shown.iter().filter(|&&c| charmap.map(c).is_none()).collect();
            assert!(
                missing.is_empty(),
                "{} lacks {missing:?}: run /usr/bin/python3 scripts/subset-font.py",
                path.display()
            );
            let names: Vec<String> =
                font.localized_strings(skrifa::string::StringId::FAMILY_NAME).map(|s| s.to_string()).collect();
            assert!(names.iter().any(|n| n == "Blue Vest Sans SC"), "ui/app.slint's family name: {names:?}");
        }
    }
}
