// The script API's assertions (docs/scripting.md, "Assertions on the stream"): json() predicates, matchers,
// expectMessage / expectNoMessage / expectClose / expectReplayMatches, expect() and assert().
// Evaluated in the same function as prelude.js (preludeSource), before it: prelude.js exports
// these names, and the waiters they add are the ones its event loop (__checkWaiters) settles.

// json(path) reads the message's JSON text, decoded(path) the value the tab's decoder
// pipeline made of it (msg.decoded); both take the same operators.
function JsonPredicate(path, source) {
    this.path = String(path);
    this.source = source || 'json';
    this.op = 'exists';
}
JsonPredicate.prototype.__with = function (op, v) {
    var p = new JsonPredicate(this.path, this.source);
    p.op = op;
    p.value = v;
    return p;
};
JsonPredicate.prototype.eq = function (v) { return this.__with('eq', v); };
JsonPredicate.prototype.equals = JsonPredicate.prototype.eq;
JsonPredicate.prototype.ne = function (v) { return this.__with('ne', v); };
JsonPredicate.prototype.matches = function (re) { return this.__with('matches', re); };
JsonPredicate.prototype.read = function (msg) {
    if (this.source === 'json')
        return msg.json(this.path);
    var d = __decodedOf(msg);
    return d.text === undefined ? undefined : __host.jsonValue(d.text, this.path);
};
JsonPredicate.prototype.test = function (msg) {
    var v = this.read(msg);
    if (this.op === 'exists')
        return v !== undefined;
    if (this.op === 'matches')
        return typeof v === 'string' && (this.value instanceof RegExp ? this.value.test(v) : new RegExp(this.value).test(v));
    var same = __host.sameJson(v, this.value);
    return this.op === 'ne' ? !same : same;
};
JsonPredicate.prototype.toString = function () {
    if (this.op === 'exists')
        return this.source + '(' + this.path + ')';
    var op = this.op === 'eq' ? ' == ' : this.op === 'ne' ? ' != ' : ' =~ ';
    var path = this.source === 'json' ? this.path : 'decoded ' + this.path;
    return path + op + (this.op === 'matches' ? String(this.value) : JSON.stringify(this.value));
};

function json(path, value) {
    var p = new JsonPredicate(path);
    return arguments.length > 1 ? p.eq(value) : p;
}

function decoded(path, value) {
    var p = new JsonPredicate(path, 'decoded');
    return arguments.length > 1 ? p.eq(value) : p;
}

function __matcher(m) {
    if (m === undefined || m === null)
        return { test: function () { return true; }, describe: __host.tr('any') };
    if (typeof m === 'string')
        return { test: function (msg) { return typeof msg.data === 'string' && msg.data.indexOf(m) >= 0; },
                 describe: JSON.stringify(m) };
    if (m instanceof RegExp)
        return { test: function (msg) { m.lastIndex = 0; return typeof msg.data === 'string' && m.test(msg.data); },
                 describe: String(m) };
    if (m instanceof JsonPredicate)
        return { test: function (msg) { return m.test(msg); }, describe: m.toString() };
    if (typeof m === 'function')
        return { test: function (msg) { return !!m(msg); }, describe: m.name ? m.name + '()' : __host.tr('function') };
    if (typeof m === 'object') {
        var id = __host.compileMatcher(m);
        if (typeof id === 'string')
            throw new Error(id);
        return { test: function (msg) { return __host.matches(id, msg.data, msg.direction); },
                 describe: __host.describeMatcher(id) };
    }
    throw new Error(__host.tr('badMatcher'));
}

function __record(check) {
    check.line = check.line || 0;
    __host.check(check);
    if (!check.passed)
        throw new AssertionError(check.name + ': ' + check.got);
}

function __preview(msg) {
    if (!msg)
        return __host.tr('none');
    var t = typeof msg.data === 'string' ? msg.data : __text(msg.data);
    return t.length > 200 ? t.substring(0, 200) + '…' : t;
}

function expectMessage(matcher, options) {
    options = options || {};
    var test = __matcher(matcher);
    var within = options.within === undefined ? 5000 : Number(options.within);
    var count = options.count === undefined ? 1 : Number(options.count);
    var direction = options.direction || 'in';
    if (direction !== 'in' && direction !== 'out' && direction !== 'any')
        throw new Error(__host.tr('badDirection', direction));
    var line = __where();
    var name = 'expectMessage(' + test.describe + ')';
    var expected = __host.tr('expectMessage', count, within) + ' ' + test.describe;
    var started = __host.now();
    return new Promise(function (resolve, reject) {
        var pos = __state.cursor[direction] || 0, found = [], last = null, timer = 0;
        var waiter = {
            reads: true,
            check: function () {
                // Messages older than those kept are gone (a direction nobody read for long).
                pos = Math.max(pos, __state.first);
                while (pos < __state.length) {
                    var msg = __streamAt(pos++);
                    if (direction !== 'any' && msg.direction !== direction)
                        continue;
                    last = msg;
                    var ok;
                    try {
                        ok = test.test(msg);
                    } catch (e) {
                        return done(false, String(e));
                    }
                    if (ok) {
                        found.push(msg);
                        if (found.length >= count) {
                            var c = __state.cursor;
                            c[direction] = pos;
                            if (direction === 'any') {
                                c['in'] = Math.max(c['in'], pos);
                                c.out = Math.max(c.out, pos);
                            }
                            return done(true, __preview(msg), msg.seq);
                        }
                    }
                }
                if (__state.closeEvent && __state.closeEvent.time >= started)
                    done(false, __host.tr('closedWhileWaiting', found.length, __state.closeEvent.code));
            }
        };
        function done(passed, got, seq) {
            if (__settle(waiter, timer, { name: name, passed: passed, expected: expected, got: got,
                                          line: line, duration: __host.now() - started, matched: seq }, reject))
                resolve(count === 1 ? found[0] : found);
        }
        __state.waiters.push(waiter);
        timer = setTimeout(function () {
            done(false, __host.tr('gaveUp', found.length, within, __preview(last)));
        }, within);
        waiter.check();
    });
}

