//! `LessonAdapter`: the lesson runner (and the review of mistakes): the step, its answers in
//! their shuffled order, the practice phone's blocks and helper bar, the role-play call, the
//! feedback and the hint.

use std::cell::RefCell;
use std::collections::HashMap;

use blue_vest_core::app::{AppController, LessonView};
use blue_vest_core::lessons::phone::{Block, Button, CodeKind};
use blue_vest_core::lessons::{self, CallState, Hint, Move, PhoneState, Step};
use slint::{ComponentHandle, ModelRc, SharedString, VecModel};

use super::models::{new_list, set_rows};
use super::{
    AnswerItem, AppWindow, Controller, HeardItem, LessonAdapter, PhoneBlock, PhoneButton, StepKind, handler, handler0,
};

thread_local! {
    /// Decoded pictures by asset path: decoded once, and the same image each push, so a
    /// block whose picture did not change is not redrawn.
    static PICTURES: RefCell<HashMap<String, Option<slint::Image>>> = RefCell::new(HashMap::new());
}

/// A picture from the bundled assets (SVG), or a lesson pack's from its folder. Slint 1.18 has no `svg` feature of its own:
/// `Image::load_from_svg_data` comes with i-slint-core's `svg` feature, which the desktop's
/// testing backend turns on, and on Android Slint's android-activity backend (the Skia renderer
/// draws the image). `scripts/check-android.sh` type-checks this call for Android.
fn picture(path: &str) -> Option<slint::Image> {
    PICTURES.with(|cache| {
        cache
            .borrow_mut()
            .entry(path.to_owned())
            .or_insert_with(|| {
                // A lesson pack's picture (SVG or PNG) is named by its path in the pack's folder.
                if std::path::Path::new(path).is_absolute() {
                    return slint::Image::load_from_path(std::path::Path::new(path))
                        .inspect_err(|e| log::warn!("lesson picture {path} cannot be drawn: {e}"))
                        .ok();
                }
                let (_, bytes) = lessons::EMBEDDED_ASSETS.iter().find(|(p, _)| *p == path)?;
                slint::Image::load_from_svg_data(bytes)
                    .inspect_err(|e| log::warn!("lesson picture {path} cannot be drawn: {e}"))
                    .ok()
            })
            .clone()
    })
}

/// The QR code a code block shows: a real code of a harmless practice text.
fn practice_qr() -> Option<slint::Image> {
    PICTURES.with(|cache| {
        cache
            .borrow_mut()
            .entry(String::from("\0qr"))
            .or_insert_with(|| super::qr::qr_image("https://practice.example/blue-vest"))
            .clone()
    })
}

fn button(b: &Button, hint: Option<&str>) -> PhoneButton {
    PhoneButton {
        text_id: b.text.as_str().into(),
        value: SharedString::new(),
        style: b.style.name().into(),
        target: b.target.as_str().into(),
        hinted: hint == Some(b.target.as_str()),
    }
}

fn opt(s: &Option<String>) -> SharedString {
    s.as_deref().unwrap_or_default().into()
}

