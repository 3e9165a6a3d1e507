#pragma once

#include <vector>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class EventStore;

/// A recorded conversation turned into what a server said when: the messages the server sent
/// before the client's first (a greeting), and after each of the client's messages the
/// server's replies until the next one, with their delays. In a recording made by Wsprobe
/// as the client, outgoing messages are the client's and incoming ones the server's.
class ServeRecording
{
    Q_DECLARE_TR_FUNCTIONS(ServeRecording)
public:
    struct Reply
    {
        qint64 afterMs = 0; ///< since the client message (or the open, for the greeting)
        QByteArray payload;
        bool isText = true;
    };
    struct Exchange
    {
        QByteArray request; ///< the client's message as recorded
        bool isText = true;
        std::vector<Reply> replies;
    };

    ServeRecording() = default;
    /// serverSide: the recording was made by serve mode, where outgoing messages are the
    /// server's and incoming ones the client's.
    explicit ServeRecording(const EventStore &events, bool serverSide = false);
    /// Reads a .wsprobe.jsonl session, `wsprobe-cli --json` output or a HAR file (its first
    /// WebSocket entry; a session whose source is "serve" is read from the server's side).
    /// False with *error when it cannot be read or holds no message at all.
    bool load(const QString &path, QString *error);

    const std::vector<Reply> &greeting() const { return m_greeting; }
    const std::vector<Exchange> &exchanges() const { return m_exchanges; }
    bool isEmpty() const { return m_greeting.empty() && m_exchanges.empty(); }

    /// Which recorded exchange answers a client's message, given the exchanges already used
    /// by this client (cursor = the index after the last one used): the first exchange from
    /// the cursor whose request is the same bytes; else the first such before the cursor (a
    /// client that asks again); else the next exchange in order (a message that differs only
    /// in an id or a time stamp); -1 when the recording has no more.
    qsizetype find(const QByteArray &payload, bool isText, qsizetype cursor) const;

private:
    std::vector<Reply> m_greeting;
    std::vector<Exchange> m_exchanges;
};
