#!/usr/bin/python3
"""A Python `websockets` client driven by Wsprobe's server tests (Debian python3-websockets).

python_ws_client.py URL SCENARIO [OPTIONS] prints one JSON line per thing the library reports,
so the test sees a server's behaviour exactly as `websockets` presents it. The scenarios and
options are those of node/ws_client.mjs: echo (text, binary, empty, 1 MiB, a fragmented
message, a ping, then close with closeCode/closeReason) and wait (report until closed; ping,
send on open). OPTIONS: protocols, deflate (false, true, or {"server_no_context_takeover":
true, "client_max_window_bits": 10, ...}), ca, handshakeTimeout (ms), maxSize, timeoutMs.
"""
import asyncio
import json
import ssl
import sys

import websockets
from websockets.extensions.permessage_deflate import ClientPerMessageDeflateFactory


def emit(**fields):
    print(json.dumps(fields), flush=True)


def big(n, binary):
    if binary:
        return bytes((i * 7) % 251 for i in range(n))
    return "".join(chr(97 + i % 26) for i in range(n))


def close_fields(exc):
    fields = {"event": "close"}
    if exc.rcvd is not None:
        fields.update(code=exc.rcvd.code, reason=exc.rcvd.reason)
    else:
        fields.update(code=1006, reason="")
    if exc.sent is not None:
        fields.update(sentCode=exc.sent.code, sentReason=exc.sent.reason)
    return fields


async def run(url, scenario, options):
    kwargs = {"subprotocols": options.get("protocols") or None}
    deflate = options.get("deflate", True)
    if deflate is False:
        kwargs["compression"] = None
    elif isinstance(deflate, dict):
        kwargs["extensions"] = [ClientPerMessageDeflateFactory(**deflate)]
        kwargs["compression"] = None
    if options.get("ca"):
        kwargs["ssl"] = ssl.create_default_context(cafile=options["ca"])
    if options.get("handshakeTimeout"):
        kwargs["open_timeout"] = options["handshakeTimeout"] / 1000
    kwargs["max_size"] = options.get("maxSize")
    try:
        ws = await websockets.connect(url, **kwargs)
    except websockets.exceptions.InvalidStatusCode as e:
        emit(event="refused", status=e.status_code,
             headers={k.lower(): v for k, v in e.headers.raw_items()})
        return
    except Exception as e:  # the library's own words, whatever the kind
        emit(event="error", type=type(e).__name__, message=str(e))
        return
    # The client's view of what was agreed: its "remote" is the server.
    deflate = None
    for e in ws.extensions:
        if e.name == "permessage-deflate":
            deflate = {"server_no_context_takeover": e.remote_no_context_takeover,
                       "client_no_context_takeover": e.local_no_context_takeover,
                       "server_max_window_bits": e.remote_max_window_bits,
                       "client_max_window_bits": e.local_max_window_bits}
    emit(event="open", protocol=ws.subprotocol or "", deflate=deflate)
    try:
        if scenario == "echo":
            plan = [("hello from websockets", False), (b"\x00\x01\xff", True), ("", False),
                    (b"", True), (big(1 << 20, False), False), (big(1 << 20, True), True)]
            for data, _ in plan:
                await ws.send(data)
            await ws.send(["frag", "ment", "ed"])
            plan.append(("fragmented", False))
            pong = await ws.ping(b"are you there")
            for data, binary in plan:
                got = await ws.recv()
                emit(event="message", binary=isinstance(got, bytes), size=len(got),
                     ok=got == data and isinstance(got, bytes) == binary)
            await asyncio.wait_for(pong, 5)
            emit(event="pong", data="are you there")
            await ws.close(options.get("closeCode", 1000), options.get("closeReason", ""))
            emit(event="close", code=ws.close_code, reason=ws.close_reason)
            return
        if "ping" in options:
            pong = await ws.ping(options["ping"].encode())
            try:
                await asyncio.wait_for(pong, options.get("pongWaitMs", 1000) / 1000)
                emit(event="pong", data=options["ping"])
            except asyncio.TimeoutError:
                emit(event="nopong")
        if "send" in options:
            await ws.send(options["send"])
        async for message in ws:
            emit(event="message", binary=isinstance(message, bytes), size=len(message))
        emit(event="close", code=ws.close_code, reason=ws.close_reason)
    except websockets.exceptions.ConnectionClosed as e:
        emit(**close_fields(e))


def main():
    url, scenario = sys.argv[1], sys.argv[2]
    options = json.loads(sys.argv[3]) if len(sys.argv) > 3 else {}
    try:
        asyncio.run(asyncio.wait_for(run(url, scenario, options),
                                     options.get("timeoutMs", 10000) / 1000))
    except asyncio.TimeoutError:
        emit(event="timeout")
        sys.exit(2)


if __name__ == "__main__":
    main()
