//! Lessons are data: one TOML file per lesson under `assets/lessons/` (structure) with its text
//! in `locales/<lang>/lessons/<id>.ftl`, citing sources from `assets/sources.toml`. This module
//! loads and checks them (`load`, `check`, `rules`, `sources`); `phone` is the practice phone's
//! vocabulary; the runner takes a senior through one lesson (`runner`, `shuffle`); `review`
//! brings mistakes back.

mod check;
mod load;
mod model;
pub mod phone;
mod review;
pub mod rules;
mod runner;
mod shuffle;
pub mod sources;

pub use check::{Content, Problem, check, check_lessons, embedded_lessons, parse_embedded_lessons};
pub use model::{
    Answer, Effect, Lesson, Move, Practice, Pressure, Role, RolePlay, Step, Target, Track, Turn, TurnChoice,
};
pub use review::{REVIEW_RETIRE_AFTER, ReviewItem};
pub use runner::{AnswerRecord, CallState, Feedback, Hint, LessonRunner, PhoneState, RunState, Score};
pub use shuffle::permutation;

include!(concat!(env!("OUT_DIR"), "/embedded_assets.rs"));
