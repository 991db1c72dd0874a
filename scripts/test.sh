#!/usr/bin/env bash
# Installs what is missing, then runs every test (unit, headless UI, store, content) and
# compiles and smoke-runs the benchmarks once.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
if cargo fmt --version >/dev/null 2>&1; then cargo fmt --all -- --check; fi
# The window start-up smoke run in benches/ needs an X display; it starts Xvfb itself.
cargo test --workspace --all-targets
