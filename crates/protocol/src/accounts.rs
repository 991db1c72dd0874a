//! The JSON bodies of API v1 besides attendance: volunteer sign-in, events, senior tokens.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::codes::EventCode;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    pub email: String,
    pub password: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VolunteerInfo {
    pub id: i64,
    pub name: String,
    pub email: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationInfo {
    pub id: i64,
    pub name: String,
    pub city: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoginResponse {
    pub token: String,
    pub expires_at: DateTime<Utc>,
    pub volunteer: VolunteerInfo,
    pub organisation: OrganisationInfo,
}

/// An event as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
pub struct EventList {
    pub events: Vec<EventInfo>,
    /// The cursor of the next page (`?before=`), if there may be one.
    pub next: Option<String>,
}

/// A new event. `client_id` makes a retried upload of an event created offline idempotent;
/// `code` is the code the volunteer already showed, if any.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewEventRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    pub venue: String,
    pub starts_at: DateTime<Utc>,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<EventCode>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventPatchRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topics: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeniorTokenRequest {
    pub event_code: EventCode,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeniorTokenResponse {
    pub token: String,
    pub event_code: EventCode,
    pub expires_at: DateTime<Utc>,
}

/// Asks the server to keep a few event codes for this volunteer's events made offline: the
/// server hands them to nobody else while they are kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeReservationRequest {
    /// How many codes the phone wants to hold (1 to `MAX_RESERVED_CODES`); the answer lists the
    /// volunteer's kept codes, topped up to this many.
    pub count: u32,
}

/// A code kept for a volunteer until `expires_at`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReservedCode {
    pub code: EventCode,
    pub expires_at: DateTime<Utc>,
}

/// Every code kept for the volunteer now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReservedCodes {
    pub codes: Vec<ReservedCode>,
}
