#pragma once

#include <memory>

#include <QWidget>

#include "connection/backoff.h"
#include "connection/connection.h"
#include "protocol/connectionrequest.h"

namespace Ui {
class ConnectionPanel;
}

/// Where the user describes the connection: URL (with history), ordered subprotocols,
/// request headers and Origin, and the Connect/Disconnect button.
class ConnectionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionPanel(QWidget *parent = nullptr);
    ~ConnectionPanel() override;

    /// The request as typed, unchecked: Connection::open() validates it and says what is wrong.
    ConnectionRequest request() const;
    void setRequest(const ConnectionRequest &request);

    bool reconnectEnabled() const;
    Backoff backoff() const;
    void setReconnect(bool enabled, const Backoff &backoff);

    QString urlText() const;
    void setUrlText(const QString &url);
    QStringList recentUrls() const;
    void setRecentUrls(const QStringList &urls);
    /// Moves url to the front of the history (at most MaxRecentUrls kept).
    void rememberUrl(const QString &url);
    void focusUrl();

    void setReadyState(ReadyState state);
    void showError(const QString &message);
    void clearError();

    static constexpr int MaxRecentUrls = 20;

signals:
    void connectRequested();
    void disconnectRequested();
    void reconnectSettingsChanged();

private:
    void addProtocol();
    void moveProtocol(int delta);
    void updateButtons();

    std::unique_ptr<Ui::ConnectionPanel> ui;
    ReadyState m_state = ReadyState::Closed;
};
