// Reconnect and resume: close, open again with the session id in the URL, and the server
// (here the demo's echo) must take up where it stopped.
// Try it: wsprobe-cli demo-server --port 8080 & wsprobe-cli run reconnect-and-resume.js ws://127.0.0.1:8080/echo

ws.send(JSON.stringify({ type: 'hello', session: 'R1' }));
const hello = await expectMessage(json('$.type') == 'hello');
vars.set('resume', hello.json('$.session'));
ws.close(1000, 'going to reconnect');
await expectClose({ code: 1000 });

await ws.connect(ws.url.split('?')[0] + '?resume=' + vars.get('resume'));
expect(ws.readyState, 'open again').toBe(ws.OPEN);
ws.send(JSON.stringify({ type: 'resume', session: vars.get('resume') }));
await expectMessage(json('$.session') == 'R1', { within: 2000 });
