#!/usr/bin/env bash
# Import rate of `tallenne-admin import asterisk`, through the binary as an administrator
# runs it: ROWS calls only, then ROWS calls with one row in ten carrying an 8 kHz 16-bit
# recording of 30 s (and calls only again from 500 repeating callers). Prints rows per second (the import's own figure) and the wall time.
#
#   bash bench/import-rate.sh BUILD_DIR [ROWS]      e.g. bash bench/import-rate.sh build 20000
#
# Needs sox (installed by scripts/dev.sh). Registers are made with --no-bind in a scratch
# folder, so no keychain is needed; the KDF is the real one (about 0.5 s per login).
set -euo pipefail
build=$(cd "$1" && pwd)
rows=${2:-20000}
admin="$build/src/app/tallenne-admin"
scratch=$(mktemp -d /tmp/tallenne-bench.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
password="bench password for the import"

# ROWS rows of 21 columns, one call a minute from 2024-05-02 08:00 UTC; `callers` distinct
# numbers (0: every call from a number of its own, the costliest case: a new data subject each).
csv() { # callers, file
awk -v n="$rows" -v callers="$1" 'BEGIN {
    base = 1714636800
    for (i = 0; i < n; i++) {
        t = base + i * 60
        c = callers > 0 ? i % callers : i
        s = strftime("%Y-%m-%d %H:%M:%S", t, 1)
        a = strftime("%Y-%m-%d %H:%M:%S", t + 5, 1)
        e = strftime("%Y-%m-%d %H:%M:%S", t + 35, 1)
        printf "\"\",\"040%07d\",\"0201234567\",\"from-trunk\",\"\"\"Asiakas %d\"\" <040%07d>\",\"PJSIP/trunk-%08x\",\"PJSIP/agent%d-%08x\",\"Queue\",\"support,t\",\"%s\",\"%s\",\"%s\",35,30,\"ANSWERED\",\"DOCUMENTATION\",\"%d.%d\",\"\",\"\",\"%d.%d\",%d\n", c, c, c, i, i % 17, i, s, a, e, base, i, base, i, i
    }
}' > "$2"
}
csv 0 "$scratch/Master.csv"
csv 500 "$scratch/Repeat.csv"
mkdir -p "$scratch/monitor"
sox -n -r 8000 -c 1 -b 16 "$scratch/tone.wav" synth 30 sine 440 vol 0.3
for ((i = 0; i < rows; i += 10)); do
    stamp=$(date -u -d "@$((1714636800 + i * 60))" +%Y%m%d-%H%M%S)
    cp "$scratch/tone.wav" "$scratch/monitor/in-0201234567-040$(printf %07d $i)-$stamp-1714636800.$i.wav"
done

run() { # name, CDR file, extra import args…
    local name=$1 cdr=$2
    shift 2
    local register="$scratch/register-$name"
    printf '%s\n' "$password" | "$admin" --register "$register" --password-stdin init --admin admin --no-bind >/dev/null
    local start end
    start=$(date +%s.%N)
    local out
    out=$(printf '%s\n' "$password" | "$admin" --register "$register" --user admin --password-stdin --json \
        import asterisk --cdr "$cdr" --utc "$@")
    end=$(date +%s.%N)
    local rate
    rate=$(printf '%s' "$out" | sed -n 's/.*"rows_per_second": *\([0-9.]*\).*/\1/p')
    printf '%-34s %8d rows  %10.0f rows/s  %7.1f s wall\n' "$name" "$rows" "$rate" "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')"
}
run "calls only, all callers new" "$scratch/Master.csv"
run "calls only, 500 callers" "$scratch/Repeat.csv"
run "1 in 10 with a recording" "$scratch/Master.csv" --recordings "$scratch/monitor"
