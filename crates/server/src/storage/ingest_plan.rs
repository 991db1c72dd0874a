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
    /// Keep this version beside the stored one, for an organiser of `org`.
    Conflict { event: EventId, org: OrgId },
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
    if let Submitter::Senior { event_code } = by
        && (event_code != &r.event_code || r.recorded_by != RecordedBy::Senior)
    {
        return reject(RejectReason::NotPermitted);
    }
    let candidates = events.get(&r.event_code).map(Vec::as_slice).unwrap_or_default();
    if candidates.is_empty() {
        return reject(RejectReason::UnknownEventCode);
    }
    let open = candidates.iter().find(|e| e.closed_at.is_none());
    let late = || {
        candidates
            .iter()
            .filter(|e| {
                e.closed_at.is_some_and(|closed| {
                    r.device_time.timestamp_millis() <= closed.timestamp_millis()
                        && now - closed <= Duration::days(LATE_UPLOAD_DAYS)
                })
            })
            .max_by_key(|e| e.closed_at)
    };
    let Some(event) = open.or_else(late) else {
        return reject(RejectReason::EventClosed);
    };
    if let Submitter::Volunteer { org } = by
        && *org != event.org
    {
        return reject(RejectReason::NotPermitted);
    }
    match stored {
        Some(s) => Decision::Conflict { event: s.event, org: s.org },
        None => Decision::Insert(event.clone()),
    }
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
        }
    }

    fn event(id: i64, org: i64, closed_at: Option<&str>) -> EventInfo {
        EventInfo {
            id: EventId(id),
            org: OrgId(org),
            city: "成都".into(),
            month: "2026-11".into(),
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
        let other_org = events(vec![("111111", event(1, 8, None))]);
        assert_eq!(one(&VOLUNTEER, &r, &other_org), reject(RejectReason::NotPermitted));
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
        let senior = Submitter::Senior { event_code: EventCode::parse("111111").unwrap() };
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
            vec![Decision::Answer(ItemStatus::Duplicate), Decision::Conflict { event: EventId(1), org: OrgId(7) }]
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
}
