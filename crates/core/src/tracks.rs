//! The two learning tracks Home shows, with each lesson's progress.

use crate::lessons::{Lesson, Track};
use crate::store::LessonProgress;
use crate::texts::Text;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonSummary {
    pub id: String,
    pub title_id: String,
    /// 0 when not started, else the step reached (1-based).
    pub step: usize,
    pub step_count: usize,
    pub done: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrackSummary {
    pub track: Track,
    /// Fluent id of the track's name.
    pub title: Text,
    pub lessons: Vec<LessonSummary>,
}

impl TrackSummary {
    pub fn completed_count(&self) -> usize {
        self.lessons.iter().filter(|l| l.done).count()
    }

    /// Every lesson of a non-empty track is done.
    pub fn is_complete(&self) -> bool {
        !self.lessons.is_empty() && self.lessons.iter().all(|l| l.done)
    }
}

pub fn title(track: Track) -> Text {
    match track {
        Track::Phone => Text::TrackPhone,
        Track::Safety => Text::TrackSafety,
    }
}

/// The tracks in order, each with its lessons (already sorted by track and order) and progress.
pub fn summaries(lessons: &[Lesson], progress: &[LessonProgress]) -> Vec<TrackSummary> {
    Track::ALL
        .iter()
        .map(|&track| TrackSummary {
            track,
            title: title(track),
            lessons: lessons
                .iter()
                .filter(|l| l.track == track)
                .map(|l| {
                    let p = progress.iter().find(|p| p.lesson_id == l.id);
                    LessonSummary {
                        id: l.id.clone(),
                        title_id: l.title.clone(),
                        step: p.map_or(0, |p| p.state.step + 1),
                        step_count: l.steps.len(),
                        done: p.is_some_and(|p| p.completed_at.is_some()),
                    }
                })
                .collect(),
        })
        .collect()
}
