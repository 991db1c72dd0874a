//! The decisions of an attendance upload, as plain Rust: for each record, from what the database
//! already holds, whether it is new, a duplicate, a conflict or rejected. The storage backends
//! run the lookups and the writes; this file is where the rules live.

use std::collections::HashMap;

use blue_vest_protocol::{AttendanceRecord, EventCode, ItemStatus, RecordedBy, RejectReason};
use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;

use super::ids::{EventId, OrgId};
use super::types::{StoredRecord, Submitter};

/// How long after an event closes its records are still taken, if made while it was open
/// (seniors in halls without a connection sync days later, at home).
pub const LATE_UPLOAD_DAYS: i64 = 30;

/// An event as the upload needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventInfo {
    pub id: EventId,
    pub org: OrgId,
    pub city: String,
    pub month: String,
    /// When the event began to carry its code.
    pub opened_at: DateTime<Utc>,
    pub closed_at: Option<DateTime<Utc>>,
}

/// A record already stored under an id in the upload, with its event's organisation.
#[derive(Debug, Clone)]
pub struct Existing {
    pub record: StoredRecord,
    pub event: EventId,
    pub org: OrgId,
}

/// What to do with one record of the upload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Answer without writing.
    Answer(ItemStatus),
    /// Store it at this event.
    Insert(EventInfo),
    /// Keep this version beside the stored one (at `event`), for an organiser of `org`; the new
    /// version belongs to `incoming` (where it goes if the organiser chooses it).
    Conflict { event: EventId, org: OrgId, incoming: EventId },
}

/// The text two versions of a record are compared by (device time to the millisecond, as stored).
pub fn content_key(
    event_code: &EventCode,
    learner: &str,
    recorded_by: RecordedBy,
    lessons: &[String],
    device_time: DateTime<Utc>,
) -> String {
    let by = match recorded_by {
        RecordedBy::Volunteer => "volunteer",
        RecordedBy::Senior => "senior",
    };
    format!("{event_code}|{learner}|{by}|{}|{}", lessons.join(","), device_time.timestamp_millis())
}

pub fn record_key(r: &AttendanceRecord) -> String {
    content_key(&r.event_code, r.learner.as_str(), r.recorded_by, &r.lessons_done, r.device_time)
}

pub fn stored_key(r: &StoredRecord) -> String {
    content_key(&r.event_code, r.learner.as_str(), r.recorded_by, &r.lessons_done, r.device_time)
}

/// When a record was made, as the server reckons it: its receipt time minus the age the device
/// sent (the device's clock may be hours off, its difference of two readings is not), else the
/// device's own time (older apps).
pub fn made_at(r: &AttendanceRecord, now: DateTime<Utc>) -> DateTime<Utc> {
    match r.age_ms {
        Some(age) => now - Duration::milliseconds(i64::try_from(age).unwrap_or(i64::MAX).min(i64::MAX / 2)),
        None => r.device_time,
    }
}

/// The event of `candidates` (all carrying one code) that carried it at time `t`: the one open
/// then (`opened_at <= t <= closed_at`). A record older than every candidate goes to the first
/// (an event made offline reaches the server after its first check-ins); one made between an
/// event's closing and the next one's opening belongs to none.
pub fn event_at(candidates: &[EventInfo], t: DateTime<Utc>) -> Option<&EventInfo> {
    let ms = |d: DateTime<Utc>| d.timestamp_millis();
    let open_at_t = candidates
        .iter()
        .filter(|e| ms(e.opened_at) <= ms(t) && e.closed_at.is_none_or(|c| ms(t) <= ms(c)))
        .min_by_key(|e| (e.closed_at.map_or(i64::MAX, ms), e.id));
    open_at_t.or_else(|| {
        let first = candidates.iter().min_by_key(|e| (ms(e.opened_at), e.id))?;
        (ms(t) < ms(first.opened_at)).then_some(first)
    })
}

/// Decides every record of an upload. `events` holds every event carrying one of the upload's
/// codes (a code is reused once its event closes); `existing` the stored records with the same ids.
pub fn decide(
    by: &Submitter,
    records: &[AttendanceRecord],
    events: &HashMap<EventCode, Vec<EventInfo>>,
    existing: &HashMap<Uuid, Existing>,
    now: DateTime<Utc>,
) -> Vec<Decision> {
    records.iter().map(|r| decide_one(by, r, events, existing, now)).collect()
}

