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
