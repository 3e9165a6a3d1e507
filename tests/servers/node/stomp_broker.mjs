// The STOMP 1.2 broker behind stomp_server.mjs (over ws) and stomp_sockjs_server.mjs (over
// SockJS): one broker for both, so the two transports are tested against the same frames.
// A connection is {send(buffer), close()}; stompConnection() gives {message(buffer), closed()}.
const subscribers = new Map(); // destination → Set of {socket, id}
let messageId = 0;

function escape(s) {
  return String(s).replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    .replace(/:/g, '\\c');
}
function unescape(s) {
  return s.replace(/\\(.)/g, (_, c) => ({ n: '\n', r: '\r', c: ':', '\\': '\\' })[c] ?? c);
}
export function frame(command, headers, body = Buffer.alloc(0)) {
  const escaped = command !== 'CONNECTED';
  let head = command + '\n';
  for (const [k, v] of Object.entries(headers))
    head += (escaped ? escape(k) : k) + ':' + (escaped ? escape(v) : v) + '\n';
  return Buffer.concat([Buffer.from(head + '\n'), body, Buffer.from([0])]);
}
/// Frames of one message; ends of line between them are heart-beats.
function parse(data, state) {
  const frames = [];
  let pos = 0;
  while (pos < data.length) {
    if (data[pos] === 0x0a || (data[pos] === 0x0d && data[pos + 1] === 0x0a)) {
      state.heartbeats++;
      pos += data[pos] === 0x0d ? 2 : 1;
      continue;
    }
    const headEnd = data.indexOf('\n\n', pos);
    if (headEnd < 0) throw new Error('frame without a blank line after its headers');
    const lines = data.subarray(pos, headEnd).toString().split('\n').map((l) => l.replace(/\r$/, ''));
    const command = lines.shift();
    const escaped = command !== 'CONNECT' && command !== 'STOMP';
    const headers = {};
    for (const line of lines) {
      const colon = line.indexOf(':');
      if (colon <= 0) throw new Error(`header without a name: ${line}`);
      const k = escaped ? unescape(line.slice(0, colon)) : line.slice(0, colon);
      if (!(k in headers)) headers[k] = escaped ? unescape(line.slice(colon + 1)) : line.slice(colon + 1);
    }
    const bodyStart = headEnd + 2;
    let bodyEnd;
    if ('content-length' in headers) bodyEnd = bodyStart + Number(headers['content-length']);
    else bodyEnd = data.indexOf(0, bodyStart);
    if (bodyEnd < 0 || data[bodyEnd] !== 0) throw new Error('body not ended by NUL');
    frames.push({ command, headers, body: data.subarray(bodyStart, bodyEnd) });
    pos = bodyEnd + 1;
  }
  return frames;
}

/// A client connection: "sy" (a number or null) makes the broker ask for a heart-beat every
/// sy ms whatever the client offers.
export function stompConnection(socket, sy) {
  const state = { heartbeats: 0, connected: false, subs: new Map() };
  const send = (f) => socket.send(f);
  const message = (data) => {
    let frames;
    try {
      frames = parse(Buffer.from(data), state);
    } catch (e) {
      send(frame('ERROR', { message: e.message }));
      socket.close();
      return;
    }
    for (const { command, headers, body } of frames) {
      if (!state.connected && command !== 'CONNECT' && command !== 'STOMP') {
        send(frame('ERROR', { message: `${command} before CONNECT` }));
        socket.close();
        return;
      }
      switch (command) {
        case 'CONNECT':
        case 'STOMP': {
          state.connected = true;
          // The client's "cx,cy": we send none (0) and want one every cx ms, if it offers.
          const [cx] = (headers['heart-beat'] ?? '0,0').split(',').map(Number);
          send(frame('CONNECTED', { version: '1.2', server: 'wsprobe-test/1',
                                    'heart-beat': sy !== null ? `0,${Number(sy)}`
                                      : `0,${cx > 0 ? Math.max(cx, 100) : 0}` }));
          break;
        }
        case 'SUBSCRIBE': {
          const entry = { socket, id: headers.id };
          if (!subscribers.has(headers.destination)) subscribers.set(headers.destination, new Set());
          subscribers.get(headers.destination).add(entry);
          state.subs.set(headers.id, [headers.destination, entry]);
          break;
        }
        case 'UNSUBSCRIBE': {
          const sub = state.subs.get(headers.id);
          if (sub) subscribers.get(sub[0])?.delete(sub[1]);
          state.subs.delete(headers.id);
          break;
        }
        case 'SEND': {
          let payload = body;
          if (headers.destination === '/stats') payload = Buffer.from(JSON.stringify({ heartbeats: state.heartbeats }));
          const targets = headers.destination === '/stats'
            ? [{ socket, id: 'stats' }] : [...(subscribers.get(headers.destination) ?? [])];
          for (const t of targets) {
            t.socket.send(frame('MESSAGE', {
              destination: headers.destination, subscription: t.id, 'message-id': String(++messageId),
              'content-type': headers['content-type'] ?? 'text/plain',
              'content-length': String(payload.length),
            }, payload));
          }
          break;
        }
        case 'DISCONNECT':
          break;
        default:
          send(frame('ERROR', { message: `unknown command ${command}` }));
          socket.close();
          return;
      }
      if (headers.receipt) send(frame('RECEIPT', { 'receipt-id': headers.receipt }));
    }
  };
  const closed = () => {
    for (const [, [destination, entry]] of state.subs) subscribers.get(destination)?.delete(entry);
  };
  return { message, closed };
}
