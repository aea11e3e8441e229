#!/bin/sh
# Runs one test executable with a fresh, throwaway HOME and XDG directories and the
# offscreen platform, so no test reads or writes the developer's own settings.
# Usage: run-one.sh HOME_DIR EXECUTABLE [ARGS…]
set -eu
home=$1
shift
rm -rf "$home"
mkdir -p "$home/.config" "$home/.local/share" "$home/.cache" "$home/.local/state"
export HOME="$home"
export XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share"
export XDG_CACHE_HOME="$home/.cache" XDG_STATE_HOME="$home/.local/state"
export QT_QPA_PLATFORM=offscreen
export LC_ALL=C.UTF-8
exec "$@"
