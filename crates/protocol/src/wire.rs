//! The JSON bodies of API v1: attendance uploads and their per-item answers, and the error body.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::codes::{EventCode, LearnerCode};

/// Who recorded an attendance: a volunteer checking a senior in, or the senior's own phone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum RecordedBy {
    Volunteer,
    Senior,
}

/// One attendance, made on a device (offline first) and uploaded later. `id` is a UUID v7 the
/// device generates, so a retried upload is recognised as the same record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AttendanceRecord {
    /// A UUID v7 the device generates, so a retried upload is recognised as the same record.
    #[serde(deserialize_with = "crate::form::hyphenated_uuid")]
    #[cfg_attr(feature = "schema", schemars(with = "Uuid", regex(pattern = crate::form::UUID_V7_PATTERN)))]
    pub id: Uuid,
    pub event_code: EventCode,
    pub learner: LearnerCode,
    pub recorded_by: RecordedBy,
    /// Lesson ids the senior finished at the event. Only ids of the server's lessons count,
    /// each once; others are not kept.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(length(max = 100), inner(regex(pattern = crate::form::LESSON_ID_PATTERN))))]
    pub lessons_done: Vec<String>,
    /// When the device made the record, by its own clock.
    #[serde(deserialize_with = "crate::form::rfc3339")]
    #[cfg_attr(feature = "schema", schemars(with = "DateTime<Utc>", regex(pattern = crate::form::TIME_PATTERN)))]
    pub device_time: DateTime<Utc>,
    /// How long ago the record was made, in milliseconds, by the device's clock at upload time
    /// (`upload time - device_time` on the same clock, so a clock that is wrong by hours still
    /// gives the right age). The server places the record at its receive time minus this age;
    /// without it (older apps) it trusts `device_time`. Not part of the record's content: a
    /// retry sends a larger age and is still the same record.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "crate::form::optional_whole_u64")]
    #[cfg_attr(feature = "schema", schemars(range(max = crate::MAX_AGE_MS)))]
    pub age_ms: Option<u64>,
}

/// Why a record or a batch is not acceptable; `field` names the JSON field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[error("{field}: {problem}")]
pub struct ValidationError {
    pub field: String,
    pub problem: String,
}

fn invalid(field: &str, problem: impl Into<String>) -> ValidationError {
    ValidationError { field: field.to_owned(), problem: problem.into() }
}

impl AttendanceRecord {
    /// Checks the record: its form (`validate_form`) and its learner code's check character.
    /// The server answers a record that fails here `rejected`/`invalid`, on its own.
    pub fn validate(&self) -> Result<(), ValidationError> {
        self.validate_form()?;
        if !self.learner.checks_out() {
            return Err(invalid("learner", "the check character does not match: a character was mistyped"));
        }
        Ok(())
    }

    /// Checks what the API's schema states and the types alone do not: a v7 id, the lesson ids'
    /// form and number, the age's bound. The server refuses an upload with such a record (400).
    pub fn validate_form(&self) -> Result<(), ValidationError> {
        if self.id.get_version_num() != 7 {
            return Err(invalid("id", "must be a UUID v7"));
        }
        if self.age_ms.is_some_and(|a| a > crate::MAX_AGE_MS) {
            return Err(invalid("age_ms", format!("at most {} (a year)", crate::MAX_AGE_MS)));
        }
        if self.lessons_done.len() > crate::MAX_LESSONS_PER_RECORD {
            return Err(invalid("lessons_done", format!("at most {} lessons", crate::MAX_LESSONS_PER_RECORD)));
        }
        if let Some(bad) = self.lessons_done.iter().find(|l| !crate::form::is_lesson_id(l)) {
            return Err(invalid("lessons_done", format!("{bad:?} is not a lesson id")));
        }
        Ok(())
    }
}

/// An upload of up to `MAX_BATCH` records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AttendanceBatch {
    /// 1 to 500 records; a record whose id came earlier in the upload is answered `invalid`.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 500)))]
    pub records: Vec<AttendanceRecord>,
}

impl AttendanceBatch {
    /// Checks the batch as a whole (size) and each record's form (what the API's schema
    /// states); a record that passes is then answered on its own (an id repeated in one upload
    /// too: `AttendanceBatch::repeats`).
    pub fn validate(&self) -> Result<(), ValidationError> {
        if self.records.is_empty() {
            return Err(invalid("records", "empty"));
        }
        if self.records.len() > crate::MAX_BATCH {
            return Err(invalid("records", format!("at most {} records per upload", crate::MAX_BATCH)));
        }
        for (i, r) in self.records.iter().enumerate() {
            r.validate_form().map_err(|e| invalid(&format!("records[{i}].{}", e.field), e.problem))?;
        }
        Ok(())
    }

    /// For each record, whether its id came earlier in this upload.
    pub fn repeats(&self) -> Vec<bool> {
        let mut seen = std::collections::HashSet::new();
        self.records.iter().map(|r| !seen.insert(r.id)).collect()
    }
}

/// Why the server did not take a record; the app shows a kind, translated sentence for each.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum RejectReason {
    UnknownEventCode,
    EventClosed,
    /// The record's event is not one this token may write to (another organisation's event, or
    /// a senior token for a different event code).
    NotPermitted,
    Invalid {
        detail: String,
    },
    /// A reason this version does not know (a newer server): the record waits, and the app
    /// asks to be updated. Never sent by this server.
    #[serde(other)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    Other,
}

