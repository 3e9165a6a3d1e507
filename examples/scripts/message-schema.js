// Every message, whenever it arrives, must have the shape the client expects. The handler
// checks each one; the script only decides how long to listen.
// Try it: wsprobe-cli demo-server --port 8080 & wsprobe-cli run message-schema.js ws://127.0.0.1:8080/ticker

let seen = 0;
on('message', msg => {
    seen++;
    const q = msg.json();
    expect(typeof q.seq === 'number' && typeof q.symbol === 'string'
           && typeof q.price === 'number' && typeof q.time === 'string',
           'message ' + seen + ' has seq, symbol, price and time').toBe(true);
});
await sleep(1600);
expect(seen, 'messages in 1.6 s').toBeGreaterThan(1);
