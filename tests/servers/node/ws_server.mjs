// Echo and scripted behaviours on Node's `ws` library, for Wsprobe's interoperability tests.
// Prints "LISTENING <port>" when ready; listens on 127.0.0.1 only. Same paths as
// ../python_ws_server.py. Pass --deflate to offer permessage-deflate.
import { WebSocketServer } from 'ws';

const deflate = process.argv.includes('--deflate');
const wss = new WebSocketServer({
  host: '127.0.0.1',
  port: 0,
  perMessageDeflate: deflate,
  maxPayload: 256 * 1024 * 1024,
  handleProtocols: (protocols) => {
    for (const p of ['chat', 'superchat']) if (protocols.has(p)) return p;
    return false;
  },
});

wss.on('connection', (ws, req) => {
  const url = new URL(req.url, 'ws://127.0.0.1');
  // A client that breaks the protocol (tests send such frames on purpose) gets the Close code
  // ws chooses; without a handler the error would end the whole server.
  ws.on('error', () => {});
  switch (url.pathname) {
    case '/echo':
      ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary }));
      break;
    case '/subprotocol':
      ws.send(ws.protocol || '');
      break;
    case '/headers': {
      const headers = {};
      for (let i = 0; i < req.rawHeaders.length; i += 2)
        headers[req.rawHeaders[i].toLowerCase()] = req.rawHeaders[i + 1];
      ws.send(JSON.stringify(headers));
      break;
    }
    case '/close':
      ws.close(Number(url.searchParams.get('code') ?? 1000), url.searchParams.get('reason') ?? '');
      break;
    case '/drop':
      ws.terminate();
      break;
    default:
      ws.close(4404, 'unknown path');
  }
});

wss.on('listening', () => console.log(`LISTENING ${wss.address().port}`));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
