//! The lesson packs' part of a sync: with the token the phone has (a volunteer's sign-in, else
//! the senior token of its latest check-in), fetch the packs for the phone's city that it does
//! not have, install them, and remove the withdrawn and expired ones (`packs::sync_packs`).
//! A phone with neither token only removes its expired packs: it has no event to ask about.

use std::path::Path;

use chrono::{DateTime, Utc};
use ed25519_dalek::VerifyingKey;

use super::{StepError, SyncOptions, server_for};
use crate::attendance::transport::Transport;
use crate::packs::{self, PackSyncReport, ServerPacks};
use crate::store::Store;

/// One pack sync into `packs_dir`, trusting packs signed for `key` (the app's: `packs::app_key`).
/// With no server or no token, only the expired packs are removed.
pub fn sync_lesson_packs(
    store: &mut Store,
    transport: &dyn Transport,
    options: &SyncOptions,
    packs_dir: &Path,
    key: &VerifyingKey,
    now: DateTime<Utc>,
) -> Result<PackSyncReport, StepError> {
    let today = now.date_naive();
    let session = store.volunteer_session()?.filter(|s| s.expires_at > now);
    let server = server_for(store, options, session.as_ref())?;
    let token = match &session {
        Some(s) => Some(s.token.clone()),
        None => store.latest_senior_token(now)?,
    };
    let (Some(server), Some(token)) = (server, token) else {
        return Ok(PackSyncReport { removed: packs::remove_expired(packs_dir, key, today), ..Default::default() });
    };
    let phone = store.phone_id()?;
    let source = ServerPacks { transport, server: &server, token: &token, phone: &phone };
    let report = packs::sync_packs(packs_dir, &source, key, today)?;
    for (pack, problem) in &report.refused {
        log::warn!("lesson pack {pack} refused: {problem}");
    }
    for (pack, why) in &report.later {
        log::info!("lesson pack {pack} not fetched this time: {why}");
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attendance::TransportError;
    use crate::attendance::fake_transport::{Call, FakeTransport};
    use crate::store::VolunteerSession;
    use blue_vest_protocol::EventCode;

    const SERVER: &str = "https://bv.example.org";

    fn phone() -> (Store, FakeTransport, VerifyingKey, DateTime<Utc>, tempfile::TempDir) {
        let (key, list, archives, today) = packs::tests::offered_demo();
        let now = today.and_hms_opt(6, 0, 0).unwrap().and_utc();
        let fake = FakeTransport::new(|_, _| Err(TransportError::Offline("no uploads here".into()))).at(SERVER, now);
        fake.script_packs(list, archives);
        let mut store = Store::in_memory().unwrap();
        store.set_server_url(Some(SERVER)).unwrap();
        (store, fake, key, now, tempfile::tempdir().unwrap())
    }

    fn asked_with(fake: &FakeTransport) -> Vec<String> {
        fake.calls()
            .into_iter()
            .filter_map(|c| match c {
                Call::Packs(token) => Some(token),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_phone_with_no_token_asks_for_no_packs() {
        let (mut store, fake, key, now, dir) = phone();
        let report = sync_lesson_packs(&mut store, &fake, &SyncOptions::default(), dir.path(), &key, now).unwrap();
        assert_eq!(report, PackSyncReport::default());
        assert_eq!(fake.calls(), [], "no event, no token: nothing to ask");
    }

    #[test]
    fn a_seniors_phone_asks_with_its_latest_senior_token_and_installs_the_pack() {
        let (mut store, fake, key, now, dir) = phone();
        let old = EventCode::parse("111111").unwrap();
        let new = EventCode::parse("482913").unwrap();
        store.save_senior_token(&old, "senior-old", now + chrono::Duration::hours(1)).unwrap();
        store.save_senior_token(&new, "senior-new", now + chrono::Duration::days(2)).unwrap();
        store
            .save_senior_token(&EventCode::parse("222222").unwrap(), "expired", now - chrono::Duration::hours(1))
            .unwrap();
        let report = sync_lesson_packs(&mut store, &fake, &SyncOptions::default(), dir.path(), &key, now).unwrap();
        assert_eq!(report.installed, [("demo".to_owned(), 1)], "{report:?}");
        assert_eq!(asked_with(&fake), ["senior-new"]);
        let phones: Vec<String> = fake
            .calls()
            .into_iter()
            .filter_map(|c| match c {
                Call::PackArchive { phone, .. } => Some(phone),
                _ => None,
            })
            .collect();
        assert_eq!(phones, [store.phone_id().unwrap()], "the archive is fetched with this phone's id");
        assert_eq!(phones[0].len(), 32);
        assert_ne!(phones[0], store.learner_id().unwrap(), "not the learner's id");
        assert_eq!(packs::installed(dir.path(), &key, now.date_naive()).len(), 1);
        assert!(report.changed());
    }

    #[test]
    fn a_volunteers_phone_asks_with_the_volunteers_token() {
        let (mut store, fake, key, now, dir) = phone();
        store
            .save_senior_token(&EventCode::parse("482913").unwrap(), "senior", now + chrono::Duration::days(2))
            .unwrap();
        store
            .save_volunteer_session(&VolunteerSession {
                server: SERVER.into(),
                token: "volunteer".into(),
                name: "李伟".into(),
                org_name: "Chengdu Blue Vest".into(),
                city: "成都".into(),
                expires_at: now + chrono::Duration::days(30),
            })
            .unwrap();
        let mut again =
            || sync_lesson_packs(&mut store, &fake, &SyncOptions::default(), dir.path(), &key, now).unwrap();
        assert_eq!(again().installed.len(), 1);
        let second = again();
        assert_eq!((second.changed(), second.unchanged), (false, vec!["demo".to_owned()]), "fetched once");
        assert_eq!(asked_with(&fake), ["volunteer", "volunteer"]);
    }
}
