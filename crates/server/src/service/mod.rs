//! What the JSON API and the dashboard both do, once: sign-in and sign-out, an organisation's
//! own event, and event paging. The two front ends call this and never each other.

pub mod accounts;
pub mod events;
pub mod packs;
