#pragma once

#include <QWidget>

#include "compose/variables.h"

class QTableWidget;

/// The connection's variables: a name/value table for `{{name}}`, with the built-ins listed
/// beside it. Names that cannot be used are marked as they are typed.
class VariablesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit VariablesPanel(QWidget *parent = nullptr);

    Variables::Table table() const;
    void setTable(const Variables::Table &table);
    QTableWidget *tableWidget() const { return m_table; }

signals:
    void tableChanged(const Variables::Table &table);

private:
    void addRow(const QString &name, const QString &value);
    void onChanged();

    QTableWidget *m_table;
};
