//! Voice packs: recorded clips, one per message id and locale, at
//! `voice/<locale>/<message-id>.ogg` or `.wav` — in a folder given at start (volunteers record
//! prompts in a local dialect) or in the app's bundled assets.

use std::path::PathBuf;

#[derive(Debug, Clone, Default)]
pub struct VoicePack {
    /// A folder laid out as `<locale>/<message-id>.ogg|wav`, searched before the bundled clips.
    dir: Option<PathBuf>,
}

pub const CLIP_EXTENSIONS: [&str; 2] = ["ogg", "wav"];

impl VoicePack {
    pub fn new(dir: Option<PathBuf>) -> Self {
        VoicePack { dir }
    }

    /// Whether the pack has a clip for `id` in `locale`, without reading it (cheap enough for
    /// the UI thread: a file lookup or two).
    pub fn contains(&self, locale: &str, id: &str) -> bool {
        CLIP_EXTENSIONS.iter().any(|ext| {
            self.dir.as_ref().is_some_and(|dir| dir.join(locale).join(format!("{id}.{ext}")).is_file())
                || crate::lessons::EMBEDDED_ASSETS.iter().any(|(p, _)| *p == format!("voice/{locale}/{id}.{ext}"))
        })
    }

    /// The clip for `id` in `locale`, if the pack has one.
    pub fn find(&self, locale: &str, id: &str) -> Option<Vec<u8>> {
        for ext in CLIP_EXTENSIONS {
            if let Some(dir) = &self.dir
                && let Ok(bytes) = std::fs::read(dir.join(locale).join(format!("{id}.{ext}")))
            {
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
}
