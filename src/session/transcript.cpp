#include "session/transcript.h"

#include <cstring>

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

#include "connection/timeformat.h"
#include "log/eventlog.h"
#include "session/eventjson.h"

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Transcript)
};

/// Whether any of the 8 bytes in word is below 0x20, is 0x7f or is 0xc2 (the lead byte of
/// the C1 controls, and of harmless U+00A0–U+00BF): the clean text's fast path, 8 bytes a
/// step without a branch per byte (the "haszero" tricks of Bit Twiddling Hacks).
bool mayHoldControl(quint64 word)
{
    constexpr quint64 ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    const auto hasZero = [](quint64 v) { return (v - ones) & ~v & highs; };
    const quint64 below0x20 = (word - ones * 0x20) & ~word & highs;
    return below0x20 | hasZero(word ^ (ones * 0x7f)) | hasZero(word ^ (ones * 0xc2));
}

/// Length of the control character at data[i] (1, or 2 for a C1 control), 0 for none.
qsizetype controlAt(const uchar *data, qsizetype i, qsizetype size, bool keepNewlines)
{
    const uchar c = data[i];
    if (c < 0x20)
        return c == '\t' || (c == '\n' && keepNewlines) ? 0 : 1;
    if (c == 0x7f)
        return 1;
    return c == 0xc2 && i + 1 < size && data[i + 1] >= 0x80 && data[i + 1] <= 0x9f ? 2 : 0;
}

void appendEscape(QByteArray *out, uint code)
{
    static const char hex[] = "0123456789abcdef";
    const char escape[] = {'\\', 'u', '0', '0', hex[code >> 4], hex[code & 0xf]};
    out->append(escape, sizeof escape);
}

} // namespace

namespace Transcript {

void appendShown(QByteArray *out, QByteArrayView utf8, bool keepNewlines)
{
    const auto *data = reinterpret_cast<const uchar *>(utf8.data());
    const qsizetype size = utf8.size();
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        memcpy(&word, data + i, 8);
        if (mayHoldControl(word))
            break;
    }
    // Clean text (the flood's case) goes out in one append.
    qsizetype from = 0;
    for (; i < size; ++i) {
        const qsizetype n = controlAt(data, i, size, keepNewlines);
        if (n == 0)
            continue;
        out->append(utf8.sliced(from, i - from));
        appendEscape(out, n == 1 ? data[i] : data[i + 1]);
        i += n - 1;
        from = i + 1;
    }
    out->append(utf8.sliced(from));
}

QString shown(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f)) {
            QByteArray escaped;
            appendShown(&escaped, text.toUtf8(), false);
            return QString::fromUtf8(escaped);
        }
    }
    return text;
}

QString line(const Event &e)
{
    if (e.isMessage()) {
        // One way to write a message line: the console's.
        QByteArray text;
        Writer().appendMessage(&text, e);
        return QString::fromUtf8(text);
    }
    const QString time =
        QDateTime::fromMSecsSinceEpoch(e.timeMs).toString(QStringLiteral("HH:mm:ss.zzz"));
    const QString arrow = e.direction == Direction::Out  ? QStringLiteral("> ")
                          : e.direction == Direction::In ? QStringLiteral("< ")
                                                         : QStringLiteral("  ");
    const QString kind = EventNames::kindId(e.kind).leftJustified(6);
    if (e.kind == EventKind::Handshake && e.handshake) {
        // The request and response, each line marked with its direction.
        QStringList lines;
        const QString request = EventNames::handshakeText(*e.handshake, true).trimmed();
        for (const QString &l : request.split(QStringLiteral("\r\n")))
            lines << QStringLiteral("> ") + shown(l);
        if (!e.handshake->tlsProtocol.isEmpty()) {
            lines << QStringLiteral("  TLS: %1, %2")
                         .arg(e.handshake->tlsProtocol, e.handshake->tlsCipher);
            for (const QString &c : e.handshake->peerCertificates)
                lines << QStringLiteral("  certificate: ") + shown(c);
            for (const QString &ignored : e.handshake->tlsErrorsIgnored)
                lines << QStringLiteral("  ignored: ") + shown(ignored);
        }
        if (e.handshake->responseSeen) {
            const QString response = EventNames::handshakeText(*e.handshake, false).trimmed();
            for (const QString &l : response.split(QStringLiteral("\r\n")))
                lines << QStringLiteral("< ") + shown(l);
        }
        return time + QStringLiteral("   handshake\n") + lines.join(QLatin1Char('\n'));
    }
    QString text =
        time + QLatin1Char(' ') + arrow + kind + QLatin1Char(' ') + shown(EventLog::preview(e));
    if (e.kind == EventKind::Open && !e.tlsErrorsIgnored.isEmpty()) {
        // Said on the open line, so that nobody reads a verified connection into it.
        text += Tr::tr(" · WARNING: certificate errors were ignored");
        for (const QString &error : e.tlsErrorsIgnored)
            text += QLatin1Char('\n') + Tr::tr("  ignored: %1").arg(shown(error));
    }
    return text;
}

Writer::Writer()
{
    m_text = EventNames::kindId(EventKind::Text).leftJustified(6).toUtf8();
    m_binary = EventNames::kindId(EventKind::Binary).leftJustified(6).toUtf8();
    const QString sizeLabel = Tr::tr("(%1 B) %2");
    const qsizetype one = sizeLabel.indexOf(QLatin1String("%1"));
    const qsizetype two = sizeLabel.indexOf(QLatin1String("%2"));
    m_fast = one >= 0 && two > one;
    if (m_fast) {
        m_sizeBefore = sizeLabel.left(one).toUtf8();
        m_sizeBetween = sizeLabel.mid(one + 2, two - one - 2).toUtf8();
        m_sizeAfter = sizeLabel.mid(two + 2).toUtf8();
    }
}

void Writer::appendLine(QByteArray *out, const Event &e)
{
    if (e.isMessage()) {
        appendMessage(out, e);
    } else {
        out->append(line(e).toUtf8());
    }
    out->append('\n');
}

void Writer::appendMessage(QByteArray *out, const Event &e)
{
    const bool text = e.kind == EventKind::Text;
    // Text that is not UTF-8 (a session file's, say) is shown with replacement characters.
    const QByteArray bytes = !text ? e.payload.toHex(' ')
                             : QByteArrayView(e.payload).isValidUtf8()
                                 ? e.payload
                                 : QString::fromUtf8(e.payload).toUtf8();
    m_clock.append(out, e.timeMs);
    out->append(e.direction == Direction::Out  ? QByteArrayView(" > ")
                : e.direction == Direction::In ? QByteArrayView(" < ")
                                               : QByteArrayView("   "));
    out->append(text ? m_text : m_binary);
    out->append(' ');
    if (!m_fast) { // a translation that puts the payload before the size
        QByteArray escaped;
        appendShown(&escaped, bytes);
        out->append(
            Tr::tr("(%1 B) %2").arg(e.payload.size()).arg(QString::fromUtf8(escaped)).toUtf8());
        return;
    }
    out->append(m_sizeBefore);
    out->append(QByteArray::number(e.payload.size()));
    out->append(m_sizeBetween);
    if (text)
        appendShown(out, bytes);
    else
        out->append(bytes); // hex digits and spaces
    out->append(m_sizeAfter);
}

QString heading(const QUrl &url, qint64 startMs)
{
    return Tr::tr("Wsprobe session: %1\nStarted %2 (UTC); times below are local.\n")
        .arg(shown(QUrl::fromPercentEncoding(url.toEncoded())), TimeFormat::iso(startMs));
}

} // namespace Transcript
