#include "serve/serverepeat.h"

#include "compose/periodicsender.h"
#include "compose/variables.h"

ServeRepeat::ServeRepeat(QObject *parent)
    : QObject(parent)
{
}

ServeRepeat::~ServeRepeat() = default;

int ServeRepeat::start(const std::vector<Target> &targets, Variables *variables,
                       const OutgoingMessage &message, int intervalMs, qint64 limit, QString *error)
{
    stop();
    m_senders.clear();
    // Checked once, on a copy of the tab's variables (the counter does not move), so a
    // message that cannot be built is said now rather than by every client's first tick.
    Variables probeVariables = *variables;
    OutgoingMessage::Payload probe;
    if (!message.build(&probeVariables, &probe, error))
        return 0;
    int started = 0;
    for (const auto &[id, connection] : targets) {
        auto sender = std::make_unique<PeriodicSender>(*connection);
        sender->setVariables(variables);
        sender->setMessage(message);
        sender->setIntervalMs(intervalMs);
        sender->setLimit(limit);
        connect(sender.get(), &PeriodicSender::countsChanged, this, &ServeRepeat::changed);
        connect(sender.get(), &PeriodicSender::stopped, this, &ServeRepeat::changed);
        if (!sender->start(error))
            continue;
        m_senders[id].sender = std::move(sender);
        ++started;
    }
    emit changed();
    return started;
}

void ServeRepeat::stop()
{
    bool any = false;
    for (auto &[id, s] : m_senders) {
        if (!s.sender)
            continue;
        s.sent += s.sender->sentCount();
        s.sender->disconnect(this);
        s.sender->stop();
        s.sender.reset();
        any = true;
    }
    if (any)
        emit changed();
}

void ServeRepeat::clientGone(int id)
{
    const auto it = m_senders.find(id);
    if (it == m_senders.end() || !it->second.sender)
        return;
    it->second.sent += it->second.sender->sentCount();
    it->second.sender.reset();
}

void ServeRepeat::forget(int id)
{
    m_senders.erase(id);
}

int ServeRepeat::runningCount() const
{
    int n = 0;
    for (const auto &[id, s] : m_senders)
        n += s.sender && s.sender->isRunning();
    return n;
}

qint64 ServeRepeat::sentCount() const
{
    qint64 n = 0;
    for (const auto &[id, s] : m_senders)
        n += s.sent + (s.sender ? s.sender->sentCount() : 0);
    return n;
}
