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

/// The groups Home shows a track's lessons in, so forty lessons never make one long list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Topic {
    /// Phone: text size, elder mode, notifications.
    Settings,
    /// Phone: video calls, voice messages, photos, speaking instead of typing.
    KeepingInTouch,
    /// Phone: paying, the payment code, the medical-insurance and transport codes.
    Paying,
    /// Phone: hospital appointments, taxis, trains, walking directions.
    GoingOut,
    /// Phone: Wi-Fi, installing apps, pop-ups, the anti-fraud app, emergencies.
    StayingSafe,
    /// Safety: callers who pretend to be police, banks, bosses.
    Calls,
    /// Safety: texts, links, codes, chats and pop-ups.
    Messages,
    /// Safety: investments, loans, jobs, shopping, prizes.
    Money,
    /// Safety: fake relatives, friends and romance.
    FamilyFriends,
    /// Safety: health products, pensions, medical insurance, and what to do after a scam.
    HealthPensions,
}

impl Topic {
    pub const ALL: [Topic; 10] = [
        Topic::Settings,
        Topic::KeepingInTouch,
        Topic::Paying,
        Topic::GoingOut,
        Topic::StayingSafe,
        Topic::Calls,
        Topic::Messages,
        Topic::Money,
        Topic::FamilyFriends,
        Topic::HealthPensions,
    ];

    /// The name used in lesson files.
    pub fn name(self) -> &'static str {
        match self {
            Topic::Settings => "settings",
            Topic::KeepingInTouch => "keeping-in-touch",
            Topic::Paying => "paying",
            Topic::GoingOut => "going-out",
            Topic::StayingSafe => "staying-safe",
            Topic::Calls => "calls",
            Topic::Messages => "messages",
            Topic::Money => "money",
            Topic::FamilyFriends => "family-friends",
            Topic::HealthPensions => "health-pensions",
        }
    }

    pub fn from_name(name: &str) -> Option<Topic> {
        Self::ALL.into_iter().find(|t| t.name() == name)
    }

    pub fn track(self) -> Track {
        match self {
            Topic::Settings | Topic::KeepingInTouch | Topic::Paying | Topic::GoingOut | Topic::StayingSafe => {
                Track::Phone
            }
            _ => Track::Safety,
        }
    }

    /// The Fluent id of its name.
    pub fn text_id(self) -> String {
        format!("topic-{}", self.name())
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
