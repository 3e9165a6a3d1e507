#pragma once

#include "connection/event.h"
#include "connection/timeformat.h"

/// Events as people read them: the console's human output and the plain-text export.
///
/// What a peer chose (payloads, header values, reasons, certificate names) is shown with its
/// control characters escaped, so that it cannot drive the terminal that shows it (set the
/// title, recolour, move the cursor, overwrite lines): C0 controls other than tab and line
/// feed, DEL and the C1 controls U+0080–U+009F are written "\u001b", "\u000d", "\u009b".
/// The notation is JSON's; `--json` keeps the exact text.
namespace Transcript {

/// utf8 appended to out with its control characters escaped; keepNewlines: a line feed
/// stays one (a message may span lines), otherwise it is escaped too.
void appendShown(QByteArray *out, QByteArrayView utf8, bool keepNewlines = true);
/// text with its control characters escaped, line feeds included.
QString shown(const QString &text);

/// One event, no trailing newline; a handshake spans several lines, and so does an open
/// event after certificate errors were ignored (one line for each).
QString line(const Event &event);
/// The heading of a transcript file.
QString heading(const QUrl &url, qint64 startMs);

/// line() and a newline appended to a buffer, for the console's flood of messages: a message
/// goes from its UTF-8 bytes to the output without a QString round trip, its size label is
/// translated once, not per line, and the time zone is asked once per quarter hour.
class Writer
{
public:
    Writer();
    void appendLine(QByteArray *out, const Event &event);
    /// A text or binary message's line, without the newline; line() writes messages so too.
    void appendMessage(QByteArray *out, const Event &message);

private:
    TimeFormat::LocalTimeOfDay m_clock;
    QByteArray m_text, m_binary; ///< the padded kind column
    // "(%1 B) %2" as translated, cut at its two places; !m_fast when the translation puts
    // %2 first and the label is filled in per line.
    QByteArray m_sizeBefore, m_sizeBetween, m_sizeAfter;
    bool m_fast = false;
};

} // namespace Transcript
