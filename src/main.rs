//! The desktop binary: see `blue-vest --help`. (On Android the app is the `cdylib`.)

#[cfg(not(target_os = "android"))]
fn main() -> anyhow::Result<()> {
    blue_vest::desktop::cli::main()
}

#[cfg(target_os = "android")]
fn main() {}
