#include "protocols/stompglance.h"

#include <algorithm>

#include "json/jsonscanner.h"
#include "json/textclip.h"
#include "protocols/stompcommands.h"
#include "protocols/stomplayer.h"

namespace {

// packetTypes(): the commands, "heartbeat", then SockJS's frames.
constexpr int HeartbeatType = StompCommands::Count;
constexpr int SockJsOpenType = StompCommands::Count + 1;
constexpr int SockJsHeartbeatType = StompCommands::Count + 2;

// StompCommands::words()'s positions of the commands whose summaries differ.
enum Command {
    Connect = 0,
    Stomp = 1,
    Connected = 2,
    Subscribe = 4,
    Message = 12,
    Receipt = 13,
    Error = 14
};

/// A header's name or value as StompLayer::readFrame() unescapes it (\n \r \c \\), into
/// *out; false on another escape (an error there).
bool unescape(QByteArrayView s, QByteArray *out)
{
    out->clear();
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] != '\\') {
            *out += s[i];
            continue;
        }
        const char e = i + 1 < s.size() ? s[i + 1] : '\0';
        if (e != 'n' && e != 'r' && e != 'c' && e != '\\')
            return false;
        *out += e == 'n' ? '\n' : e == 'r' ? '\r' : e == 'c' ? ':' : '\\';
        ++i;
    }
    return true;
}

/// A content-length header's value as the reading converts it (QString::toLongLong, which
/// also takes spaces around the digits and a sign): plain digits, the usual value, without a
/// QString.
qint64 contentLength(QByteArrayView value, bool *ok)
{
    if (!value.isEmpty() && value.size() <= 18
        && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        qint64 n = 0;
        for (const char c : value)
            n = n * 10 + (c - '0');
        *ok = true;
        return n;
    }
    return QString::fromUtf8(value).toLongLong(ok);
}

/// One frame from *pos as StompLayer::readFrame() reads it and LayerCache shows it.
bool frame(QByteArrayView data, qsizetype *pos, const DecodePipeline &pipeline, LayerGlance *out)
{
    QByteArrayView word;
    if (!StompCommands::readLine(data, pos, &word))
        return false;
    const int command = StompCommands::index(word);
    if (command < 0)
        return false;
    // CONNECT and CONNECTED headers are not escaped (for 1.0 peers).
    const bool escaped = command != Connect && command != Connected;
    QByteArrayView header[StompCommands::HeaderCount];
    bool seen[StompCommands::HeaderCount] = {};
    // The unescaped forms of the headers that had escapes (rare: the usual ones are views).
    QByteArray unescaped[StompCommands::HeaderCount];
    QByteArray name;
    for (int n = 0;; ++n) {
        QByteArrayView h;
        if (!StompCommands::readLine(data, pos, &h))
            return false;
        if (h.isEmpty())
            break;
        const qsizetype colon = h.indexOf(':');
        if (n >= 1000 || colon <= 0)
            return false;
        QByteArrayView value = h.sliced(colon + 1);
        int at = -1;
        if (escaped && h.contains('\\')) {
            QByteArray checked;
            if (!unescape(h.first(colon), &name) || !unescape(value, &checked))
                return false;
            at = StompCommands::header(name);
            if (at >= 0 && !seen[at]) {
                unescaped[at] = std::move(checked);
                value = unescaped[at];
            }
        } else {
            at = StompCommands::header(h.first(colon));
        }
        // A repeated header: the first one counts.
        if (at >= 0 && !seen[at]) {
            seen[at] = true;
            header[at] = value;
        }
    }
    qsizetype bodyEnd = -1;
    if (seen[StompCommands::ContentLength]) {
        // As the reading converts it (QString::toLongLong takes spaces around the digits).
        bool ok = false;
        const qint64 length = contentLength(header[StompCommands::ContentLength], &ok);
        if (!ok || length < 0 || *pos + length >= data.size() || data[*pos + length] != '\0')
            return false;
        bodyEnd = *pos + length;
    } else {
        bodyEnd = data.indexOf('\0', *pos);
        if (bodyEnd < 0)
            return false;
    }
    const QByteArrayView body = data.sliced(*pos, bodyEnd - *pos);
    *pos = bodyEnd + 1;
    // A receipt is paired with its request, a request remembered: both read as packets.
    if (command == Receipt ? !header[StompCommands::ReceiptId].isEmpty()
                           : !header[StompCommands::Receipt].isEmpty())
        return false;
    if (!out->add(command))
        return false;

    QByteArray &s = out->preview;
    s += word;
    const auto held = [&](const char *before, StompCommands::Header h) {
        s += before;
        ProtocolLayer::appendHeld(header[h], &s);
    };
    const QByteArrayView destination = header[StompCommands::Destination];
    switch (command) {
    case Subscribe:
        held(" ", StompCommands::Destination);
        held(" id=", StompCommands::Id);
        break;
    case Message:
        held(" ", StompCommands::Destination);
        held(" sub=", StompCommands::Subscription);
        break;
    case Connect:
    case Stomp:
        held(" host=", StompCommands::Host);
        held(" accept-version=", StompCommands::AcceptVersion);
        break;
    case Connected:
        held(" version=", StompCommands::Version);
        held(" heart-beat=", StompCommands::HeartBeat);
        break;
    case Error:
        if (!header[StompCommands::Message].isEmpty())
            held(" ", StompCommands::Message);
        break;
    default:
        if (!destination.isEmpty())
            held(" ", StompCommands::Destination);
        else if (!header[StompCommands::Id].isEmpty())
            held(" id=", StompCommands::Id);
    }
    if (body.isEmpty())
        return true;
    s += ' ';
    return ProtocolLayer::glancePayload(body, pipeline, &s);
}

