#pragma once

#include <QObject>

class Clock;
class QAction;
class QMenu;
class QTabWidget;

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

private:
    const Clock &m_clock;
    QTabWidget *m_tabs;
    QAction *m_action;
};
