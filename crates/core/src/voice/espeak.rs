//! Desktop text-to-speech with espeak-ng, run as a child process: nothing to link (the library
//! is C), the process can be killed to interrupt, and Debian's package brings the voices.
//! Mandarin uses `cmn-latn-pinyin`; the plain `cmn` voice reads characters wrongly.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

use super::Voice;

#[derive(Debug, thiserror::Error)]
pub enum TtsError {
    #[error("espeak-ng could not run: {0}")]
    Io(#[from] std::io::Error),
    #[error("espeak-ng failed: {0}")]
    Failed(String),
}

/// espeak-ng's own default speed; the app's rate multiplies it (0.9× ≈ 158 words a minute).
pub const BASE_WORDS_PER_MINUTE: f32 = 175.0;

#[derive(Debug, Clone)]
pub struct Espeak {
    program: PathBuf,
}

impl Espeak {
    /// espeak-ng from PATH, if installed.
    pub fn find() -> Option<Espeak> {
        let path = std::env::var_os("PATH")?;
        std::env::split_paths(&path)
            .map(|dir| dir.join("espeak-ng"))
            .find(|p| p.is_file())
            .map(|program| Espeak { program })
    }

    pub fn voice_for(locale: &str) -> &'static str {
        if locale.starts_with("zh") { "cmn-latn-pinyin" } else { "en-us" }
    }

    /// The espeak-ng voice and pitch (0–99) for `voice`: the narrator is the language's plain
    /// voice at the default pitch; the other voice (a caller, a message) is a female variant
    /// pitched higher, so the two are easy to tell apart.
    pub fn voice_args(locale: &str, voice: Voice) -> (String, u32) {
        match voice {
            Voice::Narrator => (Self::voice_for(locale).to_owned(), 50),
            Voice::Other => (format!("{}+f3", Self::voice_for(locale)), 72),
        }
    }

    pub fn words_per_minute(rate: f32) -> u32 {
        (BASE_WORDS_PER_MINUTE * rate).round().clamp(80.0, 450.0) as u32
    }

    /// Starts synthesis of `text` to a WAV stream on the child's stdout.
    pub fn spawn(&self, text: &str, locale: &str, rate: f32, voice: Voice) -> Result<Child, TtsError> {
        let (name, pitch) = Self::voice_args(locale, voice);
        let mut child = Command::new(&self.program)
            .args(["-v", &name, "-p", &pitch.to_string(), "-s", &Self::words_per_minute(rate).to_string(), "--stdout"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()?;
        // The text goes on stdin, never on the command line (no quoting, no option injection).
        let mut stdin = child.stdin.take().expect("piped");
        stdin.write_all(text.as_bytes())?;
        drop(stdin);
        Ok(child)
    }

    /// Synthesizes `text` to WAV bytes, with a header that carries the real length (espeak-ng
    /// streaming to stdout leaves a placeholder there).
    pub fn synthesize(&self, text: &str, locale: &str, rate: f32, voice: Voice) -> Result<Vec<u8>, TtsError> {
        let mut child = self.spawn(text, locale, rate, voice)?;
        let mut wav = Vec::new();
        child.stdout.take().expect("piped").read_to_end(&mut wav)?;
        let status = child.wait()?;
        if !status.success() || wav.len() <= 44 {
            let mut err = String::new();
            if let Some(mut e) = child.stderr.take() {
                let _ = e.read_to_string(&mut err);
            }
            return Err(TtsError::Failed(format!("{status}: {}", err.trim())));
        }
        super::wav::fix_stream_header(&mut wav);
        Ok(wav)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn voices_and_rates() {
        assert_eq!(Espeak::voice_for("zh-CN"), "cmn-latn-pinyin");
        assert_eq!(Espeak::voice_for("en-US"), "en-us");
        assert_eq!(Espeak::words_per_minute(0.9), 158);
        assert_eq!(Espeak::words_per_minute(0.1), 80);
        assert_eq!(Espeak::voice_args("zh-CN", Voice::Narrator), ("cmn-latn-pinyin".to_owned(), 50));
        assert_eq!(Espeak::voice_args("en-US", Voice::Other), ("en-us+f3".to_owned(), 72));
    }
}
