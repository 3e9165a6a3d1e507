#!/usr/bin/env bash
# Sets everything up, builds with warnings as errors and runs every test, headless.
# The tests start their own servers (Qt, Python websockets, Node ws) on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup-debian.sh
./scripts/check-format.sh
# The ci preset is the dev build with line tables only (build/ci), so that a developer's
# build/dev keeps its full debug information.
cmake --preset ci
cmake --build --preset ci
# Every source file compiled by MinGW-w64 against the Qt headers, Windows branches included.
./scripts/mingw-syntax-check.sh build/ci
# The .deb built from a release build, installed with apt-get, run and validated.
./scripts/package-check.sh
# A short libFuzzer smoke run of the frame decoder and the HTTP response parser (a longer
# run: scripts/fuzz.sh 600). It runs first so that ctest's summary closes the output.
./scripts/fuzz.sh 20
# The widget-free tests (labels core, cli, fuzz) again, built by clang with AddressSanitizer
# and UndefinedBehaviorSanitizer, float-cast-overflow included and no recovery: a test that
# meets undefined behaviour ends with the report and fails. Only those tests are built.
cmake --preset sanitize
cmake --build --preset sanitize
ctest --preset sanitize
export QT_QPA_PLATFORM=offscreen
ctest --preset ci
