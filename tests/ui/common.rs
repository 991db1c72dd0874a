//! Helpers for the headless UI tests: start the real app on a data dir with the testing backend
//! (real software renderer and fonts), and find controls by their accessible label.

#![allow(dead_code)]

use std::path::Path;
use std::time::{Duration, Instant};

use blue_vest::desktop::headless;
use blue_vest::ui::{App, NavAdapter, Screen};
use blue_vest_core::app::AppOptions;
use blue_vest_core::lessons::{Effect, Lesson, Practice};
use blue_vest_core::tracks::Topic;
use i_slint_backend_testing::{AccessibleRole, ElementHandle};
use slint::ComponentHandle;

/// Phone-sized window (412×915 logical) at scale 1.
pub const WIDTH: f32 = 412.0;
pub const HEIGHT: f32 = 915.0;

/// Installs the headless backend for this test's thread (each test runs on its own thread).
pub fn init() {
    headless::init();
}

pub fn start(dir: &Path) -> App {
    start_with(AppOptions { data_dir: dir.to_owned(), ..Default::default() })
}

/// The app in `locale` (and at `text_scale`, if given) for this run, as the command line does.
pub fn start_in(dir: &Path, locale: &str, text_scale: Option<f32>) -> App {
    start_with(AppOptions { data_dir: dir.to_owned(), locale: Some(locale.into()), text_scale, ..Default::default() })
}

pub fn start_with(options: AppOptions) -> App {
    let app = App::new(&options).expect("app starts");
    headless::set_size(app.window(), WIDTH as u32, HEIGHT as u32, 1.0);
    app
}

pub fn all_labels(app: &App) -> Vec<String> {
    i_slint_backend_testing::ElementQuery::from_root(app.window())
        .find_all()
        .into_iter()
        .filter_map(|e| e.accessible_label().map(|l| l.to_string()))
        .filter(|l| !l.is_empty())
        .collect()
}

/// Elements labelled `label` that an assistive technology would report: decorative parts
/// (role `none`, e.g. the text inside a button) are left out. Interactive ones come first.
fn labelled(app: &App, label: &str) -> Vec<ElementHandle> {
    let mut found: Vec<_> = ElementHandle::find_by_accessible_label(app.window(), label)
        .filter(|e| e.accessible_role().is_some_and(|r| r != AccessibleRole::None))
        .collect();
    // Stable: among equals the first (element index 0 of an item, the one actions go to) stays first.
    found.sort_by_key(|e| !e.accessible_role().is_some_and(|r| INTERACTIVE.contains(&r)));
    found
}

/// How far one scroll step moves the page, in logical px.
const SCROLL_STEP: f32 = 300.0;
const MAX_SCROLL_STEPS: usize = 40;

/// The page's scroll area.
pub fn page_scroll_area(app: &App) -> Option<ElementHandle> {
    ElementHandle::find_by_element_type_name(app.window(), "Flickable").next()
}

/// Scrolls the page by `dy` logical px (positive: further down the page) and lets it settle.
pub fn scroll_page(app: &App, dy: f32) {
    if let Some(f) = page_scroll_area(app) {
        f.scroll(0.0, -dy);
        i_slint_backend_testing::mock_elapsed_time(Duration::from_millis(1000));
    }
}

pub fn scroll_to_top(app: &App) {
    scroll_page(app, -100_000.0);
}

/// Calls `visit` at each scroll position from the top of the page to the bottom, as a senior
/// reading the whole screen would see it, until `visit` returns true.
pub fn scan_page(app: &App, mut visit: impl FnMut() -> bool) {
    scroll_to_top(app);
    let mut last = None;
    for _ in 0..MAX_SCROLL_STEPS {
        if visit() {
            return;
        }
        // What is where: a tall element (a practice phone at 2.0×) can fill the view for
        // several steps with the same labels, so positions tell whether the page still moves.
        let layout: Vec<(String, i64)> = i_slint_backend_testing::ElementQuery::from_root(app.window())
            .find_all()
            .into_iter()
            .filter_map(|e| {
                let label = e.accessible_label()?.to_string();
                (!label.is_empty()).then(|| (label, e.absolute_position().y.round() as i64))
            })
            .collect();
        if last.as_ref() == Some(&layout) {
            break; // the bottom: scrolling changed nothing
        }
        last = Some(layout);
        scroll_page(app, SCROLL_STEP);
    }
}

/// The element with this accessible label (the interactive one if there are several),
/// scrolling the page to it if it is out of view.
pub fn find(app: &App, label: &str) -> ElementHandle {
    if let Some(e) = labelled(app, label).into_iter().next() {
        return e;
    }
    let mut found = None;
    scan_page(app, || {
        found = labelled(app, label).into_iter().next();
        found.is_some()
    });
    found.unwrap_or_else(|| panic!("no element labelled {label:?}; labels seen: {:?}", all_labels(app)))
}

pub fn exists(app: &App, label: &str) -> bool {
    if !labelled(app, label).is_empty() {
        return true;
    }
    let mut seen = false;
    scan_page(app, || {
        seen = !labelled(app, label).is_empty();
        seen
    });
    seen
}

fn is_interactive(e: &ElementHandle) -> bool {
    e.accessible_role().is_some_and(|r| INTERACTIVE.contains(&r))
}

