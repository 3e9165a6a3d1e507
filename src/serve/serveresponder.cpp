#include "serve/serveresponder.h"

#include <cmath>

#include <QRegularExpression>

#include "compose/variables.h"
#include "json/jsontext.h"
#include "match/messagematcher.h"
#include "serve/servescript.h"

ServeTarget::~ServeTarget() = default;

ServeResponder::ServeResponder(Variables *variables)
    : m_variables(variables)
{
}

ServeResponder::~ServeResponder() = default;

void ServeResponder::setRules(const ServeRules &rules)
{
    m_rules = rules;
    m_fired.assign(size_t(rules.rules.size()), 0);
    m_firedFor.clear();
    m_nextTick.clear();
    // Interval timers start again from now for the clients already here, at the next poll.
    for (qsizetype i = 0; i < m_rules.rules.size(); ++i) {
        const ServeRule &r = m_rules.rules.at(i);
        if (r.trigger != ServeRule::Trigger::Interval || !r.enabled)
            continue;
        if (r.target == ServeRule::Target::All)
            m_nextTick[{i, -1}] = -1;
        else
            for (int c : m_clients)
                m_nextTick[{i, c}] = -1;
    }
}

void ServeResponder::setRecording(std::shared_ptr<const ServeRecording> recording, double speed)
{
    m_recording = std::move(recording);
    m_speed = speed;
    m_cursor.clear();
}

void ServeResponder::start(qint64 nowMs)
{
    m_startMs = nowMs;
    for (auto &[key, due] : m_nextTick) {
        if (key.second == -1)
            due = nowMs + m_rules.rules.at(key.first).everyMs;
    }
}

void ServeResponder::clientConnected(int client, qint64 nowMs)
{
    m_clients.insert(client);
    if (m_rules.scriptRunner)
        m_rules.scriptRunner->clientConnected(client);
    for (qsizetype i = 0; i < m_rules.rules.size(); ++i) {
        const ServeRule &r = m_rules.rules.at(i);
        if (!r.enabled)
            continue;
        if (r.trigger == ServeRule::Trigger::Connect && !spent(i, client))
            fire(i, client, nowMs, nullptr, nullptr, true);
        if (r.trigger == ServeRule::Trigger::Interval && r.target == ServeRule::Target::Sender)
            m_nextTick[{i, client}] = nowMs + r.everyMs;
    }
    scheduleGreeting(client, nowMs);
}

void ServeResponder::scheduleGreeting(int client, qint64 nowMs)
{
    if (!m_recording)
        return;
    for (const ServeRecording::Reply &reply : m_recording->greeting()) {
        const qint64 delay =
            m_speed > 0 ? qint64(std::llround(double(reply.afterMs) / m_speed)) : 0;
        schedule(nowMs + delay, {client, false, reply.payload, reply.isText, 0, {}});
    }
}

void ServeResponder::clientMessage(int client, const QByteArray &payload, bool isText, qint64 nowMs)
{
    const MatchSubject subject(payload, isText, Direction::In);
    bool answered = false;
    for (qsizetype i = 0; i < m_rules.rules.size(); ++i) {
        const ServeRule &r = m_rules.rules.at(i);
        if (!r.enabled || r.trigger != ServeRule::Trigger::Message || spent(i, client))
            continue;
        MatchCaptures captures;
        if (!r.match.matches(subject, &captures))
            continue;
        fire(i, client, nowMs, &captures, &payload, isText);
        // A rule that only lets later rules look (say, to be counted) answers nothing.
        answered =
            answered || r.hasReply || r.echo || r.toScript || r.closeCode || !r.continueAfter;
        if (!r.continueAfter)
            break;
    }
    if (answered)
        return;
    if (m_recording) {
        qsizetype &cursor = m_cursor[client];
        const qsizetype at = m_recording->find(payload, isText, cursor);
        if (at >= 0) {
            cursor = at + 1;
            for (const ServeRecording::Reply &reply :
                 m_recording->exchanges()[size_t(at)].replies) {
                const qint64 delay =
                    m_speed > 0 ? qint64(std::llround(double(reply.afterMs) / m_speed)) : 0;
                schedule(nowMs + delay, {client, false, reply.payload, reply.isText, 0, {}});
            }
            return;
        }
    }
    ++m_unanswered;
}

