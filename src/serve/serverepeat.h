#pragma once

#include <map>
#include <memory>
#include <utility>
#include <vector>

#include <QObject>

#include "compose/outgoingmessage.h"

class Connection;
class PeriodicSender;
class Variables;

/// The Serve tab's Repeat to many clients: one PeriodicSender per client, so a tick that finds
/// that client's buffer over the threshold is skipped there, not queued, with the messages
/// sent counted over every client. ServeController owns it and tells it when a client's
/// connection goes.
class ServeRepeat : public QObject
{
    Q_OBJECT
public:
    /// A client to repeat to: its id and its open connection.
    using Target = std::pair<int, Connection *>;

    explicit ServeRepeat(QObject *parent = nullptr);
    ~ServeRepeat() override;

    /// Stops a running repeat and starts message every intervalMs, limit times (0: until
    /// stop() or the client leaves), to each target. The number of clients it started for; 0
    /// with *error when the message cannot be built or no sender could start.
    int start(const std::vector<Target> &targets, Variables *variables,
              const OutgoingMessage &message, int intervalMs, qint64 limit, QString *error);
    void stop();
    /// The client's connection is going: its sender goes first, its count stays.
    void clientGone(int id);
    /// The client is forgotten: its count goes too.
    void forget(int id);

    /// Clients still sent to.
    int runningCount() const;
    /// Messages sent since the last start(), over every client not forgotten.
    qint64 sentCount() const;

signals:
    /// Started, sent, or stopped for a client.
    void changed();

private:
    struct Sender
    {
        /// Sends through a client's connection, so it goes before that connection does.
        std::unique_ptr<PeriodicSender> sender;
        qint64 sent = 0; ///< by senders that have stopped
    };
    std::map<int, Sender> m_senders;
};
