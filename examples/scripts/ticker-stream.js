// A stream: at least three quotes within two seconds, each with the fields a client needs,
// and the sequence numbers in order.
// Try it: wsprobe-cli demo-server --port 8080 & wsprobe-cli run ticker-stream.js ws://127.0.0.1:8080/ticker

const quotes = await expectMessage(json('$.symbol') == 'WSP', { count: 3, within: 2000 });
for (let i = 1; i < quotes.length; ++i)
    expect(quotes[i].json('$.seq'), 'sequence ' + i + ' follows ' + (i - 1))
        .toBe(quotes[i - 1].json('$.seq') + 1);
expect(typeof quotes[0].json('$.price'), 'price is a number').toBe('number');
