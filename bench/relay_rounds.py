#!/usr/bin/python3
"""Rounds of back-to-back messages through wsprobe-cli relay and serve --echo (docs/performance.md).

Each round sends three 64-byte text messages at once and waits for their three echoes: the
pattern where Nagle's algorithm, meeting the peer's delayed ACK, held the later writes back.
The upstream echo server is Python `websockets` (asyncio sets TCP_NODELAY on its sockets), so
what is measured is Wsprobe's share.

    relay_rounds.py WSPROBE_CLI [ROUNDS]
"""
import asyncio
import re
import statistics
import subprocess
import sys
import threading
import time

import websockets

cli = sys.argv[1]
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 10


async def echo(ws):
    async for message in ws:
        await ws.send(message)


async def measure(url):
    async with websockets.connect(url, compression=None) as ws:
        times = []
        for _ in range(rounds):
            started = time.perf_counter()
            for i in range(3):
                await ws.send(f"{i:02d}" + "x" * 62)
            for _ in range(3):
                await ws.recv()
            times.append((time.perf_counter() - started) * 1000)
        return times


def start(args):
    """Starts wsprobe-cli and returns it with the URL it printed as listening."""
    p = subprocess.Popen([cli, *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                         text=True)
    for line in p.stdout:
        found = re.search(r"(ws://\S+)", line)
        if found:
            # Its events go on being printed: read them, or a full pipe would stall it.
            threading.Thread(target=p.stdout.read, daemon=True).start()
            return p, found.group(1).rstrip("/") + "/"
    raise SystemExit("wsprobe-cli printed no URL: " + " ".join(args))


async def main():
    async with websockets.serve(echo, "127.0.0.1", 0, compression=None) as server:
        port = server.sockets[0].getsockname()[1]
        direct = f"ws://127.0.0.1:{port}/"
        relay, relay_url = start(["relay", "--listen", "127.0.0.1:0", "--to", direct, "-q"])
        serve, serve_url = start(["serve", "--echo", "--port", "0", "-q"])
        try:
            for name, url in (("direct", direct), ("relay", relay_url),
                              ("serve --echo", serve_url)):
                times = await measure(url)
                print(f"{name:14} median {statistics.median(times):6.1f} ms   "
                      f"max {max(times):6.1f} ms   rounds: "
                      + " ".join(f"{t:.1f}" for t in times))
        finally:
            relay.terminate()
            serve.terminate()


asyncio.run(main())
