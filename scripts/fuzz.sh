#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and fuzzes each for the given number of seconds
# (default 30; the test script runs a short smoke). Seeds come from tests/fuzz/corpus and are
# copied, so what libFuzzer finds stays out of the repository. A crash exits non-zero and
# leaves the input as crash-* in the current folder.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for target in framecodec httpresponse sessionfile logsearch jsontext; do
    cp -r "tests/fuzz/corpus/$target" "$work/$target"
    echo "fuzzing $target for ${seconds}s"
    ASAN_OPTIONS=detect_leaks=0 "./build/fuzz/tests/fuzz_$target" -max_total_time="$seconds" \
        -max_len=4096 -print_final_stats=1 "$work/$target" 2>&1 | grep -E "^(stat::number_of_executed_units|stat::new_units_added|==|SUMMARY|INFO: Seed)" || true
    test "${PIPESTATUS[0]}" -eq 0
done
