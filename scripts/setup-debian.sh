#!/usr/bin/env bash
# Installs what building and testing Wsprobe needs on Debian 12 (or newer), then the Node
# packages of the test servers. Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    build-essential cmake ninja-build clang libclang-rt-dev lld clang-format clang-tidy
    qt6-base-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-qpa-plugins qt6-translations-l10n libgl-dev libglx-dev libopengl-dev
    zlib1g-dev libpcre2-dev pkg-config openssl python3 python3-websockets
    # The server's self-signed certificate (src/protocol/server; optional in CMake).
    libssl-dev
    # The script runtime (src/script): Qt's JavaScript engine, QJSEngine.
    qt6-declarative-dev
    # The decoder pipeline (src/decode): MessagePack and Protocol Buffers, and the real
    # encoders its tests compare with (protoc, Python's protobuf, msgpack and cbor2).
    libmsgpack-cxx-dev libprotobuf-dev libprotoc-dev protobuf-compiler
    python3-protobuf python3-msgpack python3-cbor2
    # The man page check (tests/cli/check_manpage.py) renders with groff.
    groff-base
    # The package check (scripts/package-check.sh): dpkg-shlibdeps, the validators, lintian.
    dpkg-dev file desktop-file-utils appstream lintian
    # The Windows syntax check (scripts/mingw-syntax-check.sh).
    g++-mingw-w64-x86-64-posix
    # A real browser's own WebSocket through the relay (tests/relay/tst_relaybrowser.cpp).
    chromium
)
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Node `ws`, one of the independent server implementations the tests talk to, and `wscat`,
# which runs the command Wsprobe copies for it.
if [ ! -d tests/servers/node/node_modules/ws ] || [ ! -d tests/servers/node/node_modules/wscat ]; then
    (cd tests/servers/node && npm ci --no-audit --no-fund --loglevel=error)
fi
