use super::*;
use crate::lessons::phone::{App, Button, ButtonStyle, Icon};
use crate::lessons::{Answer, Target, Track, Turn, TurnChoice};

fn target(name: &str, role: Role) -> Target {
    Target { target: name.into(), role, feedback: format!("{name}-fb"), effect: Effect::None }
}

fn button(name: &str) -> Button {
    Button { text: format!("{name}-label"), style: ButtonStyle::Secondary, target: name.into() }
}

fn call_practice() -> Practice {
    Practice {
        instruction: "i".into(),
        neutral: true,
        contrast: false,
        phone: PhoneScreen {
            app: App::Call,
            title: None,
            number: None,
            blocks: vec![
                Block::Caller { name: "caller".into(), number: "010-0000-0101".into(), tag: None, tag_warns: true },
                Block::Buttons { items: vec![button("decline"), button("answer")], fixed: false },
            ],
        },
        targets: vec![target("answer", Role::Unsafe), target("decline", Role::Correct)],
    }
}

fn lesson() -> Lesson {
    let answer = |text: &str, correct| Answer { text: text.into(), correct, feedback: format!("{text}-fb") };
    Lesson {
        id: "l".into(),
        track: Track::Safety,
        order: 1,
        topic: None,
        sources: vec![],
        title: "t".into(),
        remember: "r".into(),
        steps: vec![
            Step::Explain { text: "e".into(), picture: None },
            Step::Practice(call_practice()),
            Step::Question {
                text: "q".into(),
                answers: vec![answer("a0", false), answer("a1", true), answer("a2", false)],
            },
        ],
    }
}

fn one_step(step: Step) -> Lesson {
    Lesson { steps: vec![step], ..lesson() }
}

#[test]
fn explain_steps_go_on_and_graded_steps_wait_for_the_right_answer() {
    let mut r = LessonRunner::new(lesson());
    assert_eq!(r.position(), (1, 3));
    assert_eq!(r.choose_answer(0), Feedback::Ignored, "nothing to answer on an explain step");
    assert!(r.advance());
    assert_eq!(r.position(), (2, 3));
    assert!(!r.can_advance());
    assert!(!r.advance(), "no skipping a practice");
}

#[test]
fn a_right_answer_first_time_scores() {
    let mut r = LessonRunner::new(lesson());
    r.advance();
    assert_eq!(r.tap_target("decline"), Feedback::Right { feedback: "decline-fb".into() });
    let rec = r.take_answer().unwrap();
    assert!(rec.correct && rec.first_attempt);
    assert_eq!((rec.step, rec.choice.as_str()), (1, "decline"));
    assert!(r.take_answer().is_none(), "taken once");
    assert!(r.advance());
    assert_eq!(r.choose_answer(1), Feedback::Right { feedback: "a1-fb".into() });
    assert!(r.advance());
    assert!(r.state().completed);
    assert_eq!(r.score(), Score { first_try_right: 2, graded_steps: 2 });
    assert!(!r.advance(), "nothing after the end");
}

#[test]
fn an_unsafe_tap_explains_shows_the_hint_and_lets_them_try_again() {
    let mut r = LessonRunner::new(lesson());
    r.advance();
    assert_eq!(r.hint(), None);
    assert_eq!(r.tap_target("answer"), Feedback::Wrong { feedback: "answer-fb".into() });
    assert!(!r.take_answer().unwrap().correct);
    assert_eq!(r.hint(), Some(Hint::Target("decline".into())), "the safe target is highlighted");
    assert!(!r.can_advance());
    assert_eq!(r.tap_target("decline"), Feedback::Right { feedback: "decline-fb".into() });
    assert!(!r.take_answer().unwrap().first_attempt);
    assert_eq!(r.hint(), None);
    assert_eq!(r.tap_target("answer"), Feedback::Ignored, "solved: further taps do nothing");
    r.advance();
    r.choose_answer(1);
    r.advance();
    assert_eq!(r.score(), Score { first_try_right: 1, graded_steps: 2 });
    assert_eq!((r.state().attempts, r.state().wrong), (3, 1));
}

#[test]
fn a_question_highlights_the_answer_after_two_wrong_tries() {
    let mut r = LessonRunner::new(lesson());
    r.advance();
    r.tap_target("decline");
    r.advance();
    assert!(matches!(r.choose_answer(0), Feedback::Wrong { .. }));
    assert_eq!(r.hint(), None, "one mistake: no hint yet");
    assert!(matches!(r.choose_answer(2), Feedback::Wrong { .. }));
    assert_eq!(r.hint(), Some(Hint::Answer(1)));
    assert_eq!(r.choose_answer(7), Feedback::Ignored, "no such answer");
}

