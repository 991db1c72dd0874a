//! The Blue Vest volunteer server: the attendance sync API v1 for the app, the organiser
//! dashboard, and the admin CLI, over one `Storage` (SQLite by default, PostgreSQL by URL).

pub mod admin;
pub mod api;
pub mod auth;
pub mod client;
pub mod dashboard;
pub mod problem;
pub mod rate_limit;
pub mod seed;
pub mod server;
pub mod service;
pub mod session;
pub mod settings;
pub mod state;
pub mod storage;
