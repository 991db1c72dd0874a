//! Headless UI tests of the app shell, driving the real Slint UI through accessible labels.

use crate::common::*;
use blue_vest::ui::{NavAdapter, Screen, Theme};
use blue_vest_core::navigation::ScreenId;
use blue_vest_core::store::DB_FILE;
use i_slint_backend_testing::ElementHandle;
use slint::ComponentHandle;

#[test]
fn text_size_and_language_change_the_home_screen() {
    init();
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    assert_eq!(app.controller().locale(), "zh-CN", "Chinese by default");
    // Chinese text in the app's own font (ui/fonts, issue 17), English in the platform's.
    assert_eq!(app.window().global::<Theme>().get_font_family(), "Blue Vest Sans SC");
    let welcome_before = find(&app, &app.tr("home-welcome")).size().height;

    tap(&app, "设置");
    assert_eq!(app.window().global::<NavAdapter>().get_screen(), Screen::Settings);
    let slider = find(&app, "字体大小");
    assert_eq!(slider.accessible_value().unwrap(), "1.0×");
    slider.set_accessible_value("1.8");
    assert_eq!(find(&app, "字体大小").accessible_value().unwrap(), "1.8×");
    tap(&app, "字小一点");
    assert_eq!(find(&app, "字体大小").accessible_value().unwrap(), "1.7×");
    assert!((app.window().global::<Theme>().get_text_scale() - 1.7).abs() < 1e-6);

    tap(&app, "主页");
    let welcome_after = find(&app, &app.tr("home-welcome")).size().height;
    assert!(
        welcome_after >= 1.5 * welcome_before,
        "the welcome text grows with the text size: {welcome_before} → {welcome_after}"
    );

    tap(&app, "设置");
    tap(&app, "English");
    // The language applies at once, on this screen too.
    assert!(exists(&app, "Text size"), "labels: {:?}", all_labels(&app));
    assert!(!exists(&app, "字体大小"));
    assert_eq!(app.window().global::<Theme>().get_font_family(), "", "the platform's font for English");
    tap(&app, "Home");
    assert!(exists(&app, "Continue"));
    assert!(exists(&app, "Using my phone"));
    assert!(exists(&app, "Staying safe from scams"));
    assert!(!exists(&app, "继续学习"));
}

#[test]
fn settings_are_kept_after_a_restart() {
    init();
    let dir = tempfile::tempdir().unwrap();
    {
        let app = start(dir.path());
        tap(&app, "设置");
        find(&app, "字体大小").set_accessible_value("1.5");
        tap(&app, "English");
        tap(&app, "High contrast colours");
        tap(&app, "Read the screen aloud");
        tap(&app, "Speak faster");
        find(&app, "Name").set_accessible_value("王小明");
        find(&app, "Phone number").set_accessible_value("138 0013 8000");
        tap(&app, "Save contact");
        assert!(exists(&app, &format!("✓ {}", app.tr("contact-saved"))), "{:?}", all_labels(&app));
    } // the window is dropped: the app is closed

    let app = start(dir.path());
    assert!(exists(&app, "Continue"), "English kept: {:?}", all_labels(&app));
    let theme = app.window().global::<Theme>();
    assert!((theme.get_text_scale() - 1.5).abs() < 1e-6);
    assert!(theme.get_high_contrast());
    tap(&app, "Settings");
    assert_eq!(find(&app, "Text size").accessible_value().unwrap(), "1.5×");
    assert_eq!(find(&app, "Speaking speed").accessible_value().unwrap(), "1.0×");
    assert_eq!(find(&app, "High contrast colours").accessible_checked(), Some(true));
    assert_eq!(find(&app, "Read the screen aloud").accessible_checked(), Some(false));
    assert_eq!(find(&app, "Name").accessible_value().unwrap(), "王小明");
    assert_eq!(find(&app, "Phone number").accessible_value().unwrap(), "13800138000");
}

#[test]
fn a_bad_phone_number_is_explained_and_not_saved() {
    init();
    let dir = tempfile::tempdir().unwrap();
    let app = start_in(dir.path(), "en-US", None);
    app.open(ScreenId::Settings);
    find(&app, "Name").set_accessible_value("Ann");
    find(&app, "Phone number").set_accessible_value("call me");
    tap(&app, "Save contact");
    let message = format!("⚠ {}", app.tr("contact-error-phone-invalid"));
    assert!(exists(&app, &message), "{:?}", all_labels(&app));
    assert_eq!(app.controller().settings().trusted_contact, None);
    assert!(!exists(&app, "Remove contact"));
}