#[test]
fn unknown_targets_neutral_taps_and_helpers_do_not_count() {
    let mut lesson = lesson();
    if let Step::Practice(p) = &mut lesson.steps[1] {
        p.targets[0].role = Role::Neutral;
    }
    let mut r = LessonRunner::new(lesson);
    r.advance();
    assert_eq!(r.tap_target("nowhere"), Feedback::Ignored);
    assert_eq!(r.tap_target("answer"), Feedback::Neutral { feedback: "answer-fb".into() });
    // The helper bar and the phone's keys work on every practice, with a kind default.
    assert_eq!(r.tap_target("family"), Feedback::Neutral { feedback: "sim-default-family".into() });
    assert_eq!(r.tap_target("back"), Feedback::Neutral { feedback: "sim-default-back".into() });
    assert_eq!(r.state().attempts, 0);
    assert!(r.take_answer().is_none());
    assert_eq!(r.hint(), None);
}

#[test]
fn a_lesson_can_make_a_helper_the_right_move() {
    let mut practice = call_practice();
    practice.targets.push(target("family", Role::Correct));
    let mut r = LessonRunner::new(one_step(Step::Practice(practice)));
    assert_eq!(r.tap_target("family"), Feedback::Right { feedback: "family-fb".into() });
}

#[test]
fn resuming_returns_to_the_same_step_with_the_same_order() {
    let mut r = LessonRunner::resume(lesson(), RunState::fresh(77));
    r.advance();
    r.tap_target("answer");
    let saved = r.state().clone();
    let shown = r.phone().unwrap();
    let r = LessonRunner::resume(lesson(), saved.clone());
    assert_eq!(r.position(), (2, 3));
    assert_eq!(r.state(), &saved);
    assert_eq!(r.phone().unwrap(), shown, "the order survives a resume");
    assert_eq!(r.hint(), Some(Hint::Target("decline".into())));
    let stale = RunState { step: 99, ..Default::default() };
    assert_eq!(LessonRunner::resume(lesson(), stale).position(), (1, 3), "a changed lesson restarts");
}

#[test]
fn answers_and_buttons_are_shuffled_per_attempt() {
    let buttons = |seed| {
        let mut r = LessonRunner::resume(lesson(), RunState::fresh(seed));
        r.advance();
        let phone = r.phone().unwrap();
        let Block::Buttons { items, .. } = &phone.screen.blocks[1] else { unreachable!() };
        items.iter().map(|b| b.target.clone()).collect::<Vec<_>>()
    };
    let orders: std::collections::BTreeSet<Vec<String>> = (0..20).map(buttons).collect();
    assert_eq!(orders.len(), 2, "both orders of the two call buttons occur: {orders:?}");
    let answers = |seed| {
        let mut r = LessonRunner::resume(lesson(), RunState::fresh(seed));
        r.advance();
        r.tap_target("decline");
        r.advance();
        r.answer_order()
    };
    let first_right: std::collections::BTreeSet<usize> =
        (0..30).map(|s| answers(s).iter().position(|&i| i == 1).unwrap()).collect();
    assert_eq!(first_right.len(), 3, "the right answer is not always in the same place");
}

fn pay_practice() -> Practice {
    Practice {
        instruction: "i".into(),
        neutral: true,
        contrast: false,
        phone: PhoneScreen {
            app: App::Pay,
            title: Some("shop".into()),
            number: None,
            blocks: vec![
                Block::Field { label: "amount".into(), value: None, keypad: true },
                Block::Keypad,
                Block::Buttons { items: vec![button("pay")], fixed: true },
            ],
        },
        targets: vec![Target {
            target: "pay".into(),
            role: Role::Correct,
            feedback: "paid".into(),
            effect: Effect::Input {
                expect: "25".into(),
                wrong_input: "wrong-amount".into(),
                empty_input: "type-first".into(),
            },
        }],
    }
}

#[test]
fn typed_amounts_are_checked_before_a_payment_counts() {
    let mut r = LessonRunner::new(one_step(Step::Practice(pay_practice())));
    assert_eq!(r.tap_target("pay"), Feedback::Neutral { feedback: "type-first".into() });
    for k in ["2", "5", "0"] {
        r.key(k);
    }
    assert_eq!(r.phone().unwrap().typed, "250");
    assert_eq!(r.tap_target("pay"), Feedback::Wrong { feedback: "wrong-amount".into() });
    r.key("delete");
    assert_eq!(r.tap_target("pay"), Feedback::Right { feedback: "paid".into() });
    assert_eq!(r.state().wrong, 1);
    r.key("9");
    assert_eq!(r.phone().unwrap().typed, "25", "solved: the keypad stops");
}

#[test]
fn switches_toggle_and_the_sample_text_grows() {
    let practice = Practice {
        instruction: "i".into(),
        neutral: false,
        contrast: false,
        phone: PhoneScreen {
            app: App::Settings,
            title: None,
            number: None,
            blocks: vec![
                Block::Sample { text: "sample".into() },
                Block::Buttons { items: vec![button("larger"), button("smaller")], fixed: true },
                Block::Row {
                    text: "elder".into(),
                    sub: None,
                    icon: Icon::App,
                    value: None,
                    switch: Some(false),
                    target: Some("elder".into()),
                },
            ],
        },
        targets: vec![
            Target { effect: Effect::Larger, ..target("larger", Role::Neutral) },
            Target { effect: Effect::Smaller, ..target("smaller", Role::Neutral) },
            Target { effect: Effect::Toggle, ..target("elder", Role::Correct) },
        ],
    };
    let mut r = LessonRunner::new(one_step(Step::Practice(practice)));
    r.tap_target("larger");
    r.tap_target("larger");
    assert_eq!(r.phone().unwrap().sample_scale, 1.5);
    r.tap_target("smaller");
    assert_eq!(r.phone().unwrap().sample_scale, 1.25);
    assert_eq!(r.tap_target("elder"), Feedback::Right { feedback: "elder-fb".into() });
    let phone = r.phone().unwrap();
    assert!(matches!(phone.screen.blocks[2], Block::Row { switch: Some(true), .. }), "the switch is on now");
}

