//! What the sync needs from the volunteer server, as a trait: the real one is `http.rs`; tests
//! use the real server too, through it (or a recording fake for the engine's unit tests).

use blue_vest_protocol::{
    AttendanceBatch, BatchResult, EventCode, EventInfo, LoginResponse, NewEventRequest, PackList, ReservedCodes,
    SeniorTokenResponse,
};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransportError {
    /// No connection, a reset, or no answer in time: try again later.
    #[error("the server could not be reached: {0}")]
    Offline(String),
    /// The server failed (5xx): try again later.
    #[error("the server had a problem ({0})")]
    Server(u16),
    /// The token is missing, unknown, expired or revoked.
    #[error("sign in again")]
    Unauthorized,
    #[error("too many requests; wait {0} s")]
    RateLimited(u64),
    /// The server refused this request as it is (4xx): retrying the same will not help.
    #[error("refused ({status} {code}): {message}")]
    Refused { status: u16, code: String, message: String },
}

impl TransportError {
    /// Whether the whole server is out of reach for now (stop trying other batches).
    pub fn is_unreachable(&self) -> bool {
        matches!(self, TransportError::Offline(_) | TransportError::Server(_) | TransportError::RateLimited(_))
    }
}

pub use blue_vest_protocol::PHONE_HEADER;

pub trait Transport: Send {
    fn login(&self, server: &str, email: &str, password: &str) -> Result<LoginResponse, TransportError>;
    fn senior_token(&self, server: &str, code: &EventCode) -> Result<SeniorTokenResponse, TransportError>;
    fn upload(&self, server: &str, token: &str, batch: &AttendanceBatch) -> Result<BatchResult, TransportError>;
    fn events(&self, server: &str, token: &str) -> Result<Vec<EventInfo>, TransportError>;
    fn create_event(&self, server: &str, token: &str, event: &NewEventRequest) -> Result<EventInfo, TransportError>;
    /// Asks the server to keep `count` codes for this volunteer's events made offline.
    fn reserve_codes(&self, server: &str, token: &str, count: u32) -> Result<ReservedCodes, TransportError>;
    /// Ends a volunteer's sign-in on the server (the token is revoked there too).
    fn logout(&self, server: &str, token: &str) -> Result<(), TransportError>;
    /// The lesson packs for the token's city today, and the withdrawn ones (`GET /api/v1/packs`;
    /// the server knows the city from the token: a senior's event, a volunteer's organisation).
    fn packs(&self, server: &str, token: &str) -> Result<PackList, TransportError>;
    /// One pack archive by the path the list gave (`/api/v1/packs/…`), refused past `max_bytes`;
    /// `phone` is this phone's random id (`PHONE_HEADER`), so the server counts phones.
    fn pack_archive(
        &self,
        server: &str,
        token: &str,
        phone: &str,
        path: &str,
        max_bytes: u64,
    ) -> Result<Vec<u8>, TransportError>;
}
