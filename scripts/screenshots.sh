#!/usr/bin/env bash
# Starts the real console under Xvfb on a demo register, logs in by typing into the login
# dialog, and saves screenshots of the main views in docs/screenshots/.
#   bash scripts/screenshots.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build}
out=$root/docs/screenshots
mkdir -p "$out"
for tool in xvfb-run xdotool import; do
    command -v $tool >/dev/null || {
        echo "screenshots: $tool is missing (apt-get install xvfb xdotool imagemagick)" >&2
        exit 1
    }
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
register=$scratch/demo
HOME=$scratch "$build/src/app/tallenne-admin" --register "$register" demo --no-bind --calls 400 --chats 80 \
    >"$scratch/users.txt"
password_of() { awk -v u="$1" '$1 == "user" && $2 == u { print $6 }' "$scratch/users.txt"; }

# shot USER LANG NAME [KEYS…]: log in as USER, press the keys, save NAME.png
shot() {
    local user=$1 lang=$2 name=$3
    shift 3
    HOME=$scratch xvfb-run -a -s "-screen 0 1360x860x24" bash -c '
        set -e
        "$0" --register "$1" --user "$2" --lang "$3" &
        app=$!
        win=$(xdotool search --sync --onlyvisible --class tallenne | head -1)
        sleep 1
        xdotool windowfocus --sync "$win"
        xdotool type --delay 20 "$4"
        xdotool key Return
        sleep 3
        main=$(xdotool search --onlyvisible --class tallenne | tail -1)
        xdotool windowsize "$main" 1340 840 windowmove "$main" 10 10 windowfocus "$main"
        sleep 1
        shift 5
        for k in "$@"; do
            case "$k" in
            type:*) xdotool type --delay 20 "${k#type:}" ;;
            dclick:*) xy=${k#dclick:}; xdotool mousemove "${xy%,*}" "${xy#*,}" click --repeat 2 --delay 80 1 ;;
            click:*) xy=${k#click:}; xdotool mousemove "${xy%,*}" "${xy#*,}" click 1 ;;
            *) xdotool key "$k" ;;
            esac
            sleep 1
        done
        sleep 1
        import -window root "$OUT"
        kill $app
    ' "$build/src/app/tallenne" "$register" "$user" "$lang" "$(password_of "$user")" _ "$@"
    echo "saved $out/$name.png"
}
export OUT
OUT=$out/calls-en.png shot laura en calls-en dclick:400,268 Return
OUT=$out/chats-en.png shot laura en chats-en ctrl+2 ctrl+f type:lasku Return
OUT=$out/calls-fi.png shot teemu fi calls-fi
# The trainer's Coaching page with the demo's example playlist selected and its clips shown.
OUT=$out/coaching-en.png shot teemu en coaching-en ctrl+3 click:260,110
# The administrator's user administration.
OUT=$out/users-en.png shot admin en users-en ctrl+2
# The quality manager's Evaluate tab with the demo's draft open beside its recording, and the
# Reports tab with its charts.
OUT=$out/evaluation-en.png shot laura en evaluation-en ctrl+4 click:240,150
OUT=$out/report-en.png shot laura en report-en ctrl+4 click:591,77
