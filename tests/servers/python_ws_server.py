#!/usr/bin/python3
"""Echo and scripted behaviours on the Python `websockets` library (Debian python3-websockets).

Run by Wsprobe's tests as an implementation nobody on the project wrote. Prints
"LISTENING <port>" once ready, listens on 127.0.0.1 only, and exits when stdin closes or on
SIGTERM. With --tls CERT KEY it serves wss://; --client-ca CA then demands a client
certificate signed by CA (mutual TLS).

Paths:
  /echo                      echo every message (text stays text, binary stays binary)
  /subprotocol               send the negotiated subprotocol ("" if none) as a text message
  /headers                   send the request headers as a JSON object (lower-case names)
  /inspect                   answer each message with a JSON object: the message, the request
                             path with its query as sent, the subprotocol, the headers
                             (lower-case names, values read as UTF-8, repeated ones joined
                             by ", ") and whether a
                             client certificate was verified
  /close?code=N&reason=R     close at once with that code and reason
  /drop                      drop the TCP connection without a closing handshake
"""
import asyncio
import json
import ssl
import sys
from urllib.parse import parse_qs, urlsplit

import websockets


async def handler(ws, path=None):
    # websockets >= 10.1 passes the path on the connection; older ones as an argument.
    path = path if path is not None else ws.path
    url = urlsplit(path)
    if url.path == "/echo":
        async for message in ws:
            await ws.send(message)
    elif url.path == "/subprotocol":
        await ws.send(ws.subprotocol or "")
        await ws.wait_closed()
    elif url.path == "/headers":
        await ws.send(json.dumps({k.lower(): v for k, v in ws.request_headers.raw_items()}))
        await ws.wait_closed()
    elif url.path == "/inspect":
        headers = {}
        for k, v in ws.request_headers.raw_items():
            # websockets keeps the bytes as ASCII + surrogates: read them as the UTF-8 they
            # should be, so that a client sending Latin-1 shows up as \xNN.
            v = v.encode("ascii", "surrogateescape").decode("utf-8", "backslashreplace")
            headers[k.lower()] = headers[k.lower()] + ", " + v if k.lower() in headers else v
        async for message in ws:
            await ws.send(json.dumps({
                "message": message if isinstance(message, str) else message.hex(),
                "path": path,
                "subprotocol": ws.subprotocol,
                "headers": headers,
                "client_cert": bool(ws.transport.get_extra_info("peercert")),
            }))
    elif url.path == "/close":
        query = parse_qs(url.query)
        await ws.close(int(query.get("code", ["1000"])[0]), query.get("reason", [""])[0])
    elif url.path == "/drop":
        ws.transport.abort()
    else:
        await ws.close(4404, "unknown path")


def tls_context(args):
    if "--tls" not in args:
        return None
    i = args.index("--tls")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(args[i + 1], args[i + 2])
    if "--client-ca" in args:
        context.verify_mode = ssl.CERT_REQUIRED
        context.load_verify_locations(args[args.index("--client-ca") + 1])
    return context


async def main():
    async with websockets.serve(handler, "127.0.0.1", 0, subprotocols=["chat", "superchat"],
                                max_size=None, ssl=tls_context(sys.argv)) as server:
        port = server.sockets[0].getsockname()[1]
        print(f"LISTENING {port}", flush=True)
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, sys.stdin.read)


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
