//! Embeds the app's content: every Fluent file under `locales/` and every file under `assets/`
//! (both at the top of the repository), so the app runs from its binary alone. Adding a
//! language, a lesson or a picture needs no Rust change.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let top = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    embed_locales(&top.join("locales"));
    embed_assets(&top.join("assets"));
}

/// Every file under `assets/` (lessons, pictures, voice clips) as `(path relative to assets/,
/// bytes)`, so the app carries its bundled content.
fn embed_assets(root: &Path) {
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    // Hidden files and notes for authors (README.md) are not content.
    let is_content = |p: &Path| {
        !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')) && p.extension().is_none_or(|e| e != "md")
    };
    collect(root, &mut |p: &Path| is_content(p), &mut files);
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
