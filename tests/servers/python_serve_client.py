#!/usr/bin/python3
"""A WebSocket client on the Python `websockets` library, for serve mode's tests.

Usage: python_serve_client.py URL COUNT [MESSAGE]...
Connects (offering subprotocols from $WS_SUBPROTOCOLS, comma-separated), prints
"OPEN <subprotocol>", sends each MESSAGE as text (a "hex:" prefix sends the rest as binary),
prints every message it receives as "TEXT <text>" or "BINARY <hex>", and once COUNT
messages have arrived closes with 1000; COUNT -1 waits for the server to close. Prints
"CLOSE <code> <reason>" at the end. Gives up after 15 s. A wss:// URL is verified against
the CA certificate in $WS_CAFILE (else the system's).
"""
import asyncio
import os
import ssl
import sys

import websockets


async def main():
    url, count, messages = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    protocols = [p for p in os.environ.get("WS_SUBPROTOCOLS", "").split(",") if p]
    tls = None
    if url.startswith("wss:"):
        tls = ssl.create_default_context(cafile=os.environ.get("WS_CAFILE") or None)
    async with websockets.connect(url, subprotocols=protocols or None, ssl=tls) as ws:
        print("OPEN", ws.subprotocol or "", flush=True)
        if tls:
            print("TLS", ws.transport.get_extra_info("ssl_object").version(), flush=True)
        for m in messages:
            await ws.send(bytes.fromhex(m[4:]) if m.startswith("hex:") else m)
        received = 0
        try:
            while count < 0 or received < count:
                m = await ws.recv()
                received += 1
                if isinstance(m, bytes):
                    print("BINARY", m.hex(), flush=True)
                else:
                    print("TEXT", m, flush=True)
            await ws.close(1000, "done")
        except websockets.ConnectionClosed:
            pass
        print("CLOSE", ws.close_code, ws.close_reason, flush=True)


asyncio.run(asyncio.wait_for(main(), 15))
