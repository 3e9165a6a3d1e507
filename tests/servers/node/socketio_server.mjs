// A real Socket.IO 4 server for Wsprobe's protocol-layer tests: the default namespace and
// /admin (which wants auth {"token": "secret"}), events answered by ack or by emit, binary
// both ways, a server-side emit that asks the client for an ack, and pings every 300 ms so
// that heartbeats show within a test; a client that does not answer is dropped 3 s after a
// ping (not sooner: a test process or a node that stalls that long on a loaded CI machine
// would lose a connection that does answer). allowEIO3 lets a Socket.IO 2 (EIO=3) client in
// too. Prints "LISTENING <port>"; 127.0.0.1 only.
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const http = createServer();
const io = new Server(http, { allowEIO3: true, pingInterval: 300, pingTimeout: 3000,
                              transports: ['websocket'] });

function handlers(socket) {
  socket.emit('welcome', { nsp: socket.nsp.name });
  socket.on('echo', (...args) => {
    const ack = typeof args[args.length - 1] === 'function' ? args.pop() : null;
    if (ack) ack(...args);
    else socket.emit('echo', ...args);
  });
  // Bytes the client sent come back with their length, so the test sees both directions.
  socket.on('bytes', (data, ack) => {
    const length = Buffer.isBuffer(data) ? data.length : -1;
    if (typeof ack === 'function') ack({ length, data: Buffer.from([0xde, 0xad, 0xbe, 0xef]) });
  });
  socket.on('ask-me', () => {
    socket.emit('question', 'ready?', (...answer) => socket.emit('answered', ...answer));
  });
}

io.on('connection', handlers);
io.of('/admin').use((socket, next) => {
  if (socket.handshake.auth?.token === 'secret') next();
  else next(new Error('not authorised'));
});
io.of('/admin').on('connection', handlers);

http.listen(0, '127.0.0.1', () => console.log(`LISTENING ${http.address().port}`));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
