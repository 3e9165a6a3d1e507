// A small STOMP 1.2 broker over ws for Wsprobe's protocol-layer tests (no STOMP broker for
// Node is maintained; this one follows the STOMP 1.2 specification's frames): CONNECT or
// STOMP answered by CONNECTED with the heart-beats agreed, SUBSCRIBE/UNSUBSCRIBE, SEND
// delivered as MESSAGE to every subscriber of the destination, RECEIPT when asked, ERROR
// for a frame it cannot read (then the connection closes, as the specification says).
// It counts the client's heart-beats and reports them in a MESSAGE on "/stats" when asked
// by SEND to "/stats". The broker itself is stomp_broker.mjs (shared with the SockJS one).
// Prints "LISTENING <port>"; 127.0.0.1 only.
import { WebSocketServer } from 'ws';
import { stompConnection } from './stomp_broker.mjs';

const wss = new WebSocketServer({
  host: '127.0.0.1',
  port: 0,
  handleProtocols: (protocols) => ['v12.stomp', 'v11.stomp', 'v10.stomp']
    .find((p) => protocols.has(p)) ?? false,
});

wss.on('connection', (socket, request) => {
  // "?sy=N": a broker that wants a heart-beat every N ms whatever the client offers.
  const sy = new URL(request.url, 'http://x').searchParams.get('sy');
  const stomp = stompConnection({
    send: (f) => socket.send(f, { binary: false }),
    close: () => socket.close(),
  }, sy);
  socket.on('message', (data) => stomp.message(data));
  socket.on('close', () => stomp.closed());
});
wss.on('listening', () => console.log(`LISTENING ${wss.address().port}`));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
