#pragma once

#include <QObject>
#include <QVariantMap>

class Clock;
class QAction;
class QMenu;
class QTabWidget;
class QWidget;
class RelayPage;

/// Puts "New Relay Tab" into the File menu and opens Relay tabs, so that the window needs
/// one line for them.
class RelayUi : public QObject
{
    Q_OBJECT
public:
    /// The action goes after `after` in menu; tabs are added to tabs.
    RelayUi(const Clock &clock, QMenu *menu, QAction *after, QTabWidget *tabs, QObject *parent);

    QAction *newTabAction() const { return m_action; }
    /// Adds a Relay tab and makes it current.
    void newRelayTab();
    /// Adds a Relay tab with a workspace's saved state (RelaySettings), not listening yet.
    RelayPage *addRelayTab(const QVariantMap &state);
    /// A Relay tab's state for the workspace; empty for any other tab.
    static QVariantMap saveTab(QWidget *tab);

signals:
    /// A Relay tab's saved state may have changed (the window saves the workspace).
    void settingsChanged();
    /// A Relay tab's finished conversation, recorded: its server leg's session file, to open
    /// and replay against the server, or to serve in a new Serve tab (the window does both).
    void replayRequested(const QString &recording);
    void serveRecordingRequested(const QString &recording);

private:
    const Clock &m_clock;
    QTabWidget *m_tabs;
    QAction *m_action;
};
