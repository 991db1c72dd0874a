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
        let runner_is_packs = || {
            let runner = self.lesson.runner.as_ref();
            runner.is_some_and(|r| self.packs.loaded.iter().flat_map(|p| &p.lessons).any(|l| l.id == r.lesson().id))
        };
        // A pack's ids are `<pack id>--…`; no bundled id has `--`.
        let result_is_packs = || self.lesson.result.as_ref().is_some_and(|r| r.title_id.contains("--"));
        match self.screen() {
            ScreenId::Lesson => runner_is_packs(),
            ScreenId::Result => result_is_packs(),
            ScreenId::Review => true,
            _ => false,
        }
    }
}
