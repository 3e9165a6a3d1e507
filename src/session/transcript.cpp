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
    if (e.kind == EventKind::Open && !e.tlsErrorsIgnored.isEmpty()) {
        // Said on the open line, so that nobody reads a verified connection into it.
        QString text = time + QLatin1Char(' ') + arrow + kind + QLatin1Char(' ')
                       + EventLog::preview(e)
                       + Tr::tr(" · WARNING: certificate errors were ignored");
        for (const QString &error : e.tlsErrorsIgnored)
            text += QLatin1Char('\n') + Tr::tr("  ignored: %1").arg(error);
        return text;
    }
    QString detail;
    if (e.kind == EventKind::Text)
        detail = Tr::tr("(%1 B) %2").arg(e.payload.size()).arg(QString::fromUtf8(e.payload));
    else if (e.kind == EventKind::Binary)
        detail = Tr::tr("(%1 B) %2")
                     .arg(e.payload.size())
                     .arg(QString::fromLatin1(e.payload.toHex(' ')));
    else
        detail = EventLog::preview(e);
    return time + QLatin1Char(' ') + arrow + kind + QLatin1Char(' ') + detail;
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
    const bool message = e.kind == EventKind::Text || e.kind == EventKind::Binary;
    // Text that is not UTF-8 (a session file's, say) is shown as line() shows it, with
    // replacement characters.
    if (!m_fast || !message
        || (e.kind == EventKind::Text && !QByteArrayView(e.payload).isValidUtf8())) {
        out->append(line(e).toUtf8());
        out->append('\n');
        return;
    }
    m_clock.append(out, e.timeMs);
    out->append(e.direction == Direction::Out  ? QByteArrayView(" > ")
                : e.direction == Direction::In ? QByteArrayView(" < ")
                                               : QByteArrayView("   "));
    out->append(e.kind == EventKind::Text ? m_text : m_binary);
    out->append(' ');
    out->append(m_sizeBefore);
    out->append(QByteArray::number(e.payload.size()));
    out->append(m_sizeBetween);
    if (e.kind == EventKind::Text)
        out->append(e.payload);
    else
        out->append(e.payload.toHex(' '));
    out->append(m_sizeAfter);
    out->append('\n');
}

QString heading(const QUrl &url, qint64 startMs)
{
    return Tr::tr("Wsprobe session: %1\nStarted %2 (UTC); times below are local.\n")
        .arg(QUrl::fromPercentEncoding(url.toEncoded()), TimeFormat::iso(startMs));
}

} // namespace Transcript
