#!/usr/bin/env bash
# Saves docs/screenshots/player.png: the player panel with a generated two-voice recording,
# three tags and a selection, drawn on a virtual X server (xvfb-run) with a throwaway HOME.
# Usage: scripts/screenshot-player.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
cmake -S "$root" -B "$build" -G Ninja >/dev/null
cmake --build "$build" --target tst_player -j2 >/dev/null
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -p "$root/docs/screenshots"
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
XDG_RUNTIME_DIR=$home QT_QPA_PLATFORM=xcb LC_ALL=C.UTF-8 \
TALLENNE_SCREENSHOT="$root/docs/screenshots/player.png" \
    xvfb-run -a "$build/tests/gui/tst_player" screenshot
echo "saved $root/docs/screenshots/player.png"
