//! Reading lesson files: TOML into raw structs, then into checked `Lesson`s with a precise
//! problem (file, step, what) for everything that does not fit. The whole-content rules
//! (messages in every locale, numbers, links, spoken text, counts) are `check.rs`'s.

use std::collections::BTreeSet;

use serde::Deserialize;

use super::check::Problem;
use super::model::{
    Answer, Effect, Lesson, Move, Practice, Pressure, Role, RolePlay, Step, Target, Track, Turn, TurnChoice,
};
use super::phone::{App, Block, Button, ButtonStyle, CodeKind, Icon, PhoneScreen, TextStyle, builtin};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLesson {
    id: String,
    track: String,
    order: u32,
    topic: Option<String>,
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
    #[serde(default)]
    answers: Vec<RawAnswer>,
    instruction: Option<String>,
    #[serde(default)]
    neutral: bool,
    #[serde(default)]
    contrast: bool,
    phone: Option<RawPhone>,
    #[serde(default)]
    targets: Vec<RawTarget>,
    intro: Option<String>,
    caller: Option<String>,
    number: Option<String>,
    #[serde(default)]
    turns: Vec<RawTurn>,
    debrief: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAnswer {
    text: String,
    correct: bool,
    feedback: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPhone {
    app: String,
    title: Option<String>,
    number: Option<String>,
    #[serde(default)]
    blocks: Vec<toml::Table>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawTarget {
    target: String,
    role: String,
    feedback: String,
    effect: Option<String>,
    expect: Option<String>,
    wrong_input: Option<String>,
    empty_input: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTurn {
    line: String,
    pressure: String,
    phrase: String,
    #[serde(default)]
    choices: Vec<RawChoice>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChoice {
    action: String,
    text: String,
    feedback: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawButton {
    text: String,
    style: Option<String>,
    target: String,
}

/// Every field a block may have (besides `type`); `BLOCK_FIELDS` says which each kind takes.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawBlock {
    text: Option<String>,
    speech: Option<String>,
    style: Option<String>,
    spoken: Option<bool>,
    name: Option<String>,
    number: Option<String>,
    tag: Option<String>,
    warn: Option<bool>,
    mine: Option<bool>,
    from: Option<String>,
    voice: Option<u32>,
    url: Option<String>,
    target: Option<String>,
    picture: Option<String>,
    caption: Option<String>,
    status: Option<String>,
    code: Option<String>,
    sub: Option<String>,
    icon: Option<String>,
    value: Option<String>,
    switch: Option<bool>,
    label: Option<String>,
    keypad: Option<bool>,
    #[serde(default)]
    items: Vec<RawButton>,
    fixed: Option<bool>,
    title: Option<String>,
    #[serde(default)]
    buttons: Vec<RawButton>,
    close: Option<String>,
    ad: Option<bool>,
}

/// The fields each block kind takes (besides `type`): (kind, required, optional).
const BLOCK_FIELDS: [(&str, &[&str], &[&str]); 14] = [
    ("caller", &["name", "number"], &["tag", "warn"]),
    ("text", &["text"], &["speech", "style", "spoken"]),
    ("bubble", &["text"], &["speech", "mine", "from", "voice"]),
    ("link", &["url"], &["target"]),
    ("picture", &["picture"], &["caption", "status"]),
    ("code", &["code"], &["caption"]),
    ("row", &["text"], &["sub", "icon", "value", "switch", "target"]),
    ("field", &["label"], &["value", "keypad"]),
    ("keypad", &[], &[]),
    ("sample", &["text"], &[]),
    ("buttons", &["items"], &["fixed"]),
    ("choices", &["items"], &[]),
    ("notice", &["text"], &["speech", "warn"]),
    ("dialog", &["text"], &["title", "speech", "picture", "buttons", "close", "ad"]),
];

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
        topic: raw.topic,
        sources: raw.sources,
        title: raw.title,
        remember: raw.remember,
        steps,
    })
}

/// Collects problems for one step.
struct StepProblems<'a> {
    file: &'a str,
    step: usize,
    problems: &'a mut Vec<Problem>,
    found: bool,
}

impl StepProblems<'_> {
    fn add(&mut self, message: impl Into<String>) {
        self.problems.push(Problem::step(self.file, self.step, message));
        self.found = true;
    }

    /// `value` or a problem saying the kind needs `field`.
    fn need<T>(&mut self, value: Option<T>, what: &str, field: &str) -> Option<T> {
        if value.is_none() {
            self.add(format!("{what} needs `{field}`"));
        }
        value
    }
}

