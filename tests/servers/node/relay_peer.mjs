// Both ends of a relayed conversation on Node's `ws`, for tests/relay; the same commands and
// output as ../relay_peer.py, plus Close without a status code (1005) both ways.
//   node relay_peer.mjs server [--no-deflate]    prints LISTENING <port>, then JSON lines
//   node relay_peer.mjs client URL [--deflate]   runs the battery, a JSON line per case
import crypto from 'node:crypto';
import { WebSocket, WebSocketServer } from 'ws';

const CODES = [1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014,
  3000, 3999, 4000, 4321, 4999];
const out = (obj) => console.log(JSON.stringify(obj));

function server(deflate) {
  const wss = new WebSocketServer({
    host: '127.0.0.1', port: 0, perMessageDeflate: deflate, maxPayload: 256 * 1024 * 1024,
    handleProtocols: (protocols) => {
      for (const p of protocols) if (p === 'chat' || p === 'superchat') return p;
      return false;
    },
  });
  wss.on('connection', (ws, req) => {
    const path = req.url;
    const headers = {};
    for (let i = 0; i < req.rawHeaders.length; i += 2)
      headers[req.rawHeaders[i].toLowerCase()] = req.rawHeaders[i + 1];
    out({ event: 'open', path, subprotocol: ws.protocol || null, headers, extensions: ws.extensions });
    ws.on('message', (data, isBinary) => {
      const text = isBinary ? null : data.toString();
      if (text !== null && text.length < 1000) out({ event: 'message', path, data: text });
      if (text?.startsWith('close:')) {
        const [, code, reason] = text.split(':');
        ws.close(Number(code), reason);
      } else if (text === 'close-empty') {
        ws.close();
      } else if (text === 'drop') {
        ws.terminate();
      } else if (text?.startsWith('ping-me:')) {
        const payload = text.slice('ping-me:'.length);
        ws.once('pong', (p) => ws.send('pong-ok:' + p.toString()));
        ws.ping(payload);
      } else {
        ws.send(data, { binary: isBinary });
      }
    });
    ws.on('close', (code, reason) => out({ event: 'closed', path, code, reason: reason.toString() }));
  });
  wss.on('listening', () => console.log(`LISTENING ${wss.address().port}`));
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
}

function open(url, deflate, protocols = []) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, protocols, { perMessageDeflate: deflate, maxPayload: 256 * 1024 * 1024 });
    ws.queue = [];
    ws.waiters = [];
    ws.on('message', (data, isBinary) => {
      const m = { data, isBinary };
      const w = ws.waiters.shift();
      if (w) w(m); else ws.queue.push(m);
    });
    ws.closed = new Promise((r) => ws.on('close', (code, reason) => r({ code, reason: reason.toString() })));
    ws.on('open', () => resolve(ws));
    ws.on('error', reject);
  });
}

function recv(ws) {
  const m = ws.queue.shift();
  if (m) return Promise.resolve(m);
  return new Promise((resolve, reject) => {
    ws.waiters.push(resolve);
    setTimeout(() => reject(new Error('no message within 30 s')), 30000);
  });
}

async function fidelity(url, deflate) {
  const errors = [];
  const ws = await open(url + '/fidelity', deflate, ['superchat', 'chat']);
  const big = crypto.createHash('sha256').update('seed').digest();
  const sixteen = Buffer.alloc(16 * 1024 * 1024);
  for (let i = 0; i < sixteen.length; i += big.length) big.copy(sixteen, i);
  const cases = [['héllo ✓', false], [Buffer.from([...Array(256).keys()]), true], ['', false],
    [Buffer.alloc(0), true], [sixteen, true]];
  for (const [sent, binary] of cases) {
    ws.send(sent, { binary });
    const got = await recv(ws);
    const same = binary ? got.isBinary && Buffer.compare(got.data, sent) === 0
      : !got.isBinary && got.data.toString() === sent;
    if (!same) errors.push(`echo of ${binary ? 'binary' : 'text'} ${sent.length} B differs`);
  }
  ws.send('ab', { fin: false });
  ws.send('cd', { fin: false });
  ws.send('ef', { fin: true });
  const frag = await recv(ws);
  if (frag.data.toString() !== 'abcdef') errors.push(`fragments came back as ${frag.data}`);
  const pong = new Promise((r) => ws.once('pong', (p) => r(p.toString())));
  ws.ping('cli-ping');
  if ((await pong) !== 'cli-ping') errors.push('pong payload differs');
  ws.send('ping-me:srv');
  const srv = await recv(ws);
  if (srv.data.toString() !== 'pong-ok:srv') errors.push(`server ping: ${srv.data}`);
  ws.close(1000);
  await ws.closed;
  out({ case: 'fidelity', errors, extensions: ws.extensions, subprotocol: ws.protocol });
}

async function closes(url, deflate) {
  for (const code of [...CODES, 1005]) {
    let ws = await open(url + '/server-close', deflate);
    ws.send(code === 1005 ? 'close-empty' : `close:${code}:srv-${code}`);
    const s = await ws.closed;
    out({ case: 'server-close', code, got: s.code, reason: s.reason });
    ws = await open(url + '/client-close', deflate);
    if (code === 1005) ws.close(); else ws.close(code, `cli-${code}`);
    const c = await ws.closed;
    out({ case: 'client-close', code, got: c.code });
  }
  let ws = await open(url + '/server-drop', deflate);
  ws.send('drop');
  out({ case: 'server-drop', got: (await ws.closed).code });
  ws = await open(url + '/client-drop', deflate);
  ws.terminate();
  out({ case: 'client-drop' });
}

if (process.argv[2] === 'server') {
  server(!process.argv.includes('--no-deflate'));
} else {
  const url = process.argv[3].replace(/\/$/, '');
  const deflate = process.argv.includes('--deflate');
  fidelity(url, deflate).then(() => closes(url, deflate)).then(() => process.exit(0),
    (e) => { out({ case: 'error', message: String(e) }); process.exit(1); });
}
