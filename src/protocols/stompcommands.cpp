#include "protocols/stompcommands.h"

#include <iterator>

#include "protocols/protocollayer.h"

namespace {

/// The commands' words: packetTypes() begins with them in lower case, in this order.
constexpr QByteArrayView CommandWords[] = {
    "CONNECT", "STOMP",  "CONNECTED", "SEND",       "SUBSCRIBE", "UNSUBSCRIBE", "ACK",  "NACK",
    "BEGIN",   "COMMIT", "ABORT",     "DISCONNECT", "MESSAGE",   "RECEIPT",     "ERROR"};
static_assert(std::size(CommandWords) == StompCommands::Count);

/// StompCommands::Header's names, in its order.
constexpr QByteArrayView HeaderNames[] = {
    "destination", "receipt-id",     "receipt",    "id",      "subscription",  "host",
    "version",     "accept-version", "heart-beat", "message", "content-length"};
static_assert(std::size(HeaderNames) == StompCommands::HeaderCount);

} // namespace

const QStringList &StompCommands::words()
{
    static const QStringList list = [] {
        QStringList out;
        for (const QByteArrayView word : CommandWords)
            out << QString::fromLatin1(word);
        return out;
    }();
    return list;
}

const QStringList &StompCommands::types()
{
    static const QStringList list = [] {
        QStringList out;
        for (const QString &c : words())
            out << c.toLower();
        return out;
    }();
    return list;
}

int StompCommands::index(QByteArrayView word)
{
    for (int i = 0; i < int(std::size(CommandWords)); ++i)
        if (CommandWords[i] == word)
            return i;
    return -1;
}

int StompCommands::typeOfLine(QByteArrayView data, bool escaped)
{
    qsizetype end = 0;
    while (end < data.size() && end < 16 && data[end] >= 'A' && data[end] <= 'Z')
        ++end;
    const QByteArrayView rest = data.sliced(end);
    const bool eol = escaped ? rest.startsWith("\\n") || rest.startsWith("\\r\\n")
                             : rest.startsWith("\n") || rest.startsWith("\r\n");
    if (end == 0 || !eol)
        return ProtocolLayer::NoHint;
    const int command = index(data.first(end));
    return command < 0 ? ProtocolLayer::NoHint : command;
}

bool StompCommands::skipEndsOfLine(QByteArrayView payload, qsizetype *pos)
{
    const qsizetype start = *pos;
    qsizetype at = start;
    while (at < payload.size()
           && (payload[at] == '\n'
               || (payload[at] == '\r' && at + 1 < payload.size() && payload[at + 1] == '\n')))
        at += payload[at] == '\r' ? 2 : 1;
    *pos = at;
    return at > start;
}

int StompCommands::header(QByteArrayView name)
{
    for (int i = 0; i < int(std::size(HeaderNames)); ++i)
        if (HeaderNames[i] == name)
            return i;
    return -1;
}
