//! Lesson packs in the app: the lessons of the installed, valid packs sit beside the bundled
//! ones (Home's "new this week" card, the lesson runner, progress, review and voice). They are
//! loaded at start and again when a sync installed or removed a pack or a pack's last day has
//! passed; never while one of their lessons is open (the change waits for Home). The bundled
//! lessons, the tracks and the certificates never change with them.

use std::path::{Path, PathBuf};

use ed25519_dalek::VerifyingKey;

use crate::app::AppController;
use crate::lessons::Lesson;
use crate::navigation::ScreenId;
use crate::packs::layout::PackPath;
use crate::packs::{self, Statement};
use crate::tracks::{self, LessonSummary};

/// The folder under the app's data folder that holds installed packs.
pub const PACKS_FOLDER: &str = "packs";

/// One pack's lessons, loaded and checked.
#[derive(Debug, Clone)]
pub(super) struct LoadedPack {
    pub(super) statement: Statement,
    pub(super) lessons: Vec<Lesson>,
}

/// The packs' part of the controller's state.
#[derive(Debug)]
pub(super) struct PackState {
    pub(super) dir: PathBuf,
    pub(super) key: VerifyingKey,
    pub(super) loaded: Vec<LoadedPack>,
    /// A reload is due (a sync changed the packs) and waits until no pack lesson is open.
    pub(super) stale: bool,
}

impl PackState {
    pub(super) fn new(data_dir: &Path, key: Option<VerifyingKey>) -> Self {
        PackState {
            dir: data_dir.join(PACKS_FOLDER),
            key: key.unwrap_or_else(packs::app_key),
            loaded: Vec::new(),
            stale: false,
        }
    }
}

/// A pack as Home's "new this week" card shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackCard {
    pub pack_id: String,
    /// The pack's title in the language shown (else in any).
    pub title: String,
    pub lessons: Vec<LessonSummary>,
}

impl AppController {
    /// Where packs are installed, and the key they must be signed with (for the sync worker).
    pub fn pack_setup(&self) -> crate::attendance::worker::PackSetup {
        crate::attendance::worker::PackSetup { dir: self.packs.dir.clone(), key: self.packs.key }
    }

    /// The valid packs with their lessons and the senior's progress, newest first.
    pub fn new_packs(&self) -> Vec<PackCard> {
        if self.packs.loaded.is_empty() {
            return Vec::new();
        }
        let progress = self.store.all_progress().unwrap_or_else(|e| {
            log::error!("cannot read lesson progress: {e}");
            Vec::new()
        });
        let mut cards: Vec<(&Statement, PackCard)> = self
            .packs
            .loaded
            .iter()
            .map(|p| {
                let titles = &p.statement.titles;
                let title = titles.get(self.locale()).or_else(|| titles.values().next()).cloned().unwrap_or_default();
                let lessons = p.lessons.iter().map(|l| tracks::summary(l, &progress)).collect();
                (&p.statement, PackCard { pack_id: p.statement.pack_id.clone(), title, lessons })
            })
            .collect();
        cards.sort_by(|a, b| b.0.valid_from.cmp(&a.0.valid_from).then(a.1.pack_id.cmp(&b.1.pack_id)));
        cards.into_iter().map(|(_, card)| card).collect()
    }

    /// A lesson by id: a bundled one, else one of a loaded pack.
    pub fn find_lesson(&self, id: &str) -> Option<&Lesson> {
        self.lessons.iter().chain(self.packs.loaded.iter().flat_map(|p| &p.lessons)).find(|l| l.id == id)
    }

    /// Reads the installed packs again: those valid today, whose lessons pass this app's
    /// checker, with their texts added to the localizer and their pictures read from the
    /// pack's folder. A pack that fails is left out and logged.
    pub(super) fn load_packs(&mut self) {
        self.packs.stale = false;
        let today = self.now().date_naive();
        let mut loaded = Vec::new();
        let mut texts = Vec::new();
        for pack in packs::installed(&self.packs.dir, &self.packs.key, today) {
            let name = format!("{}@{}", pack.statement.pack_id, pack.statement.version);
            let files = match pack.files() {
                Ok(files) => files,
                Err(e) => {
                    log::error!("lesson pack {name} cannot be read: {e}");
                    continue;
                }
            };
            let check = packs::check_pack(&files);
            if !check.is_ok() {
                log::error!("lesson pack {name} is left out: {}", check.lines().join("; "));
                continue;
            }
            for (path, kind, bytes) in files.iter() {
                if let PackPath::Text { locale, .. } = kind {
                    texts.push((locale.clone(), format!("{name}/{path}"), String::from_utf8_lossy(bytes).into_owned()));
                }
            }
            let mut lessons = check.lessons;
            for lesson in &mut lessons {
                for step in &mut lesson.steps {
                    step.map_pictures(|picture| pack.picture_path(picture).to_string_lossy().into_owned());
                }
            }
            loaded.push(LoadedPack { statement: pack.statement, lessons });
        }
        if loaded.is_empty() && self.packs.loaded.is_empty() {
            return;
        }
        for e in self.localizer.set_extra_sources(texts) {
            log::error!("lesson pack text: {e}");
        }
        log::info!("lesson packs: {} loaded", loaded.len());
        self.packs.loaded = loaded;
    }

