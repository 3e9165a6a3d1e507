// The script API (docs/scripting.md) on top of the native __host. ECMAScript 7 only: Qt 6.4's
// engine has no async functions, so the user's are rewritten into generators driven by
// __async (AsyncTranspiler). Everything here runs on the script's own engine, one per run.

var __state = {
    // Messages are numbered from 0 in the order they were published (ScriptInbox). `length`
    // of them have been delivered; those from `first` on can still be read back, through
    // __streamAt. The cursors are where the next expectMessage of each direction starts
    // reading: a message matched once is not matched again, and incoming and outgoing
    // messages are read apart.
    hooks: function () { return undefined; }, handlers: {}, length: 0, first: 0,
    views: new Map(), window: null, fetchEnd: 0,
    cursor: { 'in': 0, 'out': 0, 'any': 0 }, waiters: [],
    timers: {}, nextTimer: 1,
    closeEvent: null, connectWaiter: null, connectError: '', http: {}, nextHttp: 1
};

function AssertionError(message) {
    this.name = 'AssertionError';
    this.message = message;
}
AssertionError.prototype = Object.create(Error.prototype);
AssertionError.prototype.constructor = AssertionError;

function __where() {
    var lines = String(new Error().stack || '').split('\n');
    for (var i = 0; i < lines.length; ++i) {
        var m = /@(.*):(\d+)$/.exec(lines[i]);
        if (m && m[1].indexOf(__host.fileName()) >= 0)
            return Number(m[2]);
    }
    return 0;
}

function __main(gen) {
    __async(gen, []).then(function () { __host.finish('passed', '', 0); }, function (e) {
        if (e instanceof AssertionError)
            __host.finish('assertion', e.message, 0);
        else if (e && e.__connection)
            __host.finish('connection', e.message, 0);
        else
            __host.finish('error', String(e), __errorLine(e));
    });
}

// lookup(name) is a closure in the script's scope (AsyncTranspiler): hooks are found however
// they were declared, once their declaration has run.
function __hooks(lookup) {
    __state.hooks = lookup;
}

function __hook(name) {
    try {
        return __state.hooks(name);
    } catch (e) {
        return undefined; // a const or let hook whose line has not run yet
    }
}

function __callHook(name, fn, arg) {
    try {
        return fn(arg);
    } catch (e) {
        // A failed expect() in a handler is already a failed check; anything else thrown
        // becomes one, and the conversation goes on.
        if (!(e instanceof AssertionError))
            __host.hookError(name, String(e), __errorLine(e));
        return undefined;
    }
}

function __connectionError(message) {
    var e = new Error(message);
    e.__connection = true;
    return e;
}

function __connect(url) {
    __state.closeEvent = null;
    var req = __host.request();
    if (url)
        req.url = url;
    var p = Promise.resolve(req);
    var hook = __hook('beforeConnect');
    if (hook)
        p = p.then(function (r) {
            return Promise.resolve(hook(r)).then(function (out) { return out === undefined ? r : out; });
        });
    return p.then(function (r) {
        return new Promise(function (resolve, reject) {
            __state.connectError = '';
            __state.connectWaiter = { resolve: resolve, reject: reject };
            var refused = __host.open(r);
            if (refused) {
                __state.connectWaiter = null;
                reject(__connectionError(refused));
            }
        });
    });
}

function __ready() {
    if (__host.readyState() === 1 || !__host.autoConnect())
        return Promise.resolve();
    return __connect();
}

// A message as hooks, handlers and assertions see it. Its methods are shared, not made for
// each message: a flood makes many.
function Message(data, isText, direction, time, seq) {
    this.data = data;
    this.raw = data;
    this.isText = isText;
    this.direction = direction;
    this.time = time;
    this.text = typeof data === 'string' ? data : undefined;
    this.seq = seq; // the log's number for it, so that a check can point at it
}
Message.prototype.json = function (path) {
    if (typeof this.data !== 'string')
        return undefined;
    return path === undefined ? JSON.parse(this.data) : __host.jsonValue(this.data, path);
};
// The tab's decoder pipeline applied when first asked for, kept with the data it was made
// from (a hook may give the message new data): {text, value} or {error}, {} without one.
function __decodedOf(msg) {
    var d = msg.__decoded;
    if (d === undefined || d.data !== msg.data) {
        var r = __host.decode(msg.data, msg.direction);
        d = { data: msg.data };
        if (r && r.text !== undefined) {
            d.text = r.text;
            d.value = JSON.parse(r.text);
        } else if (r) {
            d.error = r.error;
        }
        Object.defineProperty(msg, '__decoded', { value: d, writable: true, configurable: true });
    }
    return d;
}
Object.defineProperty(Message.prototype, 'decoded', {
    get: function () { return __decodedOf(this).value; }
});
Object.defineProperty(Message.prototype, 'decodeError', {
    get: function () { return __decodedOf(this).error; }
});