/// Taps the control labelled `label` (its accessible default action, as a screen reader would):
/// the control, not a text that says the same (a header "Pay" above the "Pay" button), scrolling
/// the page to it if it is out of view.
pub fn tap(app: &App, label: &str) {
    let control = || labelled(app, label).into_iter().find(is_interactive);
    if let Some(e) = control() {
        return e.invoke_accessible_default_action();
    }
    let mut found = None;
    scan_page(app, || {
        found = control();
        found.is_some()
    });
    found
        .unwrap_or_else(|| panic!("no control labelled {label:?}; labels seen: {:?}", all_labels(app)))
        .invoke_accessible_default_action();
}

pub const INTERACTIVE: [AccessibleRole; 10] = [
    AccessibleRole::Button,
    AccessibleRole::Checkbox,
    AccessibleRole::Combobox,
    AccessibleRole::Slider,
    AccessibleRole::Spinbox,
    AccessibleRole::Switch,
    AccessibleRole::TextInput,
    AccessibleRole::RadioButton,
    AccessibleRole::Tab,
    AccessibleRole::ListItem,
];

/// Every visible element a senior can tap, drag or type into, deduplicated by geometry (a
/// component and the element it inherits from are one item).
pub fn interactive_elements(app: &App) -> Vec<ElementHandle> {
    let mut seen = Vec::new();
    let mut out = Vec::new();
    for e in i_slint_backend_testing::ElementQuery::from_root(app.window()).find_all() {
        let Some(role) = e.accessible_role() else { continue };
        if !INTERACTIVE.contains(&role) || e.computed_opacity() <= 0.0 {
            continue;
        }
        let (p, s) = (e.absolute_position(), e.size());
        let key = (p.x.to_bits(), p.y.to_bits(), s.width.to_bits(), s.height.to_bits(), e.accessible_label());
        if !seen.contains(&key) {
            seen.push(key);
            out.push(e);
        }
    }
    out
}

pub fn describe(e: &ElementHandle) -> String {
    let (p, s) = (e.absolute_position(), e.size());
    format!(
        "{:?} {:?} at ({:.0},{:.0}) size {:.1}×{:.1}",
        e.accessible_role(),
        e.accessible_label().unwrap_or_default(),
        p.x,
        p.y,
        s.width,
        s.height
    )
}

/// The accessible label of a practice target as the app shows it (translated): the button's,
/// the row's or the reply's text, a link's address, the phone's keys, the helper bar.
pub fn target_label(app: &App, practice: &Practice, target: &str) -> String {
    use blue_vest_core::lessons::phone::Block;
    match target {
        "back" => return app.tr("sim-key-back"),
        "home" => return app.tr("sim-key-home"),
        "volunteer" => return app.tr("sim-helper-volunteer"),
        "family" => {
            let c = app.controller();
            return match &c.settings().trusted_contact {
                Some(contact) => c.tr_value("sim-helper-family", &contact.name),
                None => c.tr("sim-helper-family-unset"),
            };
        }
        _ => {}
    }
    for block in &practice.phone.blocks {
        match block {
            Block::Buttons { items, .. } | Block::Choices { items } => {
                if let Some(b) = items.iter().find(|b| b.target == target) {
                    return app.tr(&b.text);
                }
            }
            Block::Dialog { buttons, close, .. } => {
                if let Some(b) = buttons.iter().find(|b| b.target == target) {
                    return app.tr(&b.text);
                }
                if close.as_deref() == Some(target) {
                    return app.tr("sim-ad-close");
                }
            }
            Block::Row { text, sub, target: Some(t), .. } if t == target => {
                return match sub {
                    Some(sub) => format!("{}, {}", app.tr(text), app.tr(sub)),
                    None => app.tr(text),
                };
            }
            Block::Link { url, target: Some(t) } if t == target => return url.clone(),
            _ => {}
        }
    }
    panic!("no target {target:?} on the practice phone");
}

/// Does a practice the right way through the UI: types what the right move needs on the
/// practice keypad, then taps the right target.
pub fn solve_practice(app: &App, practice: &Practice) {
    let right = practice.correct_targets().next().expect("a correct target");
    if let Effect::Input { expect, .. } = &right.effect {
        for key in expect.chars() {
            tap(app, &key.to_string());
        }
    }
    tap(app, &target_label(app, practice, &right.target));
}

/// Opens a lesson from Home as a senior would: its topic first when that group is closed, then
/// the lesson's title.
pub fn open_lesson(app: &App, lesson: &Lesson) {
    let title = app.tr(&lesson.title);
    let listed = labelled(app, &title).into_iter().any(|e| is_interactive(&e));
    if !listed && !exists(app, &title) {
        let topic =
            lesson.topic.as_deref().and_then(Topic::from_name).map_or_else(|| "topic-other".into(), Topic::text_id);
        tap(app, &app.tr(&topic));
    }
    tap(app, &title);
}

/// The screen the UI shows.
pub fn screen(app: &App) -> Screen {
    app.window().global::<NavAdapter>().get_screen()
}

/// Lets results of other threads arrive (as the window's event loop would) until `done`.
pub fn wait_until(app: &App, what: &str, mut done: impl FnMut(&App) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        app.poll_background();
        if done(app) {
            return;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}; labels: {:?}", all_labels(app));
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Types digits on the event-code keypad.
pub fn type_on_keypad(app: &App, digits: &str) {
    for d in digits.chars() {
        tap(app, &d.to_string());
    }
}
