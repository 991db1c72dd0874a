//! The server's layers, checked on the source: the two front ends (`api/`, `dashboard/`) never
//! import each other, nothing below them imports them, and only `main.rs` imports the router
//! (`server.rs`). A `use` that breaks this fails here before it becomes an import cycle.

use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`.
fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// The top-level modules a file names through `crate::` (comments and the test module left out).
fn imports(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap();
    let code: String = text.lines().map(|l| l.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n");
    let code = code.split("#[cfg(test)]").next().unwrap_or("");
    let mut found = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        let names: Vec<&str> = match rest.strip_prefix('{') {
            Some(group) => group[..group.find('}').unwrap_or(0)].split(',').collect(),
            None => vec![rest],
        };
        for name in names {
            let name: String = name.trim().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if !name.is_empty() && name != "self" {
                found.push(name);
            }
        }
    }
    found
}

#[test]
fn front_ends_and_layers_import_only_downwards() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut broken = Vec::new();
    for path in sources(&src) {
        let rel = path.strip_prefix(&src).unwrap().to_string_lossy().replace('\\', "/");
        let module = rel.split('/').next().unwrap().trim_end_matches(".rs").to_owned();
        let forbidden: &[&str] = match module.as_str() {
            "main" | "server" => &[],
            "api" => &["server", "dashboard"],
            "dashboard" => &["server", "api"],
            _ => &["server", "api", "dashboard"],
        };
        for name in imports(&path) {
            if forbidden.contains(&name.as_str()) {
                broken.push(format!("{rel} imports crate::{name}"));
            }
        }
    }
    assert!(broken.is_empty(), "imports against the layers:\n{}", broken.join("\n"));
}
