//! Every screen and every lesson step asks for its own prompt on entry, and Repeat asks again;
//! a practice says its instruction and then, in the other voice, what the senior must judge.

use std::sync::{Arc, Mutex};

use crate::common::*;
use blue_vest::ui::App;
use blue_vest_core::app::AppOptions;
use blue_vest_core::lessons::{Move, Step};
use blue_vest_core::voice::{Speaker, Utterance, Voice};

/// One request to speak: the ids in order, each with its voice.
type Request = Vec<(String, Voice)>;

/// Every request to speak, in order.
#[derive(Clone, Default)]
struct Requests(Arc<Mutex<Vec<Request>>>);

impl Speaker for Requests {
    fn speak_all(&mut self, utterances: Vec<Utterance>) {
        for u in &utterances {
            assert!(!u.text.is_empty(), "{} has text to say", u.message_id);
        }
        self.0.lock().unwrap().push(utterances.into_iter().map(|u| (u.message_id, u.voice)).collect());
    }
    fn stop(&mut self) {}
    fn available(&self) -> bool {
        true
    }
}

impl Requests {
    /// The first id of the last request.
    fn last(&self) -> String {
        self.last_request().first().map(|(id, _)| id.clone()).unwrap_or_default()
    }
    fn last_request(&self) -> Vec<(String, Voice)> {
        self.0.lock().unwrap().last().cloned().unwrap_or_default()
    }
    fn count(&self) -> usize {
        self.0.lock().unwrap().len()
    }
}

#[test]
fn screens_and_steps_speak_their_prompt_and_repeat_says_it_again() {
    init();
    let dir = tempfile::tempdir().unwrap();
    let requests = Requests::default();
    let options = AppOptions { data_dir: dir.path().to_owned(), locale: Some("en-US".into()), ..Default::default() };
    let app = App::with_speaker(&options, Box::new(requests.clone())).unwrap();
    blue_vest::desktop::headless::set_size(app.window(), 412, 915, 1.0);
    let repeat_says = |app: &App, id: &str| {
        let before = requests.count();
        tap(app, "Say it again");
        assert_eq!(requests.count(), before + 1);
        assert_eq!(requests.last(), id, "Repeat says the same prompt");
    };

    assert_eq!(requests.last(), "prompt-home", "Home speaks on start");
    repeat_says(&app, "prompt-home");
    tap(&app, "Settings");
    assert_eq!(requests.last(), "prompt-settings");
    repeat_says(&app, "prompt-settings");
    tap(&app, "Home");
    assert_eq!(requests.last(), "prompt-home");

    // The police lesson has explanations, practices, a role-play and questions.
    let lesson = app.controller().lessons().iter().find(|l| l.id == "safety-police-call").cloned().unwrap();
    open_lesson(&app, &lesson);
    for (i, step) in lesson.steps.iter().enumerate() {
        assert_eq!(requests.last(), step.prompt_id(), "step {} speaks on entry", i + 1);
        repeat_says(&app, step.prompt_id());
        match step {
            Step::Question { answers, .. } => {
                let right = answers.iter().find(|a| a.correct).unwrap();
                tap(&app, &app.tr(&right.text));
                assert_eq!(requests.last(), right.feedback, "feedback is spoken");
            }
            Step::Practice(practice) => {
                // The content is spoken too, in the other voice: here the caller and the phone's tag.
                let spoken = requests.last_request();
                let content: Vec<&(String, Voice)> = spoken.iter().filter(|(_, v)| *v == Voice::Other).collect();
                assert!(!content.is_empty(), "step {}: the content is spoken, not only the instruction", i + 1);
                for block in &practice.phone.blocks {
                    if let blue_vest_core::lessons::phone::Block::Caller { name, .. } = block {
                        assert!(content.iter().any(|(id, _)| id == name), "the caller is said: {spoken:?}");
                    }
                }
                let safe = practice.correct_targets().next().unwrap();
                tap(&app, &target_label(&app, practice, &safe.target));
                assert_eq!(requests.last(), safe.feedback, "feedback is spoken");
            }
            Step::RolePlay(play) => {
                let spoken = requests.last_request();
                assert!(
                    spoken.contains(&(play.turns[0].line.clone(), Voice::Other)),
                    "the caller's words are spoken in the other voice: {spoken:?}"
                );
                let ask = play.turns[0].choices.iter().find(|c| c.action == Move::Ask).unwrap();
                tap(&app, &app.tr(&ask.text));
                assert_eq!(
                    requests.last_request(),
                    vec![(ask.feedback.clone(), Voice::Narrator), (play.turns[1].line.clone(), Voice::Other)],
                    "the feedback, then the caller's next line"
                );
                let hang_up = play.turns[1].choices.iter().find(|c| c.action == Move::HangUp).unwrap();
                tap(&app, &app.tr(&hang_up.text));
                assert_eq!(
                    requests.last_request(),
                    vec![(hang_up.feedback.clone(), Voice::Narrator), (play.debrief.clone(), Voice::Narrator)]
                );
            }
            Step::Explain { .. } => {}
        }
        tap(&app, if i + 1 == lesson.steps.len() { "Finish" } else { "Next" });
    }
    assert_eq!(requests.last(), lesson.remember, "the result says what to remember");
    repeat_says(&app, &lesson.remember);
}
