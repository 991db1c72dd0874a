//! Makes a new migration rebuild the crate: `sqlx::migrate!` embeds the migration folders at
//! compile time, and without this a migration added later is missing from the binary until
//! something else changes (as atuin's server crates do).

fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
