#!/usr/bin/env python3
"""Checks wsprobe-cli's man page as the build writes it (app/cli/gen-docs.py, from the help):
groff renders it without a single warning, `man -l` shows it (where man works), it has the
usual sections, and a section for each command `wsprobe-cli --help` lists, naming each option
that `wsprobe-cli help COMMAND` lists.

    check_manpage.py WSPROBE_CLI GEN_DOCS_PY
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

ENV = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8", LANGUAGE="", NO_COLOR="1")


def help_of(cli, *args):
    return subprocess.run([cli, *args], env=dict(ENV, LC_ALL="C"), check=True,
                          capture_output=True, text=True).stdout


def main():
    cli, generator = sys.argv[1:3]
    problems = []
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([sys.executable, generator, cli, out], check=True)
        page = os.path.join(out, "wsprobe-cli.1")
        source = open(page, encoding="utf-8").read()

        groff = shutil.which("groff")
        if not groff:
            sys.exit("groff is not installed (Debian: groff-base)")
        check = subprocess.run([groff, "-man", "-ww", "-z", "-Tutf8", page], env=ENV,
                               capture_output=True, text=True)
        if check.returncode != 0 or check.stderr:
            problems.append(f"groff -ww warns or fails ({check.returncode}):\n{check.stderr}")
        rendered = subprocess.run([groff, "-man", "-Tutf8", "-P", "-cbou", page], env=ENV,
                                  capture_output=True, text=True).stdout

        man = shutil.which("man")
        if man:
            shown = subprocess.run([man, "-l", page], capture_output=True, text=True,
                                   env=dict(ENV, MANPAGER="cat", PAGER="cat", MANWIDTH="80"))
            if shown.returncode != 0 or "COMMANDS" not in shown.stdout:
                problems.append(f"man -l failed ({shown.returncode}): {shown.stderr}")

    for section in ("NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "OPTIONS", "ENVIRONMENT",
                    "EXIT STATUS"):
        if not re.search(r'^\.SH "?' + section + '"?$', source, re.M):
            problems.append(f"no {section} section")
        if section not in rendered:
            problems.append(f"{section} is not in the rendered page")

    listing = help_of(cli, "--help")
    block = listing.split("\nCommands:\n", 1)[1].split("\n\n", 1)[0]
    commands = [line.split()[0] for line in block.splitlines() if line.startswith("  ")]
    commands.remove("help")
    if len(commands) < 5:
        problems.append(f"too few commands in --help: {commands}")
    sections = re.split(r"^\.S[SH] ", source, flags=re.M)
    for command in commands:
        escaped = command.replace("-", "\\-")
        found = [s for s in sections if s.startswith(f'"wsprobe\\-cli {escaped} ')]
        if not found:
            problems.append(f"no section for the command {command}")
            continue
        if f"wsprobe-cli {command} [options]" not in rendered:
            problems.append(f"{command}'s heading is not in the rendered page")
        options = re.findall(r"^  (?:-\w, |    )(--[\w-]+)", help_of(cli, "help", command), re.M)
        for option in options:
            if "\\fB" + option.replace("-", "\\-") + "\\fR" not in found[0]:
                problems.append(f"{command}: the option {option} is missing")
    if problems:
        sys.exit("wsprobe-cli.1:\n  " + "\n  ".join(problems))
    print(f"wsprobe-cli.1: renders cleanly; {len(commands)} commands with all their options")


if __name__ == "__main__":
    main()
