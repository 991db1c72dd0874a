//! Build steps: compile the Slint UI, and embed every Fluent file under `locales/` so the app
//! runs from its binary alone. Adding a language or a file needs no Rust change.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    // Debug info is always on: the headless UI tests and `blue-vest screenshot` find elements by
    // accessible label, which needs it.
    let config = slint_build::CompilerConfiguration::new().with_debug_info(true);
    slint_build::compile_with_config("ui/app.slint", config).expect("compile ui/app.slint");

    embed_locales(Path::new("locales"));
    embed_assets(Path::new("assets"));
}

/// Every file under `assets/` (lessons, pictures, voice clips) as `(path relative to assets/,
/// bytes)`, so the app carries its bundled content.
fn embed_assets(root: &Path) {
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(root, &mut |p: &Path| !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')), &mut files);
    files.sort();
    let mut out = String::from("pub static EMBEDDED_ASSETS: &[(&str, &[u8])] = &[\n");
    for file in files {
        let rel = file.strip_prefix(root).expect("under assets/").to_string_lossy().replace('\\', "/");
        let abs = std::fs::canonicalize(&file).expect("canonical path");
        writeln!(out, "    ({rel:?}, include_bytes!({:?})),", abs.display().to_string()).unwrap();
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var_os("OUT_DIR").unwrap()).join("embedded_assets.rs");
    std::fs::write(dest, out).expect("write embedded_assets.rs");
}

fn embed_locales(root: &Path) {
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(root, &mut |p: &Path| p.extension().is_some_and(|e| e == "ftl"), &mut files);
    files.sort();
    let mut out = String::from("pub static EMBEDDED_FTL: &[(&str, &str, &str)] = &[\n");
    for file in files {
        let rel = file.strip_prefix(root).expect("under locales/");
        let locale = rel.components().next().expect("locale folder").as_os_str().to_string_lossy();
        let name = rel.to_string_lossy().replace('\\', "/");
        let abs = std::fs::canonicalize(&file).expect("canonical path");
        writeln!(out, "    ({locale:?}, {name:?}, include_str!({:?})),", abs.display().to_string()).unwrap();
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var_os("OUT_DIR").unwrap()).join("embedded_locales.rs");
    std::fs::write(dest, out).expect("write embedded_locales.rs");
}

fn collect(dir: &Path, keep: &mut dyn FnMut(&Path) -> bool, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        println!("cargo:rerun-if-changed={}", path.display());
        if path.is_dir() {
            collect(&path, keep, files);
        } else if keep(&path) {
            files.push(path);
        }
    }
}
