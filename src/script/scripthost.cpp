#include "script/scripthost.h"

#include <climits>

#include <QDir>
#include <QJSEngine>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include "compose/variables.h"
#include "connection/clock.h"
#include "connection/connection.h"
#include "decode/cborjson.h"
#include "decode/decodepipeline.h"
#include "log/eventlog.h"
#include "match/jsonpath.h"
#include "replay/sessioncompare.h"
#include "script/scriptcommon.h"
#include "script/scriptruntime.h"
#include "session/sessionreader.h"
#include "workbench/connectionworkbench.h"

namespace {

QJsonValue toJson(const QJSValue &v)
{
    return QJsonValue::fromVariant(v.toVariant());
}

/// A message's data as the prelude holds it (a string, or an ArrayBuffer), as sent.
QByteArray payloadOf(const QJSValue &data)
{
    return data.isString() ? data.toString().toUtf8() : data.toVariant().toByteArray();
}

Direction directionOf(const QString &direction)
{
    return direction == QLatin1String("out") ? Direction::Out : Direction::In;
}

} // namespace

ScriptHost::ScriptHost(ScriptRuntime &runtime)
    : m_runtime(runtime)
{
}

QString ScriptHost::fileName() const
{
    return m_runtime.m_fileName;
}

bool ScriptHost::autoConnect() const
{
    return m_runtime.m_autoConnect;
}

double ScriptHost::now() const
{
    return double(m_runtime.m_clock.nowMs());
}

// The prelude's words for people, translated here so that the catalogue holds them.
QString ScriptHost::tr(const QString &key, const QJSValue &a, const QJSValue &b,
                       const QJSValue &c) const
{
    Q_UNUSED(c)
    const auto text = [](const QJSValue &v) { return v.toString(); };
    if (key == QLatin1String("any"))
        return ScriptRuntime::tr("any message");
    if (key == QLatin1String("function"))
        return ScriptRuntime::tr("a function");
    if (key == QLatin1String("none"))
        return ScriptRuntime::tr("no message");
    if (key == QLatin1String("badMatcher"))
        return ScriptRuntime::tr("A matcher is a string, a RegExp, json(path), a function or a "
                                 "matcher object.");
    if (key == QLatin1String("closed"))
        return ScriptRuntime::tr("The connection closed before it opened (code %1).").arg(text(a));
    if (key == QLatin1String("expectMessage"))
        return ScriptRuntime::tr("%1 message(s) within %2 ms matching").arg(text(a), text(b));
    if (key == QLatin1String("closedWhileWaiting"))
        return ScriptRuntime::tr("the connection closed (code %2) after %1 matching message(s)")
            .arg(text(a), text(b));
    if (key == QLatin1String("gaveUp"))
        return ScriptRuntime::tr("%1 matching message(s) when it gave up after %2 ms; the last "
                                 "message looked at: %3")
            .arg(text(a), text(b), text(c));
    if (key == QLatin1String("expectNoMessage"))
        return ScriptRuntime::tr("no message for %1 ms matching").arg(text(a));
    if (key == QLatin1String("noneArrived"))
        return ScriptRuntime::tr("none arrived");
    if (key == QLatin1String("expectClose"))
        return a.toInt() < 0
                   ? ScriptRuntime::tr("a close within %1 ms").arg(text(b))
                   : ScriptRuntime::tr("a close with code %1 within %2 ms").arg(text(a), text(b));
    if (key == QLatin1String("closedWith"))
        return ScriptRuntime::tr("closed with code %1 \"%2\"").arg(text(a), text(b));
    if (key == QLatin1String("badDirection"))
        return ScriptRuntime::tr("direction is 'in', 'out' or 'any', not '%1'.").arg(text(a));
    if (key == QLatin1String("replayMatches"))
        return ScriptRuntime::tr("the messages received so far match the recording");
    // What toBeTruthy, toBeFalsy and toBeDefined expected, in the results' words.
    if (key == QLatin1String("truthy"))
        return ScriptRuntime::tr("truthy (not false, 0, \"\", null, undefined or NaN)");
    if (key == QLatin1String("falsy"))
        return ScriptRuntime::tr("falsy (false, 0, \"\", null, undefined or NaN)");
    if (key == QLatin1String("defined"))
        return ScriptRuntime::tr("defined (not undefined)");
    if (key == QLatin1String("stillOpen"))
        return ScriptRuntime::tr("no close after %1 ms").arg(text(a));
    return key;
}

