//! The Java side of an Android app as a NativeActivity reaches it: the VM and the activity (a
//! `Context`) that the activity glue puts in `ndk-context`, and the few framework calls the app
//! makes besides speech and sound (the cache folder, the system's contrast level). Plain JNI
//! calls, so this compiles and is type-checked on the desktop too; it is only constructed on
//! Android.

use std::path::PathBuf;

use jni::objects::{GlobalRef, JObject, JString, JValue};
use jni::{JNIEnv, JavaVM};

/// `Context.UI_MODE_SERVICE`.
const UI_MODE_SERVICE: &str = "uimode";

/// The app's Java VM and its activity.
pub struct AndroidJava {
    vm: JavaVM,
    context: GlobalRef,
}

impl AndroidJava {
    /// The VM and activity the Android activity glue recorded.
    ///
    /// # Safety
    /// `ndk_context` must have been initialised by the Android activity glue (it is, before
    /// `android_main` runs); on any other platform this must not be called.
    pub unsafe fn from_ndk_context() -> jni::errors::Result<AndroidJava> {
        let ctx = ndk_context::android_context();
        // SAFETY: the pointers come from the activity glue and live as long as the process.
        let vm = unsafe { JavaVM::from_raw(ctx.vm().cast()) }?;
        let context = {
            let env = vm.attach_current_thread()?;
            // SAFETY: as above; the activity object outlives this call.
            let activity = unsafe { JObject::from_raw(ctx.context().cast()) };
            env.new_global_ref(activity)?
        };
        Ok(AndroidJava { vm, context })
    }

    /// Another handle on the same VM (for a thread of its own).
    pub fn vm(&self) -> JavaVM {
        // SAFETY: the pointer is this VM's, which lives as long as the process.
        unsafe { JavaVM::from_raw(self.vm.get_java_vm_pointer()) }.expect("the VM pointer is not null")
    }

    /// The activity, as the `Context` framework calls need.
    pub fn context(&self) -> &GlobalRef {
        &self.context
    }

    /// `Context.getCacheDir()`: where the app's throw-away files go.
    pub fn cache_dir(&self) -> jni::errors::Result<PathBuf> {
        let mut env = self.vm.attach_current_thread()?;
        let path = env.with_local_frame(8, |env| -> jni::errors::Result<String> {
            let dir = env.call_method(&self.context, "getCacheDir", "()Ljava/io/File;", &[])?.l()?;
            let path: JString = env.call_method(&dir, "getAbsolutePath", "()Ljava/lang/String;", &[])?.l()?.into();
            Ok(env.get_string(&path)?.into())
        });
        Ok(PathBuf::from(cleared(&mut env, path)?))
    }

    /// `UiModeManager.getContrast()` (Android 14, API 34, and later): the system's contrast
    /// level, 0 standard, 0.5 medium, 1 high. Must not be called on older systems.
    pub fn contrast_level(&self) -> jni::errors::Result<f32> {
        let mut env = self.vm.attach_current_thread()?;
        let level = env.with_local_frame(8, |env| -> jni::errors::Result<f32> {
            let name = env.new_string(UI_MODE_SERVICE)?;
            let manager = env
                .call_method(
                    &self.context,
                    "getSystemService",
                    "(Ljava/lang/String;)Ljava/lang/Object;",
                    &[JValue::Object(&name)],
                )?
                .l()?;
            if manager.is_null() {
                return Err(jni::errors::Error::NullPtr("UiModeManager"));
            }
            env.call_method(&manager, "getContrast", "()F", &[])?.f()
        });
        cleared(&mut env, level)
    }
}

/// Passes `result` on; if it failed with a Java exception, the exception is logged and cleared
/// first, so the thread can call into Java again (an exception left pending would make every
/// later call fail).
pub fn cleared<T>(env: &mut JNIEnv<'_>, result: jni::errors::Result<T>) -> jni::errors::Result<T> {
    if result.is_err() && env.exception_check().unwrap_or(false) {
        let _ = env.exception_describe();
        let _ = env.exception_clear();
    }
    result
}
