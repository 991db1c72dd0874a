//! The attendance screens' controller: keypad, consent, sign-in off the UI thread, a
//! volunteer's event and check-ins.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use blue_vest_protocol::{LearnerCode, LoginResponse, OrganisationInfo, VolunteerInfo};
use chrono::Utc;

use super::*;
use crate::app::AppOptions;
use crate::attendance::TransportError;
use crate::attendance::fake_transport::FakeTransport;
use crate::store::{RecordState, VolunteerSession};
use crate::voice::NoVoice;

fn controller(dir: &std::path::Path) -> AppController {
    let options = AppOptions { data_dir: dir.to_owned(), ..Default::default() };
    AppController::new(&options, Box::new(NoVoice))
}

fn type_code(c: &mut AppController, code: &str) {
    for d in code.chars() {
        c.event_code_key(&d.to_string());
    }
}

#[test]
fn the_keypad_takes_six_digits_and_delete_removes_one() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = controller(dir.path());
    c.open(ScreenId::EventCode);
    type_code(&mut c, "48291");
    assert!(!c.can_check_in());
    c.event_check_in();
    assert_eq!(c.screen(), ScreenId::EventCode, "five digits cannot be sent");
    type_code(&mut c, "37");
    assert_eq!(c.typed_event_code(), "482913", "a seventh digit is ignored");
    c.event_code_key("x");
    c.event_code_key("12");
    assert_eq!(c.typed_event_code(), "482913");
    c.event_code_delete();
    assert_eq!(c.typed_event_code(), "48291");
    c.home();
    c.open(ScreenId::EventCode);
    assert_eq!(c.typed_event_code(), "", "opened afresh, the keypad is empty");
}

#[test]
fn consent_is_asked_once_and_not_now_records_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = controller(dir.path());
    c.open(ScreenId::EventCode);
    type_code(&mut c, "482913");
    c.event_check_in();
    assert_eq!(c.screen(), ScreenId::Consent);
    c.consent_not_now();
    assert_eq!(c.screen(), ScreenId::EventCode);
    assert!(c.my_records().is_empty());
    c.event_check_in();
    assert_eq!(c.screen(), ScreenId::Consent, "asked again until agreed");
    c.consent_agree();
    assert_eq!(c.screen(), ScreenId::CheckedIn);
    let view = c.checked_in_view().unwrap();
    assert_eq!((view.code.as_str(), view.already, view.state), ("482 913", false, Text::RecordWaiting));
    assert_eq!(c.prompt_id().as_deref(), Some("prompt-checked-in"));
    c.back();
    assert_eq!(c.screen(), ScreenId::Home, "Back from the confirmation goes Home");
    c.open(ScreenId::EventCode);
    type_code(&mut c, "482913");
    c.event_check_in();
    assert_eq!(c.screen(), ScreenId::CheckedIn, "no consent screen the second time");
    assert!(c.checked_in_view().unwrap().already);
    assert_eq!(c.prompt_id().as_deref(), Some("checked-in-already"), "the voice says so too");
    assert_eq!(c.my_records().len(), 1);
}

#[test]
fn states_and_reasons_have_their_own_words() {
    assert_eq!(record_state_text(RecordState::Rejected, Some("unknown_event_code")), Text::RecordRejectedUnknownCode);
    assert_eq!(record_state_text(RecordState::Rejected, Some("event_closed")), Text::RecordRejectedClosed);
    assert_eq!(record_state_text(RecordState::Rejected, Some("something new")), Text::RecordRejectedInvalid);
    assert_eq!(record_state_text(RecordState::Quarantined, Some("refused_400_x")), Text::RecordQuarantined);
    assert_eq!(spaced_event_code("482913"), "482 913");
}