fn reject(reason: RejectReason) -> Decision {
    Decision::Answer(ItemStatus::Rejected(reason))
}

fn decide_one(
    by: &Submitter,
    r: &AttendanceRecord,
    events: &HashMap<EventCode, Vec<EventInfo>>,
    existing: &HashMap<Uuid, Existing>,
    now: DateTime<Utc>,
) -> Decision {
    if let Err(e) = r.validate() {
        return reject(RejectReason::Invalid { detail: e.to_string() });
    }
    let stored = existing.get(&r.id);
    // A retry of what is already stored is fine whatever happened to the event since.
    if stored.is_some_and(|s| stored_key(&s.record) == record_key(r)) {
        return Decision::Answer(ItemStatus::Duplicate);
    }
    if let Submitter::Senior { event_code, learner } = by
        && (event_code != &r.event_code
            || r.recorded_by != RecordedBy::Senior
            || learner.as_ref().is_some_and(|l| *l != r.learner))
    {
        return reject(RejectReason::NotPermitted);
    }
    let all = events.get(&r.event_code).map(Vec::as_slice).unwrap_or_default();
    // A volunteer sees only their own organisation's events: another's code answers exactly
    // as an unused one, so uploads cannot find other organisations' codes.
    let candidates: Vec<EventInfo> = match by {
        Submitter::Volunteer { org } => all.iter().filter(|e| e.org == *org).cloned().collect(),
        Submitter::Senior { .. } => all.to_vec(),
    };
    if candidates.is_empty() {
        return reject(RejectReason::UnknownEventCode);
    }
    let Some(event) = event_at(&candidates, made_at(r, now)) else {
        return reject(RejectReason::EventClosed);
    };
    if event.closed_at.is_some_and(|closed| now - closed > Duration::days(LATE_UPLOAD_DAYS)) {
        return reject(RejectReason::EventClosed);
    }
    match stored {
        // Two versions of one record stay with one organisation.
        Some(s) if s.org != event.org => reject(RejectReason::NotPermitted),
        Some(s) => Decision::Conflict { event: s.event, org: s.org, incoming: event.id },
        None => Decision::Insert(event.clone()),
    }
}

