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
failed=()
for target in framecodec httpresponse sessionfile logsearch jsontext jsonpath decoders protocols; do
    cp -r "tests/fuzz/corpus/$target" "$work/$target"
    echo "fuzzing $target for ${seconds}s"
    status=0
    "./build/sanitize/tests/fuzz_$target" -max_total_time="$seconds" -max_len=4096 \
        -print_final_stats=1 -artifact_prefix="$artifacts/$target-" "$work/$target" \
        >"$work/$target.log" 2>&1 || status=$?
    # The summary of a good run; the whole report of a bad one.
    if [ "$status" -eq 0 ]; then
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
