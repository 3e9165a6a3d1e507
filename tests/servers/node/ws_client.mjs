// A Node `ws` client driven by Wsprobe's server tests: node ws_client.mjs URL SCENARIO [OPTIONS]
// prints one JSON line per thing the library reports, so the test sees a server's behaviour
// exactly as `ws` presents it to an application.
//
// SCENARIO echo: send text, binary, empty text and binary, 1 MiB of each, a fragmented
//   message, a ping; report each echo ({"event":"message","ok":true|false,...}) and the pong,
//   then close with OPTIONS.closeCode/closeReason.
// SCENARIO wait: report everything until the connection closes (OPTIONS.ping: send a ping on
//   open; OPTIONS.send: send this text on open).
// OPTIONS (JSON): protocols, deflate (false, true or ws's perMessageDeflate object), ca (a PEM
//   file to trust), handshakeTimeout (ms), maxPayload, timeoutMs (give up; default 10000).
import fs from 'node:fs';
import WebSocket from 'ws';

const [url, scenario, optionsText] = process.argv.slice(2);
const options = optionsText ? JSON.parse(optionsText) : {};
const print = (o) => process.stdout.write(JSON.stringify(o) + '\n');
const clientOptions = {
  perMessageDeflate: options.deflate ?? true,
  handshakeTimeout: options.handshakeTimeout,
  maxPayload: options.maxPayload,
};
if (options.ca) clientOptions.ca = fs.readFileSync(options.ca);
const ws = new WebSocket(url, options.protocols ?? [], clientOptions);
const timer = setTimeout(() => { print({ event: 'timeout' }); process.exit(2); },
  options.timeoutMs ?? 10000);

const big = (n, binary) => {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; ++i) b[i] = binary ? (i * 7) % 251 : 97 + (i % 26);
  return binary ? b : b.toString('latin1');
};
const plan = [
  ['hello from ws', false], [Buffer.from([0, 1, 255]), true], ['', false],
  [Buffer.alloc(0), true], [big(1 << 20, false), false], [big(1 << 20, true), true],
];
let expected = [];

ws.on('unexpected-response', (req, res) => {
  let body = '';
  res.on('data', (d) => { body += d; });
  res.on('end', () => {
    print({ event: 'refused', status: res.statusCode, headers: res.headers, body });
    process.exit(0);
  });
});
// ws.extensions names the extensions only; the parameters are in the response ws accepted.
let agreed = '';
ws.on('upgrade', (res) => { agreed = res.headers['sec-websocket-extensions'] ?? ''; });
ws.on('open', () => {
  print({ event: 'open', protocol: ws.protocol, extensions: agreed });
  if (scenario === 'echo') {
    for (const [data, binary] of plan) {
      expected.push([Buffer.from(data), binary]);
      ws.send(data, { binary });
    }
    // One message in three frames.
    ws.send('frag', { fin: false });
    ws.send('ment', { fin: false });
    ws.send('ed', { fin: true });
    expected.push([Buffer.from('fragmented'), false]);
    ws.ping('are you there');
  } else {
    if (options.ping !== undefined) ws.ping(options.ping);
    if (options.send !== undefined) ws.send(options.send);
  }
});
ws.on('message', (data, isBinary) => {
  const want = expected.shift();
  print({ event: 'message', binary: isBinary, size: data.length,
    ok: want !== undefined && want[1] === isBinary && Buffer.compare(want[0], data) === 0 });
  if (scenario === 'echo' && expected.length === 0)
    ws.close(options.closeCode ?? 1000, options.closeReason ?? '');
});
ws.on('ping', (data) => print({ event: 'ping', data: data.toString() }));
ws.on('pong', (data) => print({ event: 'pong', data: data.toString() }));
ws.on('error', (err) => print({ event: 'error', message: err.message, code: err.code }));
ws.on('close', (code, reason) => {
  print({ event: 'close', code, reason: reason.toString() });
  clearTimeout(timer);
  process.exit(0);
});
