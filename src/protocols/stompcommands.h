#pragma once

#include <QByteArrayView>
#include <QStringList>

/// STOMP 1.2's commands: the words a frame starts with and the layer's packet types (the same
/// words in lower case, in the same order: packetTypes() begins with them), told apart without
/// allocating, for reading frames and for the type filter's first-bytes hint.
namespace StompCommands {

/// How many commands there are (packetTypes() goes on after them).
constexpr int Count = 15;
/// CONNECT, STOMP, CONNECTED, SEND, … ERROR.
const QStringList &words();
/// words() in lower case.
const QStringList &types();
/// The position of word in words(), -1 if it is none.
int index(QByteArrayView word);
/// The type (its position in types()) of a frame starting at data's first byte, told from its
/// command line; ProtocolLayer::NoHint when that is no command or the line does not end in
/// data. escaped: data is inside a JSON string, where the end of line is written \n.
int typeOfLine(QByteArrayView data, bool escaped);

/// The headers a frame's fields and summary are made of: the lighter readings keep only these.
enum Header {
    Destination,
    ReceiptId,
    Receipt,
    Id,
    Subscription,
    Host,
    Version,
    AcceptVersion,
    HeartBeat,
    Message,
    ContentLength,
    HeaderCount
};
/// The position of a header name among Header, -1 if it is none of them.
int header(QByteArrayView name);

/// Moves *pos past the ends of line (LF or CR LF) at it: between frames, and alone, they are
/// heart-beats. Whether there were any.
bool skipEndsOfLine(QByteArrayView payload, qsizetype *pos);
/// The line at *pos without its end (LF or CR LF) into *line, *pos moved past the end; false
/// and nothing moved when the line does not end in data. Inline: the table's glance reads
/// every header line of every row it paints through it.
inline bool readLine(QByteArrayView data, qsizetype *pos, QByteArrayView *line)
{
    const qsizetype nl = data.indexOf('\n', *pos);
    if (nl < 0)
        return false;
    qsizetype end = nl;
    if (end > *pos && data[end - 1] == '\r')
        --end;
    *line = data.sliced(*pos, end - *pos);
    *pos = nl + 1;
    return true;
}

} // namespace StompCommands
