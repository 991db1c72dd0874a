#!/usr/bin/env bash
# Installs what is missing, then runs the app on its embedded defaults (local SQLite in the
# platform's data directory, bundled content, no server). Extra arguments go to the app,
# e.g. scripts/run.sh --locale en-US --text-scale 1.5
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
exec cargo run --bin blue-vest -- "$@"
