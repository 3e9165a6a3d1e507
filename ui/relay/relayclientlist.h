#pragma once

#include <map>
#include <memory>

#include <QWidget>

#include "protocol/wiretypes.h"

class QListWidget;
class QPushButton;
class RelayConversation;
class RelayLogModel;

/// The Clients side of a Relay tab: a row per client connection (open, paused, closed), each
/// with its log and both legs' handshakes. A finished conversation keeps its log and its
/// recording while its row is listed; at most finishedKept() finished rows are (oldest go
/// first, never the one shown), so a relay that runs for days holds a bounded amount. A
/// finished conversation that was recorded offers its server leg for replay against the
/// server or to be served to a client; the list only forwards these.
class RelayClientList : public QWidget
{
    Q_OBJECT
public:
    static constexpr int DefaultFinishedKept = 50;

    explicit RelayClientList(QWidget *parent = nullptr);
    ~RelayClientList() override;

    /// recording: the server leg's session file (empty: not recorded).
    RelayLogModel *add(int id, RelayConversation *conversation, const QString &peer,
                       const QString &recording);
    /// The conversation ended; the controller lets go of it now.
    void finish(int id);
    void setHandshake(int id, bool serverLeg, const HandshakeRecord &record);
    /// Both legs' handshakes as text, for the shown conversation's Handshakes page.
    QString handshakeText(int id) const;
    void updateRow(int id);

    /// Null when the conversation is finished or gone.
    RelayConversation *conversation(int id) const;
    RelayLogModel *model(int id) const;
    QString recording(int id) const;
    int count() const { return int(m_clients.size()); }
    int finishedCount() const;
    void setFinishedKept(int kept);
    int finishedKept() const { return m_kept; }
    int current() const { return m_current; }

    QListWidget *list() const { return m_list; }
    QPushButton *replayButton() const { return m_replay; }
    QPushButton *serveButton() const { return m_serve; }

signals:
    void currentChanged(int id);
    void replayRequested(const QString &recording);
    void serveRequested(const QString &recording);

private:
    struct Client
    {
        RelayConversation *conversation = nullptr;
        std::unique_ptr<RelayLogModel> model;
        QString peer;
        QString recording;
        bool finished = false;
        HandshakeRecord handshakes[2]; ///< client leg, server leg
        bool hasHandshake[2] = {false, false};
    };
    void prune();
    void updateButtons();

    std::map<int, Client> m_clients;
    int m_current = 0;
    int m_kept = DefaultFinishedKept;
    QListWidget *m_list;
    QPushButton *m_replay;
    QPushButton *m_serve;
};
