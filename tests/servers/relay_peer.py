#!/usr/bin/python3
"""Both ends of a relayed conversation on Python's `websockets`, for tests/relay.

  relay_peer.py server [--no-deflate]
      Listens on 127.0.0.1 (prints "LISTENING <port>"), subprotocols chat and superchat.
      Echoes every message, except text commands: "close:CODE:REASON" (close so),
      "drop" (drop TCP), "ping-me:P" (ping with P, then send "pong-ok:P" once answered),
      "flood:N:SIZE" (send N binary messages of SIZE bytes as fast as the client takes them).
      Prints one JSON line per event: open (path, subprotocol, headers, extensions), message
      (texts under 1000 characters), closed (path, code, reason).
  relay_peer.py client URL [--deflate]
      Runs the battery below through URL and prints one JSON line per case; exits 0.
  relay_peer.py slowclient URL N SIZE HOLD_S
      Asks for a flood of N messages of SIZE bytes, reads nothing for HOLD_S seconds (the
      library stops reading once one message waits), then reads them all and prints the count.

Exits when stdin closes (server) or when done (client).
"""
import asyncio
import hashlib
import json
import random
import sys

import websockets
from websockets.frames import Close

CODES = [1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014,
         3000, 3999, 4000, 4321, 4999]


def out(obj):
    print(json.dumps(obj), flush=True)


async def serve_one(ws, path=None):
    path = path if path is not None else ws.path
    headers = {k.lower(): v for k, v in ws.request_headers.raw_items()}
    out({"event": "open", "path": path, "subprotocol": ws.subprotocol, "headers": headers,
         "extensions": ws.response_headers.get("Sec-WebSocket-Extensions", "")})
    try:
        async for message in ws:
            if isinstance(message, str) and len(message) < 1000:
                out({"event": "message", "path": path, "data": message})
            if isinstance(message, str) and message.startswith("close:"):
                _, code, reason = message.split(":", 2)
                await ws.close(int(code), reason)
            elif message == "close-empty":
                # A Close without a status code (1005), which close() cannot send.
                await ws.write_close_frame(Close(1005, ""), b"")
                await ws.wait_closed()
            elif message == "drop":
                ws.transport.abort()
            elif isinstance(message, str) and message.startswith("flood:"):
                _, n, size = message.split(":")
                chunk = bytes(int(size))
                for _ in range(int(n)):
                    await ws.send(chunk)
            elif isinstance(message, str) and message.startswith("ping-me:"):
                payload = message[len("ping-me:"):]
                waiter = await ws.ping(payload.encode())
                await asyncio.wait_for(waiter, 10)
                await ws.send("pong-ok:" + payload)
            else:
                await ws.send(message)
    except websockets.ConnectionClosed:
        pass
    await ws.wait_closed()
    out({"event": "closed", "path": path, "code": ws.close_code, "reason": ws.close_reason})


async def run_server(deflate):
    # In the client's order of preference: websockets ranks by the sum of both positions.
    async with websockets.serve(serve_one, "127.0.0.1", 0, subprotocols=["superchat", "chat"],
                                max_size=None, compression="deflate" if deflate else None,
                                ping_interval=None) as s:
        print(f"LISTENING {s.sockets[0].getsockname()[1]}", flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)


def connect(url, deflate, **kw):
    return websockets.connect(url, max_size=None, compression="deflate" if deflate else None,
                              ping_interval=None, close_timeout=5, **kw)


async def fidelity(url, deflate):
    errors = []
    big = random.Random(7).randbytes(16 * 1024 * 1024)
    async with connect(url + "/fidelity", deflate, subprotocols=["superchat", "chat"]) as ws:
        extensions = ws.response_headers.get("Sec-WebSocket-Extensions", "")
        for sent in ["héllo ✓", bytes(range(256)), "", b"", big, "x" * 70000]:
            await ws.send(sent)
            got = await asyncio.wait_for(ws.recv(), 30)
            if got != sent or type(got) != type(sent):
                errors.append(f"echo of {type(sent).__name__} {len(sent)} B came back as "
                              f"{type(got).__name__} {len(got)} B")
        await ws.send(["ab", "cd", "ef"])  # three frames
        got = await asyncio.wait_for(ws.recv(), 10)
        if got != "abcdef":
            errors.append(f"fragments came back as {got!r}")
        pong = await ws.ping(b"cli-ping")
        try:
            await asyncio.wait_for(pong, 10)
        except asyncio.TimeoutError:
            errors.append("no pong for the client's ping")
        await ws.send("ping-me:srv")
        got = await asyncio.wait_for(ws.recv(), 10)
        if got != "pong-ok:srv":
            errors.append(f"server ping: {got!r}")
    out({"case": "fidelity", "errors": errors, "extensions": extensions,
         "subprotocol": ws.subprotocol,
         "sha": hashlib.sha256(big).hexdigest()})


async def closes(url, deflate):
    for code in CODES + [1005]:
        async with connect(url + "/server-close", deflate) as ws:
            await ws.send("close-empty" if code == 1005 else f"close:{code}:srv-{code}")
            try:
                await asyncio.wait_for(ws.recv(), 10)
            except websockets.ConnectionClosed:
                pass
            await ws.wait_closed()
            out({"case": "server-close", "code": code, "got": ws.close_code,
                 "reason": ws.close_reason})
        ws = await connect(url + "/client-close", deflate)
        if code == 1005:  # a Close without a status code, which close() cannot send
            await ws.write_close_frame(Close(1005, ""), b"")
            await ws.wait_closed()
        else:
            await ws.close(code, f"cli-{code}")
        out({"case": "client-close", "code": code, "got": ws.close_code})
    async with connect(url + "/server-drop", deflate) as ws:
        await ws.send("drop")
        try:
            await asyncio.wait_for(ws.recv(), 10)
        except websockets.ConnectionClosed:
            pass
        out({"case": "server-drop", "got": ws.close_code})
    ws = await connect(url + "/client-drop", deflate)
    ws.transport.abort()
    out({"case": "client-drop"})


async def slow_client(url, n, size, hold):
    async with websockets.connect(url + "/flood", max_size=None, max_queue=1, compression=None,
                                  ping_interval=None, read_limit=2 ** 16) as ws:
        await ws.send(f"flood:{n}:{size}")
        out({"event": "holding"})
        await asyncio.sleep(hold)
        total = 0
        for _ in range(n):
            total += len(await asyncio.wait_for(ws.recv(), 30))
        out({"event": "received", "count": n, "bytes": total})


async def client(url, deflate):
    await fidelity(url, deflate)
    await closes(url, deflate)


if __name__ == "__main__":
    if sys.argv[1] == "server":
        asyncio.run(run_server("--no-deflate" not in sys.argv))
    elif sys.argv[1] == "slowclient":
        asyncio.run(slow_client(sys.argv[2].rstrip("/"), int(sys.argv[3]), int(sys.argv[4]),
                                float(sys.argv[5])))
    else:
        asyncio.run(client(sys.argv[2].rstrip("/"), "--deflate" in sys.argv))
