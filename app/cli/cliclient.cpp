#include "cli/cliclient.h"

#include <QIODevice>

#include "cli/consoleoutput.h"
#include "cli/linereader.h"
#include "connection/clock.h"
#include "session/transcript.h"
#include "workbench/layerdriver.h"

CliClient::CliClient(const CliOptions &options, const Clock &clock, QIODevice *output,
                     QIODevice *errors, LineReader *input, bool colour, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_printer(options, colour)
    , m_workbench(clock)
    , m_output(output)
    , m_errors(errors)
    , m_input(input)
{
    // Events are printed as they happen, not kept: a console run may see millions.
    m_workbench.setLogging(false);
    m_workbench.setRequest(options.request);
    m_waitTimer.setSingleShot(true);
    connect(&m_waitTimer, &QTimer::timeout, this, &CliClient::closeWhenDone);
    m_interruptTimer.setSingleShot(true);
    connect(&m_interruptTimer, &QTimer::timeout, this,
            [this] { finish(m_outputStatus != 0 ? m_outputStatus : m_interruptStatus); });
    Connection &c = m_workbench.connection();
    connect(&c, &Connection::eventOccurred, this, &CliClient::print);
    connect(&c, &Connection::opened, this, &CliClient::onOpened);
    connect(&c, &Connection::closed, this, &CliClient::onClosed);
    // The file journal's write error (a full disk), said when it finishes, before finish()'s
    // queued exit: a recording that lost events must not end as a success.
    connect(&m_workbench, &ConnectionWorkbench::notice, this,
            [this](const QString &message) { m_journalError = message; });
    m_workbench.layers().setChoice(options.protocol);
    connect(&m_workbench.layers(), &LayerDriver::packetsRead, this, &CliClient::onPackets);
    m_actionTimer.setSingleShot(true);
    m_actionTimer.setInterval(1000);
    connect(&m_actionTimer, &QTimer::timeout, this, [this] {
        m_actionAnswered = true;
        sendNextAction();
    });
    // A layer that never becomes ready (a server that does not speak it) gets as long as the
    // WebSocket handshake did; then the actions are given up and --wait-ms runs as after --send.
    m_readyTimer.setSingleShot(true);
    connect(&m_readyTimer, &QTimer::timeout, this, [this] {
        const auto layer = m_workbench.layers().layer();
        if (m_layerReady || !layer || m_nextAction >= m_options.layerActions.size())
            return;
        print(Event::error(m_workbench.clock().nowMs(),
                           tr("--action: the %1 layer was not ready after %2 ms; no action sent")
                               .arg(layer->name())
                               .arg(m_readyTimer.interval())));
        m_nextAction = m_options.layerActions.size();
        startWaitThenClose();
    });
}

void CliClient::onPackets(const Event &event, const QList<LayerPacket> &packets)
{
    QList<LayerPacket> shown;
    const QStringList &hide = m_options.hideTypes;
    for (const LayerPacket &p : packets) {
        // A malformed packet is always shown: hiding must not hide a problem.
        const bool hidden = p.ok()
                            && (hide.contains(p.type)
                                || (p.heartbeat && hide.contains(QLatin1String("heartbeats"))));
        if (!hidden)
            shown << p;
    }
    if (m_printEvents && !shown.isEmpty()) {
        m_line.resize(0);
        m_printer.appendPackets(event, m_workbench.layers().layer()->name(), shown, &m_line);
        if (!m_line.isEmpty())
            m_output->write(m_line);
    }
    if (event.direction != Direction::In)
        return;
    const QString ready = m_workbench.layers().layer()->readyType();
    for (const LayerPacket &p : packets) {
        if (p.heartbeat)
            continue;
        if (ready.isEmpty() || p.type == ready)
            m_layerReady = true;
        m_actionAnswered = true;
    }
    sendNextAction();
}

void CliClient::sendNextAction()
{
    if (m_nextAction >= m_options.layerActions.size() || !m_layerReady || !m_actionAnswered
        || m_workbench.connection().readyState() != ReadyState::Open)
        return;
    const CliOptions::LayerActionSend &a = m_options.layerActions.at(m_nextAction++);
    QString error;
    if (!m_workbench.layers().send(a.name, a.values, &error))
        print(Event::error(m_workbench.clock().nowMs(), tr("--action %1: %2").arg(a.name, error)));
    m_actionAnswered = false;
    m_actionTimer.start();
    if (m_nextAction == m_options.layerActions.size())
        startWaitThenClose();
}

bool CliClient::start(QString *error)
{
    if (m_options.command == CliOptions::Command::Record) {
        QString journalError;
        if (!m_workbench.journalToFile(m_options.output, &journalError, m_options.redactNames)) {
            if (error)
                *error = journalError;
            return false;
        }
    }
    if (!m_workbench.open()) {
        m_done = true;
        reportFailure();
        emit finished(1);
    }
    return true;
}

void CliClient::onOpened()
{
    if (!m_options.layerActions.isEmpty()) {
        // Layer actions first; the wait before closing starts after the last of them.
        const auto layer = m_workbench.layers().layer();
        if (!layer) {
            print(Event::error(m_workbench.clock().nowMs(),
                               tr("--action needs a protocol layer (--protocol)")));
            startWaitThenClose();
            return;
        }
        m_layerReady = layer->readyType().isEmpty();
        if (!m_layerReady)
            m_readyTimer.start(m_options.request.handshakeTimeoutMs);
        sendNextAction();
        return;
    }
    if (!m_options.sends.isEmpty() || !m_options.rawSends.isEmpty() || !m_input) {
        // The console sends what was typed: {{…}} is not a placeholder here.
        Connection &c = m_workbench.connection();
        qsizetype raw = 0;
        // --send-frame items keep their place among --send and --send-hex.
        const auto sendRawUpTo = [&](qsizetype sent) {
            for (; raw < m_options.rawSends.size() && m_options.rawSends.at(raw).afterSends <= sent;
                 ++raw) {
                QList<RawFrame> frames;
                QString error;
                if (!m_options.rawSends.at(raw).recipe.build(nullptr, &frames, &error))
                    print(Event::error(m_workbench.clock().nowMs(), error));
                else
                    c.sendRawFrames(frames);
            }
        };
        sendRawUpTo(0);
        for (qsizetype i = 0; i < m_options.sends.size(); ++i) {
            OutgoingMessage::Payload p;
            QString error;
            if (!m_options.sends.at(i).build(nullptr, &p, &error))
                print(Event::error(m_workbench.clock().nowMs(), error));
            else if (p.isText)
                c.sendText(p.bytes);
            else
                c.sendBinary(p.bytes);
            sendRawUpTo(i + 1);
        }
        startWaitThenClose();
        return;
    }
    Connection &c = m_workbench.connection();
    connect(m_input, &LineReader::lineRead, this, [this, &c](const QString &line) {
        if (c.readyState() != ReadyState::Open)
            return;
        c.sendText(line.toUtf8());
        if (c.bufferedAmount() >= PauseBytes)
            m_input->pause();
    });
    connect(&c, &Connection::bufferedAmountChanged, this, [this](qint64 bytes) {
        if (bytes < ResumeBytes && m_input->isPaused())
            m_input->resume();
    });
    connect(m_input, &LineReader::endOfInput, this, &CliClient::startWaitThenClose);
    // A person typing, as wscat greets one: how to send and how to stop. Not for a pipe or
    // for programs (--json), and -q prints events only.
    if (m_errors && !m_options.json && m_options.verbosity != CliOptions::Verbosity::Quiet
        && EventPrinter::isTerminal(0))
        m_errors->write(tr("Connected. Each line you type is sent as a text message; end of "
                           "input (Ctrl+D) closes, Ctrl+C interrupts.\n")
                            .toUtf8());
    m_input->start();
}

void CliClient::startWaitThenClose()
{
    if (m_workbench.connection().readyState() == ReadyState::Open)
        m_waitTimer.start(m_options.waitMs);
}

void CliClient::closeWhenDone()
{
    if (m_options.closeAny)
        m_workbench.closeForTesting(m_options.closeCode, m_options.closeReason.toUtf8());
    else
        m_workbench.close(m_options.closeCode, m_options.closeReason);
}

void CliClient::interrupt(int signalNumber)
{
    const int status = 128 + signalNumber;
    if (m_interruptStatus != 0) {
        finish(status); // asked twice: no more waiting
        return;
    }
    m_interruptStatus = status;
    m_waitTimer.stop();
    if (m_workbench.connection().readyState() == ReadyState::Closed) {
        finish(status);
        return;
    }
    m_workbench.shutdown(tr("wsprobe-cli was interrupted"));
    // The engine gives up on a silent server after the close timeout; this is a second bound.
    if (!m_done)
        m_interruptTimer.start(m_options.request.closeTimeoutMs + 1000);
}

void CliClient::outputFailed(const QString &reason, bool closedPipe)
{
    if (m_done || m_outputStatus != 0)
        return;
    m_outputStatus = closedPipe ? ClosedPipeStatus : WriteFailedStatus;
    if (!closedPipe && m_errors)
        m_errors->write(
            tr("wsprobe-cli: cannot write to standard output: %1\n").arg(reason).toUtf8());
    m_printEvents = false;
    m_waitTimer.stop();
    if (m_input)
        m_input->pause();
    if (m_workbench.connection().readyState() == ReadyState::Closed) {
        finish(m_outputStatus);
        return;
    }
    m_workbench.shutdown(tr("standard output was closed"));
    if (!m_done)
        m_interruptTimer.start(m_options.request.closeTimeoutMs + 1000);
}

void CliClient::onClosed(int code, const QString &reason, bool wasClean)
{
    m_waitTimer.stop();
    if (!wasClean && m_failure.isEmpty()) {
        m_failure =
            reason.isEmpty()
                ? tr("the connection ended without a clean closing handshake (%1)").arg(code)
                : tr("the connection ended without a clean closing handshake (%1 %2)")
                      .arg(code)
                      .arg(reason);
    }
    finish(m_outputStatus != 0      ? m_outputStatus
           : m_interruptStatus != 0 ? m_interruptStatus
           : wasClean               ? 0
                                    : 1);
}

void CliClient::finish(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    m_interruptTimer.stop();
    if (exitCode == 1)
        reportFailure();
    // Queued, so that the workbench has finished the session file first.
    QMetaObject::invokeMethod(
        this,
        [this, exitCode] {
            if (m_journalError.isEmpty()) {
                emit finished(exitCode);
                return;
            }
            if (m_errors)
                m_errors->write(tr("wsprobe-cli: %1\n").arg(m_journalError).toUtf8());
            emit finished(exitCode <= 1 ? WriteFailedStatus : exitCode);
        },
        Qt::QueuedConnection);
}

void CliClient::print(const Event &event)
{
    // Messages read by a layer are printed as its packets (onPackets).
    if (event.isMessage() && m_workbench.layers().layer() && event.kind != EventKind::Error)
        return;
    if (event.kind == EventKind::Error)
        m_failure = QString::fromUtf8(event.payload);
    if (!m_printEvents)
        return;
    if (auto *console = qobject_cast<ConsoleOutput *>(m_output)) {
        m_printer.append(event, console->appendBuffer());
        console->appended();
        return;
    }
    // One buffer for every event, kept allocated between them.
    m_line.resize(0);
    m_printer.append(event, &m_line);
    if (!m_line.isEmpty())
        m_output->write(m_line);
}

void CliClient::reportFailure()
{
    // Said on stderr as well, so that a script reading only --json from stdout, or a person
    // piping stdout elsewhere, still learns why.
    if (m_errors)
        m_errors->write(tr("wsprobe-cli: %1\n")
                            .arg(m_failure.isEmpty()
                                     ? tr("the connection failed")
                                     : Transcript::shown(m_failure)) // the peer's words
                            .toUtf8());
}
