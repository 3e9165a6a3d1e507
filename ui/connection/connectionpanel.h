#pragma once

#include <memory>

#include <QWidget>

#include "connection/backoff.h"
#include "connection/connection.h"
#include "protocol/connectionrequest.h"

namespace Ui {
class ConnectionPanel;
}

/// Where the user describes the connection: URL (with history) and its query as rows, request
/// headers (a table or "Name: value" text), the Auth helper, ordered subprotocols, Origin and
/// options, and the Connect/Disconnect button. Messages appear in a strip of fixed height
/// under the button, so they never move what the user is about to click.
class ConnectionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionPanel(QWidget *parent = nullptr);
    ~ConnectionPanel() override;

    /// The request as typed, with the Auth helper's credential added, unchecked:
    /// Connection::open() validates it and says what is wrong.
    ConnectionRequest request() const;
    /// Why what is typed is not a request yet (header lines in the text editor that do not
    /// read, each named); empty when request() is what the user typed. Connecting must stop
    /// here: request() would carry the table's last good headers instead.
    QString inputError() const;
    void setRequest(const ConnectionRequest &request);

    bool reconnectEnabled() const;
    Backoff backoff() const;
    void setReconnect(bool enabled, const Backoff &backoff);

    QString urlText() const;
    void setUrlText(const QString &url);
    /// Connecting: the URL field shows the URL as it will be sent, a space in the query as
    /// %20 (UrlText::browserEncoded). One with {{variables}} is left as typed.
    void showUrlAsSent();
    QStringList recentUrls() const;
    void setRecentUrls(const QStringList &urls);
    /// Moves url to the front of the history (at most MaxRecentUrls kept).
    void rememberUrl(const QString &url);
    /// Ctrl+L: the URL field takes the keyboard, also while connected (an edit then applies
    /// to the next connection, and the panel says so).
    void focusUrl();

    void setReadyState(ReadyState state);
    /// An error from the connection or from checking the request. One that the request's
    /// check gives is cleared as soon as the request passes; others when the URL changes.
    void showError(const QString &message);
    void clearError();
    /// The message shown (error or note), and whether it is an error.
    QString message() const;
    bool hasError() const { return m_source != Source::None && m_source != Source::Note; }

    /// Makes the panel the editor of a request that something else opens (a relay's upstream):
    /// no Connect button, no reconnecting, and none of the options such a request does not
    /// use (engine, keep-alive, automatic pongs, outgoing frame size). Enter in the URL field
    /// still emits connectRequested.
    void setUpstreamOnly();

    static constexpr int MaxRecentUrls = 20;

signals:
    void connectRequested();
    void disconnectRequested();
    void reconnectSettingsChanged();

private:
    /// What the shown message is about, which decides what clears it.
    enum class Source { None, Note, Request, ProtocolEntry, HeaderText, Other };

    void setupHeaders();
    void setupParams();
    void showMessage(const QString &text, Source source);
    void addProtocol();
    void moveProtocol(int delta);
    void updateButtons();
    void updateTabTitles();
    /// Anything in the request changed: an error the request's check gave is checked again.
    void onRequestEdited();
    void onUrlEdited();
    void syncParamsFromUrl();
    void syncUrlFromParams();
    HeaderList tableHeaders() const;
    void setTableHeaders(const HeaderList &headers);
    /// Leaves the text editor for the table; false (and an error) when a line is not a header.
    bool applyHeaderText();
    void startEditing(class QTableWidget *table);

    std::unique_ptr<Ui::ConnectionPanel> ui;
    ReadyState m_state = ReadyState::Closed;
    Source m_source = Source::None;
    /// The URL text the current connection was opened with ("" while closed).
    QString m_activeUrl;
    bool m_syncing = false;
};
