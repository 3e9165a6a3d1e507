#include "script/servescriptsession.h"

#include <climits>

#include <QFile>
#include <QFileInfo>
#include <QJSEngine>

#include "compose/outgoingmessage.h"
#include "connection/clock.h"
#include "match/jsonpath.h"
#include "match/messagematcher.h"
#include "script/asynctranspiler.h"
#include "script/scriptcommon.h"
#include "serve/servecontroller.h"

namespace {

/// The controller's send() expands `{{variables}}`; what a script sends goes as it is, so
/// every `{{` is escaped (`\{{` is a literal `{{` to Variables, and a backslash before it
/// stays a backslash).
QString literal(const QString &text)
{
    if (!text.contains(QLatin1String("{{")))
        return text;
    QString out = text;
    out.replace(QLatin1String("{{"), QLatin1String("\\{{"));
    return out;
}

/// Appended after the script's last line (lines of errors stay the script's): a lookup of the
/// hooks by name in the script's own scope, where its top-level const and let live.
QString scopeLookup()
{
    QString out = QStringLiteral("\n;__scriptScope(function (n) { switch (n) {");
    for (const char *hook : {"onClientConnect", "onClientMessage", "onClientClose"})
        out += QStringLiteral(" case '%1': return typeof %1 === 'function' ? %1 : undefined;")
                   .arg(QLatin1String(hook));
    return out + QStringLiteral(" } });\n");
}

/// The hook a prelude entry point runs, for reports.
QString hookName(const char *function)
{
    const QLatin1String f(function);
    if (f == QLatin1String("__connected"))
        return QStringLiteral("onClientConnect");
    if (f == QLatin1String("__incoming"))
        return QStringLiteral("onClientMessage");
    if (f == QLatin1String("__gone"))
        return QStringLiteral("onClientClose");
    return QStringLiteral("setTimeout");
}

} // namespace

ServeScriptHost::ServeScriptHost(ServeScriptSession &session)
    : m_session(session)
{
}

QString ServeScriptHost::fileName() const
{
    return m_session.m_fileName;
}

QString ServeScriptHost::tr(const QString &key) const
{
    if (key == QLatin1String("noHandler"))
        return ServeScriptSession::tr("a \"script\" rule matched, but the script has no "
                                      "onClientMessage(client, msg) function");
    return key;
}

QString ServeScriptHost::sendText(int client, const QString &text)
{
    QString error;
    if (!m_session.m_controller.send(client, OutgoingMessage::text(literal(text)), &error))
        return error.isEmpty() ? ServeScriptSession::tr("Client %1 is not connected.").arg(client)
                               : error;
    return {};
}

QString ServeScriptHost::sendBinary(int client, const QByteArray &data)
{
    QString error;
    const OutgoingMessage m{OutgoingMessage::Mode::Base64, QString::fromLatin1(data.toBase64())};
    if (!m_session.m_controller.send(client, m, &error))
        return error.isEmpty() ? ServeScriptSession::tr("Client %1 is not connected.").arg(client)
                               : error;
    return {};
}

QString ServeScriptHost::close(int client, int code, const QString &reason)
{
    if (!isOpen(client))
        return ServeScriptSession::tr("Client %1 is not connected.").arg(client);
    if (code != 1000 && (code < 3000 || code > 4999))
        return ServeScriptSession::tr("close code %1: a script closes with 1000 or 3000–4999")
            .arg(code);
    if (reason.toUtf8().size() > 123)
        return ServeScriptSession::tr("close reason longer than the 123 bytes a Close frame "
                                      "holds");
    m_session.m_controller.close(client, code, reason);
    return {};
}

bool ServeScriptHost::isOpen(int client) const
{
    const ServeClientInfo *info = m_session.m_controller.client(client);
    return info && info->state == ReadyState::Open;
}

QJSValue ServeScriptHost::clients() const
{
    QVariantList ids;
    for (int id : m_session.m_controller.clientIds()) {
        if (isOpen(id))
            ids << id;
    }
    return m_session.m_engine->toScriptValue(ids);
}

QJSValue ServeScriptHost::clientInfo(int client) const
{
    QJSValue out = m_session.m_engine->newObject();
    if (const ServeClientInfo *info = m_session.m_controller.client(client)) {
        out.setProperty(QStringLiteral("address"), info->address);
        out.setProperty(QStringLiteral("path"), info->path);
        out.setProperty(QStringLiteral("protocol"), info->protocol);
    }
    return out;
}

void ServeScriptHost::startTimer(int id, double ms)
{
    const qint64 wait = qint64(qBound(0.0, ms, 24.0 * 3600 * 1000));
    m_session.m_timers.emplace(m_session.m_clock.nowMs() + wait, id);
    m_session.schedule();
}

void ServeScriptHost::stopTimer(int id)
{
    for (auto it = m_session.m_timers.begin(); it != m_session.m_timers.end(); ++it) {
        if (it->second == id) {
            m_session.m_timers.erase(it);
            break;
        }
    }
    m_session.schedule();
}

void ServeScriptHost::log(const QString &text)
{
    // As the connection runtime: a log line is for people, never megabytes.
    constexpr qsizetype limit = 64 * 1024;
    if (text.size() <= limit) {
        emit m_session.logged(text);
        return;
    }
    emit m_session.logged(
        text.left(limit)
        + ServeScriptSession::tr("… (%n more character(s) not shown)", nullptr,
                                 int(qMin<qsizetype>(text.size() - limit, INT_MAX))));
}

void ServeScriptHost::hookError(const QString &hook, const QString &message, int line)
{
    // The interrupt's own exception, caught by the prelude: afterCall() reports it once, in
    // words about the loop.
    if (m_session.m_watchdog.fired())
        return;
    m_session.report(hook, message, line);
}

