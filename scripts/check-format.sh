#!/usr/bin/env bash
# Fails when a C++ file in the repository is not formatted as .clang-format says.
set -euo pipefail
cd "$(dirname "$0")/.."
git ls-files -- '*.cpp' '*.h' | grep -v '/node_modules/' | xargs clang-format --dry-run --Werror
echo "clang-format: $(git ls-files -- '*.cpp' '*.h' | grep -vc '/node_modules/') files formatted"