/// A record as it is stored and counted: only lesson ids the shipped content has (`known`),
/// each once, in the order sent. Lessons cannot be inflated by repeating or inventing ids.
pub fn normalize(r: &AttendanceRecord, known: impl Fn(&str) -> bool) -> AttendanceRecord {
    let mut lessons: Vec<String> = Vec::new();
    for l in &r.lessons_done {
        if known(l) && !lessons.contains(l) {
            lessons.push(l.clone());
        }
    }
    AttendanceRecord { lessons_done: lessons, ..r.clone() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use blue_vest_protocol::LearnerCode;

    fn t(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    fn record(code: &str, by: RecordedBy) -> AttendanceRecord {
        AttendanceRecord {
            id: Uuid::now_v7(),
            event_code: EventCode::parse(code).unwrap(),
            learner: LearnerCode::from_bits(42),
            recorded_by: by,
            lessons_done: vec![],
            device_time: t("2026-11-20T02:00:00Z"),
            age_ms: None,
        }
    }

    fn event(id: i64, org: i64, closed_at: Option<&str>) -> EventInfo {
        opened(id, org, "2025-12-01T00:00:00Z", closed_at)
    }

    fn opened(id: i64, org: i64, opened_at: &str, closed_at: Option<&str>) -> EventInfo {
        EventInfo {
            id: EventId(id),
            org: OrgId(org),
            city: "成都".into(),
            month: "2026-11".into(),
            opened_at: t(opened_at),
            closed_at: closed_at.map(t),
        }
    }

    fn events(list: Vec<(&str, EventInfo)>) -> HashMap<EventCode, Vec<EventInfo>> {
        let mut map: HashMap<EventCode, Vec<EventInfo>> = HashMap::new();
        for (code, e) in list {
            map.entry(EventCode::parse(code).unwrap()).or_default().push(e);
        }
        map
    }

    fn stored(r: &AttendanceRecord) -> Existing {
        Existing {
            record: StoredRecord {
                id: r.id,
                event_code: r.event_code.clone(),
                learner: r.learner.clone(),
                recorded_by: r.recorded_by,
                lessons_done: r.lessons_done.clone(),
                device_time: r.device_time,
                received_at: t("2026-11-20T03:00:00Z"),
            },
            event: EventId(1),
            org: OrgId(7),
        }
    }

    const NOW: &str = "2026-11-27T00:00:00Z";
    const VOLUNTEER: Submitter = Submitter::Volunteer { org: OrgId(7) };

    fn one(by: &Submitter, r: &AttendanceRecord, ev: &HashMap<EventCode, Vec<EventInfo>>) -> Decision {
        decide(by, std::slice::from_ref(r), ev, &HashMap::new(), t(NOW)).remove(0)
    }

    #[test]
    fn new_records_go_to_the_open_event_with_their_code() {
        let ev = events(vec![("111111", event(1, 7, Some("2026-01-01T00:00:00Z"))), ("111111", event(2, 7, None))]);
        assert_eq!(one(&VOLUNTEER, &record("111111", RecordedBy::Volunteer), &ev), Decision::Insert(event(2, 7, None)));
    }

    #[test]
    fn unknown_closed_and_foreign_events_are_rejected_with_a_reason() {
        let r = record("111111", RecordedBy::Volunteer);
        assert_eq!(one(&VOLUNTEER, &r, &events(vec![])), reject(RejectReason::UnknownEventCode));
        let long_closed = events(vec![("111111", event(1, 7, Some("2026-09-01T00:00:00Z")))]);
        assert_eq!(one(&VOLUNTEER, &r, &long_closed), reject(RejectReason::EventClosed));
        // Another organisation's open event answers as an unused code: nothing to discover.
        let other_org = events(vec![("111111", event(1, 8, None))]);
        assert_eq!(one(&VOLUNTEER, &r, &other_org), reject(RejectReason::UnknownEventCode));
        let other_closed = events(vec![("111111", event(1, 8, Some("2026-09-01T00:00:00Z")))]);
        assert_eq!(one(&VOLUNTEER, &r, &other_closed), reject(RejectReason::UnknownEventCode));
    }

    #[test]
    fn a_record_made_while_open_is_taken_after_the_event_closed() {
        let r = record("111111", RecordedBy::Senior);
        let closed_after = events(vec![("111111", event(1, 7, Some("2026-11-20T05:00:00Z")))]);
        assert!(matches!(one(&VOLUNTEER, &r, &closed_after), Decision::Insert(e) if e.id == EventId(1)));
        let closed_before = events(vec![("111111", event(1, 7, Some("2026-11-20T01:00:00Z")))]);
        assert_eq!(one(&VOLUNTEER, &r, &closed_before), reject(RejectReason::EventClosed));
    }

    #[test]
    fn a_senior_token_writes_only_its_own_code_as_a_senior() {
        let ev = events(vec![("111111", event(1, 7, None)), ("222222", event(2, 7, None))]);
        let senior = Submitter::Senior { event_code: EventCode::parse("111111").unwrap(), learner: None };
        assert!(matches!(one(&senior, &record("111111", RecordedBy::Senior), &ev), Decision::Insert(_)));
        assert_eq!(one(&senior, &record("222222", RecordedBy::Senior), &ev), reject(RejectReason::NotPermitted));
        assert_eq!(one(&senior, &record("111111", RecordedBy::Volunteer), &ev), reject(RejectReason::NotPermitted));
    }

    #[test]
    fn same_id_same_content_is_a_duplicate_and_different_content_a_conflict() {
        let ev = events(vec![("111111", event(1, 7, None))]);
        let r = record("111111", RecordedBy::Volunteer);
        let existing = HashMap::from([(r.id, stored(&r))]);
        let mut changed = r.clone();
        changed.lessons_done = vec!["safety-sms-link".into()];
        let got = decide(&VOLUNTEER, &[r.clone(), changed], &ev, &existing, t(NOW));
        assert_eq!(
            got,
            vec![
                Decision::Answer(ItemStatus::Duplicate),
                Decision::Conflict { event: EventId(1), org: OrgId(7), incoming: EventId(1) }
            ]
        );
        // A duplicate stays a duplicate once the event is long closed.
        let closed = events(vec![("111111", event(1, 7, Some("2026-01-01T00:00:00Z")))]);
        let got = decide(&VOLUNTEER, std::slice::from_ref(&r), &closed, &existing, t(NOW));
        assert_eq!(got, vec![Decision::Answer(ItemStatus::Duplicate)]);
    }

    #[test]
    fn invalid_records_are_rejected_alone() {
        let ev = events(vec![("111111", event(1, 7, None))]);
        let mut bad = record("111111", RecordedBy::Volunteer);
        bad.id = Uuid::new_v4();
        let good = record("111111", RecordedBy::Volunteer);
        let got = decide(&VOLUNTEER, &[bad, good], &ev, &HashMap::new(), t(NOW));
        assert!(
            matches!(&got[0], Decision::Answer(ItemStatus::Rejected(RejectReason::Invalid { detail })) if detail.contains("v7"))
        );
        assert!(matches!(got[1], Decision::Insert(_)));
    }

    #[test]
    fn a_late_record_follows_its_event_not_the_code_reused_by_another_organisation() {
        // A (org 7) held 111111 from 01:00 to 03:00; B (org 8) took it at 05:00.
        let a = opened(1, 7, "2026-11-20T01:00:00Z", Some("2026-11-20T03:00:00Z"));
        let b = opened(2, 8, "2026-11-20T05:00:00Z", None);
        let ev = events(vec![("111111", a.clone()), ("111111", b.clone())]);
        let senior = Submitter::Senior { event_code: EventCode::parse("111111").unwrap(), learner: None };
        let made_at_a = record("111111", RecordedBy::Senior);
        assert_eq!(one(&senior, &made_at_a, &ev), Decision::Insert(a.clone()), "made while A held the code");
        assert_eq!(one(&VOLUNTEER, &record("111111", RecordedBy::Volunteer), &ev), Decision::Insert(a));
        let mut in_between = record("111111", RecordedBy::Senior);
        in_between.device_time = t("2026-11-20T04:00:00Z");
        assert_eq!(one(&senior, &in_between, &ev), reject(RejectReason::EventClosed), "nobody held it then");
        let mut at_b = record("111111", RecordedBy::Senior);
        at_b.device_time = t("2026-11-20T06:00:00Z");
        assert_eq!(one(&senior, &at_b, &ev), Decision::Insert(b.clone()));
        // Older than every event with the code: an event made offline, uploaded after its check-ins.
        let mut early = record("111111", RecordedBy::Senior);
        early.device_time = t("2026-11-19T00:00:00Z");
        let only_b = events(vec![("111111", b.clone())]);
        assert_eq!(one(&senior, &early, &only_b), Decision::Insert(b));
    }

    #[test]
    fn the_server_places_a_record_by_its_age_not_the_phones_clock() {
        let ev = events(vec![("111111", opened(1, 7, "2026-11-26T20:00:00Z", Some("2026-11-26T23:58:00Z")))]);
        // Made at 23:55 by a phone an hour fast (device time 00:55), uploaded at 00:00; closed at 23:58.
        let mut r = record("111111", RecordedBy::Volunteer);
        r.device_time = t("2026-11-27T00:55:00Z");
        assert_eq!(one(&VOLUNTEER, &r, &ev), reject(RejectReason::EventClosed), "the phone's clock alone says closed");
        r.age_ms = Some(5 * 60 * 1000);
        assert!(matches!(one(&VOLUNTEER, &r, &ev), Decision::Insert(e) if e.id == EventId(1)), "its age says open");
        assert_eq!(made_at(&r, t(NOW)), t("2026-11-26T23:55:00Z"));
    }

    #[test]
    fn a_senior_token_bound_to_a_learner_writes_only_that_learner() {
        let ev = events(vec![("111111", event(1, 7, None))]);
        let own = record("111111", RecordedBy::Senior);
        let senior =
            Submitter::Senior { event_code: EventCode::parse("111111").unwrap(), learner: Some(own.learner.clone()) };
        assert!(matches!(one(&senior, &own, &ev), Decision::Insert(_)));
        let mut other = record("111111", RecordedBy::Senior);
        other.learner = LearnerCode::from_bits(43);
        assert_eq!(one(&senior, &other, &ev), reject(RejectReason::NotPermitted));
    }

    #[test]
    fn only_known_lessons_count_and_each_once() {
        let mut r = record("111111", RecordedBy::Senior);
        r.lessons_done = vec!["x".into(); 100];
        r.lessons_done.extend(["safety-police-call".into(), "x".into(), "safety-police-call".into()]);
        let known = |id: &str| id == "safety-police-call";
        assert_eq!(normalize(&r, known).lessons_done, vec!["safety-police-call".to_owned()]);
    }
}
