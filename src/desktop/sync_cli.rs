//! `blue-vest sync`, `blue-vest attend` and `blue-vest volunteer sign-in|sign-out`: the app's
//! own attendance code, headless, on a data directory.

use std::io::BufRead as _;
use std::path::Path;

use anyhow::{Context as _, bail};
use chrono::Utc;

use crate::attendance::engine::{SignInError, SyncOptions};
use crate::attendance::http::HttpTransport;
use crate::attendance::{self, CheckInError};
use crate::store::{RecordState, Store, StoreError};

fn open(data_dir: &Path) -> anyhow::Result<Store> {
    Store::open(&data_dir.join(crate::store::DB_FILE))
        .with_context(|| format!("opening the store in {}", data_dir.display()))
}

pub fn sync(data_dir: &Path, server: Option<String>) -> anyhow::Result<()> {
    let mut store = open(data_dir)?;
    let transport = HttpTransport::new().map_err(|e| anyhow::anyhow!("{e}"))?;
    let options = SyncOptions { server, force: true };
    let r = attendance::sync_once(&mut store, &transport, &options, Utc::now(), &mut rand::thread_rng());
    println!(
        "sent {} (created {}, duplicate {}, conflict {}); rejected {}; quarantined {}; events uploaded {}; still waiting {}",
        r.sent(),
        r.created,
        r.duplicate,
        r.conflict,
        r.rejected,
        r.quarantined,
        r.events_uploaded,
        r.waiting
    );
    for rec in store.attendance_records(None)?.iter().filter(|r| r.state == RecordState::Rejected) {
        println!(
            "rejected {} event {}: {}",
            rec.record.id,
            rec.record.event_code,
            rec.reason.as_deref().unwrap_or("?")
        );
    }
    match r.problem {
        None => Ok(()),
        Some(p) => {
            println!("problem: {}", p.code());
            if matches!(p, attendance::SyncProblem::NoServer | attendance::SyncProblem::Storage) {
                bail!("sync could not run: {}", p.code());
            }
            Ok(())
        }
    }
}

pub fn attend(data_dir: &Path, event_code: &str, learner: Option<&str>, consent: bool) -> anyhow::Result<()> {
    let mut store = open(data_dir)?;
    let now = Utc::now();
    if consent && store.attendance_consent()?.is_none() {
        store.give_attendance_consent(now)?;
    }
    let result = match learner {
        None => attendance::senior_check_in(&mut store, event_code, now),
        Some(learner) => {
            let code = blue_vest_protocol::EventCode::parse(event_code).map_err(CheckInError::from);
            code.and_then(|code| attendance::volunteer_check_in(&mut store, &code, learner, now))
        }
    };
    match result {
        Ok(r) => {
            // Printed only after the commit: a line here means the record is safe on disk.
            println!(
                "recorded {} event {} learner {} (waiting to send)",
                r.record.id, r.record.event_code, r.record.learner
            );
            Ok(())
        }
        Err(CheckInError::Already(r)) => {
            println!("already recorded {} event {} learner {}", r.record.id, r.record.event_code, r.record.learner);
            Ok(())
        }
        Err(CheckInError::NoConsent) => bail!("the senior has not agreed to share attendance yet (pass --consent)"),
        Err(e) => bail!("{e}"),
    }
}

pub fn sign_in(data_dir: &Path, server: &str, email: &str) -> anyhow::Result<()> {
    let mut store = open(data_dir)?;
    let mut password = String::new();
    std::io::stdin().lock().read_line(&mut password).context("reading the password from standard input")?;
    let transport = HttpTransport::new().map_err(|e| anyhow::anyhow!("{e}"))?;
    match attendance::sign_in(&mut store, &transport, server, email, password.trim_end_matches(['\r', '\n'])) {
        Ok(s) => {
            println!("signed in as {} ({})", s.name, s.org_name);
            Ok(())
        }
        Err(SignInError::Transport(e)) => bail!("sign-in failed: {e}"),
        Err(SignInError::Store(e)) => Err(e.into()),
    }
}

pub fn sign_out(data_dir: &Path) -> anyhow::Result<()> {
    let mut store = open(data_dir)?;
    if let Some(session) = store.volunteer_session()? {
        let told = HttpTransport::new().and_then(|t| {
            use crate::attendance::Transport as _;
            t.logout(&session.server, &session.token)
        });
        if let Err(e) = told {
            println!("the server was not told ({e}); the token expires on its own");
        }
    }
    store.clear_volunteer_session().map_err(|e: StoreError| anyhow::anyhow!(e))?;
    println!("signed out");
    Ok(())
}
