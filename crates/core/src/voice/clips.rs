//! Voice packs: recorded clips, one per message id and locale, at
//! `voice/<locale>/<message-id>.ogg` or `.wav` — in a folder given at start (volunteers record
//! prompts in a local dialect) or in the app's bundled assets. A lesson pack's messages
//! (`<pack id>--…`) may bring their clips in the pack's own `voice/` folder.

use std::path::PathBuf;

#[derive(Debug, Clone, Default)]
pub struct VoicePack {
    /// A folder laid out as `<locale>/<message-id>.ogg|wav`, searched before the bundled clips.
    dir: Option<PathBuf>,
    /// The installed lesson packs' folder (`<pack id>@<version>/voice/<locale>/…`).
    packs: Option<PathBuf>,
}

pub const CLIP_EXTENSIONS: [&str; 2] = ["ogg", "wav"];

impl VoicePack {
    pub fn new(dir: Option<PathBuf>) -> Self {
        VoicePack { dir, packs: None }
    }

    /// Also looks for a lesson pack's clips of its own messages in `packs_dir`.
    pub fn with_packs(mut self, packs_dir: PathBuf) -> Self {
        self.packs = Some(packs_dir);
        self
    }

    /// The candidate files for `id` in `locale`, in order: the recorded folder, then the pack
    /// the message belongs to (its newest installed version).
    fn files(&self, locale: &str, id: &str, ext: &str) -> Vec<PathBuf> {
        let name = format!("{id}.{ext}");
        let mut out: Vec<PathBuf> = self.dir.iter().map(|d| d.join(locale).join(&name)).collect();
        if let (Some(packs), Some(pack_id)) = (&self.packs, crate::packs::pack_of(id))
            && let Ok(entries) = std::fs::read_dir(packs)
        {
            let newest = entries
                .flatten()
                .filter_map(|e| {
                    let folder = e.file_name().to_string_lossy().into_owned();
                    let version: u64 = folder.strip_prefix(pack_id)?.strip_prefix('@')?.parse().ok()?;
                    Some((version, e.path()))
                })
                .max();
            out.extend(newest.map(|(_, dir)| dir.join("voice").join(locale).join(&name)));
        }
        out
    }

    /// Whether the pack has a clip for `id` in `locale`, without reading it (cheap enough for
    /// the UI thread: a file lookup or two).
    pub fn contains(&self, locale: &str, id: &str) -> bool {
        CLIP_EXTENSIONS.iter().any(|ext| {
            self.files(locale, id, ext).iter().any(|f| f.is_file())
                || crate::lessons::EMBEDDED_ASSETS.iter().any(|(p, _)| *p == format!("voice/{locale}/{id}.{ext}"))
        })
    }

    /// The clip for `id` in `locale`, if the pack has one.
    pub fn find(&self, locale: &str, id: &str) -> Option<Vec<u8>> {
        for ext in CLIP_EXTENSIONS {
            if let Some(bytes) = self.files(locale, id, ext).iter().find_map(|f| std::fs::read(f).ok()) {
                return Some(bytes);
            }
            let bundled = format!("voice/{locale}/{id}.{ext}");
            if let Some((_, bytes)) = crate::lessons::EMBEDDED_ASSETS.iter().find(|(p, _)| *p == bundled) {
                return Some(bytes.to_vec());
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contains_agrees_with_find() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("en-US")).unwrap();
        std::fs::write(dir.path().join("en-US/prompt-home.ogg"), b"OggS").unwrap();
        let pack = VoicePack::new(Some(dir.path().to_owned()));
        for (locale, id) in [("en-US", "prompt-home"), ("zh-CN", "prompt-home"), ("en-US", "prompt-settings")] {
            assert_eq!(pack.contains(locale, id), pack.find(locale, id).is_some(), "{locale}/{id}");
        }
        assert!(pack.contains("en-US", "prompt-home"));
        assert!(!VoicePack::default().contains("en-US", "no-such-prompt"));
    }

    #[test]
    fn a_packs_clips_are_found_in_its_newest_installed_version() {
        let packs = tempfile::tempdir().unwrap();
        for (folder, bytes) in [("scam-alert@1", b"old".as_slice()), ("scam-alert@2", b"new".as_slice())] {
            let dir = packs.path().join(folder).join("voice/zh-CN");
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(dir.join("scam-alert--intro.ogg"), bytes).unwrap();
        }
        let pack = VoicePack::new(None).with_packs(packs.path().to_owned());
        assert_eq!(pack.find("zh-CN", "scam-alert--intro").as_deref(), Some(b"new".as_slice()));
        assert!(pack.contains("zh-CN", "scam-alert--intro"));
        assert!(!pack.contains("en-US", "scam-alert--intro"), "no clip in that language");
        assert!(!pack.contains("zh-CN", "other--intro"), "another pack's message");
        assert!(!VoicePack::new(None).contains("zh-CN", "scam-alert--intro"), "packs are looked at only when given");
    }
}
