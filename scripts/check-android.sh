#!/usr/bin/env bash
# Type-checks the app library for Android (aarch64-linux-android): src/android.rs, src/platform/,
# the core, Slint's Android backend, jni/ndk-context, the bundled SQLite and rustls (ring).
# Fails on any error; prints clippy's advice for Android on the way (never fails on it).
#
# No Android NDK, SDK or rustup std for Android can be installed here, so this uses Debian's Rust
# (rustc-web, with the exactly matching std source) to build std for the target from source
# (-Zbuild-std), Debian's clang for the little C that is compiled (SQLite, ring; glibc's aarch64
# headers stand in for bionic's), and stand-ins for the Java tools Slint's build script calls. It
# checks types and borrows; it links nothing and runs nothing: android/README.md has the real build.
#
# The target dir is ${CARGO_TARGET_DIR:-target}/android-check: a different compiler from the
# host builds', so never shared with them.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  rustc-web cargo-web rust-web-src libstd-rust-web-dev   # Debian's Rust and its std source
  rust-web-clippy                                        # clippy for that compiler (advice only)
  clang llvm                                             # C for the target (SQLite, ring)
  libc6-dev-arm64-cross                                  # aarch64 C headers in place of bionic's
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "check-android: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Debian's cargo, rustc and clippy, never rustup's (whose compiler does not match this std source).
export PATH="/usr/bin:$PATH"
export RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc
unset RUSTC_WRAPPER RUSTC_WORKSPACE_WRAPPER CLIPPY_ARGS RUSTUP_TOOLCHAIN
export RUSTC_BOOTSTRAP=1   # -Zbuild-std on a stable compiler
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}/android-check"

target=aarch64-linux-android
export CC_aarch64_linux_android=clang AR_aarch64_linux_android=llvm-ar
export CFLAGS_aarch64_linux_android="--target=aarch64-linux-android26 -nostdlibinc -isystem /usr/aarch64-linux-gnu/include"
# skia-bindings uses the bindings it ships instead of downloading Skia (nothing is linked).
export DOCS_RS=1

# Slint's Android backend compiles a Java helper with javac and d8 and embeds the dex file. For a
# type-check, stand-ins do: a javac that only answers -version, a java (d8) that writes an empty
# classes.dex, and empty jars. They live in this check's own target dir, never on the system's
# PATH; the path stays the same from run to run because the build script reruns (and Slint is
# checked again) whenever JAVA_HOME, ANDROID_JAR or ANDROID_D8_JAR change.
tools="$CARGO_TARGET_DIR/java-stand-ins"
rm -rf "$tools"
mkdir -p "$tools/jdk/bin"
cat >"$tools/jdk/bin/javac" <<'EOF'
#!/bin/sh
# Stand-in javac for scripts/check-android.sh: compiles nothing.
case "$1" in -version) echo "javac 17.0.0" ;; esac
exit 0
EOF
cat >"$tools/jdk/bin/java" <<'EOF'
#!/bin/sh
# Stand-in d8 (java -cp d8.jar ...) for scripts/check-android.sh: an empty classes.dex in --output.
while [ $# -gt 0 ]; do
  if [ "$1" = "--output" ]; then : >"$2/classes.dex"; shift; fi
  shift
done
exit 0
EOF
chmod +x "$tools/jdk/bin/javac" "$tools/jdk/bin/java"
: >"$tools/android.jar"
: >"$tools/d8.jar"
export JAVA_HOME="$tools/jdk" ANDROID_JAR="$tools/android.jar" ANDROID_D8_JAR="$tools/d8.jar"

args=(
  -Zbuild-std=std,panic_abort --target "$target" -p blue-vest --lib
  # Host build scripts and proc macros at opt-level 2 (the dev profile's dependencies) took
  # 10 minutes; nothing is run here, so nothing needs optimising.
  --config 'profile.dev.package."*".opt-level=0'
)

start=$(date +%s)
if cargo clippy --version >/dev/null 2>&1; then
  # One pass: clippy is rustc plus lints, so it finds every error `cargo check` would and
  # prints its advice (for the core too) on the way. Its advice never fails the script: if
  # clippy fails, `cargo check` decides (a lint the workspace denies, or clippy itself, is no
  # compile error).
  echo "check-android: cargo clippy --target $target ($(rustc --version)); clippy's warnings are advice"
  if ! cargo clippy "${args[@]}" -p blue-vest-core; then
    echo "check-android: clippy failed; cargo check decides"
    cargo check "${args[@]}"
  fi
else
  echo "check-android: cargo check --target $target ($(rustc --version))"
  cargo check "${args[@]}"
fi
echo "check-android: the library type-checks for $target ($(($(date +%s) - start)) s)"
