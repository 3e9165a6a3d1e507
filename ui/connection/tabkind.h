#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QVariantMap>

class Clock;
class QAction;
class QMenu;
class QTabWidget;
class QWidget;
class ShutdownWait;

/// One kind of tab the window opens beside its connection tabs (Serve, Relay): the "New …
/// Tab" action in the File menu, the tabs' titles, and their state in the workspace. The
/// window keeps a list of kinds and asks each in turn, so it has no branch per kind.
class TabKind : public QObject
{
    Q_OBJECT
public:
    /// What the kind's New action says (each kind's own tr() words).
    struct ActionText
    {
        QString text;
        QString objectName;
        QString toolTip;
        QString shortcut;
    };

    QAction *newTabAction() const { return m_action; }
    /// Adds a tab with a workspace's saved state (empty: a new one), not started; the window
    /// then makes it current or not.
    virtual QWidget *restoreTab(const QVariantMap &state) = 0;
    /// Whether a workspace tab's map is one of this kind's.
    virtual bool holds(const QVariantMap &state) const = 0;
    /// The tab's state for the workspace; empty when it is not one of this kind's.
    virtual QVariantMap saveTab(QWidget *tab) const = 0;

    /// The user's name for tab; empty goes back to the kind's own title ("Serve :8080"),
    /// which follows the tab again. False when tab is not this kind's.
    bool rename(QWidget *tab, const QString &title);

    /// The window has taken tab out of the tab bar: when it is one of this kind's, its peers
    /// get their closing handshakes out of sight and the page goes once they are over, or
    /// after ClosingLimitMs; false when tab is not this kind's.
    bool closeTab(QWidget *tab);
    /// The window is closing: starts closing the peers of every tab of this kind, in the tab
    /// bar or closed a moment ago, and adds them to wait.
    void shutdown(ShutdownWait *wait);
    static constexpr int ClosingLimitMs = 5000;

signals:
    /// A tab's saved state may have changed (the window saves the workspace).
    void settingsChanged();

protected:
    /// The action goes after `after` in menu (at the end when after is not there); tabs are
    /// added to tabs.
    TabKind(const Clock &clock, const ActionText &action, QMenu *menu, QAction *after,
            QTabWidget *tabs, QObject *parent);
    /// Adds page under title; the tab's text follows retitle() and its settingsChanged() is
    /// the kind's.
    void addPage(QWidget *page, const QString &title);
    /// The tab of page, if it is still in the tabs, is titled title.
    void retitle(QWidget *page, const QString &title);
    /// Starts closing tab's peers (a Close frame to each) and adds them to wait; false when
    /// tab is not this kind's. A kind whose tabs have no peers keeps the default.
    virtual bool stopTab(QWidget *tab, ShutdownWait *wait);

    const Clock &m_clock;
    QTabWidget *m_tabs;

private:
    struct Titles
    {
        QString own;    ///< the page's, from retitle()
        QString custom; ///< the user's, from rename(); empty: none
    };
    void showTitle(QWidget *page);

    QAction *m_action;
    QHash<const QObject *, Titles> m_titles;
    QList<QPointer<QWidget>> m_closing;
};
