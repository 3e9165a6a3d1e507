#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class ConnectionPage;
class QWidget;
class TabKind;

/// Closes tabs without dropping a peer: a connection tab taken out of the tab bar stays,
/// hidden, until its closing handshake is over; a Serve or Relay tab is its kind's to close
/// (its clients or conversations first). Quitting tells every peer at once and waits for all
/// the closing handshakes together, within one limit.
class TabCloser : public QObject
{
    Q_OBJECT
public:
    /// window: the tabs' window (a closing page stops talking to it); kinds: Serve, Relay.
    TabCloser(QObject *window, QList<TabKind *> kinds);

    /// tab has just been taken out of the tab bar (a connection page already shut down).
    void close(QWidget *tab);
    /// Shuts down pages, then runs the event loop without user input until every peer of every
    /// tab, open or closing, has closed, or limitMs have passed. True when all closed in time.
    bool shutdown(const QList<ConnectionPage *> &pages, const QString &reason, int limitMs);
    bool isShuttingDown() const { return m_shuttingDown; }

private:
    void keepUntilClosed(ConnectionPage *page);

    QObject *m_window;
    QList<TabKind *> m_kinds;
    QList<QPointer<ConnectionPage>> m_closingPages;
    bool m_shuttingDown = false;
};
