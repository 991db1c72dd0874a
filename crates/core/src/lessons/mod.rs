//! Lessons are data: one TOML file per lesson under `assets/lessons/` (structure) with its text
//! in `locales/<lang>/lessons/<id>.ftl`. This module loads and checks them; the runner takes a
//! senior through one.

mod check;
mod load;
mod model;
mod review;
mod runner;
mod screens;

pub use check::{Content, Problem, check, check_lessons, embedded_lessons};
pub use model::{Answer, Lesson, Role, Step, Target, Track};
pub use review::{REVIEW_RETIRE_AFTER, ReviewItem};
pub use runner::{AnswerRecord, Feedback, Hint, LessonRunner, RunState, Score};
pub use screens::ScreenKind;

include!(concat!(env!("OUT_DIR"), "/embedded_assets.rs"));
