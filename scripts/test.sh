#!/usr/bin/env bash
# Installs what is missing, starts a test PostgreSQL, then runs every test (app: unit, headless
# UI, store, content; server: real HTTP on SQLite and PostgreSQL, headless Chromium), type-checks
# the Android library, and compiles and smoke-runs the benchmarks once.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
# A throwaway PostgreSQL (port 55432) for the server's tests on PostgreSQL; SQLite needs nothing.
BLUE_VEST_TEST_POSTGRES_URL="$(bash scripts/postgres.sh)"
export BLUE_VEST_TEST_POSTGRES_URL
# Each server test makes its own database (bv_test_*); drop those an earlier run left.
psql "$BLUE_VEST_TEST_POSTGRES_URL" -Atc "SELECT datname FROM pg_database WHERE datname LIKE 'bv\_test\_%'" |
  while read -r db; do psql "$BLUE_VEST_TEST_POSTGRES_URL" -qc "DROP DATABASE IF EXISTS \"$db\""; done
if cargo fmt --version >/dev/null 2>&1; then cargo fmt --all -- --check; fi
# Lints: the workspace's own ([workspace.lints]) and clippy's, on every target, as errors. Clippy
# runs as the compiler of the workspace's own crates in the build the tests use (what `cargo
# clippy` does, in check mode), so the dependencies are compiled once, not a second time for a
# separate `cargo clippy` (that took 9.5 of a clean run's 25 minutes). Every cargo command below
# runs with the same settings, so none compiles the workspace again.
if clippy_driver="$(rustup which clippy-driver 2>/dev/null || command -v clippy-driver)"; then
  export RUSTC_WORKSPACE_WRAPPER="$clippy_driver" CLIPPY_ARGS="-Dwarnings"
fi
cargo test --workspace --all-targets --no-run
# The Android library type-checked for aarch64-linux-android (Debian's Rust, -Zbuild-std): fails
# on any error in Android-only code; prints clippy's Android advice without failing on it.
bash scripts/check-android.sh
# One quick round of the benchmarks, so they keep working (the start-up part needs an X display;
# it starts Xvfb itself). Real figures: cargo bench --bench startup.
cargo test --workspace --benches
# The app's end-to-end tests and the API contract start the real server binary: the test build
# above made it (target/debug/blue-vest-server). A separate `cargo build -p blue-vest-server`
# would resolve the dependencies' features for that package alone and compile many of them again.
# The API contract: schemathesis against the built server on SQLite and PostgreSQL (about a
# minute in all): the server does exactly what its OpenAPI document says.
bash scripts/api-contract.sh both
# Every test of the app and the server.
cargo test --workspace
