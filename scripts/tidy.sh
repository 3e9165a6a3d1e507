#!/usr/bin/env bash
# Runs clang-tidy (the checks in .clang-tidy: bugprone, modernize-use-override, performance)
# over the product's sources with the dev build's compile commands; fails on any finding.
# Usage: scripts/tidy.sh [REGEX]   e.g. scripts/tidy.sh 'src/protocol/'   (default: everything)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
[ -f build/dev/compile_commands.json ] || { cmake --preset dev && cmake --build --preset dev; }
tidy=$(command -v run-clang-tidy || command -v run-clang-tidy-14)
# Only our sources: not the generated moc/uic files under build/.
filter="^${root}/(src|ui|app)/${1:-}"
"$tidy" -p build/dev -j "$(nproc)" -quiet "$filter" 2>&1 | tee build/tidy.log
! grep -qE "(warning|error): " build/tidy.log
