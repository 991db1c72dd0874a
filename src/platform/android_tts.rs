//! Android's `android.speech.tts.TextToSpeech` through JNI, with the VM and Context from
//! `ndk-context` (the `tts` crate needs a Java bridge class a NativeActivity app does not have).
//! Plain JNI calls, so this module compiles and type-checks on the desktop too; it is only
//! constructed on Android. The manifest needs the TTS_SERVICE `<queries>` entry on Android 11+.

use jni::JavaVM;
use jni::objects::{GlobalRef, JObject, JValue};

use blue_vest_core::voice::{Speaker, Utterance, Voice};

const TTS_CLASS: &str = "android/speech/tts/TextToSpeech";
/// `TextToSpeech.QUEUE_FLUSH`: a new utterance interrupts the one before.
const QUEUE_FLUSH: i32 = 0;
/// `TextToSpeech.QUEUE_ADD`: said after what is being said (an instruction, then the message).
const QUEUE_ADD: i32 = 1;

pub struct AndroidTts {
    vm: JavaVM,
    tts: GlobalRef,
}

impl AndroidTts {
    /// Creates the platform TextToSpeech for the app's Context.
    ///
    /// # Safety
    /// `ndk_context` must have been initialised by the Android activity glue (it is, before
    /// `android_main` runs); on any other platform this must not be called.
    pub unsafe fn from_ndk_context() -> jni::errors::Result<AndroidTts> {
        let ctx = ndk_context::android_context();
        // SAFETY: the pointers come from the activity glue and live as long as the process.
        let vm = unsafe { JavaVM::from_raw(ctx.vm().cast()) }?;
        let context = unsafe { JObject::from_raw(ctx.context().cast()) };
        let tts = {
            let mut env = vm.attach_current_thread()?;
            let listener = JObject::null();
            let object = env.new_object(
                TTS_CLASS,
                "(Landroid/content/Context;Landroid/speech/tts/TextToSpeech$OnInitListener;)V",
                &[JValue::Object(&context), JValue::Object(&listener)],
            )?;
            env.new_global_ref(object)?
        };
        Ok(AndroidTts { vm, tts })
    }

    /// Queues `text` in `locale` (a BCP 47 tag) at `rate` (1.0 normal) and `pitch` (1.0
    /// normal), after what is being said (`flush: false`) or instead of it. Returns without
    /// waiting for the speech.
    pub fn speak(&self, text: &str, locale: &str, rate: f32, pitch: f32, flush: bool) -> jni::errors::Result<()> {
        let mut env = self.vm.attach_current_thread()?;
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
    }

    pub fn stop(&self) -> jni::errors::Result<()> {
        let mut env = self.vm.attach_current_thread()?;
        env.call_method(&self.tts, "stop", "()I", &[])?;
        Ok(())
    }
}

/// The Android speaker: the platform TTS (recorded clips need an Android audio player, a later
/// step), else silence with the "voice unavailable" sign.
pub struct AndroidSpeaker {
    tts: Option<AndroidTts>,
}

impl AndroidSpeaker {
    pub fn new(tts: Option<AndroidTts>) -> Self {
        AndroidSpeaker { tts }
    }
}

impl Speaker for AndroidSpeaker {
    fn speak_all(&mut self, utterances: Vec<Utterance>) {
        let Some(tts) = &self.tts else { return };
        for (i, u) in utterances.iter().enumerate() {
            // The other voice (a caller, a message) is pitched higher than the narrator's.
            let pitch = if u.voice == Voice::Other { 1.35 } else { 1.0 };
            if let Err(e) = tts.speak(&u.text, &u.locale, u.rate, pitch, i == 0) {
                log::warn!("voice: Android TextToSpeech failed: {e}");
            }
        }
    }

    fn stop(&mut self) {
        if let Some(tts) = &self.tts {
            let _ = tts.stop();
        }
    }

    fn available(&self) -> bool {
        self.tts.is_some()
    }
}