// Ends a waiter once: off the list, its timer stopped, its outcome recorded. False when it
// had ended already, or when recording threw (the promise is then rejected with that).
function __settle(waiter, timer, outcome, reject) {
    var i = __state.waiters.indexOf(waiter);
    if (i < 0)
        return false;
    __state.waiters.splice(i, 1);
    clearTimeout(timer);
    try {
        __record(outcome);
    } catch (e) {
        reject(e);
        return false;
    }
    return true;
}

function expectNoMessage(matcher, options) {
    options = options || {};
    var test = __matcher(matcher);
    var period = options['for'] === undefined ? 1000 : Number(options['for']);
    var direction = options.direction || 'in';
    var line = __where();
    var name = 'expectNoMessage(' + test.describe + ')';
    var expected = __host.tr('expectNoMessage', period) + ' ' + test.describe;
    var started = __host.now();
    return new Promise(function (resolve, reject) {
        // From the messages published after this call, delivered to the script or not yet.
        var pos = __host.published(), timer = 0;
        var waiter = {
            reads: true,
            check: function () {
                pos = Math.max(pos, __state.first);
                while (pos < __state.length) {
                    var msg = __streamAt(pos++);
                    if (direction !== 'any' && msg.direction !== direction)
                        continue;
                    // A matcher that throws fails this assertion, as in expectMessage, rather
                    // than the event loop that asked.
                    var hit;
                    try {
                        hit = test.test(msg);
                    } catch (e) {
                        return done(false, String(e), msg.seq);
                    }
                    if (hit)
                        return done(false, __preview(msg), msg.seq);
                }
            }
        };
        function done(passed, got, seq) {
            if (__settle(waiter, timer, { name: name, passed: passed, expected: expected, got: got,
                                          line: line, duration: __host.now() - started, matched: seq }, reject))
                resolve();
        }
        __state.waiters.push(waiter);
        timer = setTimeout(function () { done(true, __host.tr('noneArrived')); }, period);
    });
}

function expectClose(options) {
    options = options || {};
    var within = options.within === undefined ? 5000 : Number(options.within);
    var line = __where();
    var name = 'expectClose(' + (options.code === undefined ? '' : options.code) + ')';
    var expected = __host.tr('expectClose', options.code === undefined ? -1 : options.code, within);
    var started = __host.now();
    return new Promise(function (resolve, reject) {
        var timer = 0;
        var waiter = {
            check: function () {
                var c = __state.closeEvent;
                if (!c)
                    return;
                done(options.code === undefined || c.code === options.code, __host.tr('closedWith', c.code, c.reason));
            }
        };
        function done(passed, got) {
            if (__settle(waiter, timer, { name: name, passed: passed, expected: expected, got: got,
                                          line: line, duration: __host.now() - started }, reject))
                resolve(__state.closeEvent);
        }
        __state.waiters.push(waiter);
        timer = setTimeout(function () { done(false, __host.tr('stillOpen', within)); }, within);
        waiter.check();
    });
}

function expectReplayMatches(session, options) {
    options = options || {};
    var line = __where();
    var r = __host.compareReplay(String(session), options.ignoreKeys || [], options.ignoreRegex || [],
                                 options.decode === true ? true : options.decode ? String(options.decode) : '');
    if (r.error)
        return Promise.reject(new Error(r.error));
    try {
        __record({ name: 'expectReplayMatches(' + JSON.stringify(String(session)) + ')', passed: r.passed,
                   expected: __host.tr('replayMatches'), got: r.summary, line: line, duration: 0 });
    } catch (e) {
        return Promise.reject(e);
    }
    return Promise.resolve(r);
}

function __same(a, b) {
    return __host.sameJson(a, b);
}

function expect(actual, label) {
    var line = __where();
    function check(passed, what, expectedText) {
        __record({ name: label ? String(label) : 'expect(' + __text(actual) + ')' + what,
                   passed: passed, expected: expectedText, got: __text(actual), line: line, duration: 0 });
        return true;
    }
    return {
        toBe: function (v) { return check(actual === v, '.toBe', __text(v)); },
        toEqual: function (v) { return check(__same(actual, v), '.toEqual', __text(v)); },
        toMatch: function (re) {
            var r = re instanceof RegExp ? re : new RegExp(re);
            return check(typeof actual === 'string' && r.test(actual), '.toMatch', String(r));
        },
        toContain: function (v) {
            return check(actual !== null && actual !== undefined && actual.indexOf(v) >= 0, '.toContain', __text(v));
        },
        toBeTruthy: function () { return check(!!actual, '.toBeTruthy', __host.tr('truthy')); },
        toBeFalsy: function () { return check(!actual, '.toBeFalsy', __host.tr('falsy')); },
        toBeDefined: function () { return check(actual !== undefined, '.toBeDefined', __host.tr('defined')); },
        toBeGreaterThan: function (v) { return check(actual > v, '.toBeGreaterThan', '> ' + __text(v)); },
        toBeLessThan: function (v) { return check(actual < v, '.toBeLessThan', '< ' + __text(v)); },
        toHaveType: function (t) { return check(typeof actual === t, '.toHaveType', t); }
    };
}

function assert(condition, message) {
    __record({ name: message ? String(message) : 'assert', passed: !!condition, expected: 'true',
               got: __text(condition), line: __where(), duration: 0 });
}