/// The strings of a SockJS frame's JSON (an array of them, or one for "m"), each read as a
/// message of STOMP frames, as SockJsFraming::read() scans them.
bool sockJsStrings(JsonScanner *scanner, bool single, const DecodePipeline &pipeline,
                   LayerGlance *out)
{
    // Each string is a message of its own to STOMP, as the QString read from it holds it.
    QByteArray converted;
    const auto message = [&] {
        return StompGlance::frames(TextClip::asHeld(scanner->stringView(), &converted), pipeline,
                                   out);
    };
    JsonScanner::Token token = scanner->next();
    if (token == JsonScanner::Token::String) {
        if (!message())
            return false;
    } else {
        if (single || token != JsonScanner::Token::ArrayStart)
            return false;
        int strings = 0;
        for (; (token = scanner->next()) == JsonScanner::Token::String; ++strings)
            if (!message())
                return false;
        if (token != JsonScanner::Token::ArrayEnd || strings == 0)
            return false;
    }
    return scanner->next() == JsonScanner::Token::End;
}

} // namespace

bool StompGlance::frames(QByteArrayView payload, const DecodePipeline &pipeline, LayerGlance *out)
{
    // As StompLayer::decodeFrames(): ends of line between frames (and alone) are heart-beats.
    qsizetype pos = 0;
    const auto skipEols = [&] { return StompCommands::skipEndsOfLine(payload, &pos); };
    if (skipEols() && pos == payload.size()) {
        if (!out->add(HeartbeatType))
            return false;
        out->preview += StompLayer::tr("heart-beat").toUtf8();
        return true;
    }
    if (pos == payload.size())
        return false; // an empty message
    while (pos < payload.size()) {
        if (!frame(payload, &pos, pipeline, out))
            return false;
        skipEols();
    }
    return true;
}

bool StompGlance::sockJs(QByteArrayView payload, Direction direction,
                         const DecodePipeline &pipeline, LayerGlance *out)
{
    // As SockJsFraming::read() and its string scan.
    if (payload.isEmpty())
        return false;
    QByteArrayView json = payload;
    bool single = false;
    if (direction == Direction::In) {
        const char kind = payload[0];
        if ((kind == 'o' || kind == 'h') && payload.size() == 1) {
            if (!out->add(kind == 'o' ? SockJsOpenType : SockJsHeartbeatType))
                return false;
            out->preview +=
                (kind == 'o' ? StompLayer::tr("SockJS open") : StompLayer::tr("SockJS heartbeat"))
                    .toUtf8();
            return true;
        }
        if (kind != 'a' && kind != 'm')
            return false;
        json = payload.sliced(1);
        single = kind == 'm';
    }
    JsonScanner scanner(json);
    scanner.skipByteOrderMark();
    // The unescaped strings are written into the room the glance keeps from row to row.
    scanner.useRoom(std::move(out->room));
    const bool ok = sockJsStrings(&scanner, single, pipeline, out);
    out->room = scanner.takeRoom();
    return ok;
}
