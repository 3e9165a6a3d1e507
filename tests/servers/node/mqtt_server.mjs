// The aedes MQTT broker over WebSocket for Wsprobe's protocol-layer tests: ws hands each
// connection to aedes as a stream, on /mqtt, agreeing to the "mqtt" subprotocol as brokers
// do. Clients whose user name is "refused" get CONNACK 5 (not authorised).
// Prints "LISTENING <port>"; 127.0.0.1 only.
import { createServer } from 'node:http';
import { Aedes } from 'aedes';
import { WebSocketServer, createWebSocketStream } from 'ws';

const broker = await Aedes.createBroker();
broker.authenticate = (client, username, password, done) => {
  if (username === 'refused') {
    const error = new Error('not authorised');
    error.returnCode = 5;
    done(error, false);
  } else {
    done(null, true);
  }
};
const http = createServer();
const wss = new WebSocketServer({
  server: http,
  path: '/mqtt',
  handleProtocols: (protocols) => (protocols.has('mqtt') ? 'mqtt' : false),
});
wss.on('connection', (socket, request) => broker.handle(createWebSocketStream(socket), request));
http.listen(0, '127.0.0.1', () => console.log(`LISTENING ${http.address().port}`));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
