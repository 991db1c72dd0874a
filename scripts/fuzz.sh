#!/usr/bin/env bash
# Fuzzes what comes from outside with cargo-fuzz (libFuzzer, nightly toolchain, a debug build
# with AddressSanitizer): a lesson pack's archive (read under the limits, then checked), lesson
# TOML through the content checker, Fluent files through the localizer, and the sync protocol's
# attendance batch as the server decodes it.
#   scripts/fuzz.sh [SECONDS]          each target for SECONDS (default 600), one after another
#   FUZZ_TARGETS="pack_archive fluent" scripts/fuzz.sh 60
# Seeds come from the shipped lessons and locales and the server tests' demo pack; the corpus
# grows in $CARGO_TARGET_DIR/fuzz-corpus/<target>. Prints the executions per target; a crash
# stops the script (its input is in fuzz/artifacts/<target>/: make it a regression test).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
targets=${FUZZ_TARGETS:-"pack_archive lesson_toml fluent protocol_batch"}
target_dir=${CARGO_TARGET_DIR:-target}
corpus="$target_dir/fuzz-corpus"
mkdir -p "$corpus"/{pack_archive,lesson_toml,fluent,protocol_batch}

# Seeds (idempotent).
cp -n assets/lessons/*.toml "$corpus/lesson_toml/" 2>/dev/null || true
find locales -name '*.ftl' | while read -r f; do cp -n "$f" "$corpus/fluent/$(echo "$f" | tr / _)"; done
python3 - "$corpus/pack_archive/demo.zip" <<'PY'
import os, sys, zipfile
root = "crates/server/tests/fixtures/demo-pack"
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    for d, _, files in os.walk(root):
        for f in sorted(files):
            path = os.path.join(d, f)
            data = open(path, "rb").read()
            if f == "pack.toml":
                data = data.replace(b"VALID_FROM", b"2025-06-01").replace(b"VALID_UNTIL", b"2030-06-01")
            z.writestr(os.path.relpath(path, root), data)
PY
cat > "$corpus/protocol_batch/batch.json" <<'JSON'
{"records":[{"id":"0192f0c4-7a6e-7cc0-9d4e-1b2c3d4e5f60","event_code":"482913","learner":"K7M3-Q9TX","recorded_by":"volunteer","lessons_done":["safety-police-call"],"device_time":"2026-11-27T06:10:00Z"}]}
JSON

cargo +nightly fuzz build --dev --fuzz-dir fuzz
for t in $targets; do
  log="$target_dir/fuzz-$t.log"
  echo "== $t for ${seconds}s"
  if ! cargo +nightly fuzz run --dev --fuzz-dir fuzz "$t" "$corpus/$t" -- \
      -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "fuzz.sh: $t crashed or failed; the input is in fuzz/artifacts/$t/" >&2
    exit 1
  fi
  runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || echo "?")
  echo "$t: $runs executions in ${seconds}s, no crash (corpus: $(ls "$corpus/$t" | wc -l) inputs)"
done
