#pragma once

#include <QDialog>

#include "collection/environments.h"

class QCheckBox;
class QListWidget;
class QTableWidget;

/// Edits the environments and the global variables: a list of sets on the left (Globals
/// first), the chosen set's variables on the right. A secret's value is masked, in the table
/// and while it is typed, unless "Show secrets" is ticked. Works on a copy; OK hands it back.
class EnvironmentsDialog : public QDialog
{
    Q_OBJECT
public:
    EnvironmentsDialog(const EnvironmentSet &set, QWidget *parent = nullptr);

    EnvironmentSet environments() const;
    QListWidget *list() const { return m_list; }
    QTableWidget *table() const { return m_table; }
    QCheckBox *showSecrets() const { return m_showSecrets; }

    /// Adds an environment without asking (the Add button asks for the name).
    void addEnvironment(const QString &name);
    /// Appends a variable row to the environment shown.
    void addVariable(const QString &name, const QString &value, bool secret);
    void selectEnvironment(const QString &name);
    /// What the table shows for a value cell: bullets for a secret unless shown.
    static QString shownValue(const QModelIndex &index, bool showSecrets);

private:
    void showSet(int row);
    /// set with the table's rows put back into the set they were shown from.
    EnvironmentSet withShown(EnvironmentSet set) const;
    void storeShown();
    void renameCurrent();
    void removeCurrent();
    QList<EnvironmentVariable> tableRows() const;

    EnvironmentSet m_set;
    QListWidget *m_list;
    QTableWidget *m_table;
    QCheckBox *m_showSecrets;
    int m_shown = -1; ///< row of m_list the table holds; 0 is Globals
};
