#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan, no recovery) and fuzzes each for the
# given number of seconds (default 30; the test script runs a short smoke). Seeds come from
# tests/fuzz/corpus and are copied, so what libFuzzer finds stays out of the repository.
# A crash or a sanitizer report fails the script; the input that caused it is kept
# in build/fuzz/artifacts/ (crash-*, timeout-*, oom-*), never in the working tree's root.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
# The sanitize preset's build (clang, ASan + UBSan, libFuzzer's coverage hooks): the fuzz
# targets share its compiled core with the sanitizer tests.
cmake --preset sanitize >/dev/null
cmake --build --preset fuzz
artifacts=$PWD/build/fuzz/artifacts
mkdir -p "$artifacts"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ASAN_OPTIONS=detect_leaks=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# One fuzzer per core at a time: each runs its full time, the smoke takes half as long on two.
jobs=$(nproc 2>/dev/null || echo 2)
fuzz_one() {
    local target=$1 status=0
    cp -r "tests/fuzz/corpus/$target" "$work/$target"
    "./build/sanitize/tests/fuzz_$target" -max_total_time="$seconds" -max_len=4096 \
        -print_final_stats=1 -artifact_prefix="$artifacts/$target-" "$work/$target" \
        >"$work/$target.log" 2>&1 || status=$?
    echo "$status" >"$work/$target.status"
}
targets=(framecodec httpresponse sessionfile logsearch jsontext jsonpath decoders protocols)
for target in "${targets[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do
        wait -n || true
    done
    echo "fuzzing $target for ${seconds}s"
    fuzz_one "$target" &
done
wait
failed=()
for target in "${targets[@]}"; do
    status=$(cat "$work/$target.status" 2>/dev/null || echo missing)
    # The summary of a good run; the whole report of a bad one.
    if [ "$status" = 0 ]; then
        echo "fuzz_$target:"
        grep -E "^(stat::number_of_executed_units|stat::new_units_added|INFO: Seed)" \
            "$work/$target.log" || true
    else
        tail -n 60 "$work/$target.log"
        echo "fuzz_$target FAILED (exit status $status); the input is in $artifacts/"
        failed+=("$target")
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzzing found problems in: ${failed[*]}"
    exit 1
fi
