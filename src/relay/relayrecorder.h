#pragma once

#include <memory>

#include "protocol/connectionrequest.h"
#include "relay/relayleg.h"
#include "session/journal.h"

struct Event;

/// Journals one relayed conversation as two ordinary sessions, one per leg, so that each
/// opens, replays and serves as any recording does: the server leg (Wsprobe as the client:
/// out = what reached the server, in = what it sent) can be replayed against the server, the
/// client leg (in = what the client sent, out = what reached it) shows the client's side.
class QDateTime;

class RelayRecorder
{
public:
    RelayRecorder();
    ~RelayRecorder();

    /// "capture.wsprobe.jsonl", conversation 2, client leg → "capture-2.client.wsprobe.jsonl".
    /// The first conversation's server leg is base itself.
    static QString pathFor(const QString &base, int conversation, RelaySide side);
    /// A base for recording into a folder (the Relay tab's choice): "relay-YYYYMMDD-HHMMSS
    /// .wsprobe.jsonl" in it, named by `now`. Empty with *error when the folder is not one
    /// Wsprobe can write to.
    static QString baseInFolder(const QString &folder, const QDateTime &now, QString *error);

    /// Creates both files (0600: they keep every header). False with *error.
    bool open(const QString &base, int conversation, const ConnectionRequest &upstream,
              const ConnectionRequest &client, const QStringList &redactNames, qint64 createdMs,
              QString *error);
    void record(RelaySide side, const Event &event);
    void finish();
    bool isOpen() const { return m_journals[0] != nullptr; }
    QString path(RelaySide side) const;

private:
    std::unique_ptr<Journal> m_journals[2]; ///< client, server
};
