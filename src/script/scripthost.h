#pragma once

#include <QCoreApplication>
#include <QJSValue>
#include <QObject>
#include <QString>
#include <QVariantMap>

class ScriptRuntime;

/// The native half of the script API, the global `__host` the prelude (prelude.js) builds
/// `ws`, `vars`, `http` and the assertions on. Scripts should not call it directly; nothing
/// here reads or writes files or starts processes.
class ScriptHost : public QObject
{
    Q_OBJECT
public:
    explicit ScriptHost(ScriptRuntime &runtime);

    Q_INVOKABLE QString fileName() const;
    Q_INVOKABLE bool autoConnect() const;
    Q_INVOKABLE double now() const;
    Q_INVOKABLE QString tr(const QString &key, const QJSValue &a = {}, const QJSValue &b = {},
                           const QJSValue &c = {}) const;

    Q_INVOKABLE QJSValue request() const;
    /// Opens with the request object beforeConnect saw; the reason it was refused, or "".
    Q_INVOKABLE QString open(const QJSValue &request);
    Q_INVOKABLE bool sendText(const QString &text);
    Q_INVOKABLE bool sendBinary(const QByteArray &data);
    Q_INVOKABLE bool close(int code, const QString &reason);
    Q_INVOKABLE bool ping(const QString &payload);
    Q_INVOKABLE int readyState() const;
    Q_INVOKABLE double bufferedAmount() const;
    Q_INVOKABLE QString protocol() const;
    Q_INVOKABLE QString extensions() const;
    Q_INVOKABLE QString url() const;

    /// Messages from … to-1 that are still kept: [data, isText, out, time, seq] each, in one
    /// flat array (one call for a run of messages, not one per message).
    Q_INVOKABLE QJSValue messages(double from, double to);
    /// How many messages the connection has published so far, including those still
    /// queued for the script: the number the next one will get.
    Q_INVOKABLE double published() const;

    Q_INVOKABLE void startTimer(int id, double ms);
    Q_INVOKABLE void stopTimer(int id);

    Q_INVOKABLE QJSValue varGet(const QString &name) const;
    Q_INVOKABLE void varSet(const QString &name, const QString &value);
    Q_INVOKABLE void log(const QString &text);
    Q_INVOKABLE void check(const QJSValue &check);
    Q_INVOKABLE void hookError(const QString &hook, const QString &message, int line);
    Q_INVOKABLE void finish(const QString &how, const QString &message, int line);

    /// The first value the JSON path selects in text, or undefined.
    Q_INVOKABLE QJSValue jsonValue(const QString &text, const QString &path) const;
    Q_INVOKABLE bool sameJson(const QJSValue &a, const QJSValue &b) const;
    Q_INVOKABLE QString describeBinary(const QByteArray &data) const;
    /// A message (a string or an ArrayBuffer) through the connection's decoder pipeline:
    /// {text} (the value as compact JSON) or {error}; undefined when no pipeline is set.
    Q_INVOKABLE QJSValue decode(const QJSValue &data, const QString &direction) const;
    /// A MessageMatcher from its JSON form (docs/serve-rules.md): its number, or the error.
    Q_INVOKABLE QJSValue compileMatcher(const QJSValue &spec);
    Q_INVOKABLE bool matches(int id, const QJSValue &data, const QString &direction) const;
    Q_INVOKABLE QString describeMatcher(int id) const;

    /// expectReplayMatches: the messages received so far against those of a recorded
    /// session (read-only; relative to the script's folder), their decoded values with a
    /// decoder: decode is a SPEC, or true for the tab's own pipeline. {passed, summary} or
    /// {error}.
    Q_INVOKABLE QJSValue compareReplay(const QString &path, const QJSValue &ignoreKeys,
                                       const QJSValue &ignoreRegex, const QJSValue &decode) const;

    /// Starts an HTTP request (http/https only); "" or why it was refused.
    Q_INVOKABLE QString http(int id, const QString &method, const QString &url,
                             const QJSValue &headers, const QString &body);

private:
    ScriptRuntime &m_runtime;
};
