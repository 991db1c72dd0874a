//! Build step: compile the Slint UI. Debug info is always on: the headless UI tests and
//! `blue-vest screenshot` find elements by accessible label, which needs it. (The content,
//! `locales/` and `assets/`, is embedded by the core crate.)
//!
//! Release builds of the desktop binary also get the start-up order (issue 17): the functions
//! that run before the first frame, listed by `scripts/startup-order.sh`, are laid out together
//! by lld, so a start maps a few MB of code instead of pages from all over the binary.

fn main() {
    let config = slint_build::CompilerConfiguration::new().with_debug_info(true);
    slint_build::compile_with_config("ui/app.slint", config).expect("compile ui/app.slint");
    startup_order();
}

/// `--symbol-ordering-file` is an lld option: passed only where rustc links with its own lld by
/// default (x86_64 Linux since Rust 1.90) and no other linker was asked for. Names the file
/// does not find (code changed since it was recorded) are skipped without a warning.
fn startup_order() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=scripts/startup-order.txt");
    let env = |k: &str| std::env::var(k).unwrap_or_default();
    if env("PROFILE") != "release" || env("TARGET") != "x86_64-unknown-linux-gnu" {
        return;
    }
    let other_linker = !env("CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_LINKER").is_empty()
        || env("CARGO_ENCODED_RUSTFLAGS").contains("link");
    if other_linker || rustc_minor().is_none_or(|minor| minor < 90) {
        return;
    }
    let order = std::path::Path::new(&env("CARGO_MANIFEST_DIR")).join("scripts/startup-order.txt");
    if order.exists() {
        println!("cargo:rustc-link-arg-bins=-Wl,--symbol-ordering-file={}", order.display());
        println!("cargo:rustc-link-arg-bins=-Wl,--no-warn-symbol-ordering");
    }
}

/// The minor version of the compiler building this crate (`rustc 1.95.0 (…)` → 95).
fn rustc_minor() -> Option<u32> {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let out = std::process::Command::new(rustc).arg("-V").output().ok()?;
    let version = String::from_utf8(out.stdout).ok()?;
    version.split_whitespace().nth(1)?.split('.').nth(1)?.parse().ok()
}
