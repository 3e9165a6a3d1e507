// What both script preludes share (prelude.js for a tab or a CLI run, serveprelude.js for a
// serve session), evaluated first on their engine: ECMAScript 7 only, as they are.
//
// preludeSource() wraps this file and the prelude after it in one function, called with the
// global object as `this`: what they declare is private to them, and each prelude ends by
// handing __export() the names scripts see. Those become configurable properties of the
// global object, never var or function declarations of its own, so a script may declare the
// same names (`let clients = new Map()`, `function delay() {}`, `const log = …`) without a
// redeclaration error, and doing so (or assigning them) changes nothing for the prelude, which
// reaches its functions through its own scope. Names starting with two underscores are the
// prelude's and the host's (docs/scripting.md, "Names").

var __global = this;
// Captured, so that a script's own `__host` cannot stand in for the native one.
var __host = __global.__host;

// Each name of api as a property of the global object a script can redeclare or overwrite.
function __export(api) {
    for (var name in api) {
        if (Object.prototype.hasOwnProperty.call(api, name))
            Object.defineProperty(__global, name, { value: api[name], writable: true,
                                                    enumerable: true, configurable: true });
    }
}

// ECMAScript 2020's name for the global object, which Qt 6.4's engine does not define yet.
__export({ globalThis: __global });

function __errorLine(e) {
    if (e && typeof e.lineNumber === 'number' && e.lineNumber > 0)
        return e.lineNumber;
    var lines = String((e && e.stack) || '').split('\n');
    for (var i = 0; i < lines.length; ++i) {
        var m = /@(.*):(\d+)$/.exec(lines[i]);
        if (m && m[1].indexOf(__host.fileName()) >= 0)
            return Number(m[2]);
    }
    return 0;
}

function __text(v) {
    if (typeof v === 'string')
        return v;
    if (v instanceof ArrayBuffer)
        return __host.describeBinary(v);
    if (v instanceof Error)
        return String(v);
    try {
        var s = JSON.stringify(v);
        return s === undefined ? String(v) : s;
    } catch (e) {
        return String(v);
    }
}

function __async(gen, args) {
    var it = gen.apply(this, args);
    return new Promise(function (resolve, reject) {
        function step(method, value) {
            var r;
            try {
                r = it[method](value);
            } catch (e) {
                reject(e);
                return;
            }
            if (r.done)
                resolve(r.value);
            else
                Promise.resolve(r.value).then(function (v) { step('next', v); },
                                              function (e) { step('throw', e); });
        }
        step('next', undefined);
    });
}

// Timers on the host's clock (a fake one in tests): each prelude keeps __state.timers and
// __state.nextTimer and calls the timer's function when the host says it is due.
function setTimeout(fn, ms) {
    var id = __state.nextTimer++;
    __state.timers[id] = fn;
    __host.startTimer(id, Math.max(0, Number(ms) || 0));
    return id;
}

function clearTimeout(id) {
    delete __state.timers[id];
    __host.stopTimer(id);
}

function sleep(ms) {
    return new Promise(function (resolve) { setTimeout(resolve, ms); });
}

// What both preludes' scripts and hosts use; the timers are the API's too.
__export({ __async: __async, setTimeout: setTimeout, clearTimeout: clearTimeout, sleep: sleep });
