#!/usr/bin/env python3
"""Writes wsprobe-cli's man page and shell completions from the program itself.

The man page is made from the help text (`wsprobe-cli --help` and `wsprobe-cli help COMMAND`
for each command it lists), as help2man does, so that it says what the program says; the
completions are what `wsprobe-cli --completions SHELL` prints, which the program makes from
its parsers. Run by the build (app/cli/CMakeLists.txt):

    gen-docs.py WSPROBE_CLI OUTDIR

writes OUTDIR/wsprobe-cli.1 (and .1.gz), OUTDIR/wsprobe-cli.bash, OUTDIR/_wsprobe-cli and
OUTDIR/wsprobe-cli.fish. The help is read in the C locale: the page is English.
"""
import datetime
import gzip
import os
import re
import subprocess
import sys

ITEM = re.compile(r"^( {2}| {6})(\S.*?)(?: {2,}(\S.*))?$")


def run(cli, *args):
    env = dict(os.environ, LC_ALL="C", LANG="C", LANGUAGE="", NO_COLOR="1")
    return subprocess.run([cli, *args], env=env, check=True, capture_output=True,
                          text=True).stdout


def blocks(text):
    """The help as blocks separated by blank lines: lists of lines."""
    out, current = [], []
    for line in text.splitlines():
        if line.strip():
            current.append(line.rstrip())
        elif current:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def items(lines):
    """The entries of an indented list: [(key, description)], continuation lines joined."""
    out = []
    for line in lines:
        indent = len(line) - len(line.lstrip())
        m = ITEM.match(line)
        if m and indent <= 6:
            out.append([m.group(2).strip(), m.group(3) or ""])
        elif out:
            out[-1][1] = (out[-1][1] + " " + line.strip()).strip()
    return [tuple(i) for i in out]


def parse_help(text):
    """{"usage": [...], "paragraphs": [...], "lists": {heading: items}} in order of appearance."""
    parsed = {"usage": [], "body": []}
    for block in blocks(text):
        first = block[0]
        if first.startswith("Usage:"):
            parsed["usage"] = [first[len("Usage:"):].strip()] + [b.strip() for b in block[1:]]
        elif first.endswith(":") and not first.startswith(" ") and len(block) > 1:
            parsed["body"].append(("list", first[:-1], items(block[1:])))
        else:
            parsed["body"].append(("text", " ".join(line.strip() for line in block)))
    return parsed


def esc(text):
    """Text for roff: backslashes, hyphens as minus signs, no control character at a start."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + text if text[:1] in (".", "'") else text


def option_key(key):
    """"-s, --subprotocol <PROTO>" in bold names and an italic value."""
    names, _, value = key.partition(" <")
    out = ", ".join("\\fB" + esc(n.strip()) + "\\fR" for n in names.split(","))
    if value:
        out += " \\fI" + esc(value.rstrip(">")) + "\\fR"
    return out


def body(parsed, skip=()):
    out = []
    for kind, *rest in parsed["body"]:
        if kind == "text":
            out += [".PP", esc(rest[0])]
            continue
        heading, entries = rest
        if heading in skip:
            continue
        if heading not in ("Options",):
            out += [".PP", "\\fB" + esc(heading) + ":\\fR"]
        for key, description in entries:
            out += [".TP", option_key(key) if key.startswith("-") else "\\fB" + esc(key) + "\\fR",
                    esc(description)]
    return out


def manpage(cli):
    version = run(cli, "--version").split()[-1]
    main = parse_help(run(cli, "--help"))
    lists = {k[1]: k[2] for k in main["body"] if k[0] == "list"}
    texts = [k[1] for k in main["body"] if k[0] == "text"]
    commands = [key.split()[0] for key, _ in lists["Commands"] if not key.startswith("help")]
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "0")) or None
    date = (datetime.datetime.fromtimestamp(epoch, datetime.timezone.utc) if epoch
            else datetime.datetime.now(datetime.timezone.utc)).strftime("%B %Y")
    name_line = texts[0].split(":")[0].rstrip(".")
    out = [f'.TH WSPROBE\\-CLI 1 "{date}" "wsprobe\\-cli {esc(version)}" "User Commands"',
           ".nh", ".SH NAME", "wsprobe\\-cli \\- " + esc(name_line[0].lower() + name_line[1:]),
           ".SH SYNOPSIS", ".nf"]
    out += ["\\fBwsprobe\\-cli\\fR " + esc(line.split(" ", 1)[1]) for line in main["usage"]]
    out += [".fi", ".SH DESCRIPTION"]
    for t in texts:
        out += [".PP", esc(t)]
    out += [".SH COMMANDS"]
    for command in commands:
        help_text = parse_help(run(cli, "help", command))
        out += [f'.SS "{esc(help_text["usage"][0])}"']
        out += body(help_text, skip=("Exit status",))[1:]  # the first .PP follows .SS
    out += [".SH OPTIONS"] + body({"body": [("list", "Options", lists["Options"])]})
    out += [".SH ENVIRONMENT"] + body({"body": [("list", "Environment", lists["Environment"])]})[2:]
    out += [".SH \"EXIT STATUS\""] + body({"body": [("list", "Exit", lists["Exit status"])]})[2:]
    out += [".SH SEE ALSO", "The README and docs/events.md (the records of \\fB\\-\\-json\\fR) of "
            "Wsprobe; \\fBwsprobe\\fR, the window."]
    return "\n".join(out) + "\n"


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    cli, outdir = sys.argv[1:]
    os.makedirs(outdir, exist_ok=True)
    files = {"wsprobe-cli.1": manpage(cli)}
    for shell, name in (("bash", "wsprobe-cli.bash"), ("zsh", "_wsprobe-cli"),
                        ("fish", "wsprobe-cli.fish")):
        files[name] = run(cli, "--completions", shell)
    for name, text in files.items():
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as f:
            f.write(text)
    # Installed compressed, as Debian's policy asks; no time stamp, so builds are reproducible.
    with open(os.path.join(outdir, "wsprobe-cli.1.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
            gz.write(files["wsprobe-cli.1"].encode("utf-8"))


if __name__ == "__main__":
    main()
