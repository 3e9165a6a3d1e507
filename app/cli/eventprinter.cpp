#include "cli/eventprinter.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

#include "connection/timeformat.h"
#include "decode/cborjson.h"
#include "session/eventjson.h"
#include "session/transcript.h"

namespace {

/// SGR codes: modest, and readable on dark and light backgrounds alike.
const char *colourOf(const Event &e)
{
    switch (e.kind) {
    case EventKind::Error:
        return "\x1b[31m"; // red
    case EventKind::Close:
        return e.wasClean ? "\x1b[1m" : "\x1b[31m";
    case EventKind::Open:
        return e.tlsErrorsIgnored.isEmpty() ? "\x1b[1;32m" : "\x1b[1;33m";
    case EventKind::Check: // a log's row; wsprobe-cli run prints its checks itself
        return e.wasClean ? "\x1b[32m" : "\x1b[31m";
    case EventKind::Text:
    case EventKind::Binary:
        return e.direction == Direction::Out ? "\x1b[32m" : "\x1b[36m"; // green out, cyan in
    case EventKind::Ping:
    case EventKind::Pong:
    case EventKind::Frame:
    case EventKind::Handshake:
        return "\x1b[2m"; // dim: protocol detail
    }
    return "";
}

} // namespace

EventPrinter::EventPrinter(const CliOptions &options, bool colour)
    : m_json(options.json)
    , m_colour(colour && !options.json)
    , m_showHandshake(options.showHandshake)
    , m_framesAsked(options.request.reportFrames)
    , m_quiet(options.verbosity == CliOptions::Verbosity::Quiet)
    , m_decode(options.decode)
{
}

QByteArray EventPrinter::format(const Event &e)
{
    QByteArray out;
    append(e, &out);
    return out;
}

void EventPrinter::append(const Event &e, QByteArray *out)
{
    if (e.kind == EventKind::Handshake && !m_showHandshake)
        return;
    if (m_quiet
        && (e.kind == EventKind::Ping || e.kind == EventKind::Pong
            || (e.kind == EventKind::Frame && !m_framesAsked)))
        return;
    const bool decode = m_decode && e.isMessage();
    if (m_json) {
        EventJson::appendLine(out, e);
        if (decode)
            DecodePipeline::annotateJsonLine(out, m_decode->decode(e.payload, e.direction));
        return;
    }
    QByteArray decodedLine;
    if (decode) {
        const DecodedMessage m = m_decode->decode(e.payload, e.direction);
        decodedLine =
            "    decoded: " + (m.ok ? CborJson::text(m.value, false) : m.error).toUtf8() + '\n';
    }
    if (!m_colour) {
        m_transcript.appendLine(out, e);
        *out += decodedLine;
        return;
    }
    // Each line on its own, so that a pager (less -R) keeps the colour of every line.
    QByteArray text;
    m_transcript.appendLine(&text, e);
    text.chop(1);
    const QByteArray on = colourOf(e);
    for (const QByteArray &line : text.split('\n'))
        *out += on + line + "\x1b[0m\n";
    *out += decodedLine;
}

void EventPrinter::appendPackets(const Event &e, const QString &protocol,
                                 const QList<LayerPacket> &packets, QByteArray *out)
{
    for (const LayerPacket &p : packets) {
        if (m_quiet && p.heartbeat)
            continue;
        std::shared_ptr<const DecodedMessage> decoded;
        if (m_decode && !p.payload.isEmpty())
            decoded = std::make_shared<DecodedMessage>(m_decode->decode(p.payload, e.direction));
        if (m_json) {
            QCborMap line;
            line.insert(QStringLiteral("event"), QStringLiteral("packet"));
            line.insert(QStringLiteral("protocol"), protocol);
            line.insert(QStringLiteral("dir"), EventNames::directionId(e.direction));
            line.insert(QStringLiteral("time"), TimeFormat::iso(e.timeMs));
            const QCborMap packet = p.toCbor();
            for (auto it = packet.begin(); it != packet.end(); ++it)
                line.insert(it.key(), it.value());
            if (!p.summary.isEmpty())
                line.insert(QStringLiteral("summary"), p.summary);
            *out += CborJson::text(line, false).toUtf8() + '\n';
            if (decoded)
                DecodePipeline::annotateJsonLine(out, *decoded);
            continue;
        }
        const QByteArray arrow = e.direction == Direction::Out ? "> " : "< ";
        // A summary quotes what the peer sent: its control characters are escaped.
        const QString text = Transcript::shown(
            p.ok() ? p.summary : p.type + QStringLiteral(": malformed: ") + p.error);
        QByteArray line = arrow + '[' + protocol.toUtf8() + "] " + text.toUtf8();
        if (m_colour)
            line = colourOf(e) + line + "\x1b[0m";
        *out += line + '\n';
        if (decoded)
            *out +=
                "    decoded: "
                + (decoded->ok ? CborJson::text(decoded->value, false) : decoded->error).toUtf8()
                + '\n';
    }
}

bool EventPrinter::colourWanted(int fd)
{
    if (!qEnvironmentVariableIsEmpty("NO_COLOR"))
        return false;
    if (qEnvironmentVariable("TERM") == QLatin1String("dumb"))
        return false;
#ifdef Q_OS_WIN
    // A Windows console shows escape codes only in virtual-terminal mode; plain text is safe.
    Q_UNUSED(fd);
    return false;
#else
    return isTerminal(fd);
#endif
}

bool EventPrinter::isTerminal(int fd)
{
#ifdef Q_OS_WIN
    return ::_isatty(fd) != 0;
#else
    return ::isatty(fd) == 1;
#endif
}
