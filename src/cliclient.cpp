#include "cliclient.h"

#include "eventjson.h"
#include "linereader.h"
#include "messagelog.h"

#include <QDateTime>
#include <QIODevice>

CliClient::CliClient(const CliOptions &options, const Clock &clock, QIODevice *output,
                     LineReader *input, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_connection(clock)
    , m_output(output)
    , m_input(input)
{
    m_waitTimer.setSingleShot(true);
    connect(&m_waitTimer, &QTimer::timeout, this,
            [this] { m_connection.close(m_options.closeCode, m_options.closeReason); });
    connect(&m_connection, &Connection::eventOccurred, this, &CliClient::print);
    connect(&m_connection, &Connection::opened, this, &CliClient::onOpened);
    connect(&m_connection, &Connection::closed, this, &CliClient::onClosed);
}

void CliClient::start()
{
    if (!m_connection.open(m_options.request)) {
        m_done = true;
        emit finished(1);
    }
}

void CliClient::onOpened()
{
    if (!m_options.sends.isEmpty() || !m_input) {
        for (const CliOptions::Outgoing &out : std::as_const(m_options.sends)) {
            if (out.binary)
                m_connection.sendBinary(out.data);
            else
                m_connection.sendText(QString::fromUtf8(out.data));
        }
        startWaitThenClose();
        return;
    }
    connect(m_input, &LineReader::lineRead, this, [this](const QString &line) {
        if (m_connection.readyState() == ReadyState::Open)
            m_connection.sendText(line);
    });
    connect(m_input, &LineReader::endOfInput, this, &CliClient::startWaitThenClose);
    m_input->start();
}

void CliClient::startWaitThenClose()
{
    if (m_connection.readyState() == ReadyState::Open)
        m_waitTimer.start(m_options.waitMs);
}

void CliClient::onClosed(int, const QString &, bool wasClean)
{
    m_waitTimer.stop();
    if (m_done)
        return;
    m_done = true;
    emit finished(wasClean ? 0 : 1);
}

void CliClient::print(const Event &event)
{
    if (event.kind == EventKind::Handshake && !m_options.showHandshake)
        return;
    QByteArray line = m_options.json ? EventJson::toLine(event) : formatHuman(event).toUtf8();
    line.append('\n');
    m_output->write(line);
}

QString CliClient::formatHuman(const Event &e)
{
    const QString time =
        QDateTime::fromMSecsSinceEpoch(e.timeMs).toString(QStringLiteral("HH:mm:ss.zzz"));
    const QString arrow = e.direction == Direction::Out  ? QStringLiteral("> ")
                          : e.direction == Direction::In ? QStringLiteral("< ")
                                                         : QStringLiteral("  ");
    const QString kind = EventNames::kindId(e.kind).leftJustified(6);
    QString detail;
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
    if (e.kind == EventKind::Text)
        detail = tr("(%1 B) %2").arg(e.payload.size()).arg(QString::fromUtf8(e.payload));
    else if (e.kind == EventKind::Binary)
        detail =
            tr("(%1 B) %2").arg(e.payload.size()).arg(QString::fromLatin1(e.payload.toHex(' ')));
    else
        detail = MessageLog::preview(e);
    return time + QLatin1Char(' ') + arrow + kind + QLatin1Char(' ') + detail;
}
