//! The two learning tracks Home shows. Lessons themselves arrive with the lessons issue; until
//! then each track reports zero installed lessons and Home says so kindly.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrackSummary {
    pub id: &'static str,
    /// Fluent id of the track's name.
    pub title_id: &'static str,
    pub lesson_count: usize,
    pub completed_count: usize,
}

pub const TRACKS: [(&str, &str); 2] = [("phone", "track-phone"), ("safety", "track-safety")];

/// The tracks with their progress, given how many lessons each has and how many are done.
pub fn summaries(lessons_in: impl Fn(&str) -> (usize, usize)) -> Vec<TrackSummary> {
    TRACKS
        .iter()
        .map(|&(id, title_id)| {
            let (lesson_count, completed_count) = lessons_in(id);
            TrackSummary { id, title_id, lesson_count, completed_count }
        })
        .collect()
}
