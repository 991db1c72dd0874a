//! Every screen and every lesson step asks for its own prompt on entry, and Repeat asks again.

use std::sync::{Arc, Mutex};

use crate::common::*;
use blue_vest::ui::App;
use blue_vest_core::app::AppOptions;
use blue_vest_core::lessons::{Role, Step};
use blue_vest_core::voice::{Speaker, Utterance};

#[derive(Clone, Default)]
struct Requests(Arc<Mutex<Vec<String>>>);

impl Speaker for Requests {
    fn speak(&mut self, u: Utterance) {
        assert!(!u.text.is_empty(), "{} has text to say", u.message_id);
        self.0.lock().unwrap().push(u.message_id);
    }
    fn stop(&mut self) {}
    fn available(&self) -> bool {
        true
    }
}

impl Requests {
    fn last(&self) -> String {
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

    let lesson = app.controller().lessons()[0].clone();
    tap(&app, &app.tr(&lesson.title));
    for (i, step) in lesson.steps.iter().enumerate() {
        assert_eq!(requests.last(), step.prompt_id(), "step {} speaks on entry", i + 1);
        repeat_says(&app, step.prompt_id());
        match step {
            Step::Question { answers, .. } => {
                let right = answers.iter().find(|a| a.correct).unwrap();
                tap(&app, &app.tr(&right.text));
                assert_eq!(requests.last(), right.feedback, "feedback is spoken");
            }
            Step::Simulated { targets, .. } => {
                let safe = targets.iter().find(|t| t.role == Role::Correct).unwrap();
                tap(&app, &app.tr(&format!("sim-target-{}", safe.target)));
                assert_eq!(requests.last(), safe.feedback, "feedback is spoken");
            }
            Step::Explain { .. } => {}
        }
        tap(&app, if i + 1 == lesson.steps.len() { "Finish" } else { "Next" });
    }
    assert_eq!(requests.last(), lesson.remember, "the result says what to remember");
    repeat_says(&app, &lesson.remember);
}
