#!/usr/bin/env bash
# Keeps the Windows build honest without a Windows machine: Debian's MinGW-w64 g++ (posix
# threads) compiles every .cpp under src/, ui/ and app/, and the moc code of the dev build, in
# syntax-only mode against Debian's Qt headers, with the dev build's own flags (-Werror
# included). MinGW defines _WIN32, so Qt's headers take their Windows branches (Q_OS_WIN) and
# so does our code. Debian's qconfig.h describes a Linux Qt; the Windows branches of the public
# headers we include do not depend on it, and nothing is linked, so it serves as it is.
#
# Needs a configured and built dev tree (build/dev: compile_commands.json, uic and moc output).
# Usage: scripts/mingw-syntax-check.sh [build dir]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
cxx=x86_64-w64-mingw32-g++-posix
command -v "$cxx" >/dev/null || { echo "$cxx is missing: apt-get install g++-mingw-w64-x86-64-posix" >&2; exit 1; }
[ -f "$build/compile_commands.json" ] || { echo "$build/compile_commands.json is missing: configure and build the dev preset first" >&2; exit 1; }

exec /usr/bin/python3 - "$cxx" "$build" <<'EOF'
import concurrent.futures, hashlib, json, os, re, shlex, subprocess, sys, time

cxx, build = sys.argv[1], os.path.abspath(sys.argv[2])
root = os.getcwd()
out = os.path.join(build, "mingw-syntax")
os.makedirs(out, exist_ok=True)

# MinGW searches its own system headers, not /usr/include: the two C libraries the core uses
# are offered from there alone (their headers are portable C), nothing else of Linux.
shim = os.path.join(out, "include")
os.makedirs(shim, exist_ok=True)
for header in ("pcre2.h", "zlib.h", "zconf.h", "msgpack.hpp", "msgpack", "google"):
    link = os.path.join(shim, header)
    if not os.path.lexists(link) and os.path.exists(os.path.join("/usr/include", header)):
        os.symlink(os.path.join("/usr/include", header), link)
# The optional libraries of the server's certificate (OpenSSL) and the decoders (msgpack-cxx,
# protobuf) are portable too; OpenSSL keeps two of its headers in the multiarch folder, so
# its folder is assembled from both.
import glob
ssl = os.path.join(shim, "openssl")
os.makedirs(ssl, exist_ok=True)
for header in glob.glob("/usr/include/openssl/*.h") + glob.glob("/usr/include/*-linux-gnu/openssl/*.h"):
    link = os.path.join(ssl, os.path.basename(header))
    if not os.path.lexists(link):
        os.symlink(header, link)

def product(path):
    rel = os.path.relpath(path, root)
    return rel.split(os.sep)[0] in ("src", "ui", "app")

def in_build(path):
    rel = os.path.relpath(path, build)
    return not rel.startswith("..") and rel.split(os.sep)[0] in ("src", "ui", "app")

commands = {}
for entry in json.load(open(os.path.join(build, "compile_commands.json"))):
    path = os.path.normpath(os.path.join(entry["directory"], entry["file"]))
    # Sources of the product, and the moc code of its targets (mocs_compilation.cpp).
    if product(path) or (in_build(path) and path.endswith("mocs_compilation.cpp")):
        args = entry.get("arguments") or shlex.split(entry["command"])
        flags, skip = [], False
        for i, a in enumerate(args[1:], 1):
            if skip:
                skip = False
            elif a in ("-o", "-c"):
                skip = a == "-o"
            elif a == "-include" and args[i + 1].endswith("cmake_pch.hxx") or a == "-Winvalid-pch":
                # CMake's precompiled header is GCC's for Linux; this check makes its own below.
                skip = a == "-include"
            elif a == path or a == entry["file"] or a in ("-g", "-fPIC") or "/mkspecs/" in a:
                # -g and -fPIC mean nothing without code; mkspecs/linux-g++ is Linux's
                # qplatformdefs.h, which only Qt's own sources include.
                if "/mkspecs/" in a and flags and flags[-1] == "-isystem":
                    flags.pop()
            else:
                flags.append(a)
        commands[path] = flags

# Every source file must have been compiled by the dev build, or it would escape the check.
sources = subprocess.run(["git", "ls-files", "src/*.cpp", "ui/*.cpp", "app/*.cpp"],
                         capture_output=True, text=True, check=True).stdout.split()
missing = [s for s in sources if os.path.join(root, s) not in commands]
if missing:
    sys.exit("mingw-syntax-check: not in %s/compile_commands.json: %s" % (build, " ".join(missing)))

# One precompiled header per set of Qt flags, made of the Qt headers those files include:
# parsing Qt once rather than per file makes the check about four times faster.
def qt_key(flags):
    return tuple(f for f in flags if f.startswith("-D") and not f.startswith("-DWSPROBE_")
                 or f.startswith("-isystem") or "/qt6" in f or f.startswith("-std") or f.startswith("-W"))

groups = {}
for path, flags in commands.items():
    groups.setdefault(qt_key(flags), []).append(path)
include_re = re.compile(r"^#include <(Q[A-Za-z]+)>", re.M)
jobs = []
pch_jobs = []
for key, paths in groups.items():
    headers = sorted({h for p in paths for h in include_re.findall(open(p, encoding="utf-8").read())})
    name = os.path.join(out, "pch-" + hashlib.sha1(repr((key, headers)).encode()).hexdigest()[:12] + ".h")
    with open(name, "w") as f:
        f.write("".join("#include <%s>\n" % h for h in headers))
    pch_jobs.append((name, [cxx, *key, "-x", "c++-header", name, "-o", name + ".gch"]))
    for p in paths:
        jobs.append((p, [cxx, *commands[p], "-I" + shim, "-Winvalid-pch", "-include", name,
                         "-fsyntax-only", p]))

def run(job):
    label, cmd = job
    r = subprocess.run(cmd, capture_output=True, text=True)
    return label, r.returncode, r.stdout + r.stderr

start = time.monotonic()
failed = 0
workers = os.cpu_count() or 2
with concurrent.futures.ThreadPoolExecutor(workers) as pool:
    for batch in (pch_jobs, jobs):
        for label, code, text in pool.map(run, batch):
            if text.strip():
                sys.stdout.write(text)
            if code != 0:
                failed += 1
                print("mingw-syntax-check: FAILED: %s" % os.path.relpath(label, root))
        if failed:
            break
# The precompiled headers are a few hundred MB and made anew on every run.
for _, cmd in pch_jobs:
    if os.path.exists(cmd[-1]):
        os.remove(cmd[-1])
print("mingw-syntax-check: %d files, %s, %.0f s" % (len(jobs), "FAILED" if failed else "no errors",
                                                    time.monotonic() - start))
sys.exit(1 if failed else 0)
EOF