void ServeResponder::clientGone(int client)
{
    // Called again when a client the rules closed reports its close: the script hears once.
    if (m_clients.erase(client) && m_rules.scriptRunner)
        m_rules.scriptRunner->clientGone(client);
    m_cursor.erase(client);
    for (auto it = m_pending.begin(); it != m_pending.end();)
        it = it->second.client == client ? m_pending.erase(it) : std::next(it);
    for (auto it = m_nextTick.begin(); it != m_nextTick.end();)
        it = it->first.second == client ? m_nextTick.erase(it) : std::next(it);
    for (auto it = m_firedFor.begin(); it != m_firedFor.end();)
        it = it->first.second == client ? m_firedFor.erase(it) : std::next(it);
}

bool ServeResponder::spent(qsizetype rule, int client) const
{
    const ServeRule &r = m_rules.rules.at(rule);
    if (r.times <= 0)
        return false;
    const int key = r.trigger == ServeRule::Trigger::Interval && r.target == ServeRule::Target::All
                        ? -1
                        : client;
    const auto it = m_firedFor.find({rule, key});
    return it != m_firedFor.end() && it->second >= r.times;
}

void ServeResponder::fire(qsizetype rule, int client, qint64 nowMs, const MatchCaptures *captures,
                          const QByteArray *message, bool messageIsText)
{
    const ServeRule &r = m_rules.rules.at(rule);
    const bool toAll = r.target == ServeRule::Target::All;
    const int countKey = r.trigger == ServeRule::Trigger::Interval && toAll ? -1 : client;
    ++m_firedFor[{rule, countKey}];
    ++m_fired[size_t(rule)];
    const qint64 due = nowMs + r.delayMs;
    QByteArray payload;
    bool isText = true;
    bool sends = false;
    if (r.toScript && message) {
        if (m_rules.scriptRunner)
            m_rules.scriptRunner->clientMessage(client, *message, messageIsText);
        else
            m_problems.emplace_back(client,
                                    tr("%1 hands messages to a script, but no script is "
                                       "running")
                                        .arg(r.name.isEmpty() ? tr("rule %1").arg(rule + 1)
                                                              : tr("rule \"%1\"").arg(r.name)));
    } else if (r.echo && message) {
        payload = *message;
        isText = messageIsText;
        sends = true;
    } else if (r.hasReply) {
        OutgoingMessage reply = r.reply;
        if (captures)
            reply.body =
                expandCaptures(reply.body, reply.mode == OutgoingMessage::Mode::Json, *captures);
        OutgoingMessage::Payload built;
        QString error;
        if (reply.build(m_variables, &built, &error)) {
            payload = built.bytes;
            isText = built.isText;
            sends = true;
        } else {
            const QString name =
                r.name.isEmpty() ? tr("rule %1").arg(rule + 1) : tr("rule \"%1\"").arg(r.name);
            m_problems.emplace_back(client, tr("%1 could not reply: %2").arg(name, error));
        }
    }
    if (sends) {
        if (toAll) {
            for (int c : m_clients)
                schedule(due, {c, false, payload, isText, 0, {}});
        } else {
            schedule(due, {client, false, payload, isText, 0, {}});
        }
    }
    if (r.closeCode && client >= 0) {
        // After the reply, whatever delay faults put on it: a close that overtook its reply
        // would make the reply impossible to send.
        schedule(due + (sends ? m_rules.faults.delayMs : 0),
                 {client, true, {}, true, r.closeCode, r.closeReason}, false);
    }
}

