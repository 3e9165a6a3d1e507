#pragma once

#include <QObject>
#include <QVariantMap>

class Clock;
class QAction;
class QMenu;
class QTabWidget;
class QWidget;

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

    const Clock &m_clock;
    QTabWidget *m_tabs;

private:
    QAction *m_action;
};
