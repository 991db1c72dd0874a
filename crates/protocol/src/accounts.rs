//! The JSON bodies of API v1 besides attendance: volunteer sign-in, events, senior tokens.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::codes::EventCode;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    /// Free text, matched without regard to case or surrounding spaces.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 254), regex(pattern = crate::form::TEXT_PATTERN)))]
    pub email: String,
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 1024)))]
    pub password: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct VolunteerInfo {
    pub id: i64,
    pub name: String,
    pub email: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct OrganisationInfo {
    pub id: i64,
    pub name: String,
    pub city: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct LoginResponse {
    pub token: String,
    pub expires_at: DateTime<Utc>,
    pub volunteer: VolunteerInfo,
    pub organisation: OrganisationInfo,
}

/// An event as the API shows it (`Event` in the OpenAPI document: the name of what the
/// `/api/v1/events` operations make and take, so that tools reading the document, such as a
/// fuzzer following its links, see `client_id` as the event's own field).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(rename = "Event"))]
pub struct EventInfo {
    pub id: i64,
    /// The id the creating device chose (or the server, for events made on the server).
    pub client_id: Uuid,
    pub organisation: i64,
    pub city: String,
    pub venue: String,
    pub starts_at: DateTime<Utc>,
    pub topics: Vec<String>,
    pub code: EventCode,
    pub closed_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    /// Merged attendances: one per senior.
    pub attendance: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct EventList {
    pub events: Vec<EventInfo>,
    /// The cursor of the next page (`?before=`), if there may be one.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = crate::form::CURSOR_PATTERN)))]
    pub next: Option<String>,
}

/// A new event. `client_id` makes a retried upload of an event created offline idempotent;
/// `code` is the code the volunteer already showed, if any.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NewEventRequest {
    /// Makes the create idempotent: the same client_id returns the existing event with 200.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::form::optional_hyphenated_uuid"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Uuid>", regex(pattern = crate::form::UUID_PATTERN)))]
    pub client_id: Option<Uuid>,
    /// Defaults to the organisation's city.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 100), regex(pattern = crate::form::TEXT_PATTERN)))]
    pub city: Option<String>,
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 200), regex(pattern = crate::form::TEXT_PATTERN)))]
    pub venue: String,
    #[serde(deserialize_with = "crate::form::rfc3339")]
    #[cfg_attr(feature = "schema", schemars(with = "DateTime<Utc>", regex(pattern = crate::form::TIME_PATTERN)))]
    pub starts_at: DateTime<Utc>,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(length(max = 20), inner(length(min = 1, max = 100), regex(pattern = crate::form::TEXT_PATTERN))))]
    pub topics: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<EventCode>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EventPatchRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 100), regex(pattern = crate::form::TEXT_PATTERN)))]
    pub city: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 200), regex(pattern = crate::form::TEXT_PATTERN)))]
    pub venue: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "crate::form::optional_rfc3339")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<DateTime<Utc>>", regex(pattern = crate::form::TIME_PATTERN)))]
    pub starts_at: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(max = 20), inner(length(min = 1, max = 100), regex(pattern = crate::form::TEXT_PATTERN))))]
    pub topics: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SeniorTokenRequest {
    pub event_code: EventCode,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SeniorTokenResponse {
    pub token: String,
    pub event_code: EventCode,
    pub expires_at: DateTime<Utc>,
}

/// Asks the server to keep a few event codes for this volunteer's events made offline: the
/// server hands them to nobody else while they are kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CodeReservationRequest {
    /// How many codes the phone wants to hold (1 to `MAX_RESERVED_CODES`); the answer lists the
    /// volunteer's kept codes, topped up to this many.
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = crate::MAX_RESERVED_CODES)))]
    #[serde(deserialize_with = "crate::form::whole_u32")]
    pub count: u32,
}

/// A code kept for a volunteer until `expires_at`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ReservedCode {
    pub code: EventCode,
    pub expires_at: DateTime<Utc>,
}

/// Every code kept for the volunteer now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ReservedCodes {
    pub codes: Vec<ReservedCode>,
}