/// The server's answer for one record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum ItemStatus {
    /// Stored now.
    Created,
    /// Already stored with the same content: fine, mark it sent.
    Duplicate,
    /// Already stored with different content: both versions kept for an organiser.
    Conflict,
    /// Not stored, for a reason the senior or volunteer can act on.
    Rejected(RejectReason),
    /// A status this version does not know (a newer server): the record waits, and the app
    /// asks to be updated. Never sent by this server.
    #[serde(other)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    Unknown,
}

impl ItemStatus {
    /// Whether the server holds the record.
    pub fn is_stored(&self) -> bool {
        matches!(self, ItemStatus::Created | ItemStatus::Duplicate | ItemStatus::Conflict)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ItemResult {
    pub id: Uuid,
    #[serde(flatten)]
    pub status: ItemStatus,
}

/// The answer to an upload: one result per record, in the upload's order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct BatchResult {
    pub results: Vec<ItemResult>,
}

/// The body of every 4xx/5xx answer: a stable code for programs and a sentence for people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ApiError {
    pub error: String,
    pub message: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record() -> AttendanceRecord {
        AttendanceRecord {
            id: Uuid::now_v7(),
            event_code: EventCode::parse("482913").unwrap(),
            learner: LearnerCode::from_bits(0x1234_5678),
            recorded_by: RecordedBy::Senior,
            lessons_done: vec!["safety-police-call".into()],
            device_time: "2026-11-27T09:30:00Z".parse().unwrap(),
            age_ms: None,
        }
    }

    #[test]
    fn records_round_trip_as_json() {
        let r = record();
        let json = serde_json::to_string(&r).unwrap();
        assert!(json.contains("\"recorded_by\":\"senior\""), "{json}");
        assert!(json.contains("\"event_code\":\"482913\""), "{json}");
        assert_eq!(serde_json::from_str::<AttendanceRecord>(&json).unwrap(), r);
        r.validate().unwrap();
    }

    #[test]
    fn bad_input_is_refused_with_the_field_named() {
        let json = serde_json::to_string(&record()).unwrap();
        let bad_code = json.replace("482913", "48291");
        let err = serde_json::from_str::<AttendanceRecord>(&bad_code).unwrap_err().to_string();
        assert!(err.contains("6 digits"), "{err}");
        let extra = json.replacen('{', "{\"phone\":\"13800138000\",", 1);
        assert!(serde_json::from_str::<AttendanceRecord>(&extra).is_err(), "no unknown fields (no phone numbers)");
        let mut r = record();
        r.id = Uuid::nil();
        assert_eq!(r.validate().unwrap_err().field, "id");
        let mut r = record();
        r.lessons_done = vec!["<script>".into()];
        assert_eq!(r.validate().unwrap_err().field, "lessons_done");
    }

    #[test]
    fn batches_are_limited_and_ids_unique() {
        let r = record();
        assert!(AttendanceBatch { records: vec![] }.validate().is_err());
        let twice = AttendanceBatch { records: vec![r.clone(), r.clone()] };
        assert!(twice.validate().is_ok(), "answered per record");
        assert_eq!(twice.repeats(), vec![false, true]);
        let many: Vec<_> =
            (0..=crate::MAX_BATCH).map(|_| AttendanceRecord { id: Uuid::now_v7(), ..r.clone() }).collect();
        assert!(AttendanceBatch { records: many[..crate::MAX_BATCH].to_vec() }.validate().is_ok());
        assert!(AttendanceBatch { records: many }.validate().is_err());
    }

    #[test]
    fn per_item_statuses_have_a_stable_shape() {
        let id = Uuid::now_v7();
        let answer = BatchResult {
            results: vec![
                ItemResult { id, status: ItemStatus::Created },
                ItemResult { id, status: ItemStatus::Rejected(RejectReason::UnknownEventCode) },
            ],
        };
        let json = serde_json::to_value(&answer).unwrap();
        assert_eq!(json["results"][0]["status"], "created");
        assert_eq!(json["results"][1]["status"], "rejected");
        assert_eq!(json["results"][1]["reason"], "unknown_event_code");
        assert_eq!(serde_json::from_value::<BatchResult>(json).unwrap(), answer);
        assert!(ItemStatus::Duplicate.is_stored());
        assert!(!ItemStatus::Unknown.is_stored());
        assert!(!ItemStatus::Rejected(RejectReason::EventClosed).is_stored());
    }

    #[test]
    fn unknown_statuses_and_reasons_from_a_newer_server_decode_to_a_fallback() {
        let id = Uuid::now_v7();
        let json = serde_json::json!({"results": [
            {"id": id, "status": "queued_for_review"},
            {"id": id, "status": "rejected", "reason": "senior_banned", "until": "2027-01-01"},
            {"id": id, "status": "created", "extra": 1},
        ]});
        let answer: BatchResult = serde_json::from_value(json).unwrap();
        assert_eq!(answer.results[0].status, ItemStatus::Unknown);
        assert_eq!(answer.results[1].status, ItemStatus::Rejected(RejectReason::Other));
        assert_eq!(answer.results[2].status, ItemStatus::Created);
    }

    #[test]
    fn the_age_is_optional_and_bounded() {
        let mut r = record();
        assert!(!serde_json::to_string(&r).unwrap().contains("age_ms"), "older servers never see it unset");
        r.age_ms = Some(7_200_000);
        let json = serde_json::to_string(&r).unwrap();
        assert_eq!(serde_json::from_str::<AttendanceRecord>(&json).unwrap().age_ms, Some(7_200_000));
        r.validate().unwrap();
        r.age_ms = Some(crate::MAX_AGE_MS + 1);
        assert_eq!(r.validate().unwrap_err().field, "age_ms");
    }
}
