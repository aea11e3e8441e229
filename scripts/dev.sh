#!/usr/bin/env bash
# Tallenne's developer entry point. On a fresh Debian 12 machine each sub-command installs
# what it needs (with sudo when not root), builds, and does its job.
#
#   bash scripts/dev.sh run              build and start the console on a demo register
#   bash scripts/dev.sh test             build and run the whole test suite
#   bash scripts/dev.sh test --sanitize  the same with AddressSanitizer + UBSan (build-asan/)
#   bash scripts/dev.sh check            formatting (clang-format) and translations (lupdate)
#   bash scripts/dev.sh fuzz [SECONDS]   the libFuzzer targets (clang-14) for SECONDS each (fuzz/)
#   bash scripts/dev.sh screenshots      the README's screenshots, from the real app under Xvfb
#   bash scripts/dev.sh deps             only install the Debian packages
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

packages=(
    g++ cmake ninja-build pkg-config binutils
    qt6-base-dev qt6-base-dev-tools qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6svg6 libgl-dev
    qtkeychain-qt6-dev libsqlcipher-dev libsodium-dev libphonenumber-dev libsndfile1-dev
    libsoundtouch-dev libzip-dev
    libzxcvbn-dev libstemmer-dev
    libsystemd-dev systemd
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good
    dbus dbus-user-session gnome-keyring pulseaudio pulseaudio-utils
    xvfb xauth espeak-ng sox clang-format fonts-dejavu-core
    python3-jsonschema poppler-utils qt6-charts-dev libqt6opengl6-dev
    qt6-base-private-dev  # tests/qtsql/run-qt-sql-suite.sh: Qt's SQL tests use QtSql's private headers
    libqt6sql6-sqlite     # the same script's baseline (QSQLITE); the console never loads it
    clang-14              # fuzz/run.sh: libFuzzer comes with clang
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

deps() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

# The console's build (build/, shared by run, test and screenshots): optimised, with line
# tables only (-g1) for backtraces; full debug information made the objects ten times larger
# and the links of a hundred test programs slow.
# Line tables only (-g1); the tests' Qt headers precompiled (TALLENNE_PCH): CI builds twice.
build_options=(-DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" -DTALLENNE_PCH=ON)

# build DIR [cmake options…]
build() {
    local dir=$1
    shift
    cmake -S "$root" -B "$dir" -G Ninja "$@" >/dev/null
    cmake --build "$dir" -j "$(nproc)"
}

# Runs "$@" inside a private D-Bus session with an unlocked gnome-keyring and a PulseAudio
# null sink, in a throwaway HOME and XDG_RUNTIME_DIR; everything is stopped afterwards.
with_session() {
    local scratch
    scratch=$(mktemp -d /tmp/tallenne-session.XXXXXX)
    mkdir -p "$scratch/home" "$scratch/run"
    chmod 700 "$scratch/run"
    HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run" \
        dbus-run-session -- bash "$root/scripts/session-inner.sh" "$@"
    local rc=$?
    rm -rf "$scratch"
    return $rc
}

cmd=${1:-}
shift || true
case "$cmd" in
deps)
    deps
    ;;
run)
    deps
    build "$root/build" "${build_options[@]}"
    register="${TALLENNE_DEMO_REGISTER:-$HOME/.local/share/tallenne/demo-register}"
    if [ ! -f "$register/keyslots.json" ]; then
        mkdir -p "$(dirname "$register")"
        "$root/build/src/app/tallenne-admin" --register "$register" demo --no-bind \
            | tee "$(dirname "$register")/demo-users.txt"
        echo "The demo users and passwords are also in $(dirname "$register")/demo-users.txt"
    else
        echo "Demo register: $register (users in $(dirname "$register")/demo-users.txt)"
    fi
    exec "$root/build/src/app/tallenne" --register "$register" "$@"
    ;;
test)
    deps
    dir="$root/build"
    opts=("${build_options[@]}")
    if [ "${1:-}" = "--sanitize" ]; then
        dir="$root/build-asan"
        # Line tables only (-g1): the sanitizers' reports keep file and line. No benchmarks.
        opts=(-DTALLENNE_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-g1
              -DTALLENNE_BUILD_BENCH=OFF -DTALLENNE_PCH=ON)
        # LeakSanitizer on: a leak fails the test (tests/lsan.supp names the outside
        # libraries' own leaks, each with its reason).
        export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
        export LSAN_OPTIONS=suppressions=$root/tests/lsan.supp:print_suppressions=0
        export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    fi
    build "$dir" "${opts[@]}"
    # Three at a time on two cores: many tests wait (kills, lockouts, timers, playback).
    with_session ctest --test-dir "$dir" --output-on-failure -j 3
    ;;
screenshots)
    deps
    packages=(xdotool imagemagick poppler-utils)
    deps
    build "$root/build" "${build_options[@]}"
    bash "$root/scripts/screenshots.sh" "$root/build"
    ;;
check)
    deps
    bash "$root/scripts/check.sh"
    ;;
fuzz)
    deps
    bash "$root/fuzz/run.sh" "$@"
    ;;
*)
    sed -n '2,11p' "$0"
    exit 1
    ;;
esac