QJSValue ServeScriptHost::jsonValue(const QString &text, const QString &path) const
{
    return jsonPathValue(m_session.m_engine, text, path);
}

QString ServeScriptHost::describeBinary(const QByteArray &data) const
{
    return ServeScriptSession::tr("%n byte(s): %1", nullptr, int(data.size()))
        .arg(QString::fromLatin1(data.left(32).toHex(' ')));
}

ServeScriptSession::ServeScriptSession(ServeController &controller, const Clock &clock,
                                       QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ServeScriptSession::poll);
    m_beat.setInterval(20);
    connect(&m_beat, &QTimer::timeout, this, &ServeScriptSession::onBeat);
}

ServeScriptSession::~ServeScriptSession()
{
    m_watchdog.disarm();
    delete m_engine;
    delete m_host;
}

bool ServeScriptSession::startFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > 16 * 1024 * 1024) {
        if (error)
            *error = tr("%1: larger than 16 MiB; not a script").arg(path);
        return false;
    }
    return start(QString::fromUtf8(file.readAll()), QFileInfo(path).fileName(), error);
}

bool ServeScriptSession::start(const QString &source, const QString &fileName, QString *error)
{
    if (m_engine)
        return false;
    m_fileName = fileName;
    m_engine = new QJSEngine;
    m_host = new ServeScriptHost(*this);
    m_engine->globalObject().setProperty(QStringLiteral("__host"), m_engine->newQObject(m_host));
    QJSEngine::setObjectOwnership(m_host, QJSEngine::CppOwnership);
    m_watchdog.arm(m_engine, m_busyLimitMs);
    m_beat.start();
    QJSValue r = m_engine->evaluate(preludeSource({QStringLiteral("serveprelude.js")}),
                                    QStringLiteral("serveprelude.js"));
    if (!r.isError())
        r = m_engine->evaluate(AsyncTranspiler::transpile(source) + scopeLookup(), fileName);
    if (r.isError() || m_watchdog.fired()) {
        if (error) {
            *error = m_watchdog.fired()
                         ? tr("%1: the script kept running for more than %2 ms without waiting "
                              "(an endless loop?)")
                               .arg(fileName)
                               .arg(m_busyLimitMs)
                         : QStringLiteral("%1:%2: %3")
                               .arg(fileName)
                               .arg(r.property(QStringLiteral("lineNumber")).toInt())
                               .arg(r.toString());
        }
        m_watchdog.disarm();
        m_beat.stop();
        delete m_engine;
        delete m_host;
        m_engine = nullptr;
        m_host = nullptr;
        return false;
    }
    schedule();
    return true;
}

void ServeScriptSession::report(const QString &hook, const QString &message, int line)
{
    ++m_problems;
    emit problem(line > 0 ? tr("%1 (%2:%3): %4").arg(hook, m_fileName).arg(line).arg(message)
                          : tr("%1 (%2): %3").arg(hook, m_fileName, message));
}

void ServeScriptSession::call(const char *function, const QJSValueList &args)
{
    if (!m_engine)
        return;
    m_watchdog.beat();
    const QJSValue r = m_engine->globalObject().property(QLatin1String(function)).call(args);
    afterCall(r, function);
}

void ServeScriptSession::afterCall(const QJSValue &result, const char *function)
{
    if (m_watchdog.fired()) {
        // The engine threw at the interrupt; clear it so the next message runs again. What
        // the script had stored stays as it was when it was interrupted.
        m_engine->setInterrupted(false);
        m_watchdog.arm(m_engine, m_busyLimitMs);
        report(hookName(function),
               tr("kept running for more than %1 ms without waiting and was interrupted (an "
                  "endless loop?); the server goes on")
                   .arg(m_busyLimitMs),
               0);
        return;
    }
    if (result.isError())
        report(hookName(function), result.toString(),
               result.property(QStringLiteral("lineNumber")).toInt());
}

void ServeScriptSession::clientConnected(int client)
{
    QMetaObject::invokeMethod(
        this, [this, client] { call("__connected", {client}); }, Qt::QueuedConnection);
}

void ServeScriptSession::clientMessage(int client, const QByteArray &payload, bool isText)
{
    const qint64 time = m_clock.nowMs();
    QMetaObject::invokeMethod(
        this,
        [this, client, payload, isText, time] {
            if (!m_engine)
                return;
            const QJSValue data =
                isText ? QJSValue(QString::fromUtf8(payload)) : m_engine->toScriptValue(payload);
            call("__incoming", {client, data, isText, double(time)});
        },
        Qt::QueuedConnection);
}

void ServeScriptSession::clientGone(int client)
{
    QMetaObject::invokeMethod(
        this,
        [this, client] {
            const ServeClientInfo *info = m_controller.client(client);
            call("__gone", {client, info ? info->closeCode : 0, QString()});
        },
        Qt::QueuedConnection);
}

void ServeScriptSession::onBeat()
{
    if (!m_engine)
        return;
    // A promise reaction the engine ran by itself may have been interrupted.
    if (m_watchdog.fired())
        afterCall(QJSValue(), "__timer");
    m_watchdog.beat();
}

void ServeScriptSession::poll()
{
    if (!m_engine)
        return;
    const qint64 now = m_clock.nowMs();
    while (m_engine && !m_timers.empty() && m_timers.begin()->first <= now) {
        const int id = m_timers.begin()->second;
        m_timers.erase(m_timers.begin());
        call("__timer", {id});
    }
    schedule();
}

void ServeScriptSession::schedule()
{
    if (!m_engine || m_timers.empty()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = qMax<qint64>(0, m_timers.begin()->first - m_clock.nowMs());
    m_timer.start(int(qMin<qint64>(wait, 24 * 3600 * 1000)));
}
