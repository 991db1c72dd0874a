#!/usr/bin/env bash
# Installs what is missing, then runs every test (unit, headless UI, store, content) and
# compiles and smoke-runs the benchmarks once.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
if cargo fmt --version >/dev/null 2>&1; then cargo fmt --all -- --check; fi
# One quick round of the benchmarks, so they keep working (the start-up part needs an X display;
# it starts Xvfb itself). Real figures: cargo bench --bench startup.
cargo test --workspace --benches
# Every test: unit, headless UI, theme, messages.
cargo test --workspace