void ServeResponder::schedule(qint64 dueMs, Action action, bool faults)
{
    if (faults && !action.close) {
        ++m_sentCount;
        const MessageFaults &f = m_rules.faults;
        if (f.dropEvery > 0 && m_sentCount % f.dropEvery == 0) {
            ++m_dropped;
            return;
        }
        dueMs += f.delayMs;
        if (f.duplicateEvery > 0 && m_sentCount % f.duplicateEvery == 0) {
            ++m_duplicated;
            m_pending.emplace(std::make_pair(dueMs, m_sequence++), action);
        }
    }
    m_pending.emplace(std::make_pair(dueMs, m_sequence++), std::move(action));
}

void ServeResponder::fireTicks(qint64 nowMs)
{
    for (auto &[key, due] : m_nextTick) {
        const auto [rule, client] = key;
        const ServeRule &r = m_rules.rules.at(rule);
        if (due < 0) // set before start() or by setRules(): count from now
            due = nowMs + r.everyMs;
        if (due > nowMs)
            continue;
        if (!spent(rule, client))
            fire(rule, client, due, nullptr, nullptr, true);
        // A poll that came late sends one tick, not a burst of the missed ones.
        due += r.everyMs;
        if (due <= nowMs)
            due = nowMs + r.everyMs;
    }
}

qint64 ServeResponder::poll(qint64 nowMs, ServeTarget &target)
{
    fireTicks(nowMs);
    for (const auto &[client, message] : m_problems)
        target.serveProblem(client, message);
    m_problems.clear();
    while (!m_pending.empty() && m_pending.begin()->first.first <= nowMs) {
        const Action action = std::move(m_pending.begin()->second);
        m_pending.erase(m_pending.begin());
        if (!m_clients.count(action.client))
            continue;
        if (action.close) {
            target.serveClose(action.client, action.code, action.reason);
            // Nothing more is sent to a client being closed: no reply, no tick.
            clientGone(action.client);
        } else {
            target.serveSend(action.client, action.payload, action.isText);
        }
    }
    qint64 next = Idle;
    if (!m_pending.empty())
        next = m_pending.begin()->first.first;
    for (const auto &[key, due] : m_nextTick) {
        if (spent(key.first, key.second))
            continue;
        const qint64 at = due < 0 ? nowMs : due;
        if (next == Idle || at < next)
            next = at;
    }
    return next == Idle ? Idle : qMax<qint64>(0, next - nowMs);
}

qint64 ServeResponder::firedCount(qsizetype rule) const
{
    return rule >= 0 && rule < qsizetype(m_fired.size()) ? m_fired[size_t(rule)] : 0;
}

QString ServeResponder::expandCaptures(const QString &body, bool json,
                                       const MatchCaptures &captures)
{
    static const QRegularExpression placeholder(QStringLiteral(R"(\{\{\$([A-Za-z0-9_]+)\}\})"));
    QString out;
    qsizetype from = 0;
    // In JSON, whether a position is inside a string literal: scanned once, left to right.
    bool inString = false;
    qsizetype scanned = 0;
    auto advanceTo = [&](qsizetype to) {
        for (; scanned < to; ++scanned) {
            const QChar c = body.at(scanned);
            if (inString && c == QLatin1Char('\\'))
                ++scanned;
            else if (c == QLatin1Char('"'))
                inString = !inString;
        }
    };
    auto it = placeholder.globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype at = m.capturedStart();
        QString value;
        // `\{{` is a literal `{{` to Variables; leave it and what follows alone.
        const bool escaped = at > 0 && body.at(at - 1) == QLatin1Char('\\');
        if (escaped || !captures.lookup(m.capturedView(1), &value))
            continue;
        out += QStringView(body).sliced(from, at - from);
        if (json) {
            advanceTo(at);
            if (inString) {
                QByteArray quoted;
                JsonText::appendString(value.toUtf8(), &quoted);
                value = QString::fromUtf8(quoted.mid(1, quoted.size() - 2));
            }
            scanned = m.capturedEnd();
        }
        out += value;
        from = m.capturedEnd();
    }
    out += QStringView(body).sliced(from);
    return out;
}