fn parse_step(file: &str, n: usize, raw: RawStep, problems: &mut Vec<Problem>) -> Option<Step> {
    let mut p = StepProblems { file, step: n, problems, found: false };
    let step = match raw.kind.as_str() {
        "explain" => {
            let text = p.need(raw.text, "an explain step", "text")?;
            Step::Explain { text, picture: raw.picture }
        }
        "question" => {
            let text = p.need(raw.text, "a question", "text")?;
            let right = raw.answers.iter().filter(|a| a.correct).count();
            if !(2..=4).contains(&raw.answers.len()) {
                p.add(format!("a question needs 2 to 4 answers, not {}", raw.answers.len()));
                return None;
            }
            if right != 1 {
                p.add(format!("a question needs exactly one right answer, not {right}"));
                return None;
            }
            let answers = raw
                .answers
                .into_iter()
                .map(|a| Answer { text: a.text, correct: a.correct, feedback: a.feedback })
                .collect();
            Step::Question { text, answers }
        }
        "practice" => Step::Practice(parse_practice(&mut p, raw)?),
        "roleplay" => Step::RolePlay(parse_roleplay(&mut p, raw)?),
        other => {
            p.add(format!("unknown step kind {other:?} (known: explain, question, practice, roleplay)"));
            return None;
        }
    };
    (!p.found).then_some(step)
}

fn parse_practice(p: &mut StepProblems<'_>, raw: RawStep) -> Option<Practice> {
    let instruction = p.need(raw.instruction, "a practice", "instruction");
    let phone = p.need(raw.phone, "a practice", "phone")?;
    let app = App::from_name(&phone.app);
    if app.is_none() {
        let known: Vec<_> = App::ALL.iter().map(|a| a.name()).collect();
        p.add(format!("unknown app {:?} (known: {})", phone.app, known.join(", ")));
    }
    let blocks: Vec<Block> =
        phone.blocks.into_iter().enumerate().filter_map(|(i, table)| parse_block(p, i + 1, table)).collect();
    let screen = PhoneScreen { app: app?, title: phone.title, number: phone.number, blocks };

    // Targets: each on the screen once, each with a role; a role only for what is there.
    let on_screen = screen.targets();
    let mut seen = BTreeSet::new();
    for t in &on_screen {
        if !seen.insert(*t) {
            p.add(format!("target {t:?} is on the screen twice"));
        }
        if builtin::ALL.contains(t) {
            p.add(format!("target {t:?} is a built-in key or helper; give the screen's own button another name"));
        }
    }
    let mut targets = Vec::new();
    for t in raw.targets {
        if !on_screen.contains(&t.target.as_str()) && !builtin::ALL.contains(&t.target.as_str()) {
            p.add(format!(
                "target {:?} is not on the screen (on it: {}; built in: {})",
                t.target,
                on_screen.join(", "),
                builtin::ALL.join(", ")
            ));
            continue;
        }
        if targets.iter().any(|x: &Target| x.target == t.target) {
            p.add(format!("target {:?} is given twice", t.target));
            continue;
        }
        let Some(role) = Role::from_name(&t.role) else {
            p.add(format!("target {:?}: unknown role {:?} (correct, unsafe, neutral)", t.target, t.role));
            continue;
        };
        let effect = match (t.effect.as_deref(), t.expect) {
            (None, None) => Effect::None,
            (Some("larger"), None) => Effect::Larger,
            (Some("smaller"), None) => Effect::Smaller,
            (Some("toggle"), None) => Effect::Toggle,
            (Some("input") | None, Some(expect)) => {
                let wrong = p.need(t.wrong_input, &format!("target {:?} with `expect`", t.target), "wrong-input");
                let empty = p.need(t.empty_input, &format!("target {:?} with `expect`", t.target), "empty-input");
                match (wrong, empty) {
                    (Some(wrong_input), Some(empty_input)) => Effect::Input { expect, wrong_input, empty_input },
                    _ => continue,
                }
            }
            (Some(other), _) => {
                p.add(format!(
                    "target {:?}: unknown effect {other:?} (larger, smaller, toggle, or `expect` for typed input)",
                    t.target
                ));
                continue;
            }
        };
        match &effect {
            Effect::Larger | Effect::Smaller if !screen.blocks.iter().any(|b| matches!(b, Block::Sample { .. })) => {
                p.add(format!("target {:?} changes the text size but the screen has no sample block", t.target));
            }
            Effect::Toggle
                if !screen
                    .blocks
                    .iter()
                    .any(|b| matches!(b, Block::Row { switch: Some(_), target: Some(x), .. } if *x == t.target)) =>
            {
                p.add(format!("target {:?} toggles a switch but is not a row with a switch", t.target));
            }
            Effect::Input { .. } if !screen.has_keypad() => {
                p.add(format!("target {:?} expects typed input but the screen has no keypad", t.target));
            }
            _ => {}
        }
        targets.push(Target { target: t.target, role, feedback: t.feedback, effect });
    }
    for t in &on_screen {
        if !targets.iter().any(|x| x.target == *t) {
            p.add(format!("target {t:?} has no role"));
        }
    }
    if !targets.iter().any(|t| t.role == Role::Correct) {
        p.add(format!("the {} screen has no correct target", screen.app.name()));
    }
    if screen.has_keypad() && !screen.blocks.iter().any(|b| matches!(b, Block::Field { keypad: true, .. })) {
        p.add("the keypad has no field to type into (a field block with `keypad = true`)");
    }
    Some(Practice { instruction: instruction?, neutral: raw.neutral, contrast: raw.contrast, phone: screen, targets })
}

