//! Reading lesson files: TOML into raw structs, then into checked `Lesson`s with a precise
//! problem (file, step, what) for everything that does not fit.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::check::Problem;
use super::model::{Answer, Lesson, Role, Step, Target, Track};
use super::screens::ScreenKind;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLesson {
    id: String,
    track: String,
    order: u32,
    #[serde(default)]
    sources: Vec<String>,
    title: String,
    remember: String,
    #[serde(default)]
    steps: Vec<RawStep>,
}

/// Every field any step kind may have; which ones a kind needs is checked after parsing, so an
/// unknown kind is reported for its step rather than failing the whole file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    kind: String,
    text: Option<String>,
    picture: Option<String>,
    screen: Option<String>,
    instruction: Option<String>,
    #[serde(default)]
    labels: BTreeMap<String, String>,
    #[serde(default)]
    targets: Vec<RawTarget>,
    #[serde(default)]
    answers: Vec<RawAnswer>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTarget {
    target: String,
    role: String,
    feedback: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAnswer {
    text: String,
    correct: bool,
    feedback: String,
}

/// Parses and checks one lesson file (`file` names it in problems). `None` if it cannot be used.
pub fn parse_lesson(file: &str, source: &str, problems: &mut Vec<Problem>) -> Option<Lesson> {
    let raw: RawLesson = match toml::from_str(source) {
        Ok(raw) => raw,
        Err(e) => {
            let message = e.message().to_owned();
            let line = e.span().map(|s| source[..s.start.min(source.len())].lines().count().max(1));
            problems.push(Problem::file(
                file,
                match line {
                    Some(line) => format!("line {line}: {message}"),
                    None => message,
                },
            ));
            return None;
        }
    };
    let before = problems.len();
    let stem = file.rsplit('/').next().unwrap_or(file).trim_end_matches(".toml");
    if raw.id != stem {
        problems.push(Problem::file(file, format!("id {:?} differs from the file name {stem:?}", raw.id)));
    }
    let track = Track::from_name(&raw.track);
    if track.is_none() {
        problems.push(Problem::file(file, format!("unknown track {:?} (known: phone, safety)", raw.track)));
    }
    if raw.steps.is_empty() {
        problems.push(Problem::file(file, "the lesson has no steps"));
    }
    let steps: Vec<Step> =
        raw.steps.into_iter().enumerate().filter_map(|(i, s)| parse_step(file, i + 1, s, problems)).collect();
    if problems.len() > before {
        return None;
    }
    Some(Lesson {
        id: raw.id,
        track: track?,
        order: raw.order,
        sources: raw.sources,
        title: raw.title,
        remember: raw.remember,
        steps,
    })
}

fn parse_step(file: &str, n: usize, raw: RawStep, problems: &mut Vec<Problem>) -> Option<Step> {
    let mut problem = |message: String| problems.push(Problem::step(file, n, message));
    match raw.kind.as_str() {
        "explain" => {
            let Some(text) = raw.text else {
                problem("an explain step needs `text`".into());
                return None;
            };
            Some(Step::Explain { text, picture: raw.picture })
        }
        "question" => {
            let Some(text) = raw.text else {
                problem("a question needs `text`".into());
                return None;
            };
            let right = raw.answers.iter().filter(|a| a.correct).count();
            if !(2..=4).contains(&raw.answers.len()) {
                problem(format!("a question needs 2 to 4 answers, not {}", raw.answers.len()));
                return None;
            }
            if right != 1 {
                problem(format!("a question needs exactly one right answer, not {right}"));
                return None;
            }
            let answers = raw
                .answers
                .into_iter()
                .map(|a| Answer { text: a.text, correct: a.correct, feedback: a.feedback })
                .collect();
            Some(Step::Question { text, answers })
        }
        "simulated" => {
            let Some(screen_name) = raw.screen else {
                problem("a simulated step needs `screen`".into());
                return None;
            };
            let Some(screen) = ScreenKind::from_name(&screen_name) else {
                let known: Vec<_> = ScreenKind::ALL.iter().map(|k| k.name()).collect();
                problem(format!("unknown screen {screen_name:?} (known: {})", known.join(", ")));
                return None;
            };
            let Some(instruction) = raw.instruction else {
                problem("a simulated step needs `instruction`".into());
                return None;
            };
            let mut ok = true;
            for (slot, required) in screen.slots() {
                if *required && !raw.labels.contains_key(*slot) {
                    problem(format!("the {} screen needs the label {slot:?}", screen.name()));
                    ok = false;
                }
            }
            for slot in raw.labels.keys() {
                if !screen.slots().iter().any(|(s, _)| s == slot) {
                    problem(format!("the {} screen has no label {slot:?}", screen.name()));
                    ok = false;
                }
            }
            let mut targets = Vec::new();
            for t in raw.targets {
                if !screen.targets().contains(&t.target.as_str()) {
                    problem(format!("the {} screen has no target {:?}", screen.name(), t.target));
                    ok = false;
                } else if targets.iter().any(|x: &Target| x.target == t.target) {
                    problem(format!("target {:?} is given twice", t.target));
                    ok = false;
                }
                match Role::from_name(&t.role) {
                    Some(role) => targets.push(Target { target: t.target, role, feedback: t.feedback }),
                    None => {
                        problem(format!("target {:?}: unknown role {:?} (correct, unsafe, neutral)", t.target, t.role));
                        ok = false;
                    }
                }
            }
            for name in screen.targets() {
                if !targets.iter().any(|t| t.target == *name) {
                    problem(format!("the {} screen's target {name:?} has no role", screen.name()));
                    ok = false;
                }
            }
            if !targets.iter().any(|t| t.role == Role::Correct) {
                problem(format!("the {} screen has no correct target", screen.name()));
                ok = false;
            }
            ok.then_some(Step::Simulated { screen, instruction, labels: raw.labels, targets })
        }
        other => {
            problem(format!("unknown step kind {other:?} (known: explain, question, simulated)"));
            None
        }
    }
}
