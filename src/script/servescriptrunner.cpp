#include "script/servescriptrunner.h"

#include "script/servescriptsession.h"
#include "serve/servecontroller.h"

ServeScriptRunner::ServeScriptRunner(ServeController &controller, const Clock &clock,
                                     QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_clock(clock)
{
}

ServeScriptRunner::~ServeScriptRunner() = default;

bool ServeScriptRunner::setServing(bool serving, QString *error)
{
    const bool changed = m_serving != serving;
    m_serving = serving;
    const int generation = m_generation;
    const bool wasRunning = isRunning();
    bool ok = true;
    if (!serving)
        stop();
    else if (!m_session)
        ok = start(error);
    // Nothing started or stopped, but whether Reload can be used did.
    if (changed && wasRunning == isRunning() && generation == m_generation)
        emit runningChanged();
    return ok;
}

bool ServeScriptRunner::setPath(const QString &path, QString *error)
{
    m_path = path;
    if (!m_serving || (m_session && m_runningPath == path))
        return true;
    return start(error);
}

bool ServeScriptRunner::reload(QString *error)
{
    if (!m_serving) {
        if (error)
            *error = tr("The script runs while the server listens; start the server.");
        return false;
    }
    if (m_path.isEmpty()) {
        if (error)
            *error = tr("No script file is chosen.");
        return false;
    }
    return start(error);
}

bool ServeScriptRunner::start(QString *error)
{
    if (m_path.isEmpty()) {
        stop();
        return true;
    }
    auto session = std::make_unique<ServeScriptSession>(m_controller, m_clock);
    session->setBusyLimitMs(m_busyLimitMs);
    connect(session.get(), &ServeScriptSession::logged, this, &ServeScriptRunner::logged);
    connect(session.get(), &ServeScriptSession::problem, this, &ServeScriptRunner::problem);
    if (!session->startFile(m_path, error))
        return false;
    // The old runtime goes only now: a reload with a typo keeps the mock serving.
    m_session = std::move(session);
    m_runningPath = m_path;
    ++m_generation;
    for (int client : m_open) {
        // Only those still open: rules without the script may have let others go unheard.
        const ServeClientInfo *info = m_controller.client(client);
        if (info && info->state == ReadyState::Open)
            m_session->clientConnected(client);
    }
    emit runningChanged();
    return true;
}

void ServeScriptRunner::stop()
{
    if (!m_session)
        return;
    m_session.reset();
    m_runningPath.clear();
    emit runningChanged();
}

void ServeScriptRunner::clientConnected(int client)
{
    m_open.insert(client);
    if (m_session)
        m_session->clientConnected(client);
}

void ServeScriptRunner::clientMessage(int client, const QByteArray &payload, bool isText)
{
    if (m_session)
        m_session->clientMessage(client, payload, isText);
    else
        emit problem(tr("a \"script\" rule matched a message of client %1, but the script is "
                        "not running")
                         .arg(client));
}

void ServeScriptRunner::clientGone(int client)
{
    m_open.erase(client);
    if (m_session)
        m_session->clientGone(client);
}
