#!/usr/bin/env bash
# The API contract: an outside schema fuzzer (schemathesis) checks that the server does exactly
# what its OpenAPI document (/api/v1/openapi.json, generated from the protocol's types) says.
# For each database it starts the built server (test.sh's test build makes it) on a
# fresh database seeded with a small demo campaign and one volunteer, with a lesson pack signing
# key of its own (so pack uploads reach the reader and checker, not a 503), signs in, and runs
# schemathesis with every check, every operation but logout (the token must live), a fixed
# seed and at least 100 examples per operation, through all its phases: the schema's examples,
# boundary values (coverage), random valid and invalid requests (fuzzing), and stateful walks
# along the document's links (create an event, get it, change it, close it, upload attendance
# for it; scripts/schemathesis.toml keeps the walks to the document's links), and checks that
# those walks happened. Any failure fails the script. It prints the number of generated cases.
#
#   scripts/api-contract.sh [sqlite|postgres|both]   (default both; PostgreSQL from scripts/postgres.sh)
#
# Environment: CARGO_TARGET_DIR (where the server binary is), BLUE_VEST_CONTRACT_EXAMPLES (100),
# BLUE_VEST_CONTRACT_SEED (20261130), BLUE_VEST_CONTRACT_REPORT_DIR (keep schemathesis's events,
# one NDJSON file per database, there).
set -euo pipefail
cd "$(dirname "$0")/.."

which=${1:-both}
examples=${BLUE_VEST_CONTRACT_EXAMPLES:-100}
seed=${BLUE_VEST_CONTRACT_SEED:-20261130}
bin="${CARGO_TARGET_DIR:-target}/debug/blue-vest-server"
[ -x "$bin" ] || { echo "api-contract.sh: $bin is missing: run cargo build -p blue-vest-server first" >&2; exit 1; }

if ! command -v schemathesis >/dev/null 2>&1; then
  python3 -m pip install --quiet 'schemathesis>=4.32,<5' 2>/dev/null \
    || python3 -m pip install --quiet --break-system-packages 'schemathesis>=4.32,<5'
fi

config="$PWD/scripts/schemathesis.toml"
work=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

password="contract password 1"

# The server tests' demo pack as two ZIPs for the contract volunteer's city, valid today: `kept`,
# and the same lesson as pack `gone` (the one the fuzzer withdraws; scripts/schemathesis.toml).
python3 - "$work" <<'PY'
import os, sys, zipfile
root = "crates/server/tests/fixtures/demo-pack"
for pack in ("kept", "gone"):
    with zipfile.ZipFile(os.path.join(sys.argv[1], f"{pack}-pack.zip"), "w", zipfile.ZIP_DEFLATED) as z:
        for d, _, files in os.walk(root):
            for f in sorted(files):
                path = os.path.join(d, f)
                data = open(path, "rb").read().replace(b"demo--", f"{pack}--".encode())
                if f == "pack.toml":
                    data = data.replace(b'id = "demo"', f'id = "{pack}"'.encode())
                    data = data.replace(b"VALID_FROM", b"2025-06-01").replace(b"VALID_UNTIL", b"2099-12-31")
                    data = data.replace('cities = ["杭州", "宁波"]'.encode(), 'cities = ["成都"]'.encode())
                z.writestr(os.path.relpath(path, root).replace("demo--", f"{pack}--"), data)
PY

