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

    use skrifa::MetadataProvider;

    /// Chinese screens use the app's own subset of Noto Sans CJK SC (ui/app.slint); a character
    /// it lacks would come from the system's collections and map them again (issue 17). The
    /// text is what the app ships: the core's embedded Fluent files and lessons, the files
    /// `scripts/subset-font.py` reads.
    #[test]
    fn own_font_covers_the_bundled_text() {
        let ftl = blue_vest_core::i18n::EMBEDDED_FTL.iter().map(|(_, _, text)| *text);
        let lessons = blue_vest_core::lessons::EMBEDDED_ASSETS
            .iter()
            .filter(|(path, _)| path.starts_with("lessons/") && path.ends_with(".toml"))
            .map(|(_, bytes)| std::str::from_utf8(bytes).expect("a lesson is UTF-8"));
        let texts: Vec<&str> = ftl.chain(lessons).collect();
        assert!(texts.len() > 80, "the lessons' Fluent and TOML files are found: {}", texts.len());
        let shown: BTreeSet<char> =
            texts.iter().flat_map(|t| t.chars()).filter(|c| !c.is_whitespace() && !c.is_control()).collect();
        assert!(shown.contains(&'骗'), "the Chinese lesson text is among the files");
        for style in ["Regular", "Bold"] {
            let path =
                std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("ui/fonts/BlueVestSansSC-{style}.otf"));
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
