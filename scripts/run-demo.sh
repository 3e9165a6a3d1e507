#!/usr/bin/env bash
# Sets everything up, builds an optimised Wsprobe and opens it on its built-in demo server.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup-debian.sh
cmake --preset release
cmake --build --preset release
exec ./build/release/app/wsprobe --demo "$@"
