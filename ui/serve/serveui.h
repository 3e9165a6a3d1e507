#pragma once

#include "connection/tabkind.h"

class ServePage;

/// Puts "New Serve Tab" into the File menu and opens Serve tabs, so that the window needs one
/// line for them.
class ServeUi : public TabKind
{
    Q_OBJECT
public:
    /// The action goes after `after` in menu; tabs are added to tabs.
    ServeUi(const Clock &clock, QMenu *menu, QAction *after, QTabWidget *tabs, QObject *parent);

    /// Adds a Serve tab with a workspace's saved state (ServePage::state), not listening.
    ServePage *addServeTab(const QVariantMap &state);
    /// Adds a Serve tab set to answer like the recording at `path` (not listening yet: the
    /// user picks the port) and makes it current.
    ServePage *serveRecording(const QString &path);
    /// Whether a workspace tab's map is a Serve tab's ("kind": "serve").
    static bool isServeTab(const QVariantMap &state);

    QWidget *restoreTab(const QVariantMap &state) override;
    bool holds(const QVariantMap &state) const override;
    QVariantMap saveTab(QWidget *tab) const override;

protected:
    bool stopTab(QWidget *tab, ShutdownWait *wait) override;
};