fn parse_block(p: &mut StepProblems<'_>, n: usize, table: toml::Table) -> Option<Block> {
    let kind = match table.get("type").and_then(|v| v.as_str()) {
        Some(kind) => kind.to_owned(),
        None => {
            p.add(format!("block {n} needs `type` (known: {})", Block::KIND_NAMES.join(", ")));
            return None;
        }
    };
    let Some((_, required, optional)) = BLOCK_FIELDS.iter().find(|(k, _, _)| *k == kind) else {
        p.add(format!("block {n}: unknown type {kind:?} (known: {})", Block::KIND_NAMES.join(", ")));
        return None;
    };
    let mut ok = true;
    for key in table.keys().filter(|k| *k != "type") {
        if !required.contains(&key.as_str()) && !optional.contains(&key.as_str()) {
            let known: Vec<&str> = required.iter().chain(optional.iter()).copied().collect();
            p.add(format!("block {n} ({kind}): unknown field {key:?} (known: {})", known.join(", ")));
            ok = false;
        }
    }
    for key in *required {
        if !table.contains_key(*key) {
            p.add(format!("block {n} ({kind}) needs `{key}`"));
            ok = false;
        }
    }
    if !ok {
        return None;
    }
    let mut table = table;
    table.remove("type");
    let raw: RawBlock = match toml::Value::Table(table).try_into() {
        Ok(raw) => raw,
        Err(e) => {
            p.add(format!("block {n} ({kind}): {}", e.message()));
            return None;
        }
    };
    let buttons = |p: &mut StepProblems<'_>, items: Vec<RawButton>| -> Option<Vec<Button>> {
        let mut out = Vec::new();
        for b in items {
            let style = match b.style.as_deref() {
                None => ButtonStyle::Secondary,
                Some(name) => match ButtonStyle::from_name(name) {
                    Some(s) => s,
                    None => {
                        let known: Vec<_> = ButtonStyle::ALL.iter().map(|s| s.name()).collect();
                        p.add(format!("block {n}: unknown button style {name:?} (known: {})", known.join(", ")));
                        return None;
                    }
                },
            };
            out.push(Button { text: b.text, style, target: b.target });
        }
        Some(out)
    };
    let block = match kind.as_str() {
        "caller" => {
            Block::Caller { name: raw.name?, number: raw.number?, tag: raw.tag, tag_warns: raw.warn.unwrap_or(true) }
        }
        "text" => {
            let style = match raw.style.as_deref() {
                None => TextStyle::Body,
                Some(name) => match TextStyle::from_name(name) {
                    Some(s) => s,
                    None => {
                        let known: Vec<_> = TextStyle::ALL.iter().map(|s| s.name()).collect();
                        p.add(format!("block {n}: unknown text style {name:?} (known: {})", known.join(", ")));
                        return None;
                    }
                },
            };
            Block::Text { text: raw.text?, speech: raw.speech, style, spoken: raw.spoken.unwrap_or(true) }
        }
        "bubble" => Block::Bubble {
            text: raw.text?,
            speech: raw.speech,
            mine: raw.mine.unwrap_or(false),
            from: raw.from,
            voice_secs: raw.voice,
        },
        "link" => Block::Link { url: raw.url?, target: raw.target },
        "picture" => Block::Picture { picture: raw.picture?, caption: raw.caption, status: raw.status },
        "code" => {
            let kind = match raw.code.as_deref() {
                Some("qr") => CodeKind::Qr,
                Some("pay") => CodeKind::PayCode,
                other => {
                    p.add(format!("block {n}: unknown code {other:?} (known: qr, pay)"));
                    return None;
                }
            };
            Block::Code { kind, caption: raw.caption }
        }
        "row" => {
            let icon = match raw.icon.as_deref() {
                None => Icon::None,
                Some(name) => match Icon::from_name(name) {
                    Some(i) => i,
                    None => {
                        let known: Vec<_> = Icon::ALL.iter().map(|i| i.name()).collect();
                        p.add(format!("block {n}: unknown icon {name:?} (known: {})", known.join(", ")));
                        return None;
                    }
                },
            };
            Block::Row { text: raw.text?, sub: raw.sub, icon, value: raw.value, switch: raw.switch, target: raw.target }
        }
        "field" => Block::Field { label: raw.label?, value: raw.value, keypad: raw.keypad.unwrap_or(false) },
        "keypad" => Block::Keypad,
        "sample" => Block::Sample { text: raw.text? },
        "buttons" => Block::Buttons { items: buttons(p, raw.items)?, fixed: raw.fixed.unwrap_or(false) },
        "choices" => {
            let items = buttons(p, raw.items)?;
            if items.len() < 2 {
                p.add(format!("block {n}: a choice needs at least two replies"));
                return None;
            }
            Block::Choices { items }
        }
        "notice" => Block::Notice { text: raw.text?, speech: raw.speech, warns: raw.warn.unwrap_or(true) },
        "dialog" => Block::Dialog {
            title: raw.title,
            text: raw.text?,
            speech: raw.speech,
            picture: raw.picture,
            buttons: buttons(p, raw.buttons)?,
            close: raw.close,
            ad: raw.ad.unwrap_or(false),
        },
        _ => unreachable!("BLOCK_FIELDS lists every kind"),
    };
    Some(block)
}

