#pragma once

#include <memory>

#include <QObject>
#include <QTimer>

#include "connection/event.h"
#include "protocols/layersession.h"

class Connection;
class EventLog;

/// A tab's protocol layer at work on its connection: the choice ("" none, "auto", a name)
/// resolved at every open from the URL and the negotiated subprotocol, a LayerSession fed
/// every message, its automatic replies and keep-alives sent, the composer's layer actions
/// encoded and sent, and the layer handed to the log so that rows read at its level.
class LayerDriver : public QObject
{
    Q_OBJECT
public:
    LayerDriver(Connection &connection, EventLog *log, QObject *parent = nullptr);
    ~LayerDriver() override;

    QString choice() const { return m_choice; }
    /// Takes effect now on an open connection (the session starts afresh), else at the open.
    void setChoice(const QString &choice);
    /// The layer in use (null: none).
    std::shared_ptr<const ProtocolLayer> layer() const;
    LayerSession *session() const { return m_session.get(); }

    /// Whether automatic replies (heartbeat pongs, the default namespace, PUBACK) and
    /// keep-alives are sent; on by default.
    bool autoReplies() const { return m_autoReplies; }
    void setAutoReplies(bool on);

    /// The composer's action at the layer's level. False with *error (no layer, not open, a
    /// field that does not read).
    bool send(const QString &action, const QVariantMap &values, QString *error);

signals:
    /// A message read at the layer's level; packets may be empty (an attachment waiting).
    void packetsRead(const Event &event, const QList<LayerPacket> &packets);
    /// Another layer is in use (at an open or a new choice).
    void layerChanged();

private:
    void onEvent(const Event &event);
    void start(const QString &subprotocol);
    void sendFrames(const QList<LayerFrame> &frames);

    Connection &m_connection;
    EventLog *m_log;
    QString m_choice;
    QString m_subprotocol;
    std::unique_ptr<LayerSession> m_session;
    bool m_autoReplies = true;
    QTimer m_keepAlive;
    QMetaObject::Connection m_messages; ///< to eventOccurred, while a layer is in use
};