QJSValue ScriptHost::request() const
{
    QJSEngine *engine = m_runtime.m_engine;
    const ConnectionRequest &r = m_runtime.m_workbench.request();
    QJSValue out = engine->newObject();
    out.setProperty(QStringLiteral("url"), r.url.toString());
    QJSValue headers = engine->newObject();
    for (const HeaderField &h : r.headers)
        headers.setProperty(QString::fromUtf8(h.name), QString::fromUtf8(h.value));
    out.setProperty(QStringLiteral("headers"), headers);
    out.setProperty(QStringLiteral("protocols"), engine->toScriptValue(r.subprotocols));
    return out;
}

QString ScriptHost::open(const QJSValue &request)
{
    ConnectionWorkbench &wb = m_runtime.m_workbench;
    ConnectionRequest r = wb.request();
    const QUrl url(request.property(QStringLiteral("url")).toString());
    if (!url.isValid() || url.isEmpty())
        return ScriptRuntime::tr("There is no URL to connect to.");
    r.url = url;
    r.headers.clear();
    const QVariantMap headers = request.property(QStringLiteral("headers")).toVariant().toMap();
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        r.headers.append(HeaderField{it.key().toUtf8(), it.value().toString().toUtf8()});
    r.subprotocols = request.property(QStringLiteral("protocols")).toVariant().toStringList();
    wb.setRequest(r);
    if (wb.connection().readyState() != ReadyState::Closed)
        return ScriptRuntime::tr("The connection is not closed.");
    // A refusal is an error event, which the prelude sees; its words are the reason too.
    return wb.open() ? QString() : ScriptRuntime::tr("The request was refused.");
}

bool ScriptHost::sendText(const QString &text)
{
    return m_runtime.m_workbench.connection().sendText(text.toUtf8());
}

bool ScriptHost::sendBinary(const QByteArray &data)
{
    return m_runtime.m_workbench.connection().sendBinary(data);
}

bool ScriptHost::close(int code, const QString &reason)
{
    return m_runtime.m_workbench.connection().close(code, reason);
}

bool ScriptHost::ping(const QString &payload)
{
    return m_runtime.m_workbench.connection().ping(payload.toUtf8());
}

int ScriptHost::readyState() const
{
    return int(m_runtime.m_workbench.connection().readyState());
}

double ScriptHost::bufferedAmount() const
{
    return double(m_runtime.m_workbench.connection().bufferedAmount());
}

QString ScriptHost::protocol() const
{
    return m_runtime.m_workbench.connection().protocol();
}

QString ScriptHost::extensions() const
{
    return m_runtime.m_workbench.connection().extensions();
}

QString ScriptHost::url() const
{
    // After a close the browser's ws.url still names the socket's URL; so does this.
    const QUrl current = m_runtime.m_workbench.connection().url();
    return (current.isEmpty() ? m_runtime.m_workbench.request().url : current).toString();
}

QJSValue ScriptHost::messages(double from, double to)
{
    return m_runtime.messageValues(qint64(from), qint64(to));
}

double ScriptHost::published() const
{
    return double(m_runtime.m_inbox.published());
}

void ScriptHost::startTimer(int id, double ms)
{
    m_runtime.m_timers.emplace(m_runtime.m_clock.nowMs() + qint64(ms), id);
    m_runtime.schedule();
}

void ScriptHost::stopTimer(int id)
{
    auto &timers = m_runtime.m_timers;
    for (auto it = timers.begin(); it != timers.end(); ++it) {
        if (it->second == id) {
            timers.erase(it);
            break;
        }
    }
}

QJSValue ScriptHost::varGet(const QString &name) const
{
    QString value;
    if (!m_runtime.m_workbench.variables().lookup(name, &value))
        return QJSValue(QJSValue::UndefinedValue);
    return value;
}

void ScriptHost::varSet(const QString &name, const QString &value)
{
    Variables &vars = m_runtime.m_workbench.variables();
    Variables::Table table = vars.table();
    bool found = false;
    for (auto &row : table) {
        if (row.first == name) {
            row.second = value;
            found = true;
        }
    }
    if (!found)
        table.append({name, value});
    vars.setTable(table);
}

void ScriptHost::log(const QString &text)
{
    // A log line is for people: a script that logs a 100 MB string must not make the
    // console or the GUI's log hold (and lay out) all of it.
    constexpr qsizetype limit = 64 * 1024;
    if (text.size() <= limit) {
        emit m_runtime.logged(text);
        return;
    }
    emit m_runtime.logged(text.left(limit)
                          + ScriptRuntime::tr("… (%n more character(s) not shown)", nullptr,
                                              int(qMin<qsizetype>(text.size() - limit, INT_MAX))));
}

