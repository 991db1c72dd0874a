//! Reads the lesson titles from the app's Fluent files (`locales/<lang>/lessons/<id>.ftl`, the
//! one source of them), so the dashboard names lessons and topics the way seniors see them; and
//! makes a new migration rebuild the crate, since `sqlx::migrate!` embeds the migrations.

use std::collections::BTreeMap;
use std::path::Path;

fn titles(dir: &Path) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    let Ok(entries) = std::fs::read_dir(dir) else { return map };
    for entry in entries.flatten() {
        let path = entry.path();
        let Some(id) = path.file_stem().and_then(|s| s.to_str()).map(str::to_owned) else { continue };
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let key = format!("{id}-title");
        if let Some(title) = text.lines().find_map(|l| {
            let (k, v) = l.split_once('=')?;
            (k.trim() == key).then(|| v.trim().to_owned())
        }) {
            map.insert(id, title);
        }
    }
    map
}

fn main() {
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    // `sqlx::migrate!` reads these folders at compile time; without this a migration added
    // later is missing from the binary until something else changes.
    println!("cargo:rerun-if-changed=migrations");
    let zh = titles(&locales.join("zh-CN/lessons"));
    let en = titles(&locales.join("en-US/lessons"));
    let mut out = String::from(
        "/// (lesson id, zh-CN title, en-US title), from the app's Fluent files.\npub const LESSON_TITLES: &[(&str, &str, &str)] = &[\n",
    );
    for (id, zh_title) in &zh {
        let en_title = en.get(id).unwrap_or(zh_title);
        out.push_str(&format!("    ({id:?}, {zh_title:?}, {en_title:?}),\n"));
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("lesson_titles.rs");
    std::fs::write(dest, out).unwrap();
}
