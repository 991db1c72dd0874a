//! Home with forty lessons: each track offers its next lesson first, and the rest sit in topics
//! that open and close, so nobody scrolls past a long list to find where they were.

use crate::common::*;
use blue_vest_core::lessons::Track;
use blue_vest_core::tracks::TrackSummary;

fn next_label(app: &blue_vest::ui::App, lesson_title_id: &str) -> String {
    app.controller().tr_value("home-next", &app.tr(lesson_title_id))
}

#[test]
fn home_offers_each_tracks_next_lesson_and_keeps_the_others_in_closed_topics() {
    init();
    let dir = tempfile::tempdir().unwrap();
    let app = start_in(dir.path(), "en-US", None);
    let tracks: Vec<TrackSummary> = app.controller().tracks();
    for t in &tracks {
        let next = t.next().expect("a new senior has a next lesson");
        assert_eq!(next.id, t.lessons[0].id, "a new senior starts at the track's first lesson");
        assert!(exists(&app, &next_label(&app, &next.title_id)), "Home offers {}", next.id);
        for g in t.groups() {
            let header = find(&app, &app.tr(&g.text_id()));
            assert_eq!(header.accessible_expandable(), Some(true), "{} is a group that opens", g.key());
            assert_eq!(header.accessible_expanded(), Some(false), "{} starts closed", g.key());
            for l in &g.lessons {
                assert!(!exists(&app, &app.tr(&l.title_id)), "{} is not listed while its topic is closed", l.id);
            }
        }
    }
    // With every topic closed, Home's buttons are a short list whatever the number of lessons.
    let topics: usize = tracks.iter().map(|t| t.groups().len()).sum();
    let lessons: usize = tracks.iter().map(|t| t.lessons.len()).sum();
    let mut buttons = std::collections::BTreeSet::new();
    scan_page(&app, || {
        buttons.extend(interactive_elements(&app).iter().filter_map(|e| e.accessible_label()).map(|l| l.to_string()));
        false
    });
    assert!(
        buttons.len() <= topics + 2 + 12,
        "{} buttons on Home for {lessons} lessons in {topics} topics: {buttons:?}",
        buttons.len()
    );

    // Opening a topic lists its lessons (and says its name); a second tap closes it.
    let safety = tracks.iter().find(|t| t.track == Track::Safety).unwrap();
    let group = safety.groups().into_iter().last().unwrap();
    let header = app.tr(&group.text_id());
    tap(&app, &header);
    assert_eq!(find(&app, &header).accessible_expanded(), Some(true));
    for l in &group.lessons {
        assert!(exists(&app, &app.tr(&l.title_id)), "{} is listed once its topic is open", l.id);
    }
    tap(&app, &header);
    assert_eq!(find(&app, &header).accessible_expanded(), Some(false));
    assert!(!exists(&app, &app.tr(&group.lessons[0].title_id)));
}

#[test]
fn a_lesson_started_from_a_topic_becomes_the_tracks_next_lesson() {
    init();
    let dir = tempfile::tempdir().unwrap();
    let app = start_in(dir.path(), "en-US", None);
    let lesson =
        app.controller().lessons().iter().rfind(|l| l.track == Track::Safety).cloned().expect("safety lessons ship");
    open_lesson(&app, &lesson);
    assert!(app.controller().lesson_view().is_some(), "the lesson opened from its topic");
    tap(&app, "Next");
    tap(&app, "Home");
    assert!(
        exists(&app, &next_label(&app, &lesson.title)),
        "Home offers the lesson the senior was in, not the first one: {:?}",
        all_labels(&app)
    );
    tap(&app, &next_label(&app, &lesson.title));
    let view = app.controller().lesson_view().expect("Next opens the lesson");
    assert_eq!(view.position.0, 2, "at the step the senior reached");
}
