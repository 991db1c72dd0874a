//! Event attendance on the phone: check-ins (the senior's own, by event code; a volunteer's, by
//! learner code), events a volunteer creates offline, and the sync that uploads them. The
//! decisions are plain Rust over the `Store` and a `Transport`; `http.rs` is the real transport
//! (reqwest, rustls; the `http` feature) and `worker.rs` runs syncs off the UI thread.

pub mod backoff;
pub mod checkin;
pub mod commands;
pub mod engine;
#[cfg(test)]
pub(crate) mod fake_transport;
#[cfg(feature = "http")]
pub mod http;
pub mod transport;
pub mod worker;

pub use checkin::{CheckInError, NewEventError, create_event_offline, senior_check_in, volunteer_check_in};
pub use engine::{SyncOptions, SyncProblem, SyncReport, sign_in, sync_once};
pub use transport::{Transport, TransportError};
