//! Android's `android.speech.tts.TextToSpeech` through JNI, with the VM and Context from
//! `ndk-context` (the `tts` crate needs a Java bridge class a NativeActivity app does not have).
//! Plain JNI calls, so this module compiles and type-checks on the desktop too; it is only
//! constructed on Android. The manifest needs the TTS_SERVICE `<queries>` entry on Android 11+.
//! It speaks straight to the speaker (it renders no audio for the voice chain), so it is the
//! `SpeechEngine` behind the recorded clips (`android_voice`).

use jni::JavaVM;
use jni::objects::{GlobalRef, JObject, JValue};

use blue_vest_core::voice::{Utterance, Voice};

use super::android_java::{AndroidJava, cleared};
use super::android_voice::SpeechEngine;

const TTS_CLASS: &str = "android/speech/tts/TextToSpeech";
/// `TextToSpeech.QUEUE_FLUSH`: a new utterance interrupts the one before.
const QUEUE_FLUSH: i32 = 0;
/// `TextToSpeech.QUEUE_ADD`: said after what is being said (an instruction, then the message).
const QUEUE_ADD: i32 = 1;
/// The other voice (a caller, a message) is pitched this much higher than the narrator's.
const OTHER_VOICE_PITCH: f32 = 1.35;

pub struct AndroidTts {
    vm: JavaVM,
    tts: GlobalRef,
}

impl AndroidTts {
    /// Creates the platform TextToSpeech for the app's Context (the engine binds in the
    /// background; speech asked for before it is ready is dropped by the engine).
    pub fn new(java: &AndroidJava) -> jni::errors::Result<AndroidTts> {
        let vm = java.vm();
        let tts = {
            let mut env = vm.attach_current_thread()?;
            let created = env.with_local_frame(4, |env| -> jni::errors::Result<GlobalRef> {
                let listener = JObject::null();
                let object = env.new_object(
                    TTS_CLASS,
                    "(Landroid/content/Context;Landroid/speech/tts/TextToSpeech$OnInitListener;)V",
                    &[JValue::Object(java.context().as_obj()), JValue::Object(&listener)],
                )?;
                env.new_global_ref(object)
            });
            cleared(&mut env, created)?
        };
        Ok(AndroidTts { vm, tts })
    }

    /// Queues `text` in `locale` (a BCP 47 tag) at `rate` (1.0 normal) and `pitch` (1.0
    /// normal), instead of what is being said (`flush`) or after it. Returns without waiting.
    pub fn speak(&self, text: &str, locale: &str, rate: f32, pitch: f32, flush: bool) -> jni::errors::Result<()> {
        let mut env = self.vm.attach_current_thread()?;
        // A local frame: the UI thread stays attached, so local references must not pile up.
        let spoken = env.with_local_frame(8, |env| -> jni::errors::Result<()> {
            let tag = env.new_string(locale)?;
            let java_locale = env
                .call_static_method(
                    "java/util/Locale",
                    "forLanguageTag",
                    "(Ljava/lang/String;)Ljava/util/Locale;",
                    &[JValue::Object(&tag)],
                )?
                .l()?;
            env.call_method(&self.tts, "setLanguage", "(Ljava/util/Locale;)I", &[JValue::Object(&java_locale)])?;
            env.call_method(&self.tts, "setSpeechRate", "(F)I", &[JValue::Float(rate)])?;
            env.call_method(&self.tts, "setPitch", "(F)I", &[JValue::Float(pitch)])?;
            let text = env.new_string(text)?;
            let id = env.new_string("blue-vest-prompt")?;
            let params = JObject::null();
            env.call_method(
                &self.tts,
                "speak",
                "(Ljava/lang/CharSequence;ILandroid/os/Bundle;Ljava/lang/String;)I",
                &[
                    JValue::Object(&text),
                    JValue::Int(if flush { QUEUE_FLUSH } else { QUEUE_ADD }),
                    JValue::Object(&params),
                    JValue::Object(&id),
                ],
            )?;
            Ok(())
        });
        cleared(&mut env, spoken)
    }

    pub fn stop(&self) -> jni::errors::Result<()> {
        let mut env = self.vm.attach_current_thread()?;
        let stopped = env.call_method(&self.tts, "stop", "()I", &[]).map(drop);
        cleared(&mut env, stopped)
    }
}

impl SpeechEngine for AndroidTts {
    fn speak(&self, u: &Utterance, after_current: bool) -> Result<(), String> {
        let pitch = if u.voice == Voice::Other { OTHER_VOICE_PITCH } else { 1.0 };
        AndroidTts::speak(self, &u.text, &u.locale, u.rate, pitch, !after_current).map_err(|e| e.to_string())
    }

    fn stop(&self) {
        if let Err(e) = AndroidTts::stop(self) {
            log::warn!("voice: TextToSpeech.stop failed: {e}");
        }
    }
}

impl Drop for AndroidTts {
    /// `TextToSpeech.shutdown()`: the engine's service connection is released with the app.
    fn drop(&mut self) {
        if let Ok(mut env) = self.vm.attach_current_thread() {
            let shut = env.call_method(&self.tts, "shutdown", "()V", &[]).map(drop);
            let _ = cleared(&mut env, shut);
        }
    }
}