#[test]
fn back_and_home_are_one_tap_and_repeat_is_everywhere() {
    init();
    let dir = tempfile::tempdir().unwrap();
    let app = start_in(dir.path(), "en-US", None);
    assert!(exists(&app, "Say it again"));
    assert!(!exists(&app, "Back"), "Home is the root: no Back");
    tap(&app, "Settings");
    assert!(exists(&app, "Say it again"));
    tap(&app, "Back");
    assert_eq!(app.window().global::<NavAdapter>().get_screen(), Screen::Home);
    tap(&app, "Settings");
    tap(&app, "Home");
    assert_eq!(app.window().global::<NavAdapter>().get_screen(), Screen::Home);
    // No engine is installed yet: the sign says so, the text stays.
    assert!(exists(&app, &app.tr("voice-unavailable")));
}

/// The control at the end of each scene's page: scrolling must reach it.
fn last_control(app: &blue_vest::ui::App, scene: &str) -> String {
    let id = match scene {
        "home" | "home-topics" => "home-settings",
        "settings" => "settings-volunteer",
        "event-code" => "event-code-check-in",
        "consent" => "consent-not-now",
        "checked-in" => "checked-in-home",
        "my-events" => "home-at-event",
        "learner-card" => "learner-card-done",
        "volunteer-sign-in" => "volunteer-sign-in",
        "volunteer-home" => "volunteer-sign-out",
        "volunteer-new-event" => "new-event-create",
        "volunteer-event" => "volunteer-check-in",
        "result" | "result-certificate" => "result-home",
        "certificates" => "certificate-name-save",
        "review" => "review-done",
        _ => "lesson-next",
    };
    let view = app.controller().lesson_view();
    match (id, view) {
        // The last step says "Finish".
        ("lesson-next" | "review-done", Some(v)) if v.is_last => app.tr("lesson-finish"),
        ("review-done", _) => app.tr("lesson-next"),
        _ => app.tr(id),
    }
}

fn assert_reaches_the_end(app: &blue_vest::ui::App, what: &str, scene: &str, controls: &[ElementHandle]) {
    let last = last_control(app, scene);
    assert!(
        controls.iter().any(|c| c.accessible_label().is_some_and(|l| l == last)),
        "{what}: scrolling never reaches {last:?}"
    );
}

/// Every interactive element met while scrolling `scene` from top to bottom, by label.
fn controls_of(
    app: &blue_vest::ui::App,
    scene: &str,
    check_each_view: impl Fn(&[ElementHandle]),
) -> Vec<ElementHandle> {
    assert!(app.enter_scene(scene), "scene {scene}");
    let mut all: Vec<ElementHandle> = Vec::new();
    scan_page(app, || {
        let visible = interactive_elements(app);
        check_each_view(&visible);
        for e in visible {
            if !all
                .iter()
                .any(|a| a.accessible_label() == e.accessible_label() && a.accessible_role() == e.accessible_role())
            {
                all.push(e);
            }
        }
        false
    });
    all
}

#[test]
fn every_control_is_at_least_60_by_60_at_normal_text_size() {
    init();
    let dir = tempfile::tempdir().unwrap();
    for locale in ["zh-CN", "en-US"] {
        let app = start_in(dir.path(), locale, Some(1.0));
        for screen in blue_vest::desktop::scenes::names() {
            let at_least = match screen.as_str() {
                "home" => 9,        // Repeat, Continue, each track's next lesson and topics, Settings
                "settings" => 17,   // 3 nav, 2 steppers × 3, 2 languages, 2 switches, 2 fields, Save, Volunteer
                "event-code" => 15, // 3 nav, 10 digits, Delete, Check in
                _ => 4,             // Back, Home, Repeat, Next
            };
            let controls = controls_of(&app, &screen, |_| {});
            assert_reaches_the_end(&app, &format!("{locale} {screen}"), &screen, &controls);
            assert!(
                controls.len() >= at_least,
                "{locale} {screen:?}: found only {:?}",
                controls.iter().map(describe).collect::<Vec<_>>()
            );
            for e in &controls {
                let s = e.size();
                assert!(s.width >= 60.0 && s.height >= 60.0, "{locale} {screen:?}: too small: {}", describe(e));
            }
        }
    }
}

