#pragma once

#include <QObject>
#include <QVariantMap>

class Clock;
class QAction;
class QMenu;
class QTabWidget;
class QWidget;
class ServePage;

/// Puts "New Serve Tab" into the File menu and opens Serve tabs, so that the window needs one
/// line for them.
class ServeUi : public QObject
{
    Q_OBJECT
public:
    /// The action goes after `after` in menu; tabs are added to tabs.
    ServeUi(const Clock &clock, QMenu *menu, QAction *after, QTabWidget *tabs, QObject *parent);

    QAction *newTabAction() const { return m_action; }
    /// Adds a Serve tab and makes it current.
    void newServeTab();
    /// Adds a Serve tab with a workspace's saved state (ServePage::state), not listening.
    ServePage *addServeTab(const QVariantMap &state);
    /// Adds a Serve tab set to answer like the recording at `path` (not listening yet: the
    /// user picks the port) and makes it current.
    ServePage *serveRecording(const QString &path);
    /// A Serve tab's state for the workspace; empty for any other tab.
    static QVariantMap saveTab(QWidget *tab);
    /// Whether a workspace tab's map is a Serve tab's ("kind": "serve").
    static bool isServeTab(const QVariantMap &state);

signals:
    /// A Serve tab's saved state may have changed (the window saves the workspace).
    void settingsChanged();

private:
    const Clock &m_clock;
    QTabWidget *m_tabs;
    QAction *m_action;
};
