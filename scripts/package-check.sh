#!/usr/bin/env bash
# Builds the .deb from the `package` preset (a release build without tests or benchmarks),
# installs it with apt-get as a user would, runs the installed programs — `wsprobe-cli
# --version`, a `connect` that must get its message back from the installed `demo-server`,
# the window offscreen for a few seconds — and validates what it installed: the desktop entry
# (desktop-file-validate), the AppStream metadata (appstreamcli) and the package (lintian, no
# errors and no warnings but those overridden, with the reason, in
# packaging/debian/lintian-overrides). The package is removed again at the end.
# Run by scripts/test.sh; needs root or sudo for apt-get.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
fail() {
    echo "package-check: FAILED: $*" >&2
    exit 1
}
tmp=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    if dpkg-query -W -f='${Status}' wsprobe 2>/dev/null | grep -q "install ok installed"; then
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq wsprobe >/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT

# --- build ---------------------------------------------------------------------------------
start=$(date +%s)
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake --preset package "${launcher[@]}" >/dev/null
cmake --build --preset package
rm -f build/package/wsprobe_*.deb
cpack --preset package
debs=(build/package/wsprobe_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one build/package/wsprobe_*.deb"
deb=$PWD/${debs[0]}
echo "package-check: built $(basename "$deb") in $(($(date +%s) - start)) s"

version=$(sed -n 's/^project(wsprobe VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
[ -n "$version" ] || fail "no project VERSION in CMakeLists.txt"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "the package is not version $version"
# dpkg-shlibdeps ran: the dependencies name the Qt libraries the programs link.
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6core6 libqt6network6 libqt6websockets6 libqt6widgets6 libpcre2-8-0 zlib1g; do
    grep -q "\b$lib\b" <<<"$depends" || fail "Depends lacks $lib: $depends"
done

# --- metadata and package --------------------------------------------------------------------
# The .deb's own files, as lintian and the validators see them, before anything is installed.
dpkg-deb -x "$deb" "$tmp/root"
app_id=io.github.wsprobe.Wsprobe
for f in usr/bin/wsprobe usr/bin/wsprobe-cli usr/share/applications/$app_id.desktop \
    usr/share/metainfo/$app_id.metainfo.xml usr/share/icons/hicolor/scalable/apps/$app_id.svg \
    usr/share/doc/wsprobe/copyright usr/share/doc/wsprobe/changelog.gz \
    usr/share/man/man1/wsprobe-cli.1.gz usr/share/bash-completion/completions/wsprobe-cli \
    usr/share/zsh/vendor-completions/_wsprobe-cli \
    usr/share/fish/vendor_completions.d/wsprobe-cli.fish; do
    [ -f "$tmp/root/$f" ] || fail "the package lacks /$f"
done
# The documentation Help → Documentation shows (README.md and docs/, as Markdown): every page
# and picture README.md links to under docs/ is in the package.
docdir=$tmp/root/usr/share/doc/wsprobe
[ -f "$docdir/README.md" ] || fail "the package lacks /usr/share/doc/wsprobe/README.md"
linked=$(grep -o '](docs/[^)#]*' README.md | sed 's/^](//' | sort -u)
[ -n "$linked" ] || fail "README.md links to nothing under docs/"
for page in $linked; do
    [ -f "$docdir/$page" ] || fail "the package lacks /usr/share/doc/wsprobe/$page"
done
for size in 32 48 64 128 256; do
    icon=$tmp/root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    file -b "$icon" | grep -q "PNG image data, $size x $size" || fail "no ${size}px icon: $icon"
done

# desktop-file-validate exits 0 with warnings; a warning fails here too (hints do not).
out=$(desktop-file-validate "$tmp/root/usr/share/applications/$app_id.desktop" 2>&1) ||
    fail "desktop-file-validate: $out"
! grep -Eq "(error|warning):" <<<"$out" || fail "desktop-file-validate: $out"
appstreamcli validate --no-net "$tmp/root/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "appstreamcli validate"
# Tolerated warnings are overridden, each with its reason, in packaging/debian/lintian-overrides.
lintian --fail-on error,warning --tag-display-limit 0 "$deb" || fail "lintian"

# --- install and run -------------------------------------------------------------------------
if dpkg-query -W -f='${Status}' wsprobe 2>/dev/null | grep -q "install ok installed"; then
    # apt-get skips a package whose version is already installed: start from nothing.
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq wsprobe >/dev/null
fi
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb"
[ -x /usr/bin/wsprobe ] && [ -x /usr/bin/wsprobe-cli ] || fail "apt-get installed no programs"

cli=/usr/bin/wsprobe-cli
reported=$("$cli" --version | head -n 1)
[ "$reported" = "wsprobe-cli $version" ] || fail "--version says \"$reported\", not $version"

# The installed demo server on a free port; its first line names the URL.
"$cli" demo-server --port 0 >"$tmp/demo.out" 2>&1 &
pids+=($!)
url=""
for _ in $(seq 50); do
    url=$(grep -o 'ws://127\.0\.0\.1:[0-9]*' "$tmp/demo.out" | head -n 1 || true)
    [ -n "$url" ] && break
    kill -0 "${pids[-1]}" 2>/dev/null || fail "demo-server exited: $(cat "$tmp/demo.out")"
    sleep 0.2
done
[ -n "$url" ] || fail "demo-server named no URL: $(cat "$tmp/demo.out")"

# connect must exchange a message: the echo of what it sent, in the JSON event stream.
marker="package-check $$ $RANDOM"
status=0
timeout 30 "$cli" connect "$url/echo" --send "$marker" --wait-ms 500 --json </dev/null \
    >"$tmp/connect.out" 2>&1 || status=$?
[ "$status" -eq 0 ] || fail "connect exited $status: $(cat "$tmp/connect.out")"
/usr/bin/python3 - "$tmp/connect.out" "$marker" <<'EOF' || fail "connect: $(cat "$tmp/connect.out")"
import json, sys
events = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
echoed = [e for e in events if e.get("event") == "message" and e.get("dir") == "in"
          and e.get("data") == sys.argv[2]]
sys.exit(0 if echoed else "the echo of the sent message never arrived")
EOF
echo "package-check: the installed wsprobe-cli exchanged a message with its demo server"

# The window, offscreen, with settings and data in a throwaway home: alive after 4 s.
mkdir -p "$tmp/home"
HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config XDG_DATA_HOME=$tmp/home/.local/share \
    QT_QPA_PLATFORM=offscreen /usr/bin/wsprobe "$url/echo" >"$tmp/gui.out" 2>&1 &
gui=$!
pids+=("$gui")
sleep 4
kill -0 "$gui" 2>/dev/null || fail "the installed wsprobe exited within 4 s: $(cat "$tmp/gui.out")"
kill "$gui"
echo "package-check: passed in $(($(date +%s) - start)) s"
