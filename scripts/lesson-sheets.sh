#!/usr/bin/env bash
# Renders every step of one lesson (both languages, text size 1.0 and 2.0) and puts each set on a
# contact sheet, for reading a lesson on screen before it lands:
#   scripts/lesson-sheets.sh <lesson-id> [out-dir]      (needs ImageMagick's `montage`)
# Sheets: <out-dir>/<lesson-id>-<locale>-<scale>.png; single steps in <out-dir>/<lesson-id>/.
# Uses the debug binary of the current checkout (built if missing), so the embedded lessons
# are the ones in assets/ and locales/ at build time.
set -euo pipefail
id=${1:?usage: scripts/lesson-sheets.sh <lesson-id> [out-dir]}
out=${2:-target/lesson-sheets}
cd "$(dirname "$0")/.."
toml="assets/lessons/$id.toml"
[[ -f $toml ]] || { echo "no lesson file $toml" >&2; exit 1; }
steps=$(grep -c '^\[\[steps\]\]' "$toml")
bin="${CARGO_TARGET_DIR:-target}/debug/blue-vest"
[[ -x $bin ]] || cargo build --quiet
mkdir -p "$out/$id"
for locale in zh-CN en-US; do
    for scale in 1.0 2.0; do
        height=$([[ $scale == 1.0 ]] && echo 2400 || echo 8000)
        files=()
        for n in $(seq 1 "$steps"); do
            f="$out/$id/$locale-$scale-$(printf %02d "$n").png"
            "$bin" --locale "$locale" --text-scale "$scale" screenshot --screen "lesson:$id:$n" \
                --height-px "$height" --out "$f" >/dev/null
            files+=("$f")
        done
        montage "${files[@]}" -resize 360x -tile 6x -geometry +6+6 -background '#888' \
            "$out/$id-$locale-$scale.png"
        echo "$out/$id-$locale-$scale.png ($steps steps)"
    done
done
