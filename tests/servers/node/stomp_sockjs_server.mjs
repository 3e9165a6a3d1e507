// The STOMP 1.2 broker of stomp_broker.mjs behind a real SockJS server (npm "sockjs", the
// Node implementation of the SockJS protocol that Spring's STOMP endpoints also speak), for
// Wsprobe's STOMP-over-SockJS tests. SockJS's WebSocket transport is at
// /stomp/<server>/<session>/websocket: the server sends "o" on open, "a[...]" arrays of
// messages (each a STOMP frame as a JSON string) and "c[...]" on close; the client sends JSON
// arrays of strings. (Over WebSocket sockjs-node keeps the connection alive with pings, every
// 300 ms here, rather than "h" frames.) Prints "LISTENING <port>"; 127.0.0.1 only.
import { createServer } from 'node:http';
import sockjs from 'sockjs';
import { stompConnection } from './stomp_broker.mjs';

const service = sockjs.createServer({ prefix: '/stomp', heartbeat_delay: 300, log: () => {} });
service.on('connection', (conn) => {
  const stomp = stompConnection({
    send: (f) => conn.write(f.toString('utf8')),
    close: () => conn.close(3000, 'STOMP error'),
  }, null);
  conn.on('data', (text) => stomp.message(Buffer.from(text, 'utf8')));
  conn.on('close', () => stomp.closed());
});
const http = createServer();
service.installHandlers(http);
http.listen(0, '127.0.0.1', () => console.log(`LISTENING ${http.address().port}`));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