function __fire(name, arg) {
    var list = __state.handlers[name] || [];
    for (var i = 0; i < list.length; ++i)
        __callHook("on('" + name + "')", list[i], arg);
}

function __checkWaiters() {
    var waiters = __state.waiters.slice();
    for (var i = 0; i < waiters.length; ++i)
        waiters[i].check();
}

function __newMessage(values, k) {
    return new Message(values[k], values[k + 1], values[k + 2] ? 'out' : 'in', values[k + 3],
                       values[k + 4]);
}

// Message number i as assertions see it: the one onMessage returned a view of, or a new
// object for it, read from the host a window at a time.
function __streamAt(i) {
    var kept = __state.views.get(i);
    if (kept)
        return kept;
    var w = __state.window;
    if (!w || i < w.from || i >= w.from + w.count) {
        var to = Math.max(i + 1, Math.min(i + 256, __state.fetchEnd));
        var values = __host.messages(i, to);
        w = __state.window = { from: i, count: values.length / 5, values: values, made: [] };
    }
    var j = i - w.from;
    return w.made[j] || (w.made[j] = __newMessage(w.values, j * 5));
}

function __wantsMessages() {
    var list = __state.handlers.message;
    return !!(__hook('onMessage') || (list && list.length));
}

function __readsMessages() {
    for (var i = 0; i < __state.waiters.length; ++i) {
        if (__state.waiters[i].reads)
            return true;
    }
    return false;
}

// The messages up to number `end` (exclusive). Each becomes an object only for a hook, a
// handler or an assertion that reads messages; with none of them, a run costs nothing.
function __messages(end) {
    var s = __state;
    if (end <= s.length)
        return;
    s.fetchEnd = end;
    if (!__wantsMessages() && !__readsMessages()) {
        // No code of the script runs for these, so neither can start wanting them.
        s.length = end;
        return;
    }
    var values = null, from = 0;
    while (s.length < end) {
        var i = s.length;
        if (__wantsMessages()) {
            if (!values || i >= from + values.length / 5) {
                from = i;
                values = __host.messages(i, end);
            }
            var msg = __newMessage(values, (i - from) * 5);
            var onMessageHook = msg.direction === 'in' ? __hook('onMessage') : undefined;
            if (onMessageHook) {
                var view = __callHook('onMessage', onMessageHook, msg);
                if (view !== undefined) {
                    msg.data = view;
                    msg.text = typeof view === 'string' ? view : undefined;
                    // Assertions read the view; any other message they read is made again
                    // from the host's copy, so only these need keeping.
                    s.views.set(i, msg);
                }
            }
            s.length = i + 1;
            if (msg.direction === 'in')
                __fire('message', msg);
        } else {
            s.length = i + 1;
        }
        __checkWaiters();
    }
}

// What the host keeps readable from `first` on (given before each batch, which it never
// reaches into); the views of older messages go.
function __forget(first) {
    if (first <= __state.first)
        return;
    __state.first = first;
    var old = [];
    __state.views.forEach(function (v, k) { if (k < first) old.push(k); });
    for (var i = 0; i < old.length; ++i)
        __state.views['delete'](old[i]);
    if (__state.window && __state.window.from < first)
        __state.window = null;
}

// One batch from the host (ScriptRuntime::drain), in the order it happened: a number is a
// run of messages up to that number, an object an event or a timer that fell due.
function __events(batch, first) {
    __forget(first);
    for (var i = 0; i < batch.length; ++i) {
        var e = batch[i];
        if (typeof e === 'number')
            __messages(e);
        else if (e.kind === 'timer')
            __timer(e.id);
        else
            __event(e);
    }
}

