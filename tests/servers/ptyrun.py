#!/usr/bin/python3
"""Runs a shell command line under a pseudo-terminal, as a person at a terminal would.

Interactive tools (wscat reads its input with readline) behave differently without a
terminal, so the tests drive them through one: wait for a text, type a line, wait again.
Prints everything the program wrote (colour codes removed) and exits 0 when every expected
text was seen in order, 1 on timeout or when the program ended first. The program is ended
(SIGTERM, then SIGKILL) before this exits, so a test cannot leave it behind.
Usage: ptyrun.py TIMEOUT_SECONDS COMMAND_LINE (expect TEXT | send LINE)...
"""
import os
import pty
import re
import select
import signal
import sys
import time

ESCAPES = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]")


def main():
    timeout = float(sys.argv[1])
    command = sys.argv[2]
    steps = list(zip(sys.argv[3::2], sys.argv[4::2]))
    pid, fd = pty.fork()
    if pid == 0:
        os.execv("/bin/sh", ["/bin/sh", "-c", command])
    deadline = time.monotonic() + timeout
    raw = b""
    seen_upto = 0
    ok = True
    ended = False
    for kind, text in steps:
        if kind == "send":
            os.write(fd, text.encode() + b"\r")
            continue
        wanted = text.encode()
        while True:
            clean = ESCAPES.sub(b"", raw)
            at = clean.find(wanted, seen_upto)
            if at >= 0:
                seen_upto = at + len(wanted)
                break
            left = deadline - time.monotonic()
            if left <= 0 or ended:
                ok = False
                break
            ready, _, _ = select.select([fd], [], [], min(left, 0.2))
            if ready:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:  # EIO: the program closed the terminal
                    chunk = b""
                if not chunk:
                    ended = True
                raw += chunk
        if not ok:
            break
    try:
        os.killpg(pid, signal.SIGTERM)  # pty.fork made it a session: all of it
        for _ in range(30):
            if os.waitpid(pid, os.WNOHANG)[0]:
                break
            time.sleep(0.1)
        else:
            os.killpg(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass
    sys.stdout.write(ESCAPES.sub(b"", raw).decode("utf-8", "replace"))
    if not ok:
        sys.stdout.write("\nptyrun: did not see %r\n" % (text,))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
