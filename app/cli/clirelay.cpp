#include "cli/clirelay.h"

#include <QCoreApplication>

#include "cli/consoleoutput.h"
#include "cli/linereader.h"
#include "compose/outgoingmessage.h"
#include "connection/clock.h"
#include "connection/timeformat.h"
#include "json/jsonwriter.h"
#include "relay/relayconversation.h"
#include "session/transcript.h"

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CliRelay)
};

const char *sideId(RelaySide side)
{
    return side == RelaySide::Client ? "client" : "server";
}

/// "hex:0a ff", "base64:…", "json:{…}", "file:PATH" or plain text, as the composer's modes.
OutgoingMessage messageFromLine(const QString &line)
{
    for (const auto mode : {OutgoingMessage::Mode::Hex, OutgoingMessage::Mode::Base64,
                            OutgoingMessage::Mode::Json, OutgoingMessage::Mode::File}) {
        const QString prefix = OutgoingMessage::modeId(mode) + QLatin1Char(':');
        if (line.startsWith(prefix))
            return OutgoingMessage{mode, line.mid(prefix.size())};
    }
    return OutgoingMessage::text(line);
}

} // namespace

CliRelay::CliRelay(const CliOptions &options, const Clock &clock, ConsoleOutput *output,
                   ConsoleOutput *errors, LineReader *input, bool colour, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(clock)
    , m_output(output)
    , m_errors(errors)
    , m_input(input)
    , m_printer(options, colour)
    , m_controller(clock)
{
    m_stopTimer.setSingleShot(true);
    connect(&m_stopTimer, &QTimer::timeout, this, [this] { finish(m_status); });
    connect(&m_controller, &RelayController::conversationStarted, this, &CliRelay::onStarted);
    connect(&m_controller, &RelayController::legEvent, this, &CliRelay::onLegEvent);
    connect(&m_controller, &RelayController::problem, this, [this](const QString &message) {
        m_errors->write(Tr::tr("wsprobe-cli: %1\n").arg(message).toUtf8());
    });
    connect(&m_controller, &RelayController::conversationFinished, this, [this](int id) {
        std::erase_if(m_pending, [id](const Pending &p) { return p.conversation == id; });
        if (m_status != 0 && m_controller.liveCount() == 0)
            finish(m_status);
    });
    if (m_input)
        connect(m_input, &LineReader::lineRead, this, &CliRelay::onLine);
}

bool CliRelay::start(QString *error)
{
    RelayConfig config;
    config.listen.address = QHostAddress(m_options.listenAddress);
    config.listen.port = m_options.port;
    config.listen.deflateEnabled = m_options.clientDeflate;
    config.listen.maxFrameSize = m_options.request.maxFrameSize;
    config.listen.maxMessageSize = m_options.request.maxMessageSize;
    if (!m_options.tlsCert.isEmpty()) {
        config.listen.tls = true;
        config.listen.certFile = m_options.tlsCert;
        config.listen.keyFile = m_options.tlsKey;
    } else if (m_options.tlsSelfSigned) {
        config.listen.tls = true;
        config.listen.selfSigned = true;
    }
    config.upstream = m_options.request;
    config.headers.set = m_options.request.headers;
    config.headers.remove = m_options.removeHeaders;
    for (const QString &rule : std::as_const(m_options.breakRules)) {
        QString ruleError;
        if (!RelayBreakpointText::parse(rule, &config.breakpoints, &ruleError)) {
            *error = ruleError;
            return false;
        }
    }
    config.recordBase = m_options.output;
    config.redactNames = m_options.redactNames;
    if (!m_controller.start(config, error))
        return false;
    QByteArray line;
    if (m_options.json) {
        JsonObjectWriter w(&line);
        w.string("event", "listening");
        w.text("url", m_controller.url().toString());
        w.text("to", m_options.request.url.toString());
        if (config.listen.tls)
            w.text("fingerprint", m_controller.certificateFingerprint());
        w.finish();
        line += '\n';
    } else {
        line = Tr::tr("Relaying %1 → %2\n")
                   .arg(m_controller.url().toString(), m_options.request.url.toString())
                   .toUtf8();
        if (config.listen.tls)
            line += Tr::tr("Certificate fingerprint (SHA-256): %1\n")
                        .arg(m_controller.certificateFingerprint())
                        .toUtf8();
    }
    write(line);
    if (m_input && !m_options.breakRules.isEmpty())
        m_input->start();
    return true;
}

void CliRelay::onStarted(int id, RelayConversation *conversation, const QString &peer)
{
    connect(conversation, &RelayConversation::recordAdded, this,
            [this, id](const RelayRecord &r) { onRecord(id, r); });
    connect(conversation, &RelayConversation::recordUpdated, this,
            [this, id](const RelayRecord &r) { onRecord(id, r); });
    connect(conversation, &RelayConversation::pauseChanged, this,
            [this, id](RelaySide from, bool paused) {
                if (!paused)
                    return;
                m_pending.push_back({id, from});
                prompt();
            });
    QByteArray line;
    if (m_options.json) {
        JsonObjectWriter w(&line);
        w.number("conversation", id);
        w.string("event", "client");
        w.text("peer", peer);
        w.finish();
        line += '\n';
    } else {
        line = Tr::tr("#%1 client %2 connected\n").arg(id).arg(peer).toUtf8();
    }
    write(line);
}

QByteArray CliRelay::recordJson(int conversation, const RelayRecord &r)
{
    QByteArray out;
    JsonObjectWriter w(&out);
    w.number("conversation", conversation);
    w.string("event", "relay");
    w.number("id", r.id);
    w.text("time", TimeFormat::iso(r.timeMs));
    w.text("kind", RelayRecord::kindId(r.kind));
    w.text("fate", RelayRecord::fateId(r.fate));
    w.text("arrived", RelayRecord::routeId(r.arrived));
    w.text("left", RelayRecord::routeId(r.left));
    auto payload = [&w](const char *typeKey, const char *dataKey, const QByteArray &bytes,
                        bool isText) {
        w.string(typeKey, isText ? "text" : "binary");
        if (isText)
            w.string(dataKey, bytes);
        else
            w.string(dataKey, bytes.toBase64());
    };
    if (r.kind == RelayRecord::Kind::Close) {
        w.number("code", r.code);
        w.string("reason", r.payload);
        w.boolean("wasClean", r.wasClean);
    } else {
        payload("type", "data", r.payload, r.isText || r.kind != RelayRecord::Kind::Message);
        w.number("size", r.payload.size());
    }
    if (r.fate == RelayRecord::Fate::Edited) {
        payload("sentType", "sent", r.sentPayload, r.sentIsText);
        w.number("sentSize", r.sentPayload.size());
    }
    if (r.wireSizeIn >= 0)
        w.number("wireSizeIn", r.wireSizeIn);
    if (r.wireSizeOut >= 0)
        w.number("wireSizeOut", r.wireSizeOut);
    if (r.answerTo)
        w.number("answerTo", r.answerTo);
    if (r.answerId)
        w.number("answerId", r.answerId);
    if (r.fate == RelayRecord::Fate::Queued)
        w.number("queuedBehind", r.queuedBehind);
    if (!r.fragments.isEmpty()) {
        w.number("fragments", r.fragments.size());
        w.text("framing", RelayRecord::framingId(r.framing));
    }
    w.finish();
    out += '\n';
    return out;
}

QByteArray CliRelay::recordText(int conversation, const RelayRecord &r)
{
    QByteArray out = "#" + QByteArray::number(conversation) + ' ' + r.pathLabel().toUtf8();
    if (r.fate != RelayRecord::Fate::Forwarded)
        out += " [" + RelayRecord::fateLabel(r.fate).toUtf8() + ']';
    if (r.fate == RelayRecord::Fate::Queued)
        out += ' ' + Tr::tr("(%n waiting ahead)", nullptr, r.queuedBehind).toUtf8();
    out += "  ";
    Transcript::Writer writer;
    Event e;
    e.timeMs = r.timeMs;
    switch (r.kind) {
    case RelayRecord::Kind::Message: {
        const bool edited = r.fate == RelayRecord::Fate::Edited;
        e = Event::message(r.timeMs, Direction::None, edited ? r.sentIsText : r.isText,
                           edited ? r.sentPayload : r.payload);
        writer.appendMessage(&out, e);
        if (r.wireSizeIn >= 0 || r.wireSizeOut >= 0)
            out +=
                ' '
                + Tr::tr("[deflated: %1 in, %2 out]")
                      .arg(r.wireSizeIn >= 0 ? QString::number(r.wireSizeIn) : QStringLiteral("-"),
                           r.wireSizeOut >= 0 ? QString::number(r.wireSizeOut)
                                              : QStringLiteral("-"))
                      .toUtf8();
        if (!r.fragments.isEmpty())
            out += " [" + r.framingLabel().toUtf8() + ']';
        out += '\n';
        return out;
    }
    case RelayRecord::Kind::Ping:
    case RelayRecord::Kind::Pong:
        e = Event::control(r.timeMs,
                           r.kind == RelayRecord::Kind::Ping ? EventKind::Ping : EventKind::Pong,
                           Direction::None, r.payload);
        break;
    case RelayRecord::Kind::Close:
        e = Event::close(r.timeMs, r.code, QString::fromUtf8(r.payload), r.wasClean);
        break;
    }
    writer.appendLine(&out, e);
    return out;
}

void CliRelay::onRecord(int id, const RelayRecord &r)
{
    if (m_options.verbosity == CliOptions::Verbosity::Quiet
        && (r.kind == RelayRecord::Kind::Ping || r.kind == RelayRecord::Kind::Pong))
        return;
    write(m_options.json ? recordJson(id, r) : recordText(id, r));
}

void CliRelay::onLegEvent(int id, RelaySide side, const Event &e)
{
    // Messages, pings and pongs are printed once, as records; the rest per leg.
    if (e.isMessage() || e.kind == EventKind::Ping || e.kind == EventKind::Pong)
        return;
    QByteArray text = m_printer.format(e);
    if (text.isEmpty())
        return;
    if (m_options.json && text.startsWith('{')) {
        text.insert(1, "\"conversation\":" + QByteArray::number(id) + ",\"leg\":\"" + sideId(side)
                           + "\",");
    } else {
        text.prepend(
            "#" + QByteArray::number(id) + ' '
            + (side == RelaySide::Client ? Tr::tr("client leg") : Tr::tr("server leg")).toUtf8()
            + "  ");
    }
    write(text);
}

void CliRelay::prompt()
{
    if (m_prompted || m_pending.empty())
        return;
    const Pending &p = m_pending.front();
    RelayConversation *c = m_controller.conversation(p.conversation);
    if (!c || !c->paused(p.from)) {
        m_pending.pop_front();
        prompt();
        return;
    }
    m_prompted = true;
    m_awaiting = Awaiting::Choice;
    m_errors->write(Tr::tr("#%1 paused %2 (%3 waiting behind it): [f]orward, [d]rop, [e]dit, "
                           "[a]nswer? ")
                        .arg(p.conversation)
                        .arg(c->paused(p.from)->pathLabel())
                        .arg(c->queuedCount(p.from))
                        .toUtf8());
}

void CliRelay::onLine(const QString &line)
{
    if (!m_prompted || m_pending.empty())
        return;
    const Pending p = m_pending.front();
    RelayConversation *c = m_controller.conversation(p.conversation);
    auto done = [this] {
        m_pending.pop_front();
        m_prompted = false;
        prompt();
    };
    if (!c || !c->paused(p.from)) {
        done();
        return;
    }
    if (m_awaiting != Awaiting::Choice) {
        OutgoingMessage::Payload payload;
        QString error;
        if (!messageFromLine(line).build(nullptr, &payload, &error)) {
            m_errors->write(Tr::tr("%1 — type it again: ").arg(error).toUtf8());
            return;
        }
        if (m_awaiting == Awaiting::Edit)
            c->forwardEdited(p.from, payload.bytes, payload.isText);
        else
            c->answer(p.from, payload.bytes, payload.isText);
        done();
        return;
    }
    const QString choice = line.trimmed().toLower();
    if (choice == QLatin1String("f")) {
        c->forward(p.from);
        done();
    } else if (choice == QLatin1String("d")) {
        c->drop(p.from);
        done();
    } else if (choice == QLatin1String("e") || choice == QLatin1String("a")) {
        m_awaiting = choice == QLatin1String("e") ? Awaiting::Edit : Awaiting::Answer;
        m_errors->write(Tr::tr("The message (hex:, base64:, json: or file: before it for those "
                               "modes): ")
                            .toUtf8());
    } else {
        m_errors->write(Tr::tr("f, d, e or a: ").toUtf8());
    }
}

void CliRelay::interrupt(int signalNumber)
{
    if (m_status != 0) {
        finish(m_status); // a second signal: at once
        return;
    }
    m_status = 128 + signalNumber;
    m_controller.stop(1001);
    if (m_controller.liveCount() == 0) {
        finish(m_status);
        return;
    }
    m_stopTimer.start(m_options.request.closeTimeoutMs + 1000);
}

void CliRelay::write(const QByteArray &bytes)
{
    m_output->write(bytes);
}

void CliRelay::finish(int status)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(status);
}
