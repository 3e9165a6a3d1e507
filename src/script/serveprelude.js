// The serve-mode script API (docs/scripting.md, "Serve mode") on top of the native __host of
// a ServeScriptSession: one engine for the whole serve session, so what a script keeps in its
// own variables (counters, subscriptions per client) lasts across clients and messages.
// ECMAScript 7 only, as prelude.js: async functions arrive rewritten by AsyncTranspiler.

var __state = { clients: {}, timers: {}, nextTimer: 1 };

// The hooks are looked up when they are called, so a hook declared with const, let, var or a
// function declaration, or assigned later, is found. Top-level const and let are not
// properties of the global object, and this engine does not show them to a function of
// another evaluate(): the session appends __scriptScope(function (n) {…}) to the script's
// own text, whose closure sees them.
var __scope = null;
function __scriptScope(lookup) {
    __scope = lookup;
}

function __hook(name) {
    try {
        var fn = __scope ? __scope(name) : undefined;
        if (typeof fn === 'function')
            return fn;
        switch (name) {
        case 'onClientConnect':
            return typeof onClientConnect === 'function' ? onClientConnect : undefined;
        case 'onClientMessage':
            return typeof onClientMessage === 'function' ? onClientMessage : undefined;
        case 'onClientClose':
            return typeof onClientClose === 'function' ? onClientClose : undefined;
        }
    } catch (e) {
        // A let/const hook whose declaration has not run yet.
    }
    return undefined;
}

function __report(name, e) {
    __host.hookError(name, String(e), __errorLine(e));
}

function __call(name, args) {
    var fn = __hook(name);
    if (!fn)
        return false;
    try {
        var r = fn.apply(undefined, args);
        // An async hook fails later: its promise says so.
        if (r && typeof r.then === 'function')
            r.then(undefined, function (e) { __report(name, e); });
    } catch (e) {
        __report(name, e);
    }
    return true;
}

function __payload(data) {
    if (typeof data === 'string')
        return { text: data };
    if (data instanceof ArrayBuffer)
        return { binary: data };
    if (ArrayBuffer.isView(data))
        return { binary: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) };
    return { text: JSON.stringify(data) };
}

function __send(id, data) {
    var p = __payload(data);
    var refused = p.binary !== undefined ? __host.sendBinary(id, p.binary)
                                         : __host.sendText(id, p.text);
    if (refused)
        throw new Error(refused);
}

function __client(id) {
    var c = __state.clients[id];
    if (c)
        return c;
    var info = __host.clientInfo(id);
    c = {
        id: id, address: info.address, path: info.path, protocol: info.protocol,
        send: function (data) { __send(id, data); },
        close: function (code, reason) {
            var refused = __host.close(id, code === undefined ? 1000 : Number(code),
                                       reason === undefined ? '' : String(reason));
            if (refused)
                throw new Error(refused);
        },
        get open() { return __host.isOpen(id); }
    };
    __state.clients[id] = c;
    return c;
}

function __message(data, isText, time) {
    return {
        data: data, isText: isText, time: time,
        get text() { return typeof this.data === 'string' ? this.data : undefined; },
        json: function (path) {
            if (typeof this.data !== 'string')
                return undefined;
            return path === undefined ? JSON.parse(this.data) : __host.jsonValue(this.data, path);
        }
    };
}

function __connected(id) {
    __call('onClientConnect', [__client(id)]);
}

function __incoming(id, data, isText, time) {
    if (!__call('onClientMessage', [__client(id), __message(data, isText, time)]))
        __host.hookError('onClientMessage', __host.tr('noHandler'), 0);
}

function __gone(id, code, reason) {
    var c = __client(id);
    c.closeCode = code;
    c.closeReason = reason;
    __call('onClientClose', [c]);
    delete __state.clients[id];
}

function __timer(id) {
    var fn = __state.timers[id];
    delete __state.timers[id];
    if (fn) {
        try {
            fn();
        } catch (e) {
            __report('setTimeout', e);
        }
    }
}

var delay = sleep;

// Every open client (but options.except, a client or its id); the number it went to.
function broadcast(data, options) {
    var except = options && options.except;
    var exceptId = except && typeof except === 'object' ? except.id : except;
    var ids = __host.clients();
    var n = 0;
    for (var i = 0; i < ids.length; ++i) {
        if (ids[i] === exceptId)
            continue;
        try {
            __send(ids[i], data);
            ++n;
        } catch (e) {
            // Closing while the broadcast went round: the others still get it.
        }
    }
    return n;
}

var clients = {
    get ids() { return __host.clients(); },
    get count() { return __host.clients().length; },
    get: function (id) { return __host.isOpen(id) ? __client(id) : undefined; }
};

function log() {
    var parts = [];
    for (var i = 0; i < arguments.length; ++i)
        parts.push(__text(arguments[i]));
    __host.log(parts.join(' '));
}

__export({
    // The API (docs/scripting.md, "Serve mode").
    delay: delay, broadcast: broadcast, clients: clients, log: log,
    // The session's entry points (ServeScriptSession) and the lookup of the script's hooks
    // appended to its text.
    __connected: __connected, __incoming: __incoming, __gone: __gone, __timer: __timer,
    __scriptScope: __scriptScope
});
