#pragma once

#include <deque>

#include <QObject>
#include <QTimer>

#include "cli/clioptions.h"
#include "cli/eventprinter.h"
#include "relay/relaycontroller.h"
#include "relay/relayrecord.h"

class Clock;
class ConsoleOutput;
class LineReader;
class RelayConversation;

/// The relay command of wsprobe-cli: runs a RelayController from the options and prints
/// each conversation's records (a message once, with where it went) and its legs' other
/// events; at a breakpoint it prints the message and reads what to do from standard input.
class CliRelay : public QObject
{
    Q_OBJECT
public:
    CliRelay(const CliOptions &options, const Clock &clock, ConsoleOutput *output,
             ConsoleOutput *errors, LineReader *input, bool colour, QObject *parent = nullptr);

    /// False with *error when the relay cannot listen (port in use, TLS files).
    bool start(QString *error);
    /// SIGINT or SIGTERM: close every conversation with 1001, wait (bounded) for them to
    /// end, then finish with 128 + the signal.
    void interrupt(int signalNumber);

    static QByteArray recordJson(int conversation, const RelayRecord &record);
    static QByteArray recordText(int conversation, const RelayRecord &record);

signals:
    void finished(int exitCode);

private:
    struct Pending
    {
        int conversation;
        RelaySide from;
    };
    void onStarted(int id, RelayConversation *conversation, const QString &peer);
    void onRecord(int id, const RelayRecord &record);
    void onLegEvent(int id, RelaySide side, const Event &event);
    void onLine(const QString &line);
    void prompt();
    void write(const QByteArray &bytes);
    void finish(int status);

    CliOptions m_options;
    const Clock &m_clock;
    ConsoleOutput *m_output;
    ConsoleOutput *m_errors;
    LineReader *m_input;
    EventPrinter m_printer;
    RelayController m_controller;
    /// Paused directions waiting for the user, in the order they paused.
    std::deque<Pending> m_pending;
    enum class Awaiting { Choice, Edit, Answer } m_awaiting = Awaiting::Choice;
    bool m_prompted = false;
    QTimer m_stopTimer;
    int m_status = 0;
    bool m_done = false;
};
