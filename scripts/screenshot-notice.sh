#!/usr/bin/env bash
# Screenshots of the privacy notice for docs/screenshots/: the viewer in Finnish and English
# (a real window under Xvfb) and the first page of the PDF. Needs xvfb (scripts/dev.sh deps)
# and pdftoppm (poppler-utils).
#
#   bash scripts/screenshot-notice.sh [BUILD_DIR]     (default: build)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build}
out=$root/docs/screenshots
mkdir -p "$out"

command -v xvfb-run >/dev/null || { echo "xvfb-run is missing: bash scripts/dev.sh deps" >&2; exit 7; }
command -v pdftoppm >/dev/null || { echo "pdftoppm is missing: apt-get install poppler-utils" >&2; exit 7; }

cmake -S "$root" -B "$build" -G Ninja >/dev/null
cmake --build "$build" --target tst_noticeviewer tallenne-admin -j2 >/dev/null

scratch=$(mktemp -d /tmp/tallenne-notice-shots.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
export HOME=$scratch/home XDG_RUNTIME_DIR=$scratch/run
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# The viewer, as a real X11 window.
TALLENNE_SCREENSHOT_DIR=$out QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1280x900x24" "$build/tests/gui/tst_noticeviewer" screenshots

# The PDF from a register with the example profile, first page only.
admin=$build/src/app/tallenne-admin
register=$scratch/register
pw="screenshot password 123"
printf '%s\n' "$pw" | "$admin" --register "$register" --password-stdin init --admin admin --no-bind >/dev/null
printf '%s\n' "$pw" | "$admin" --register "$register" --user admin --password-stdin \
    profile set "$root/resources/profiles/nordic-helpdesk.json" >/dev/null
"$admin" --register "$register" notice --lang fi --format pdf --out "$scratch/notice.pdf"
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$scratch/notice.pdf" "$out/notice-pdf"

echo "Wrote $out/notice-fi.png, $out/notice-en.png and $out/notice-pdf.png"