#[test]
fn nothing_overlaps_or_leaves_the_screen_at_double_text_size() {
    init();
    let dir = tempfile::tempdir().unwrap();
    for locale in ["zh-CN", "en-US"] {
        let app = start_in(dir.path(), locale, Some(2.0));
        for screen in blue_vest::desktop::scenes::names() {
            let check = |controls: &[ElementHandle]| {
                for e in controls {
                    let (p, s) = (e.absolute_position(), e.size());
                    assert!(
                        p.x >= 0.0 && p.x + s.width <= WIDTH + 0.5,
                        "{locale} {screen:?}: leaves the screen: {}",
                        describe(e)
                    );
                    assert!(s.width >= 60.0 && s.height >= 60.0, "{locale} {screen:?}: {}", describe(e));
                }
                // What shows of each control: content scrolled partly under the navigation bar is
                // clipped at the scroll area's top edge; content scrolled wholly under it is not
                // drawn at all (the navigation bar itself is above the scroll area).
                let scroll_top = page_scroll_area(&app).map(|f| f.absolute_position().y).unwrap_or(0.0);
                let page_width = page_scroll_area(&app).map(|f| f.size().width).unwrap_or(WIDTH);
                assert!(
                    (page_width - WIDTH).abs() < 0.5,
                    "{locale} {screen:?}: the page is {page_width} wide, not the window's {WIDTH}"
                );
                let nav = [app.tr("nav-back"), app.tr("nav-home"), app.tr("nav-repeat-label")];
                let in_scroll_area =
                    |e: &ElementHandle| !nav.contains(&e.accessible_label().unwrap_or_default().to_string());
                let hidden = |e: &ElementHandle| {
                    in_scroll_area(e) && e.absolute_position().y + e.size().height <= scroll_top + 0.5
                };
                let shown = |e: &ElementHandle| {
                    let (p, s) = (e.absolute_position(), e.size());
                    let top = if p.y + s.height <= scroll_top + 0.5 { p.y } else { p.y.max(scroll_top) };
                    (p.x, top, p.x + s.width, p.y + s.height)
                };
                let controls: Vec<&ElementHandle> = controls.iter().filter(|e| !hidden(e)).collect();
                for (i, a) in controls.iter().enumerate() {
                    for b in &controls[i + 1..] {
                        let ((ax0, ay0, ax1, ay1), (bx0, by0, bx1, by1)) = (shown(a), shown(b));
                        let overlap_x = ax0 < bx1 - 0.5 && bx0 < ax1 - 0.5;
                        let overlap_y = ay0 < by1 - 0.5 && by0 < ay1 - 0.5;
                        assert!(
                            !(overlap_x && overlap_y),
                            "{locale} {screen:?}: {} overlaps {}",
                            describe(a),
                            describe(b)
                        );
                    }
                }
            };
            let controls = controls_of(&app, &screen, check);
            assert_reaches_the_end(&app, &format!("{locale} {screen} at 2.0×"), &screen, &controls);
        }
    }
}

#[test]
fn a_corrupt_database_is_moved_aside_and_the_app_works() {
    init();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join(DB_FILE);
    std::fs::write(&db, b"\xde\xad\xbe\xef garbage, not SQLite at all ".repeat(500)).unwrap();

    let app = start_in(dir.path(), "en-US", None);
    assert!(exists(&app, &app.tr("notice-store-recovered")), "the senior is told kindly: {:?}", all_labels(&app));
    let moved: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(&format!("{DB_FILE}.corrupt-")))
        .collect();
    assert_eq!(moved.len(), 1, "the old file is kept aside: {moved:?}");
    assert!(db.is_file(), "a fresh database was created");

    tap(&app, "Settings");
    find(&app, "Text size").set_accessible_value("1.3");
    drop(app);

    let app = start(dir.path());
    assert!(!exists(&app, &app.tr("notice-store-recovered")), "no notice on the next start");
    assert!((app.window().global::<Theme>().get_text_scale() - 1.3).abs() < 1e-6);
}
