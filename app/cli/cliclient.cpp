#include "cli/cliclient.h"

#include <QIODevice>

#include "cli/linereader.h"
#include "connection/clock.h"
#include "session/eventjson.h"
#include "session/transcript.h"

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

bool CliClient::start(QString *error)
{
    if (m_options.command == CliOptions::Command::Record) {
        SessionHeader header;
        header.createdMs = m_connection.clock().nowMs();
        header.request = m_options.request;
        header.source = QStringLiteral("record");
        Journal::Options journal;
        journal.privateFile = true; // it keeps Authorization and cookies
        QString journalError;
        if (!m_journal.open(m_options.output, header, journal, &journalError)) {
            if (error)
                *error = journalError;
            return false;
        }
        m_connection.addSink(&m_journal);
    }
    if (!m_connection.open(m_options.request)) {
        m_done = true;
        m_journal.finish();
        emit finished(1);
    }
    return true;
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
    m_journal.finish();
    emit finished(wasClean ? 0 : 1);
}

void CliClient::print(const Event &event)
{
    if (event.kind == EventKind::Handshake && !m_options.showHandshake)
        return;
    QByteArray line = m_options.json ? EventJson::toLine(event) : Transcript::line(event).toUtf8();
    line.append('\n');
    m_output->write(line);
}
