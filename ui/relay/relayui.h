#pragma once

#include "connection/tabkind.h"

class RelayPage;

/// Puts "New Relay Tab" into the File menu and opens Relay tabs, so that the window needs
/// one line for them.
class RelayUi : public TabKind
{
    Q_OBJECT
public:
    /// The action goes after `after` in menu; tabs are added to tabs.
    RelayUi(const Clock &clock, QMenu *menu, QAction *after, QTabWidget *tabs, QObject *parent);

    /// Adds a Relay tab with a workspace's saved state (RelaySettings), not listening yet.
    RelayPage *addRelayTab(const QVariantMap &state);

    QWidget *restoreTab(const QVariantMap &state) override;
    /// RelaySettings::isRelayTab.
    bool holds(const QVariantMap &state) const override;
    QVariantMap saveTab(QWidget *tab) const override;

protected:
    bool stopTab(QWidget *tab, ShutdownWait *wait) override;

signals:
    /// A Relay tab's finished conversation, recorded: its server leg's session file, to open
    /// and replay against the server, or to serve in a new Serve tab (the window does both).
    void replayRequested(const QString &recording);
    void serveRecordingRequested(const QString &recording);
};
