// The relay benchmark's client on Node `ws` (deflate off): it measures through whatever URL it
// is given, so the same client times a direct connection and one through the relay.
//
//   node relay_client.cjs NODE_MODULES_DIR throughput URL MESSAGES SIZE
//       sends MESSAGES binary messages of SIZE bytes to an echo server, keeping at most 4 MiB
//       in flight, and prints "RESULT seconds msgs_per_s" once every echo is back.
//   node relay_client.cjs NODE_MODULES_DIR latency URL MESSAGES SIZE
//       sends one message at a time and waits for its echo; prints "RESULT median_us p99_us".
'use strict';
const path = require('path');
const [modulesDir, mode, url, messagesArg, sizeArg] = process.argv.slice(2);
const WebSocket = require(path.join(modulesDir, 'ws'));
const messages = Number(messagesArg);
const payload = Buffer.alloc(Number(sizeArg), 7);
const window = Math.max(1, Math.floor((4 * 1024 * 1024) / payload.length));

const ws = new WebSocket(url, { perMessageDeflate: false, maxPayload: 256 * 1024 * 1024 });
setTimeout(() => { console.log('RESULT timeout'); process.exit(1); }, 600000);

ws.on('open', () => {
    if (mode === 'throughput') {
        let sent = 0;
        let received = 0;
        const started = process.hrtime.bigint();
        const pump = () => {
            while (sent < messages && sent - received < window) {
                ws.send(payload);
                ++sent;
            }
        };
        ws.on('message', () => {
            if (++received === messages) {
                const seconds = Number(process.hrtime.bigint() - started) / 1e9;
                console.log(`RESULT ${seconds.toFixed(3)} ${Math.round(messages / seconds)}`);
                ws.close();
                return;
            }
            pump();
        });
        pump();
    } else {
        const rtts = [];
        let sentAt = 0n;
        const next = () => {
            sentAt = process.hrtime.bigint();
            ws.send(payload);
        };
        ws.on('message', () => {
            rtts.push(Number(process.hrtime.bigint() - sentAt) / 1000);
            if (rtts.length === messages) {
                rtts.sort((a, b) => a - b);
                const at = (q) => rtts[Math.min(rtts.length - 1, Math.floor(q * rtts.length))];
                console.log(`RESULT ${at(0.5).toFixed(0)} ${at(0.99).toFixed(0)}`);
                ws.close();
                return;
            }
            next();
        });
        next();
    }
});
ws.on('close', () => process.exit(0));
