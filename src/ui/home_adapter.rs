//! `HomeAdapter`: the two tracks, each with its next lesson and its lessons grouped by topic (open
//! topics list their lessons), "Continue", the review count and
//! a notice when the store had to start fresh.

use blue_vest_core::app::AppController;
use blue_vest_core::navigation::ScreenId;
use blue_vest_core::texts::Text;
use blue_vest_core::tracks::LessonSummary;
use slint::{ComponentHandle, Model, SharedString};

use super::models::{new_list, set_rows, vec_model};
use super::{AppWindow, Controller, HomeAdapter, LessonItem, TopicItem, TrackItem, handler, handler0};

pub fn push(window: &AppWindow, c: &AppController) {
    let home = window.global::<HomeAdapter>();
    home.set_notice_id(c.notice().map(|t| t.id()).unwrap_or_default().into());
    // Progress, reviews and the resume point are read from the store only for Home, not on
    // every tap of a lesson.
    if c.screen() != ScreenId::Home {
        return;
    }
    let tracks = home.get_tracks();
    let model = vec_model(&tracks);
    let summaries = c.tracks();
    for (i, t) in summaries.iter().enumerate() {
        // Each track keeps its topics model, and each topic its lessons model; only rows change.
        let existing = model.row_data(i);
        let topics_model = existing.as_ref().map(|row| row.topics.clone()).unwrap_or_else(new_list);
        let old_topics = vec_model(&topics_model);
        let topics: Vec<TopicItem> = t
            .groups()
            .iter()
            .enumerate()
            .map(|(j, g)| {
                let open = c.topic_open(g.key());
                let lessons = old_topics.row_data(j).map(|row| row.lessons).unwrap_or_else(new_list);
                set_rows(&lessons, g.lessons.iter().filter(|_| open).map(lesson_item));
                TopicItem {
                    key: g.key().into(),
                    title_id: g.text_id().into(),
                    lesson_count: g.lessons.len() as i32,
                    completed_count: g.completed_count() as i32,
                    open,
                    lessons,
                }
            })
            .collect();
        set_rows(&topics_model, topics);
        let next = t.next();
        let item = TrackItem {
            id: t.track.name().into(),
            title_id: t.title.id().into(),
            lesson_count: t.lessons.len() as i32,
            completed_count: t.completed_count() as i32,
            has_next: next.is_some(),
            next: next.map(lesson_item).unwrap_or_default(),
            topics: topics_model,
        };
        match existing {
            Some(row) if row == item => {}
            Some(_) => model.set_row_data(i, item),
            None => model.push(item),
        }
    }
    while model.row_count() > summaries.len() {
        model.remove(model.row_count() - 1);
    }
    let cards = c.new_packs();
    set_rows(&home.get_new_lessons(), cards.iter().flat_map(|card| &card.lessons).map(lesson_item));
    let titles: Vec<&str> = cards.iter().map(|card| card.title.as_str()).collect();
    home.set_new_packs_title(titles.join(&c.tr(Text::ListSeparator.id())).into());
    home.set_can_continue(c.can_continue());
    home.set_review_count(c.due_review_count() as i32);
}

fn lesson_item(l: &LessonSummary) -> LessonItem {
    LessonItem {
        id: l.id.as_str().into(),
        title_id: l.title_id.as_str().into(),
        step: l.step as i32,
        step_count: l.step_count as i32,
        done: l.done,
    }
}

pub fn connect(window: &AppWindow, controller: &Controller) {
    let home = window.global::<HomeAdapter>();
    home.set_tracks(new_list());
    home.set_new_lessons(new_list());
    home.on_open_lesson(handler(window, controller, |c, _, id: SharedString| {
        c.open_lesson(&id);
    }));
    home.on_toggle_topic(handler(window, controller, |c, _, key: SharedString| {
        c.toggle_topic(&key);
    }));
    home.on_continue_lesson(handler0(window, controller, |c, _| {
        c.continue_lesson();
    }));
    home.on_start_review(handler0(window, controller, |c, _| {
        c.start_review();
    }));
}
