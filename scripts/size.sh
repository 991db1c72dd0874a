#!/usr/bin/env bash
# What the app weighs (issue 17): the stripped release desktop binary and the stripped release
# library an Android build packages (the root package's `cdylib`; built here for this host, a
# stand-in for the aarch64 one, see below), each against a bare Slint window with the app's
# Slint features that links the bundled SQLite (examples/bare_window.rs), then the ten biggest
# crates in the desktop binary's code.
#
#   scripts/size.sh            # builds what is missing (release), then prints the figures
#
# The crates table comes from cargo-bloat (installed from crates.io if missing); without it,
# from `nm --size-sort`, grouping symbols by their first path segment. Both read the binary's
# symbols, which is why the release profile keeps them and this script strips copies.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
release="$target/release"

cargo build --release --bin blue-vest --lib --example bare_window

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
stripped() {
  strip -o "$out/$(basename "$1")" "$1"
  stat -c %s "$out/$(basename "$1")"
}
mib() { awk -v b="$1" 'BEGIN { printf "%6.1f MiB", b / 1048576 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f×", a / b }'; }

bare=$(stripped "$release/examples/bare_window")
desktop=$(stripped "$release/blue-vest")
cdylib=$(stripped "$release/libblue_vest.so")
echo "stripped release sizes (against a bare Slint window that links rusqlite):"
printf '  %-38s %s\n' "bare window + rusqlite" "$(mib "$bare") (1.00×)"
printf '  %-38s %s\n' "desktop binary (blue-vest)" "$(mib "$desktop") ($(ratio "$desktop" "$bare"); goal ≤ 1.50×)"
printf '  %-38s %s\n' "cdylib (libblue_vest.so, this host)" "$(mib "$cdylib") ($(ratio "$cdylib" "$bare"))"
echo "  (the host cdylib holds only what its exported symbols reach: android_main is Android-only,"
echo "   so on this host it is far smaller than the Android library; the desktop binary, which"
echo "   runs the same app, is the closer measure of what a phone installs and maps)"

echo
echo "the ten biggest crates in the desktop binary's code (.text):"
if ! command -v cargo-bloat >/dev/null 2>&1; then
  cargo install cargo-bloat --version 0.12.1 --locked >/dev/null 2>&1 || true
fi
if command -v cargo-bloat >/dev/null 2>&1; then
  # The same release build as above (nothing is rebuilt).
  cargo bloat --release --bin blue-vest --crates -n 10 2>/dev/null | sed 's/^/  /'
else
  echo "  (cargo-bloat is not available: grouped from nm instead; generic code is counted in the"
  echo "   crate it is instantiated from, e.g. core::ptr::drop_in_place<blue_vest::…> under core)"
  # Decimal sizes (`-t d`): mawk, Debian's default awk, has no strtonum for hex.
  nm -C --size-sort -S -t d "$release/blue-vest" | awk '$3 ~ /^[tTwW]$/' |
    awk '{ size = $2 + 0; $1 = $2 = $3 = ""; name = substr($0, 4);
           sub(/^[<&*]+/, "", name); n = split(name, p, "::"); crate = (n > 1) ? p[1] : "[C and assembly]";
           sum[crate] += size; total += size }
         END { for (c in sum) printf "%10.0f KiB %5.1f%%  %s\n", sum[c] / 1024, 100 * sum[c] / total, c }' |
    sort -rn | head -10 | sed 's/^/  /'
fi
