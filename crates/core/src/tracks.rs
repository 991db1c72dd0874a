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
    /// The group Home shows it in; `None` only for a lesson file that names no (known) topic.
    pub topic: Option<Topic>,
}

impl LessonSummary {
    pub fn started(&self) -> bool {
        self.step > 0 && !self.done
    }
}

/// A topic's lessons as Home lists them when the senior opens the topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicGroup {
    /// `None`: lessons that name no topic, shown last under "Other lessons".
    pub topic: Option<Topic>,
    pub lessons: Vec<LessonSummary>,
}

impl TopicGroup {
    /// The key the UI hands back when the senior opens or closes the group.
    pub fn key(&self) -> &'static str {
        self.topic.map_or(OTHER_TOPIC, Topic::name)
    }

    /// The Fluent id of its name.
    pub fn text_id(&self) -> String {
        self.topic.map_or_else(|| format!("topic-{OTHER_TOPIC}"), Topic::text_id)
    }

    pub fn completed_count(&self) -> usize {
        self.lessons.iter().filter(|l| l.done).count()
    }
}

/// The key of the group of lessons that name no topic.
pub const OTHER_TOPIC: &str = "other";

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

    /// The lesson Home offers first: the earliest one started and not finished, else the
    /// earliest not done; `None` when the whole track is done.
    pub fn next(&self) -> Option<&LessonSummary> {
        self.lessons.iter().find(|l| l.started()).or_else(|| self.lessons.iter().find(|l| !l.done))
    }

    /// The track's lessons grouped by topic, in the topics' order, each group in lesson order;
    /// topics without lessons are left out.
    pub fn groups(&self) -> Vec<TopicGroup> {
        let topics = Topic::ALL.into_iter().filter(|t| t.track() == self.track).map(Some).chain([None]);
        topics
            .map(|topic| TopicGroup {
                topic,
                lessons: self.lessons.iter().filter(|l| l.topic == topic).cloned().collect(),
            })
            .filter(|g| !g.lessons.is_empty())
            .collect()
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
            lessons: lessons.iter().filter(|l| l.track == track).map(|l| summary(l, progress)).collect(),
        })
        .collect()
}

/// One lesson with its progress, as Home lists it.
pub fn summary(lesson: &Lesson, progress: &[LessonProgress]) -> LessonSummary {
    let p = progress.iter().find(|p| p.lesson_id == lesson.id);
    LessonSummary {
        id: lesson.id.clone(),
        title_id: lesson.title.clone(),
        step: p.map_or(0, |p| p.state.step + 1),
        step_count: lesson.steps.len(),
        done: p.is_some_and(|p| p.completed_at.is_some()),
        topic: lesson.topic.as_deref().and_then(Topic::from_name).filter(|t| t.track() == lesson.track),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lesson(id: &str, topic: Option<Topic>, step: usize, done: bool) -> LessonSummary {
        LessonSummary { id: id.into(), title_id: format!("{id}-title"), step, step_count: 8, done, topic }
    }

    fn track(lessons: Vec<LessonSummary>) -> TrackSummary {
        TrackSummary { track: Track::Safety, title: title(Track::Safety), lessons }
    }

    fn ids(lessons: &[LessonSummary]) -> Vec<&str> {
        lessons.iter().map(|l| l.id.as_str()).collect()
    }

    #[test]
    fn next_is_the_first_lesson_started_else_the_first_not_done() {
        let t = track(vec![
            lesson("a", Some(Topic::Calls), 0, true),
            lesson("b", Some(Topic::Money), 0, false),
            lesson("c", Some(Topic::Calls), 3, false),
        ]);
        assert_eq!(t.next().map(|l| l.id.as_str()), Some("c"), "where the senior was");
        let t = track(vec![lesson("a", Some(Topic::Calls), 0, true), lesson("b", Some(Topic::Money), 0, false)]);
        assert_eq!(t.next().map(|l| l.id.as_str()), Some("b"));
        let t = track(vec![lesson("a", Some(Topic::Calls), 2, true)]);
        assert_eq!(t.next(), None, "a finished track has no next lesson");
    }

    #[test]
    fn groups_follow_the_topics_order_and_put_lessons_without_a_topic_last() {
        let t = track(vec![
            lesson("money-1", Some(Topic::Money), 0, true),
            lesson("loose", None, 0, false),
            lesson("calls-1", Some(Topic::Calls), 0, false),
            lesson("money-2", Some(Topic::Money), 0, false),
        ]);
        let groups = t.groups();
        let keys: Vec<&str> = groups.iter().map(TopicGroup::key).collect();
        assert_eq!(keys, ["calls", "money", "other"], "empty topics are left out");
        assert_eq!(ids(&groups[1].lessons), ["money-1", "money-2"]);
        assert_eq!(groups[1].completed_count(), 1);
        assert_eq!(groups[2].text_id(), "topic-other");
        assert_eq!(groups[0].text_id(), "topic-calls");
        let all: usize = groups.iter().map(|g| g.lessons.len()).sum();
        assert_eq!(all, t.lessons.len(), "every lesson is in exactly one group");
    }

    #[test]
    fn every_topic_belongs_to_one_track_and_has_a_name_that_reads_back() {
        for t in Topic::ALL {
            assert_eq!(Topic::from_name(t.name()), Some(t));
        }
        assert_eq!(Topic::ALL.iter().filter(|t| t.track() == Track::Phone).count(), 5);
        assert_eq!(Topic::ALL.iter().filter(|t| t.track() == Track::Safety).count(), 5);
        assert_eq!(Topic::from_name(OTHER_TOPIC), None);
    }
}