/// A block as the view draws it.
fn block(b: &Block, phone: &PhoneState, hint: Option<&str>) -> PhoneBlock {
    let mut out =
        PhoneBlock { kind: b.kind_name().into(), scale: 1.0, buttons: ModelRc::default(), ..Default::default() };
    let hinted = |t: &Option<String>| t.is_some() && t.as_deref() == hint;
    let buttons = |items: &[Button]| -> ModelRc<PhoneButton> {
        ModelRc::new(VecModel::from(items.iter().map(|i| button(i, hint)).collect::<Vec<_>>()))
    };
    match b {
        Block::Caller { name, number, tag, tag_warns } => {
            out.text_id = name.as_str().into();
            out.literal = number.as_str().into();
            out.sub_id = opt(tag);
            out.warns = *tag_warns;
        }
        Block::Text { text, style, .. } => {
            out.text_id = text.as_str().into();
            out.style = style.name().into();
        }
        Block::Bubble { text, mine, from, voice_secs, .. } => {
            out.text_id = text.as_str().into();
            out.mine = *mine;
            out.sub_id = opt(from);
            out.voice_secs = voice_secs.unwrap_or(0) as i32;
        }
        Block::Link { url, target } => {
            out.literal = url.as_str().into();
            out.target = opt(target);
            out.hinted = hinted(target);
        }
        Block::Picture { picture: path, caption, status } => {
            let image = picture(path);
            out.has_picture = image.is_some();
            out.picture = image.unwrap_or_default();
            out.sub_id = opt(caption);
            out.extra_id = opt(status);
        }
        Block::Code { kind, caption } => {
            out.style = if *kind == CodeKind::PayCode { "pay" } else { "qr" }.into();
            let image = practice_qr();
            out.has_picture = image.is_some();
            out.picture = image.unwrap_or_default();
            out.sub_id = opt(caption);
        }
        Block::Row { text, sub, icon, value, switch, target } => {
            out.text_id = text.as_str().into();
            out.sub_id = opt(sub);
            out.extra_id = opt(value);
            out.icon = if icon.name() == "none" { SharedString::new() } else { icon.name().into() };
            out.has_switch = switch.is_some();
            out.on = switch.unwrap_or(false);
            out.target = opt(target);
            out.hinted = hinted(target);
        }
        Block::Field { label, value, keypad } => {
            out.sub_id = label.as_str().into();
            out.text_id = opt(value);
            out.literal = if *keypad { phone.typed.as_str().into() } else { SharedString::new() };
        }
        Block::Keypad => {}
        Block::Sample { text } => {
            out.text_id = text.as_str().into();
            out.scale = phone.sample_scale;
        }
        Block::Buttons { items, .. } | Block::Choices { items } => out.buttons = buttons(items),
        Block::Notice { text, warns, .. } => {
            out.text_id = text.as_str().into();
            out.warns = *warns;
        }
        Block::Dialog { title, text, picture: path, buttons: items, close, ad, .. } => {
            out.sub_id = opt(title);
            out.text_id = text.as_str().into();
            let image = path.as_deref().and_then(picture);
            out.has_picture = image.is_some();
            out.picture = image.unwrap_or_default();
            out.buttons = buttons(items);
            out.close_target = opt(close);
            out.close_hinted = hinted(close);
            out.ad = *ad;
        }
    }
    out
}

fn push_phone(l: &LessonAdapter<'_>, phone: &PhoneState, hint: Option<&str>, contact: Option<&str>) {
    l.set_phone_app(phone.screen.app.name().into());
    l.set_phone_title_id(opt(&phone.screen.title));
    l.set_phone_number(opt(&phone.screen.number));
    l.set_phone_dimmed(phone.screen.blocks.iter().any(|b| matches!(b, Block::Dialog { .. })));
    l.set_back_hinted(hint == Some("back"));
    l.set_home_hinted(hint == Some("home"));
    // Phone blocks hold nested models and images: compare what they show, not the models.
    let blocks: Vec<PhoneBlock> = phone.screen.blocks.iter().map(|b| block(b, phone, hint)).collect();
    let model = l.get_phone_blocks();
    let same = slint::Model::row_count(&model) == blocks.len()
        && blocks.iter().enumerate().all(|(i, b)| {
            slint::Model::row_data(&model, i).is_some_and(|old| {
                let buttons = |m: &ModelRc<PhoneButton>| slint::Model::iter(m).collect::<Vec<_>>();
                PhoneBlock { buttons: ModelRc::default(), ..old.clone() }
                    == PhoneBlock { buttons: ModelRc::default(), ..b.clone() }
                    && buttons(&old.buttons) == buttons(&b.buttons)
            })
        });
    if !same {
        set_rows(&model, blocks);
    }
    let helpers = phone.helpers.iter().map(|&target| {
        let (text_id, value) = match (target, contact) {
            ("family", Some(name)) => ("sim-helper-family", name),
            ("family", None) => ("sim-helper-family-unset", ""),
            _ => ("sim-helper-volunteer", ""),
        };
        PhoneButton {
            text_id: text_id.into(),
            value: value.into(),
            style: "helper".into(),
            target: target.into(),
            hinted: hint == Some(target),
        }
    });
    set_rows(&l.get_helpers(), helpers);
}