function __event(e) {
    if (e.kind === 'open') {
        var w = __state.connectWaiter;
        __state.connectWaiter = null;
        __fire('open', { protocol: e.protocol, extensions: e.extensions });
        if (w)
            w.resolve();
    } else if (e.kind === 'error') {
        __state.connectError = e.message;
        __fire('error', { message: e.message });
    } else if (e.kind === 'close') {
        __state.closeEvent = { code: e.code, reason: e.reason, wasClean: e.wasClean, time: e.time };
        var cw = __state.connectWaiter;
        __state.connectWaiter = null;
        __fire('close', __state.closeEvent);
        if (cw)
            cw.reject(__connectionError(__state.connectError || __host.tr('closed', e.code)));
    } else if (e.kind === 'ping' || e.kind === 'pong') {
        if (e.direction === 'in')
            __fire(e.kind, { data: e.data, rtt: e.rtt });
    }
    __checkWaiters();
}

function __timer(id) {
    var fn = __state.timers[id];
    delete __state.timers[id];
    if (fn)
        fn();
}

function __httpDone(id, response, error) {
    var w = __state.http[id];
    delete __state.http[id];
    if (!w)
        return;
    if (error)
        w.reject(new Error(error));
    else {
        response.json = function () { return JSON.parse(this.body); };
        w.resolve(response);
    }
}

function __http(method, url, body, options) {
    options = options || {};
    return new Promise(function (resolve, reject) {
        var id = __state.nextHttp++;
        __state.http[id] = { resolve: resolve, reject: reject };
        var payload = body === undefined || typeof body === 'string' ? body : JSON.stringify(body);
        var refused = __host.http(id, method, String(url), options.headers || {},
                                  payload === undefined ? '' : payload);
        if (refused) {
            delete __state.http[id];
            reject(new Error(refused));
        }
    });
}

var http = {
    get: function (url, options) { return __http('GET', url, undefined, options); },
    post: function (url, body, options) { return __http('POST', url, body, options); }
};

var vars = {
    get: function (name) { return __host.varGet(String(name)); },
    set: function (name, value) { __host.varSet(String(name), __text(value)); }
};

function log() {
    var parts = [];
    for (var i = 0; i < arguments.length; ++i)
        parts.push(__text(arguments[i]));
    __host.log(parts.join(' '));
}

var console = { log: log, info: log, warn: log, error: log };

var ws = {
    CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3,
    get readyState() { return __host.readyState(); },
    get bufferedAmount() { return __host.bufferedAmount(); },
    get protocol() { return __host.protocol(); },
    get extensions() { return __host.extensions(); },
    get url() { return __host.url(); },
    send: function (data) {
        var beforeSendHook = __hook('beforeSend');
        if (beforeSendHook) {
            var out = __callHook('beforeSend', beforeSendHook, { data: data });
            if (out !== undefined)
                data = out;
        }
        if (ArrayBuffer.isView(data))
            data = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
        if (data instanceof ArrayBuffer)
            return __host.sendBinary(data);
        return __host.sendText(typeof data === 'string' ? data : __text(data));
    },
    close: function (code, reason) {
        return __host.close(code === undefined ? 1000 : Number(code), reason === undefined ? '' : String(reason));
    },
    ping: function (payload) { return __host.ping(payload === undefined ? '' : String(payload)); },
    on: function (name, fn) {
        (__state.handlers[name] = __state.handlers[name] || []).push(fn);
        return ws;
    },
    off: function (name, fn) {
        var list = __state.handlers[name] || [];
        var i = list.indexOf(fn);
        if (i >= 0)
            list.splice(i, 1);
        return ws;
    },
    connect: function (url) { return __connect(url); }
};

function on(name, fn) { return ws.on(name, fn); }

__export({
    // The API (docs/scripting.md, "The API").
    ws: ws, on: on, vars: vars, log: log, console: console, http: http, json: json,
    decoded: decoded,
    expect: expect, assert: assert, expectMessage: expectMessage,
    expectNoMessage: expectNoMessage, expectClose: expectClose,
    expectReplayMatches: expectReplayMatches, AssertionError: AssertionError,
    // The runtime's entry points (ScriptRuntime, ScriptHost) and what the transpiled script
    // calls (AsyncTranspiler).
    __events: __events, __timer: __timer, __httpDone: __httpDone, __main: __main,
    __hooks: __hooks, __ready: __ready
});
