#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer + UBSan) in their own build folder
# and runs each for SECONDS, one after the other, starting from the seeds in fuzz/corpus/TARGET.
#
#   bash fuzz/run.sh [SECONDS] [TARGET…]      default 60 s, every target
#   TALLENNE_FUZZ_BUILD=dir                   the build folder (default build-fuzz/)
#   TALLENNE_FUZZ_JOBS=n                      build jobs (default: the number of cores)
#
# The seeds are never changed: what a run finds goes to build-fuzz/corpus/TARGET (kept between
# runs), crashes to build-fuzz/artifacts/TARGET/. A crash ends the script with exit code 1
# after every target has run; each crash is to be fixed and made a regression test in the
# normal suite (feeding the input through the same entry point).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-60}
shift || true
build=${TALLENNE_FUZZ_BUILD:-$root/build-fuzz}
jobs=${TALLENNE_FUZZ_JOBS:-$(nproc)}
all=(fuzz_asterisk_cdr fuzz_chat_jsonl fuzz_register_profile fuzz_scorecard fuzz_keyslots
     fuzz_audit_head fuzz_audio_probe)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")

# clang and its libFuzzer runtime (Debian's clang-14 carries libclang_rt.fuzzer); the libraries
# are the console's own (scripts/dev.sh deps).
if ! command -v clang++-14 >/dev/null; then
    as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clang-14
fi

start=$(date +%s)
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$root/fuzz" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 "${launcher[@]}" >/dev/null
cmake --build "$build" -j "$jobs" --target "${targets[@]}"
built=$(date +%s)
echo "fuzz: built ${#targets[@]} targets in $((built - start)) s"

# Qt's and libphonenumber's caches live as long as the process: no leak reports for them.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen
failed=()
for t in "${targets[@]}"; do
    corpus="$build/corpus/$t"
    artifacts="$build/artifacts/$t"
    mkdir -p "$corpus" "$artifacts"
    log="$build/$t.log"
    max_len=16384
    [ "$t" = fuzz_audio_probe ] && max_len=65536
    set +e
    "$build/$t" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len="$max_len" \
        -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" "$root/fuzz/corpus/$t" \
        >"$log" 2>&1
    rc=$?
    set -e
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    stats=$(grep -E '^#[0-9]+' "$log" | tail -1 | grep -oE 'cov: [0-9]+ ft: [0-9]+' || true)
    echo "fuzz: $t: ${runs:-?} runs in ${seconds} s, ${stats:-no coverage line}, exit $rc"
    if [ $rc -ne 0 ]; then
        failed+=("$t")
        grep -E 'ERROR|runtime error|broken promise|SUMMARY|Test unit written' "$log" | head -20
    fi
done
echo "fuzz: done in $(($(date +%s) - start)) s"
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: crashes in ${failed[*]} (inputs in $build/artifacts/)"
    exit 1
fi
