#include "session/transcript.h"

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
} // namespace

namespace Transcript {

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
            lines << QStringLiteral("> ") + l;
        if (!e.handshake->tlsProtocol.isEmpty()) {
            lines << QStringLiteral("  TLS: %1, %2")
                         .arg(e.handshake->tlsProtocol, e.handshake->tlsCipher);
            for (const QString &c : e.handshake->peerCertificates)
                lines << QStringLiteral("  certificate: ") + c;
            for (const QString &ignored : e.handshake->tlsErrorsIgnored)
                lines << QStringLiteral("  ignored: ") + ignored;
        }
        if (e.handshake->responseSeen) {
            const QString response = EventNames::handshakeText(*e.handshake, false).trimmed();
            for (const QString &l : response.split(QStringLiteral("\r\n")))
                lines << QStringLiteral("< ") + l;
        }
        return time + QStringLiteral("   handshake\n") + lines.join(QLatin1Char('\n'));
    }
    QString text = time + QLatin1Char(' ') + arrow + kind + QLatin1Char(' ') + EventLog::preview(e);
    if (e.kind == EventKind::Open && !e.tlsErrorsIgnored.isEmpty()) {
        // Said on the open line, so that nobody reads a verified connection into it.
        text += Tr::tr(" · WARNING: certificate errors were ignored");
        for (const QString &error : e.tlsErrorsIgnored)
            text += QLatin1Char('\n') + Tr::tr("  ignored: %1").arg(error);
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
    const QByteArray shown = !text ? e.payload.toHex(' ')
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
        out->append(
            Tr::tr("(%1 B) %2").arg(e.payload.size()).arg(QString::fromUtf8(shown)).toUtf8());
        return;
    }
    out->append(m_sizeBefore);
    out->append(QByteArray::number(e.payload.size()));
    out->append(m_sizeBetween);
    out->append(shown);
    out->append(m_sizeAfter);
}

QString heading(const QUrl &url, qint64 startMs)
{
    return Tr::tr("Wsprobe session: %1\nStarted %2 (UTC); times below are local.\n")
        .arg(QUrl::fromPercentEncoding(url.toEncoded()), TimeFormat::iso(startMs));
}

} // namespace Transcript
