//! Android's sound output for recorded voice clips: the core's `AudioOut` through
//! `android.media.MediaPlayer` (JNI). MediaPlayer plays files, not bytes (a byte source needs a
//! Java class a NativeActivity app does not have), so each clip is written to one file in the
//! app's cache folder and played from there; the player before it is stopped and released first.
//! A clip that follows (the message after an instruction) gets its own prepared player, chained
//! with `setNextMediaPlayer`, so it starts when the one before ends.
//! Plain JNI calls, so this compiles and type-checks on the desktop too; it is only constructed
//! on Android, on the voice thread (`ThreadedSpeaker` opens its output there).

use std::path::{Path, PathBuf};

use jni::objects::{GlobalRef, JValue};
use jni::{JNIEnv, JavaVM};

use blue_vest_core::voice::speaker::AudioOut;

use super::android_java::cleared;

const PLAYER_CLASS: &str = "android/media/MediaPlayer";

/// The file a clip is written to: named by its format (WAV or Ogg Vorbis, what voice packs
/// hold), so MediaPlayer's extractor needs no guessing.
pub fn clip_file_name(audio: &[u8]) -> &'static str {
    if audio.starts_with(b"OggS") { "voice-clip.ogg" } else { "voice-clip.wav" }
}

pub struct MediaPlayerOut {
    vm: JavaVM,
    dir: PathBuf,
    /// The playing clip's player first, then the chained ones waiting for it.
    players: Vec<GlobalRef>,
}

impl MediaPlayerOut {
    /// Plays through MediaPlayer, writing clips into `dir` (the app's cache folder).
    pub fn new(vm: JavaVM, dir: PathBuf) -> MediaPlayerOut {
        MediaPlayerOut { vm, dir, players: Vec::new() }
    }

    /// Writes the clip to its own file in the cache folder (the `n`th of a request).
    fn write_clip(&self, n: usize, audio: &[u8]) -> Option<PathBuf> {
        let path = self.dir.join(format!("{n}-{}", clip_file_name(audio)));
        match std::fs::create_dir_all(&self.dir).and_then(|()| std::fs::write(&path, audio)) {
            Ok(()) => Some(path),
            Err(e) => {
                log::warn!("voice: cannot write the clip to {}: {e}", path.display());
                None
            }
        }
    }

    fn env(&self) -> jni::errors::Result<JNIEnv<'_>> {
        // The voice thread lives as long as the app: attached once, detached when it ends.
        self.vm.attach_current_thread_permanently()
    }

    /// A new player for `path`, prepared, and started unless `after` is given: then it is
    /// chained to play when `after` ends. Released again if any step fails.
    fn start(&self, path: &Path, after: Option<&GlobalRef>) -> jni::errors::Result<GlobalRef> {
        let mut env = self.env()?;
        let player = {
            let created = env.with_local_frame(2, |env| -> jni::errors::Result<GlobalRef> {
                let object = env.new_object(PLAYER_CLASS, "()V", &[])?;
                env.new_global_ref(object)
            });
            cleared(&mut env, created)?
        };
        let started = env.with_local_frame(4, |env| -> jni::errors::Result<()> {
            let path = env.new_string(path.to_string_lossy())?;
            env.call_method(&player, "setDataSource", "(Ljava/lang/String;)V", &[JValue::Object(&path)])?;
            // Synchronous: this is the voice thread, and a clip is a few seconds of audio.
            env.call_method(&player, "prepare", "()V", &[])?;
            match after {
                Some(before) => {
                    env.call_method(
                        before,
                        "setNextMediaPlayer",
                        "(Landroid/media/MediaPlayer;)V",
                        &[JValue::Object(player.as_obj())],
                    )?;
                }
                None => {
                    env.call_method(&player, "start", "()V", &[])?;
                }
            }
            Ok(())
        });
        match cleared(&mut env, started) {
            Ok(()) => Ok(player),
            Err(e) => {
                release(&mut env, &player);
                Err(e)
            }
        }
    }
}

/// `stop()` (refused in some states, which is fine) then `release()`: the player's native
/// resources go at once rather than at garbage collection.
fn release(env: &mut JNIEnv<'_>, player: &GlobalRef) {
    let stopped = env.call_method(player, "stop", "()V", &[]).map(drop);
    let _ = cleared(env, stopped);
    let released = env.call_method(player, "release", "()V", &[]).map(drop);
    if let Err(e) = cleared(env, released) {
        log::warn!("voice: MediaPlayer.release failed: {e}");
    }
}

impl AudioOut for MediaPlayerOut {
    fn play(&mut self, audio: &[u8]) -> bool {
        self.stop();
        let Some(path) = self.write_clip(0, audio) else { return false };
        match self.start(&path, None) {
            Ok(player) => {
                self.players.push(player);
                true
            }
            Err(e) => {
                log::warn!("voice: MediaPlayer cannot play {}: {e}", path.display());
                false
            }
        }
    }

    fn append(&mut self, audio: &[u8]) -> bool {
        if self.players.is_empty() {
            return self.play(audio);
        }
        let Some(path) = self.write_clip(self.players.len(), audio) else { return false };
        match self.start(&path, self.players.last()) {
            Ok(player) => {
                self.players.push(player);
                true
            }
            Err(e) => {
                log::warn!("voice: MediaPlayer cannot queue {}: {e}", path.display());
                false
            }
        }
    }

    fn stop(&mut self) {
        let players = std::mem::take(&mut self.players);
        if players.is_empty() {
            return;
        }
        match self.env() {
            Ok(mut env) => {
                for player in &players {
                    release(&mut env, player);
                }
            }
            Err(e) => log::warn!("voice: no Java thread to stop the clip: {e}"),
        }
    }
}

impl Drop for MediaPlayerOut {
    fn drop(&mut self) {
        self.stop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clips_are_written_under_their_format() {
        assert_eq!(clip_file_name(b"OggS\0\x02rest"), "voice-clip.ogg");
        assert_eq!(clip_file_name(b"RIFF\x24\0\0\0WAVEfmt "), "voice-clip.wav");
    }
}
