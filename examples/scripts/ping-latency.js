// Ping-pong latency: five pings, each answered; the round trips are logged and bounded.
// Try it: wsprobe-cli demo-server --port 8080 & wsprobe-cli run ping-latency.js ws://127.0.0.1:8080/echo

const rtts = [];
for (let i = 0; i < 5; ++i) {
    const pong = new Promise(resolve => on('pong', p => resolve(p)));
    ws.ping('p' + i);
    const p = await pong;
    rtts.push(p.rtt);
}
log('round trips (ms):', rtts.join(', '));
expect(Math.max.apply(null, rtts), 'slowest round trip (ms)').toBeLessThan(1000);
