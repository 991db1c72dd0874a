#!/usr/bin/env bash
# The start-up order file (issue 17): which of the app's functions run before its first frame.
# The release link puts them next to each other (build.rs passes scripts/startup-order.txt to
# lld as `--symbol-ordering-file`), so a start touches a few MB of code pages instead of
# pages spread across the whole binary: less resident memory and fewer page faults on a
# phone's slow flash.
#
#   scripts/startup-order.sh     # builds the release app, records, rewrites startup-order.txt
#
# Records with valgrind's callgrind (`apt-get install valgrind`) three starts to the first
# frame: zh-CN and en-US on a new data dir, and zh-CN on an existing one. Symbol names carry
# a hash of their crate and instance, not of their code, so the file stays valid across most
# edits; `cargo bench --bench startup` prints how many of its names the binary still has.
# Re-run this after a dependency upgrade or when that count drops.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
exe="$target/release/blue-vest"
order="scripts/startup-order.txt"

command -v valgrind >/dev/null || { echo "needs valgrind (apt-get install valgrind)" >&2; exit 1; }
cargo build --release --bin blue-vest

work="$(mktemp -d)"
xvfb_pid=""
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :93 -screen 0 1280x1024x24 >/dev/null 2>&1 &
  xvfb_pid=$!
  export DISPLAY=:93
  sleep 1
fi
export SLINT_BACKEND=winit-software

record() { # name, data dir, locale
  valgrind --tool=callgrind --demangle=no --callgrind-out-file="$work/$1.cg" \
    "$exe" --data-dir "$2" --locale "$3" --exit-after-first-frame >/dev/null 2>"$work/$1.log" ||
    { cat "$work/$1.log" >&2; exit 1; }
}
record zh-new "$work/zh" zh-CN
record en-new "$work/en" en-US
record zh-existing "$work/zh" zh-CN

# Every function callgrind saw (named on first mention: `fn=(id) name`, `cfn=(id) name`),
# kept if it is a code symbol of the app binary (not libc's, X11's, …).
nm --defined-only "$exe" | awk '$2 ~ /^[tTwW]$/ { print $3 }' | sort -u >"$work/symbols"
cat "$work"/*.cg | sed -n 's/^c\{0,1\}fn=([0-9]*) \(.*\)$/\1/p' | sort -u >"$work/executed"
{
  echo "# Functions of the app that run before its first frame; written by scripts/startup-order.sh."
  echo "# build.rs passes this to lld (--symbol-ordering-file) for the release desktop binary."
  comm -12 "$work/symbols" "$work/executed"
} >"$order"
count=$(grep -vc '^#' "$order")
# Decimal sizes (`-t d`): mawk, Debian's default awk, has no strtonum for hex.
size=$(nm -S -t d --defined-only "$exe" |
  awk 'NR == FNR { want[$1] = 1; next } ($4 in want) { s += $2 } END { printf "%.1f MB", s / 1e6 }' <(grep -v '^#' "$order") -)
echo "$order: $count functions ($size of code) run before the first frame"
