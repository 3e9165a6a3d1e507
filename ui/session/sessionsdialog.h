#pragma once

#include <QDialog>

#include "session/sessionlibrary.h"

class QLineEdit;
class QPushButton;
class QTreeWidget;

/// The recorded sessions: when, where, how many messages; open or delete them. The
/// reconnections of one tab to one URL are one entry (expand it to see each connection);
/// the search field keeps the entries whose URL has every word typed.
class SessionsDialog : public QDialog
{
    Q_OBJECT
public:
    SessionsDialog(const SessionLibrary &library, QWidget *parent = nullptr);

    /// After exec(): what to open, oldest first in each list; a list of several is one
    /// connection's recordings, opened as one session.
    QList<QStringList> chosen() const { return m_chosen; }
    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }

private:
    void reload();
    void applyFilter();
    void removeSelected();
    QList<QStringList> selectedGroups() const;

    const SessionLibrary &m_library;
    QList<QList<SessionLibrary::Entry>> m_groups;
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    QPushButton *m_open;
    QPushButton *m_delete;
    QList<QStringList> m_chosen;
};
