// The flood benchmark's Node `ws` receiver: the fastest independent client on this machine,
// measured in the same run as Wsprobe. It counts text messages like the bare QWebSocket mode
// and prints the same RESULT line.
//
//   node flood_client.cjs NODE_MODULES_DIR URL MESSAGES SIZE DEFLATE(0|1)
'use strict';
const path = require('path');
const [modulesDir, url, messagesArg, , deflateArg] = process.argv.slice(2);
const WebSocket = require(path.join(modulesDir, 'ws'));
const messages = Number(messagesArg);

let count = 0;
let started = 0n;
let seconds = 0;
let maxStallMs = 0;
let lastTick = process.hrtime.bigint();
// The same stall meter as the Qt modes: the longest gap between ticks of a 5 ms timer.
const meter = setInterval(() => {
    const now = process.hrtime.bigint();
    maxStallMs = Math.max(maxStallMs, Number((now - lastTick) / 1000000n) - 5);
    lastTick = now;
}, 5);
const giveUp = setTimeout(finish, 600000);

const ws = new WebSocket(url, { perMessageDeflate: deflateArg === '1' });
ws.on('message', (data, isBinary) => {
    if (isBinary)
        return;
    if (++count === 1)
        started = process.hrtime.bigint();
    if (count === messages) {
        seconds = Number(process.hrtime.bigint() - started) / 1e9;
        ws.close(1000);
        finish();
    }
});
ws.on('error', (e) => {
    console.error(`flood_client: ${e.message}`);
    finish();
});

function finish() {
    clearInterval(meter);
    clearTimeout(giveUp);
    const peakKb = process.resourceUsage().maxRSS;
    process.stdout.write(`RESULT node ${count} ${seconds.toFixed(6)} ${maxStallMs} ${peakKb} 0.0 0.0\n`,
                         () => process.exit(count === messages ? 0 : 1));
}
