#pragma once

#include <QDialog>

#include "session/sessionlibrary.h"

class QTableWidget;
class QPushButton;

/// The recorded sessions: when, where, how many messages; open or delete them.
class SessionsDialog : public QDialog
{
    Q_OBJECT
public:
    SessionsDialog(const SessionLibrary &library, QWidget *parent = nullptr);

    /// After exec(): the sessions to open.
    QStringList chosenPaths() const { return m_chosen; }

private:
    void reload();
    void removeSelected();
    QStringList selectedPaths() const;

    const SessionLibrary &m_library;
    QList<SessionLibrary::Entry> m_entries;
    QTableWidget *m_table;
    QPushButton *m_open;
    QPushButton *m_delete;
    QStringList m_chosen;
};