    /// After a sync: reload if it installed or removed a pack, or if a loaded pack's last day
    /// has passed. While a pack lesson is open the reload waits for Home.
    pub(super) fn refresh_packs(&mut self, changed: bool) {
        let today = self.now().date_naive();
        let expired = self.packs.loaded.iter().any(|p| p.statement.valid_until < today);
        if changed || expired {
            self.packs.stale = true;
        }
        if self.packs.stale && !self.pack_lesson_open() {
            self.load_packs();
        }
    }

    /// Whether a pack's texts are on screen: its lesson (or that lesson's result), or the
    /// review, which may hold a pack's questions.
    fn pack_lesson_open(&self) -> bool {
        match self.screen() {
            ScreenId::Lesson => self.lesson.runner.as_ref().is_some_and(|r| packs::pack_of(&r.lesson().id).is_some()),
            ScreenId::Result => self.lesson.result.as_ref().is_some_and(|r| packs::pack_of(&r.title_id).is_some()),
            ScreenId::Review => true,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{AppOptions, Background};
    use crate::attendance::SyncReport;
    use crate::packs::{PackError, PackSyncReport, SignedStatement};
    use crate::store::VolunteerSession;
    use crate::voice::NoVoice;

    /// A phone with the demo pack installed and a volunteer signed in, on the pack's day.
    fn phone(dir: &Path) -> AppController {
        let (key, list, archives, today) = packs::tests::offered_demo();
        let offer = &list.packs[0];
        let signed =
            SignedStatement { statement: offer.signed.statement.clone(), signature: offer.signed.signature.clone() };
        packs::install(&dir.join(PACKS_FOLDER), &signed, &archives[&offer.archive], &key, today).unwrap();
        let options = AppOptions { data_dir: dir.to_owned(), pack_key: Some(key), ..Default::default() };
        let mut c = AppController::new(&options, Box::new(NoVoice));
        // The demo pack is valid in July 2025: move the app's clock there, then look again.
        let noon = today.and_hms_opt(12, 0, 0).unwrap().and_utc();
        c.shift_clock(noon - chrono::Utc::now());
        c.refresh_packs(true);
        c.store
            .save_volunteer_session(&VolunteerSession {
                server: "https://bv.example.org".into(),
                token: "token".into(),
                name: "李伟".into(),
                org_name: "Hangzhou Blue Vest".into(),
                city: "杭州".into(),
                expires_at: chrono::Utc::now() + chrono::Duration::days(1),
            })
            .unwrap();
        c
    }

    fn synced(c: &mut AppController, packs: PackSyncReport) {
        c.background_sender().send(Background::Synced(SyncReport { packs: Some(packs), ..Default::default() }));
        assert!(c.poll_background());
    }

    #[test]
    fn the_volunteer_sees_the_packs_on_the_phone_and_those_refused() {
        let dir = tempfile::tempdir().unwrap();
        let mut c = phone(dir.path());
        let cards = c.new_packs();
        assert_eq!(cards.len(), 1);
        assert_eq!((cards[0].title.as_str(), cards[0].lessons[0].id.as_str()), ("假客服电话", "demo--call"));
        let view = c.volunteer_view().unwrap();
        assert_eq!(view.sync.packs, ["假客服电话"]);
        assert!(view.sync.packs_refused.is_empty());
        synced(
            &mut c,
            PackSyncReport { refused: vec![("other".into(), PackError::BadSignature)], ..Default::default() },
        );
        assert_eq!(c.volunteer_view().unwrap().sync.packs_refused, ["other"]);
    }

    #[test]
    fn a_withdrawal_waits_while_the_packs_lesson_is_open_and_applies_on_home() {
        let dir = tempfile::tempdir().unwrap();
        let mut c = phone(dir.path());
        assert!(c.open_lesson("demo--call"));
        let title = c.lesson_view().unwrap().title_id;
        let shown = c.tr(&title);
        packs::remove(&c.packs.dir, "demo").unwrap();
        synced(&mut c, PackSyncReport { removed: vec!["demo".into()], ..Default::default() });
        assert_eq!(c.screen(), ScreenId::Lesson);
        assert_eq!(c.tr(&title), shown, "the open lesson keeps its texts");
        assert_eq!(c.new_packs().len(), 1, "not yet");
        c.home();
        assert!(c.new_packs().is_empty(), "gone once the senior is back on Home");
        assert!(c.find_lesson("demo--call").is_none());
        assert!(!c.localizer().has("zh-CN", &title), "its texts are gone too");
        assert!(!c.can_continue(), "Continue does not offer a lesson that is gone");
    }

    #[test]
    fn a_pack_leaves_home_after_its_last_day_without_a_sync() {
        let dir = tempfile::tempdir().unwrap();
        let mut c = phone(dir.path());
        let until = c.packs.loaded[0].statement.valid_until;
        c.shift_clock(until.and_hms_opt(23, 0, 0).unwrap().and_utc() - c.now() + chrono::Duration::days(1));
        c.open(ScreenId::Settings);
        c.home();
        assert!(c.new_packs().is_empty());
        assert_eq!(
            c.tracks().iter().map(|t| t.lessons.len()).sum::<usize>(),
            c.lessons().len(),
            "the bundled lessons stay"
        );
    }
}