void ScriptHost::check(const QJSValue &value)
{
    ScriptCheck c;
    c.name = value.property(QStringLiteral("name")).toString();
    c.passed = value.property(QStringLiteral("passed")).toBool();
    c.expected = value.property(QStringLiteral("expected")).toString();
    c.got = value.property(QStringLiteral("got")).toString();
    c.line = value.property(QStringLiteral("line")).toInt();
    c.durationMs = qint64(value.property(QStringLiteral("duration")).toNumber());
    const QJSValue matched = value.property(QStringLiteral("matched"));
    c.matchedEvent = matched.isNumber() ? qint64(matched.toNumber()) : -1;
    m_runtime.report(c);
}

void ScriptHost::hookError(const QString &hook, const QString &message, int line)
{
    ScriptCheck c;
    c.name = ScriptRuntime::tr("%1 runs without an error").arg(hook);
    c.expected = ScriptRuntime::tr("no exception");
    c.got = message;
    c.line = line;
    m_runtime.report(c);
}

void ScriptHost::finish(const QString &how, const QString &message, int line)
{
    using Status = ScriptOutcome::Status;
    if (m_runtime.m_watchdog.fired())
        m_runtime.handleError(QJSValue());
    else if (how == QLatin1String("passed"))
        m_runtime.end(Status::Passed, {});
    else if (how == QLatin1String("assertion"))
        m_runtime.end(Status::AssertionFailed, message);
    else if (how == QLatin1String("connection"))
        m_runtime.end(Status::ConnectionFailed, message);
    else
        m_runtime.end(Status::ScriptError, message, line);
}

QJSValue ScriptHost::jsonValue(const QString &text, const QString &path) const
{
    return jsonPathValue(m_runtime.m_engine, text, path);
}

bool ScriptHost::sameJson(const QJSValue &a, const QJSValue &b) const
{
    if (a.isUndefined() || b.isUndefined())
        return a.isUndefined() && b.isUndefined();
    return toJson(a) == toJson(b);
}

QString ScriptHost::describeBinary(const QByteArray &data) const
{
    return ScriptRuntime::tr("%n byte(s): %1", nullptr, int(data.size()))
        .arg(QString::fromLatin1(data.left(32).toHex(' ')));
}

QJSValue ScriptHost::compileMatcher(const QJSValue &spec)
{
    MessageMatcher m;
    QString error;
    if (!MessageMatcher::fromJson(toJson(spec).toObject(), &m, &error))
        return error;
    m_runtime.m_matchers.push_back(m);
    return int(m_runtime.m_matchers.size() - 1);
}

QJSValue ScriptHost::decode(const QJSValue &data, const QString &direction) const
{
    // The tab's own pipeline (the CLI's --decode), read at each call: changing the tab's
    // decoder while a script runs applies to the messages the script reads afterwards.
    const DecodePipeline &pipeline = m_runtime.m_workbench.log().decodePipeline();
    if (pipeline.isEmpty())
        return QJSValue(QJSValue::UndefinedValue);
    const DecodedMessage decoded = pipeline.decodeValue(payloadOf(data), directionOf(direction));
    QJSValue out = m_runtime.m_engine->newObject();
    if (decoded.ok)
        out.setProperty(QStringLiteral("text"), CborJson::text(decoded.value, false));
    else
        out.setProperty(QStringLiteral("error"), decoded.error);
    return out;
}

bool ScriptHost::matches(int id, const QJSValue &data, const QString &direction) const
{
    if (id < 0 || size_t(id) >= m_runtime.m_matchers.size())
        return false;
    const MatchSubject subject(payloadOf(data), data.isString(), directionOf(direction));
    return m_runtime.m_matchers[size_t(id)].matches(subject);
}

QString ScriptHost::describeMatcher(int id) const
{
    if (id < 0 || size_t(id) >= m_runtime.m_matchers.size())
        return {};
    return m_runtime.m_matchers[size_t(id)].describe();
}

