// A WebSocket client on Node's `ws` library, for serve mode's tests. Same arguments and
// output as ../python_serve_client.py: URL COUNT [MESSAGE]... ("hex:" sends binary).
import { WebSocket } from 'ws';

const [url, countText, ...messages] = process.argv.slice(2);
const count = Number(countText);
const protocols = (process.env.WS_SUBPROTOCOLS || '').split(',').filter((p) => p);
const ws = new WebSocket(url, protocols);
let received = 0;
const giveUp = setTimeout(() => process.exit(3), 15000);
ws.on('open', () => {
  console.log(`OPEN ${ws.protocol}`);
  for (const m of messages) {
    ws.send(m.startsWith('hex:') ? Buffer.from(m.slice(4), 'hex') : m);
  }
});
ws.on('message', (data, isBinary) => {
  received += 1;
  console.log(isBinary ? `BINARY ${data.toString('hex')}` : `TEXT ${data.toString()}`);
  if (count >= 0 && received >= count) ws.close(1000, 'done');
});
ws.on('close', (code, reason) => {
  console.log(`CLOSE ${code} ${reason.toString()}`);
  clearTimeout(giveUp);
});
ws.on('error', (e) => {
  console.log(`ERROR ${e.message}`);
});