fn wait_for_background(c: &mut AppController) {
    for _ in 0..500 {
        if c.poll_background() {
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("no result came back");
}

#[test]
fn sign_in_runs_off_the_ui_thread_and_its_answer_arrives_by_poll() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = controller(dir.path());
    let answer = LoginResponse {
        token: "t0k3n".into(),
        expires_at: Utc::now() + chrono::Duration::days(30),
        volunteer: VolunteerInfo { id: 1, name: "李伟".into(), email: "lead@example.org".into() },
        organisation: OrganisationInfo { id: 1, name: "Chengdu Blue Vest".into(), city: "成都".into() },
    };
    let answers = Arc::new(Mutex::new(vec![
        Err(TransportError::Unauthorized),
        Err(TransportError::Offline("no route".into())),
        Ok(answer),
    ]));
    // Each sign-in makes its own transport; it answers with the next answer.
    c.set_transport_factory(Arc::new(move || {
        Ok(Box::new(FakeTransport::with_logins(vec![answers.lock().unwrap().remove(0)]))
            as Box<dyn crate::attendance::Transport>)
    }));
    let woken = Arc::new(Mutex::new(0));
    let w = Arc::clone(&woken);
    c.set_background_waker(Arc::new(move || *w.lock().unwrap() += 1));

    c.open(ScreenId::VolunteerHome);
    assert_eq!(c.screen(), ScreenId::VolunteerSignIn, "not signed in: the sign-in comes first");
    assert!(!c.volunteer_sign_in("example.org", "lead@example.org", "pw"));
    assert_eq!(c.sign_in_status().unwrap().text, Text::SignInErrorAddress);
    assert!(!c.volunteer_sign_in("http://server", "", "pw"));
    assert_eq!(c.sign_in_status().unwrap().text, Text::SignInErrorMissing);

    assert!(c.volunteer_sign_in("http://server/", "lead@example.org", "wrong"));
    assert!(c.sign_in_busy());
    assert!(!c.volunteer_sign_in("http://server/", "lead@example.org", "wrong"), "one at a time");
    wait_for_background(&mut c);
    assert!(!c.sign_in_busy());
    assert_eq!(c.sign_in_status().unwrap().text, Text::SignInErrorPassword);
    assert!(c.volunteer_sign_in("http://server/", "lead@example.org", "pw"));
    wait_for_background(&mut c);
    assert_eq!(c.sign_in_status().unwrap().text, Text::SignInErrorOffline);
    assert!(c.volunteer_sign_in("http://server/", "lead@example.org", "pw"));
    wait_for_background(&mut c);
    assert_eq!(c.screen(), ScreenId::VolunteerHome);
    assert_eq!(*woken.lock().unwrap(), 3, "each result woke the UI");
    let view = c.volunteer_view().unwrap();
    assert_eq!((view.name.as_str(), view.org_name.as_str()), ("李伟", "Chengdu Blue Vest"));
    assert_eq!(c.sign_in_server_default(), "http://server", "kept for next time");
    assert_eq!(c.new_event_city_default(), "成都");

    c.volunteer_sign_out();
    assert_eq!(c.screen(), ScreenId::Home);
    assert!(c.store.volunteer_session().unwrap().is_none(), "the token left the phone");
}

#[test]
fn a_volunteer_checks_seniors_in_at_a_new_event() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = controller(dir.path());
    c.store
        .save_volunteer_session(&VolunteerSession {
            server: "http://server".into(),
            token: "t".into(),
            name: "李伟".into(),
            org_name: "Org".into(),
            city: "成都".into(),
            expires_at: Utc::now() + chrono::Duration::days(1),
        })
        .unwrap();
    c.open(ScreenId::VolunteerHome);
    c.open(ScreenId::VolunteerNewEvent);
    assert!(!c.create_event("  ", "成都"));
    assert_eq!(c.new_event_status().unwrap().text, Text::NewEventVenueMissing);
    assert!(c.create_event("玉林社区", "成都"));
    assert_eq!(c.screen(), ScreenId::VolunteerEvent);
    let learner = LearnerCode::from_bits(4242);
    assert!(c.volunteer_check_in(&learner.display_grouped().to_lowercase()));
    assert_eq!(c.volunteer_event_view().unwrap().count, 1);
    let mut typo: Vec<char> = learner.as_str().chars().collect();
    typo[2] = if typo[2] == '7' { '8' } else { '7' };
    assert!(!c.volunteer_check_in(&typo.iter().collect::<String>()));
    assert_eq!(c.volunteer_event_status().unwrap().text, Text::VolunteerCheckInMistyped);
    assert_eq!(c.volunteer_event_view().unwrap().count, 1);
    c.back();
    assert_eq!(c.screen(), ScreenId::VolunteerHome, "the finished form is skipped");
    let view = c.volunteer_view().unwrap();
    assert_eq!(view.events.len(), 1);
    assert!(!view.events[0].uploaded);
    assert_eq!(view.sync.waiting, 1);
}
