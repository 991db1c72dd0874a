//! The theme's numbers: WCAG contrast of every text/background pair in both themes (≥ 7:1),
//! text sizes (≥ 18 px body at 1.0×, ≥ 30 px at 2.0×), line height (≥ 1.3), and that the views
//! take every size and colour from the theme.

use crate::common::*;
use blue_vest::ui::Theme;
use slint::{Color, ComponentHandle};

fn channel(c: u8) -> f64 {
    let c = f64::from(c) / 255.0;
    if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
}

fn luminance(c: Color) -> f64 {
    0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())
}

/// WCAG 2.x contrast ratio.
fn contrast(a: Color, b: Color) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn contrast_formula_matches_known_values() {
    let black = Color::from_rgb_u8(0, 0, 0);
    let white = Color::from_rgb_u8(255, 255, 255);
    assert!((contrast(black, white) - 21.0).abs() < 1e-9);
    assert!((contrast(white, white) - 1.0).abs() < 1e-9);
    // #767676 on white is the well-known 4.54:1.
    assert!((contrast(Color::from_rgb_u8(0x76, 0x76, 0x76), white) - 4.54).abs() < 0.01);
}

#[test]
fn every_text_and_background_pair_is_at_least_7_to_1_in_both_themes() {
    init();
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    let theme = app.window().global::<Theme>();
    for high_contrast in [false, true] {
        theme.set_high_contrast(high_contrast);
        // (what is drawn, on what) for every pair the views use.
        let pairs = [
            ("text", theme.get_text(), "background", theme.get_background()),
            ("text", theme.get_text(), "surface", theme.get_surface()),
            ("text-muted", theme.get_text_muted(), "background", theme.get_background()),
            ("text-muted", theme.get_text_muted(), "surface", theme.get_surface()),
            ("on-primary", theme.get_on_primary(), "primary", theme.get_primary()),
            ("on-primary", theme.get_on_primary(), "primary-pressed", theme.get_primary_pressed()),
            ("on-secondary", theme.get_on_secondary(), "secondary", theme.get_secondary()),
            ("on-secondary", theme.get_on_secondary(), "pressed", theme.get_pressed()),
            ("error", theme.get_error(), "surface", theme.get_surface()),
            ("error", theme.get_error(), "background", theme.get_background()),
            ("success", theme.get_success(), "surface", theme.get_surface()),
            ("success", theme.get_success(), "background", theme.get_background()),
            ("on-notice", theme.get_on_notice(), "notice", theme.get_notice()),
            ("disabled", theme.get_disabled(), "surface", theme.get_surface()),
            ("phone-ink", theme.get_phone_ink(), "phone-screen", theme.get_phone_screen()),
            ("phone-ink", theme.get_phone_ink(), "phone-bar", theme.get_phone_bar()),
            ("phone-ink", theme.get_phone_ink(), "phone-bubble-mine", theme.get_phone_bubble_mine()),
            ("phone-ink", theme.get_phone_ink(), "phone-bubble-other", theme.get_phone_bubble_other()),
            ("phone-ink", theme.get_phone_ink(), "phone-paper", theme.get_phone_paper()),
            ("phone-muted", theme.get_phone_muted(), "phone-screen", theme.get_phone_screen()),
            ("phone-muted", theme.get_phone_muted(), "phone-bar", theme.get_phone_bar()),
            ("phone-link", theme.get_phone_link(), "phone-screen", theme.get_phone_screen()),
            ("phone-link", theme.get_phone_link(), "phone-bubble-other", theme.get_phone_bubble_other()),
            ("phone-warn", theme.get_phone_warn(), "phone-screen", theme.get_phone_screen()),
            ("phone-warn", theme.get_phone_warn(), "phone-warn-surface", theme.get_phone_warn_surface()),
            ("phone-call-ink", theme.get_phone_call_ink(), "phone-call", theme.get_phone_call()),
            ("phone-call-muted", theme.get_phone_call_muted(), "phone-call", theme.get_phone_call()),
            ("phone-tag-warn", theme.get_phone_tag_warn(), "phone-call", theme.get_phone_call()),
            ("phone-tag-safe", theme.get_phone_tag_safe(), "phone-call", theme.get_phone_call()),
            ("phone-on-call-button", theme.get_phone_on_call_button(), "phone-answer", theme.get_phone_answer()),
            ("phone-on-call-button", theme.get_phone_on_call_button(), "phone-decline", theme.get_phone_decline()),
            ("phone-on-accent", theme.get_phone_on_accent(), "phone-accent", theme.get_phone_accent()),
            ("phone-on-accent", theme.get_phone_on_accent(), "phone-decline", theme.get_phone_decline()),
        ];
        for (fg_name, fg, bg_name, bg) in pairs {
            let ratio = contrast(fg, bg);
            assert!(
                ratio >= 7.0,
                "high-contrast={high_contrast}: {fg_name} on {bg_name} is only {ratio:.2}:1 ({fg:?} on {bg:?})"
            );
        }
    }
}

#[test]
fn text_sizes_meet_the_elder_mode_numbers() {
    init();
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    let theme = app.window().global::<Theme>();
    let sizes = |t: &Theme| [t.get_body_size(), t.get_heading_size(), t.get_title_size()];
    theme.set_text_scale(1.0);
    let min = sizes(&theme).into_iter().fold(f32::MAX, f32::min);
    assert!(min >= 18.0, "smallest text at 1.0× is {min} px");
    assert!(theme.get_control_min() >= 60.0);
    theme.set_text_scale(2.0);
    let body = theme.get_body_size();
    assert!(body >= 30.0, "body text at 2.0× is {body} px");
}

#[test]
fn a_line_of_text_is_at_least_1_3_times_its_size() {
    init();
    let dir = tempfile::tempdir().unwrap();
    for locale in ["zh-CN", "en-US"] {
        let app = start_in(dir.path(), locale, None);
        // The page title is a single line at title size.
        let title = find(&app, &app.tr("home-title"));
        let size = app.window().global::<Theme>().get_title_size();
        let ratio = title.size().height / size;
        assert!(ratio >= 1.3, "{locale}: line height is {ratio:.2}× the font size");
    }
}

/// Every `font-size:` and colour in the views comes from the theme, so the checks above cover
/// everything drawn.
#[test]
fn views_take_sizes_and_colours_from_the_theme() {
    let mut problems = Vec::new();
    for path in slint_files(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/ui"))) {
        if path.ends_with("theme.slint") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        for (n, line) in source.lines().enumerate() {
            let line = line.trim();
            if line.starts_with("//") {
                continue;
            }
            if line.starts_with("font-size:") && !line.contains("Theme.") {
                problems.push(format!("{}:{}: {line}", path.display(), n + 1));
            }
            if line.contains('#') && !line.contains("//") {
                problems.push(format!("{}:{}: colour literal: {line}", path.display(), n + 1));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

fn slint_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let p = entry.path();
        if p.is_dir() {
            out.extend(slint_files(&p));
        } else if p.extension().is_some_and(|e| e == "slint") {
            out.push(p);
        }
    }
    out
}