QJSValue ScriptHost::compareReplay(const QString &path, const QJSValue &ignoreKeys,
                                   const QJSValue &ignoreRegex, const QJSValue &decode) const
{
    QJSEngine *engine = m_runtime.m_engine;
    QJSValue out = engine->newObject();
    CompareRules rules;
    rules.ignoreKeys = ignoreKeys.toVariant().toStringList();
    const QStringList patterns = ignoreRegex.isString() ? QStringList{ignoreRegex.toString()}
                                                        : ignoreRegex.toVariant().toStringList();
    for (const QString &pattern : patterns) {
        QRegularExpression re;
        QString error;
        if (!CompareRules::parseRegex(pattern, &re, &error)) {
            out.setProperty(QStringLiteral("error"), error);
            return out;
        }
        rules.masks.append(re);
    }
    if (decode.isBool() && decode.toBool()) {
        // The pipeline msg.decoded reads through (the tab's; run --decode).
        rules.decoder = m_runtime.m_workbench.log().decodePipeline();
        if (rules.decoder.isEmpty()) {
            out.setProperty(QStringLiteral("error"),
                            ScriptRuntime::tr("expectReplayMatches: decode: true needs a decoder "
                                              "pipeline (the tab's, or run --decode SPEC)"));
            return out;
        }
    } else if (const QString spec = decode.isString() ? decode.toString() : QString();
               !spec.isEmpty()) {
        // A protobuf step reads its .proto files: like the session, relative to the script's
        // folder and only inside the allowed one.
        QString error;
        for (const QString &schema : DecodePipeline::schemaFiles(spec, m_runtime.m_baseDir)) {
            if (!m_runtime.fileAllowed(schema, &error)) {
                out.setProperty(QStringLiteral("error"), error);
                return out;
            }
        }
        if (!rules.setDecoder(spec, &error, m_runtime.m_baseDir)) {
            out.setProperty(QStringLiteral("error"), error);
            return out;
        }
    }
    // The one file a script may name: a recording, read-only, parsed as a session (anything
    // else is refused by the reader), relative to the script's folder, inside the allowed one.
    const QString file = QDir(m_runtime.m_baseDir).filePath(path);
    Session session;
    QString error;
    if (!m_runtime.fileAllowed(file, &error)) {
        out.setProperty(QStringLiteral("error"), error);
        return out;
    }
    if (!SessionReader::load(file, -1, &session, &error)) {
        out.setProperty(QStringLiteral("error"),
                        ScriptRuntime::tr("Cannot read the session %1: %2").arg(path, error));
        return out;
    }
    QList<Event> recorded;
    for (qsizetype i = 0; i < session.events.size(); ++i)
        recorded.append(session.events.at(i));
    recorded = SessionCompare::incomingMessages(recorded);
    const QList<Event> received = m_runtime.m_inbox.received();
    const CompareResult result = SessionCompare::compare(recorded, received, rules);
    QString report = result.report(recorded, received, rules);
    if (report.size() > 4000)
        report = report.left(4000) + QStringLiteral("…");
    out.setProperty(QStringLiteral("passed"), result.passed());
    out.setProperty(QStringLiteral("summary"), report.trimmed());
    out.setProperty(QStringLiteral("same"), double(result.same));
    out.setProperty(QStringLiteral("changed"), double(result.changed));
    out.setProperty(QStringLiteral("missing"), double(result.missing));
    out.setProperty(QStringLiteral("extra"), double(result.extra));
    return out;
}

QString ScriptHost::http(int id, const QString &method, const QString &url, const QJSValue &headers,
                         const QString &body)
{
    const QUrl u(url);
    if (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https"))
        return ScriptRuntime::tr("http.get and http.post take http:// or https:// URLs, not "
                                 "\"%1\".")
            .arg(url);
    QNetworkRequest request(u);
    request.setTransferTimeout(30000);
    const QVariantMap map = headers.toVariant().toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        request.setRawHeader(it.key().toUtf8(), it.value().toString().toUtf8());
    if (method == QLatin1String("POST") && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = method == QLatin1String("POST")
                               ? m_runtime.m_network->post(request, body.toUtf8())
                               : m_runtime.m_network->get(request);
    ScriptRuntime *runtime = &m_runtime;
    QObject::connect(reply, &QNetworkReply::finished, runtime, [runtime, reply, id] {
        reply->deleteLater();
        if (!runtime->isRunning())
            return;
        // The answer waits its turn behind what the connection did before it.
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString error = status == 0 ? reply->errorString() : QString();
        const QByteArray body = status == 0 ? QByteArray() : reply->readAll();
        const QList<QNetworkReply::RawHeaderPair> headers = reply->rawHeaderPairs();
        runtime->m_inbox.pushCall(
            [runtime, id, status, error, body, headers] {
                if (status == 0) {
                    runtime->call("__httpDone", {id, QJSValue(), error});
                    return;
                }
                QJSValue response = runtime->m_engine->newObject();
                response.setProperty(QStringLiteral("status"), status);
                response.setProperty(QStringLiteral("body"), QString::fromUtf8(body));
                QJSValue h = runtime->m_engine->newObject();
                for (const auto &pair : headers)
                    h.setProperty(QString::fromUtf8(pair.first).toLower(),
                                  QString::fromUtf8(pair.second));
                response.setProperty(QStringLiteral("headers"), h);
                runtime->call("__httpDone", {id, response, QString()});
            },
            runtime->m_clock.nowMs());
        runtime->postDrain();
    });
    return {};
}
