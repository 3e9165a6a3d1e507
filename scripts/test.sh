#!/usr/bin/env bash
# Sets everything up, builds with warnings as errors and runs every test, headless.
# The tests start their own servers (Qt, Python websockets, Node ws) on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup-debian.sh
./scripts/check-format.sh
cmake --preset dev
cmake --build --preset dev
# A short libFuzzer smoke run of the frame decoder and the HTTP response parser (a longer
# run: scripts/fuzz.sh 600). It runs first so that ctest's summary closes the output.
./scripts/fuzz.sh 20
export QT_QPA_PLATFORM=offscreen
ctest --preset dev