fn parse_roleplay(p: &mut StepProblems<'_>, raw: RawStep) -> Option<RolePlay> {
    let intro = p.need(raw.intro, "a role-play", "intro");
    let caller = p.need(raw.caller, "a role-play", "caller");
    let number = p.need(raw.number, "a role-play", "number");
    let debrief = p.need(raw.debrief, "a role-play", "debrief");
    if !(3..=5).contains(&raw.turns.len()) {
        p.add(format!("a role-play needs 3 to 5 turns, not {}", raw.turns.len()));
    }
    let mut turns = Vec::new();
    for (i, t) in raw.turns.into_iter().enumerate() {
        let n = i + 1;
        let Some(pressure) = Pressure::from_name(&t.pressure) else {
            let known: Vec<_> = Pressure::ALL.iter().map(|x| x.name()).collect();
            p.add(format!("turn {n}: unknown pressure {:?} (known: {})", t.pressure, known.join(", ")));
            continue;
        };
        let mut choices = Vec::new();
        for c in t.choices {
            match Move::from_name(&c.action) {
                Some(action) => choices.push(TurnChoice { action, text: c.text, feedback: c.feedback }),
                None => p.add(format!("turn {n}: unknown action {:?} (known: hang-up, ask, go-along)", c.action)),
            }
        }
        for m in Move::ALL {
            let count = choices.iter().filter(|c| c.action == m).count();
            if count != 1 {
                p.add(format!("turn {n}: needs exactly one {:?} choice, not {count}", m.name()));
            }
        }
        turns.push(Turn { line: t.line, pressure, phrase: t.phrase, choices });
    }
    Some(RolePlay { intro: intro?, caller: caller?, number: number?, turns, debrief: debrief? })
}
