// Login, then subscribe: each request must be answered, in order, and the session id the
// login returns is kept as a variable for what follows.
// Try it: wsprobe-cli demo-server --port 8080 & wsprobe-cli run login-then-subscribe.js ws://127.0.0.1:8080/echo
// (the demo's /echo answers with what it is sent, so the "server" here is the script itself)

const user = vars.get('user') || 'demo';
ws.send(JSON.stringify({ type: 'login', user: user, session: 'S-' + user }));
const login = await expectMessage(json('$.type') == 'login', { within: 2000 });
vars.set('session', login.json('$.session'));

ws.send(JSON.stringify({ type: 'subscribe', session: vars.get('session'), topic: 'prices' }));
await expectMessage(json('$.topic') == 'prices', { within: 2000 });
expect(vars.get('session')).toBe('S-' + user);

// Nothing unexpected follows within half a second.
await expectNoMessage(json('$.type') == 'error', { for: 500 });
ws.close(1000, 'done');
await expectClose({ code: 1000, within: 2000 });
