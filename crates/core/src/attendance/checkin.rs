//! Making attendance records: the senior's own check-in by event code, a volunteer's check-in
//! of a senior by learner code, and an event a volunteer creates offline. Each record goes into
//! the store and its outbox in one transaction.

use blue_vest_protocol::{AttendanceRecord, CodeError, EventCode, LearnerCode, RecordedBy};
use chrono::{DateTime, Duration, Utc};
use rand::Rng;
use uuid::Uuid;

use crate::store::{LocalEvent, LocalRecord, RecordState, Store, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum CheckInError {
    #[error("{0}")]
    Code(#[from] CodeError),
    /// This learner is already checked in at this event on this phone.
    #[error("already checked in")]
    Already(Box<LocalRecord>),
    /// The senior has not agreed to share attendance yet.
    #[error("consent needed")]
    NoConsent,
    #[error("{0}")]
    Store(#[from] StoreError),
}

/// Lessons finished within this long before a check-in count as done at the event.
const EVENT_DAY: i64 = 12;

fn new_record(
    code: EventCode,
    learner: LearnerCode,
    by: RecordedBy,
    lessons: Vec<String>,
    now: DateTime<Utc>,
) -> AttendanceRecord {
    AttendanceRecord {
        id: Uuid::now_v7(),
        event_code: code,
        learner,
        recorded_by: by,
        lessons_done: lessons,
        device_time: now,
        age_ms: None,
    }
}

fn stored(record: AttendanceRecord, now: DateTime<Utc>) -> LocalRecord {
    LocalRecord { record, state: RecordState::Waiting, reason: None, updated_at: now }
}

/// The senior types the volunteer's 6-digit code: a record of this phone's learner at that
/// event, with the lessons finished today.
pub fn senior_check_in(store: &mut Store, code_text: &str, now: DateTime<Utc>) -> Result<LocalRecord, CheckInError> {
    let code = EventCode::parse(code_text)?;
    if store.attendance_consent()?.is_none() {
        return Err(CheckInError::NoConsent);
    }
    let learner = store.learner_code()?;
    if let Some(existing) = store.attendance_for(&code, &learner)? {
        return Err(CheckInError::Already(Box::new(existing)));
    }
    let lessons = store
        .all_progress()?
        .into_iter()
        .filter(|p| p.completed_at.is_some_and(|t| now - t <= Duration::hours(EVENT_DAY)))
        .map(|p| p.lesson_id)
        .collect();
    let record = new_record(code, learner, RecordedBy::Senior, lessons, now);
    store.add_attendance(&record, now)?;
    Ok(stored(record, now))
}

/// A volunteer types a senior's learner code (from the senior's learner card) at an event.
pub fn volunteer_check_in(
    store: &mut Store,
    event: &EventCode,
    learner_text: &str,
    now: DateTime<Utc>,
) -> Result<LocalRecord, CheckInError> {
    let learner = LearnerCode::parse(learner_text)?;
    if let Some(existing) = store.attendance_for(event, &learner)? {
        return Err(CheckInError::Already(Box::new(existing)));
    }
    let record = new_record(event.clone(), learner, RecordedBy::Volunteer, Vec::new(), now);
    store.add_attendance(&record, now)?;
    Ok(stored(record, now))
}

/// The longest venue and city the server takes (characters).
pub const MAX_VENUE: usize = 200;
pub const MAX_CITY: usize = 100;

/// Why an event cannot be made as typed: the server would refuse it, and then its check-ins
/// could never be sent.
#[derive(Debug, thiserror::Error)]
pub enum NewEventError {
    #[error("no venue")]
    VenueMissing,
    #[error("the venue is longer than {MAX_VENUE} characters or has control characters")]
    VenueInvalid,
    #[error("the city is longer than {MAX_CITY} characters or has control characters")]
    CityInvalid,
    #[error("{0}")]
    Store(#[from] StoreError),
}

/// Text the server takes: at most `max` characters, no control characters (empty: the city
/// is then the organisation's).
fn acceptable(text: &str, max: usize) -> bool {
    text.is_empty() || blue_vest_protocol::form::is_text(text, max)
}

/// An event made on the phone, with a code the volunteer can show at once; it is uploaded
/// (with its client id, so twice is once) at the next sync. Its code is one the server keeps for
/// this volunteer when the phone has one (so no other organisation's open event has it), else a
/// random one. The venue and city are checked as the server checks them.
pub fn create_event_offline(
    store: &mut Store,
    venue: &str,
    city: &str,
    starts_at: DateTime<Utc>,
    topics: Vec<String>,
) -> Result<LocalEvent, NewEventError> {
    let (venue, city) = (venue.trim(), city.trim());
    if venue.is_empty() {
        return Err(NewEventError::VenueMissing);
    }
    if !acceptable(venue, MAX_VENUE) {
        return Err(NewEventError::VenueInvalid);
    }
    if !acceptable(city, MAX_CITY) {
        return Err(NewEventError::CityInvalid);
    }
    // Not the code of another open event this phone knows (the server checks the rest on upload).
    let taken: Vec<EventCode> = store.volunteer_events()?.into_iter().filter(|e| !e.closed).map(|e| e.code).collect();
    let code = match store.take_reserved_code(starts_at, &taken)? {
        Some(code) => code,
        None => std::iter::repeat_with(|| {
            EventCode::parse(&format!("{:06}", rand::thread_rng().gen_range(0..1_000_000))).expect("six digits")
        })
        .find(|c| !taken.contains(c))
        .expect("an endless supply of codes"),
    };
    let event = LocalEvent {
        client_id: Uuid::now_v7(),
        server_id: None,
        code,
        venue: venue.to_owned(),
        city: city.to_owned(),
        starts_at,
        topics,
        closed: false,
        attendance: 0,
        uploaded: false,
        problem: None,
    };
    store.save_volunteer_event(&event)?;
    Ok(event)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        "2026-11-27T06:00:00Z".parse().unwrap()
    }

    #[test]
    fn a_senior_checks_in_once_per_event_after_consenting() {
        let mut store = Store::in_memory().unwrap();
        assert!(matches!(senior_check_in(&mut store, "482913", now()), Err(CheckInError::NoConsent)));
        store.give_attendance_consent(now()).unwrap();
        assert!(matches!(senior_check_in(&mut store, "48291", now()), Err(CheckInError::Code(_))));
        let r = senior_check_in(&mut store, "４８２ ９１３", now()).unwrap();
        assert_eq!(r.record.event_code.as_str(), "482913");
        assert_eq!(r.record.learner, store.learner_code().unwrap());
        assert_eq!(r.record.recorded_by, RecordedBy::Senior);
        assert_eq!(r.state, RecordState::Waiting);
        assert!(matches!(senior_check_in(&mut store, "482913", now()), Err(CheckInError::Already(_))));
        assert_eq!(store.outbox_counts().unwrap(), (1, 0));
        assert_eq!(store.attendance_records(None).unwrap(), vec![r]);
    }

    #[test]
    fn a_volunteer_checks_in_learner_codes_and_a_typo_is_caught() {
        let mut store = Store::in_memory().unwrap();
        let event = create_event_offline(&mut store, "玉林社区", "成都", now(), vec![]).unwrap();
        assert!(!event.uploaded);
        let code = LearnerCode::from_bits(99);
        volunteer_check_in(&mut store, &event.code, &code.display_grouped().to_lowercase(), now()).unwrap();
        let mut typo = code.as_str().to_owned();
        typo.replace_range(0..1, if typo.starts_with('1') { "2" } else { "1" });
        assert!(matches!(volunteer_check_in(&mut store, &event.code, &typo, now()), Err(CheckInError::Code(_))));
        assert!(matches!(
            volunteer_check_in(&mut store, &event.code, code.as_str(), now()),
            Err(CheckInError::Already(_))
        ));
        volunteer_check_in(&mut store, &event.code, LearnerCode::from_bits(100).as_str(), now()).unwrap();
        assert_eq!(store.checked_in_count(&event.code).unwrap(), 2);
        assert_eq!(store.volunteer_events().unwrap(), vec![event]);
    }

    #[test]
    fn an_event_the_server_would_refuse_is_not_made() {
        let mut store = Store::in_memory().unwrap();
        let long = "长".repeat(MAX_VENUE + 1);
        assert!(matches!(
            create_event_offline(&mut store, "  ", "成都", now(), vec![]),
            Err(NewEventError::VenueMissing)
        ));
        assert!(matches!(
            create_event_offline(&mut store, &long, "成都", now(), vec![]),
            Err(NewEventError::VenueInvalid)
        ));
        assert!(matches!(
            create_event_offline(&mut store, "a\u{0}b", "", now(), vec![]),
            Err(NewEventError::VenueInvalid)
        ));
        let city = "城".repeat(MAX_CITY + 1);
        assert!(matches!(
            create_event_offline(&mut store, "玉林社区", &city, now(), vec![]),
            Err(NewEventError::CityInvalid)
        ));
        assert!(store.volunteer_events().unwrap().is_empty());
        let exact = "长".repeat(MAX_VENUE);
        create_event_offline(&mut store, &exact, &"城".repeat(MAX_CITY), now(), vec![]).unwrap();
    }

    #[test]
    fn an_event_made_offline_takes_a_code_the_server_keeps_for_it() {
        let mut store = Store::in_memory().unwrap();
        let kept = |s: &str| (EventCode::parse(s).unwrap(), now() + Duration::days(30));
        store.save_reserved_codes(&[kept("246810"), kept("135791")]).unwrap();
        let first = create_event_offline(&mut store, "玉林社区", "成都", now(), vec![]).unwrap();
        let second = create_event_offline(&mut store, "望江社区", "成都", now(), vec![]).unwrap();
        let mut codes = vec![first.code.as_str().to_owned(), second.code.as_str().to_owned()];
        codes.sort();
        assert_eq!(codes, vec!["135791", "246810"], "reserved codes are used, each once");
        assert!(store.reserved_codes(now()).unwrap().is_empty());
        // None left (or expired): a random code, as before.
        store.save_reserved_codes(&[(EventCode::parse("111222").unwrap(), now() - Duration::days(1))]).unwrap();
        let third = create_event_offline(&mut store, "草堂", "成都", now(), vec![]).unwrap();
        assert_ne!(third.code.as_str(), "111222");
    }
}
