//! Android's sound output for recorded voice clips: the core's `AudioOut` through
//! `android.media.MediaPlayer` (JNI). MediaPlayer plays files, not bytes (a byte source needs a
//! Java class a NativeActivity app does not have), so each clip is written to one file in the
//! app's cache folder and played from there; the player before it is stopped and released first.
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
    player: Option<GlobalRef>,
}

impl MediaPlayerOut {
    /// Plays through MediaPlayer, writing clips into `dir` (the app's cache folder).
    pub fn new(vm: JavaVM, dir: PathBuf) -> MediaPlayerOut {
        MediaPlayerOut { vm, dir, player: None }
    }

    fn env(&self) -> jni::errors::Result<JNIEnv<'_>> {
        // The voice thread lives as long as the app: attached once, detached when it ends.
        self.vm.attach_current_thread_permanently()
    }

    /// A new player for `path`, prepared and started; released again if any step fails.
    fn start(&self, path: &Path) -> jni::errors::Result<GlobalRef> {
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
            env.call_method(&player, "start", "()V", &[])?;
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
        let path = self.dir.join(clip_file_name(audio));
        if let Err(e) = std::fs::create_dir_all(&self.dir).and_then(|()| std::fs::write(&path, audio)) {
            log::warn!("voice: cannot write the clip to {}: {e}", path.display());
            return false;
        }
        match self.start(&path) {
            Ok(player) => {
                self.player = Some(player);
                true
            }
            Err(e) => {
                log::warn!("voice: MediaPlayer cannot play {}: {e}", path.display());
                false
            }
        }
    }

    fn stop(&mut self) {
        let Some(player) = self.player.take() else { return };
        match self.env() {
            Ok(mut env) => release(&mut env, &player),
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
