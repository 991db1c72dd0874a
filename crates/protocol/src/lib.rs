//! The sync protocol between the app and the volunteer server, API version `v1`: one crate both
//! sides use, so they cannot disagree on a field. Plain data with serde and validation; no I/O.

mod accounts;
mod codes;
pub mod form;
mod packs;
mod wire;

pub use accounts::{
    CodeReservationRequest, EventInfo, EventList, EventPatchRequest, LoginRequest, LoginResponse, NewEventRequest,
    OrganisationInfo, ReservedCode, ReservedCodes, SeniorTokenRequest, SeniorTokenResponse, VolunteerInfo,
};
pub use codes::{CodeError, EventCode, LearnerCode};
pub use packs::{
    PHONE_HEADER, PackCityReach, PackEventReach, PackInfo, PackList, PackOffer, PackReach, PackRefusal, PackSignature,
    is_phone_id,
};
pub use wire::{
    ApiError, AttendanceBatch, AttendanceRecord, BatchResult, ItemResult, ItemStatus, RecordedBy, RejectReason,
    ValidationError,
};

/// The API version in every path (`/api/v1/...`).
pub const API_VERSION: &str = "v1";

/// The most records one attendance upload may carry.
pub const MAX_BATCH: usize = 500;

/// The most event codes a volunteer may hold for events made offline.
pub const MAX_RESERVED_CODES: u32 = 5;

/// The largest `age_ms` a record may carry: a year.
pub const MAX_AGE_MS: u64 = 366 * 24 * 3600 * 1000;

/// The most lessons one attendance record may list.
pub const MAX_LESSONS_PER_RECORD: usize = 100;