fn call_role_play() -> RolePlay {
    let turn = |n: usize, pressure| Turn {
        line: format!("line-{n}"),
        pressure,
        phrase: format!("phrase-{n}"),
        choices: vec![
            TurnChoice { action: Move::HangUp, text: format!("hang-{n}"), feedback: format!("hang-{n}-fb") },
            TurnChoice { action: Move::Ask, text: format!("ask-{n}"), feedback: format!("ask-{n}-fb") },
            TurnChoice { action: Move::GoAlong, text: format!("go-{n}"), feedback: format!("go-{n}-fb") },
        ],
    };
    RolePlay {
        intro: "intro".into(),
        caller: "caller".into(),
        number: "010-0000-0109".into(),
        turns: vec![turn(1, Pressure::Authority), turn(2, Pressure::Fear), turn(3, Pressure::Secrecy)],
        debrief: "debrief".into(),
    }
}

#[test]
fn a_role_play_escalates_until_the_senior_hangs_up_and_names_the_pressures() {
    let mut r = LessonRunner::new(one_step(Step::RolePlay(call_role_play())));
    let call = r.call().unwrap();
    assert_eq!((call.turn, call.line.as_str(), call.ended), (0, "line-1", false));
    assert_eq!(call.choices.len(), 3);
    assert_eq!(r.call_choice(Move::Ask), Feedback::Neutral { feedback: "ask-1-fb".into() });
    assert_eq!(r.call().unwrap().line, "line-2", "a checking question: the caller presses on");
    assert_eq!(r.call_choice(Move::GoAlong), Feedback::Wrong { feedback: "go-2-fb".into() });
    assert_eq!(r.hint(), Some(Hint::Move(Move::HangUp)));
    assert!(!r.can_advance(), "no dead end, but no way on without hanging up");
    let call = r.call().unwrap();
    assert_eq!(call.turn, 2);
    assert_eq!(r.call_choice(Move::GoAlong), Feedback::Wrong { feedback: "go-3-fb".into() });
    assert_eq!(r.call().unwrap().turn, 2, "the last turn waits");
    assert_eq!(r.call_choice(Move::HangUp), Feedback::Right { feedback: "hang-3-fb".into() });
    let call = r.call().unwrap();
    assert!(call.ended && r.can_advance());
    let heard: Vec<Pressure> = call.heard.iter().map(|(p, _)| *p).collect();
    assert_eq!(heard, vec![Pressure::Authority, Pressure::Fear, Pressure::Secrecy]);
    assert_eq!(r.score(), Score { first_try_right: 0, graded_steps: 1 });
    assert_eq!(r.call_choice(Move::GoAlong), Feedback::Ignored, "the call is over");
}

#[test]
fn hanging_up_at_once_is_right_first_time() {
    let mut r = LessonRunner::new(one_step(Step::RolePlay(call_role_play())));
    assert!(matches!(r.call_choice(Move::HangUp), Feedback::Right { .. }));
    assert_eq!(r.call().unwrap().heard.len(), 1, "only what was heard is named");
    assert_eq!(r.score().first_try_right, 1);
}

#[test]
fn a_calls_decline_and_answer_keys_keep_their_places_whatever_the_shuffle() {
    let mut practice = call_practice();
    let styled = |name: &str, style| Button { style, ..button(name) };
    practice.phone.blocks[1] = Block::Buttons {
        items: vec![
            styled("answer", ButtonStyle::Answer),
            button("speaker"),
            styled("decline", ButtonStyle::Decline),
            button("message"),
        ],
        fixed: false,
    };
    practice.targets.extend([target("speaker", Role::Neutral), target("message", Role::Neutral)]);
    let mut middles = std::collections::HashSet::new();
    for seed in 0..32 {
        let r = LessonRunner::resume(one_step(Step::Practice(practice.clone())), RunState::fresh(seed));
        let phone = r.phone().unwrap();
        let Block::Buttons { items, .. } = &phone.screen.blocks[1] else { panic!("buttons") };
        let targets: Vec<&str> = items.iter().map(|b| b.target.as_str()).collect();
        assert_eq!(targets.first(), Some(&"decline"), "seed {seed}: {targets:?}");
        assert_eq!(targets.last(), Some(&"answer"), "seed {seed}: {targets:?}");
        middles.insert(targets[1].to_owned());
    }
    assert_eq!(middles.len(), 2, "the other buttons are still shuffled");
}
