#!/usr/bin/env bash
# Installs the Debian packages the app, its tests and its benchmarks need, if any is missing.
# Needs root (or sudo). Rust itself is expected to be installed (rustup).
set -euo pipefail

packages=(
  pkg-config libfontconfig1-dev          # fonts for Slint's text layout
  fonts-noto-cjk fonts-dejavu-core       # Chinese and Latin glyphs
  libxkbcommon-x11-0 libx11-xcb1 libxcursor1 libxi6 libxrandr2  # winit on X11
  xvfb xauth                             # a display for the window benchmark
  espeak-ng                              # desktop speech (Mandarin: cmn-latn-pinyin)
  libasound2-dev                         # audio output (ALSA) for the desktop voice
  postgresql                             # server and psql for the server's tests (scripts/postgres.sh)
  chromium                               # headless browser for the dashboard tests
  chromium-driver                        # WebDriver for that browser
  curl python3 python3-pip               # the API contract run (scripts/api-contract.sh: schemathesis from PyPI)
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