# Runs the contract against one database URL; $1 names it in the output.
run() {
  local name=$1 url=$2
  "$bin" --database-url "$url" seed-demo --events 12 --attendance 200 --seed 7 >/dev/null 2>&1
  "$bin" --database-url "$url" admin create-org --name "Contract" --city "成都" >/dev/null
  printf '%s\n' "$password" | "$bin" --database-url "$url" admin create-volunteer \
    --org "Contract" --email contract@example.org --name "Contract" >/dev/null
  "$bin" admin pack-key --out "$work/$name.pack.key" >/dev/null
  # Generous limits: the fuzzer is one client making thousands of requests; a 429 is documented
  # and allowed, but the operations behind it should be reached.
  "$bin" --database-url "$url" serve --listen 127.0.0.1:0 --plain-http \
    --login-burst 100000 --account-failure-burst 100000 --senior-token-burst 100000 \
    --senior-miss-burst 100000 --senior-miss-global-burst 100000 --senior-code-burst 100000 \
    --senior-upload-burst 100000 --pack-key "$work/$name.pack.key" >"$work/$name.out" 2>"$work/$name.log" &
  server_pid=$!
  local base=""
  for _ in $(seq 1 100); do
    # (The server's output file may not be there yet: the background shell makes it.)
    base=$(sed -n 's/^listening on //p' "$work/$name.out" 2>/dev/null | head -n 1 || true)
    [ -n "$base" ] && break
    sleep 0.1
  done
  [ -n "$base" ] || { echo "api-contract.sh: the server did not start:" >&2; cat "$work/$name.log" >&2; exit 1; }
  local token
  token=$(curl -sf -H 'content-type: application/json' \
    -d "{\"email\":\"contract@example.org\",\"password\":\"$password\"}" "$base/api/v1/login" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
  # Two published lesson packs, so the pack operations also answer with real packs: their ids
  # and version are likely parameters (scripts/schemathesis.toml).
  for pack in kept gone; do
    curl -sf -o /dev/null -H "Authorization: Bearer $token" -H 'content-type: application/zip' \
      --data-binary @"$work/$pack-pack.zip" "$base/api/v1/packs" \
      || { echo "api-contract.sh: $name: the $pack pack was not published" >&2; exit 1; }
  done
  local started=$SECONDS
  echo "api-contract.sh: $name: schemathesis on $base (seed $seed, $examples examples per operation)"
  # From the scratch folder: schemathesis keeps its own files in the working directory. One
  # worker: with two threads, CPython 3.11's ast.parse (hypothesis describing its filters) now
  # and then failed with "AST constructor recursion depth mismatch", an interpreter bug, not the
  # server's; one worker is as fast here and gives the same cases every run.
  if ! (cd "$work" && schemathesis --config-file "$config" run "$base/api/v1/openapi.json" \
    --checks all \
    --exclude-operation-id logout \
    --header "Authorization: Bearer $token" \
    --seed "$seed" \
    --max-examples "$examples" \
    --workers 1 \
    --suppress-health-check all \
    --report ndjson --report-ndjson-path "$work/$name-events.ndjson" \
    --no-color >"$work/$name.txt" 2>&1); then
    cat "$work/$name.txt"
    echo "api-contract.sh: $name: the server does not do what its document says (above)" >&2
    exit 1
  fi
  sed -n '/SUMMARY/,$p' "$work/$name.txt"
  if [ -n "${BLUE_VEST_CONTRACT_REPORT_DIR:-}" ]; then cp "$work/$name-events.ndjson" "$BLUE_VEST_CONTRACT_REPORT_DIR/"; fi
  # The generated cases per operation (every phase) and the statuses they were answered with;
  # not the probes with methods the document does not name (all answered 405).
  python3 - "$work/$name-events.ndjson" <<'PY'
import collections, json, sys
cases, statuses = collections.Counter(), collections.defaultdict(collections.Counter)
for line in open(sys.argv[1], encoding="utf-8"):
    event = json.loads(line).get("ScenarioFinished")
    if not event:
        continue
    recorder = event["recorder"]
    for case_id, case in recorder.get("cases", {}).items():
        op = f'{case["value"]["method"]} {case["value"]["path"]}'
        cases[op] += 1
        response = (recorder.get("interactions", {}).get(case_id) or {}).get("response") or {}
        if "status_code" in response:
            statuses[op][response["status_code"]] += 1
for op, n in sorted(cases.items(), key=lambda kv: kv[0].split(" ")[1] + kv[0]):
    if set(statuses[op]) == {405}:
        continue
    answers = ", ".join(f"{s}×{k}" for s, k in sorted(statuses[op].items()))
    print(f"  {op}: {n} cases ({answers})")
PY
  # The walks along the document's links happened: at least those from a created event.
  local links
  links=$(sed -n 's/.*API Links: *\([0-9]*\) covered.*/\1/p' "$work/$name.txt" | head -n 1)
  grep -m 1 'API Links:' "$work/$name.txt"
  if [ "${links:-0}" -lt 4 ]; then
    cat "$work/$name.txt"
    echo "api-contract.sh: $name: the stateful phase followed ${links:-no} links (at least 4 expected)" >&2
    exit 1
  fi
  echo "api-contract.sh: $name: passed in $((SECONDS - started)) s: $(grep -Eo '[0-9]+ generated' "$work/$name.txt" | tail -n 1) test cases"
  kill "$server_pid"
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
}

if [ "$which" = sqlite ] || [ "$which" = both ]; then
  run sqlite "sqlite://$work/contract.sqlite3"
fi
if [ "$which" = postgres ] || [ "$which" = both ]; then
  admin_url=${BLUE_VEST_TEST_POSTGRES_URL:-$(bash scripts/postgres.sh)}
  # psql without the NOTICE for dropping a database that is not there.
  quiet_psql() { PGOPTIONS='-c client_min_messages=warning' psql "$@"; }
  db="bv_contract_$$"
  quiet_psql "$admin_url" -qc "DROP DATABASE IF EXISTS $db" >/dev/null
  quiet_psql "$admin_url" -qc "CREATE DATABASE $db" >/dev/null
  run postgres "${admin_url%/*}/$db"
  quiet_psql "$admin_url" -qc "DROP DATABASE IF EXISTS $db" >/dev/null
fi