fn push_call(l: &LessonAdapter<'_>, call: &CallState, v: &LessonView) {
    let Step::RolePlay(play) = &v.step else { return };
    l.set_call_caller_id(play.caller.as_str().into());
    l.set_call_number(play.number.as_str().into());
    l.set_call_line_id(call.line.as_str().into());
    l.set_call_turn(call.turn as i32 + 1);
    l.set_call_turns(call.turns as i32);
    l.set_call_ended(call.ended);
    l.set_call_debrief_id(play.debrief.as_str().into());
    let hinted = match &v.hint {
        Some(Hint::Move(m)) => Some(*m),
        _ => None,
    };
    let choices = call.choices.iter().map(|(action, text)| PhoneButton {
        text_id: text.as_str().into(),
        value: SharedString::new(),
        style: if *action == Move::HangUp { "decline" } else { "secondary" }.into(),
        target: action.name().into(),
        hinted: hinted == Some(*action),
    });
    set_rows(&l.get_call_choices(), choices);
    let heard = call.heard.iter().map(|(pressure, phrase)| HeardItem {
        pressure_id: pressure.text_id().into(),
        phrase_id: phrase.as_str().into(),
    });
    set_rows(&l.get_call_heard(), heard);
}

pub fn push(window: &AppWindow, c: &AppController) {
    let Some(v) = c.lesson_view() else { return };
    let l = window.global::<LessonAdapter>();
    l.set_title_id(v.title_id.as_str().into());
    l.set_progress_id(v.progress.id().into());
    l.set_step_number(v.position.0 as i32);
    l.set_step_count(v.position.1 as i32);
    l.set_text_id(v.step.prompt_id().into());
    l.set_can_advance(v.can_advance);
    l.set_is_last(v.is_last);
    let (feedback, is_error) = v.feedback.clone().unwrap_or_default();
    l.set_feedback_id(feedback.into());
    l.set_feedback_is_error(is_error);
    l.set_show_hint(v.hint.is_some());
    let hint_target = match &v.hint {
        Some(Hint::Target(t)) => Some(t.as_str()),
        _ => None,
    };
    match &v.step {
        Step::Explain { picture: path, .. } => {
            l.set_kind(StepKind::Explain);
            let image = path.as_deref().and_then(picture);
            l.set_has_picture(image.is_some());
            l.set_picture(image.unwrap_or_default());
        }
        Step::Question { answers, .. } => {
            l.set_kind(StepKind::Question);
            let hinted = match &v.hint {
                Some(Hint::Answer(i)) => Some(*i),
                _ => None,
            };
            let items = v.answer_order.iter().filter_map(|&i| {
                answers.get(i).map(|a| AnswerItem {
                    index: i as i32,
                    text_id: a.text.as_str().into(),
                    hinted: hinted == Some(i),
                })
            });
            set_rows(&l.get_answers(), items);
        }
        Step::Practice(_) => {
            l.set_kind(StepKind::Practice);
            if let Some(phone) = &v.phone {
                let contact = c.settings().trusted_contact.as_ref().map(|t| t.name.as_str());
                push_phone(&l, phone, hint_target, contact);
            }
        }
        Step::RolePlay(_) => {
            l.set_kind(StepKind::Roleplay);
            if let Some(call) = &v.call {
                push_call(&l, call, &v);
            }
        }
    }
}

pub fn connect(window: &AppWindow, controller: &Controller) {
    let lesson = window.global::<LessonAdapter>();
    lesson.set_answers(new_list());
    lesson.set_phone_blocks(new_list());
    lesson.set_helpers(new_list());
    lesson.set_call_choices(new_list());
    lesson.set_call_heard(new_list());
    lesson.on_choose_answer(handler(window, controller, |c, _, i: i32| c.choose_answer(i.max(0) as usize)));
    lesson.on_tap_target(handler(window, controller, |c, _, t: SharedString| c.tap_target(&t)));
    lesson.on_phone_key(handler(window, controller, |c, _, k: SharedString| c.phone_key(&k)));
    lesson.on_call_choice(handler(window, controller, |c, _, action: SharedString| {
        if let Some(m) = Move::from_name(&action) {
            c.call_choice(m);
        }
    }));
    lesson.on_next(handler0(window, controller, |c, _| c.lesson_next()));
}
