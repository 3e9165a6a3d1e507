#include "compose/variablespanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

VariablesPanel::VariablesPanel(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
{
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    m_table->setObjectName(QStringLiteral("variablesTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Variables"));
    m_table->setToolTip(tr("{{name}} in a message is replaced by the value before sending"));
    left->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    auto *add = new QToolButton(this);
    add->setText(tr("Add variable"));
    add->setObjectName(QStringLiteral("addVariableButton"));
    auto *remove = new QToolButton(this);
    remove->setText(tr("Remove variable"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    left->addLayout(buttons);
    layout->addLayout(left, 2);
    auto *help = new QLabel(
        tr("<b>Built-in</b><br>{{$timestamp}} Unix seconds<br>{{$isoTimestamp}} UTC, ms<br>"
           "{{$uuid}} random UUID<br>{{$randomInt}} 0–1000<br>{{$counter}} 1, 2, 3… per "
           "message<br><br>An unknown name stops the send."),
        this);
    help->setWordWrap(true);
    help->setAlignment(Qt::AlignTop);
    layout->addWidget(help, 1);

    connect(add, &QToolButton::clicked, this, [this] {
        addRow(QString(), QString());
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(remove, &QToolButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0) {
            m_table->removeRow(row);
            onChanged();
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, &VariablesPanel::onChanged);
}

void VariablesPanel::addRow(const QString &name, const QString &value)
{
    const QSignalBlocker block(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(name));
    m_table->setItem(row, 1, new QTableWidgetItem(value));
}

Variables::Table VariablesPanel::table() const
{
    Variables::Table table;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name =
            m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        if (Variables::isValidName(name))
            table.append({name, m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString()});
    }
    return table;
}

void VariablesPanel::setTable(const Variables::Table &table)
{
    {
        const QSignalBlocker block(m_table);
        m_table->setRowCount(0);
    }
    for (const auto &[name, value] : table)
        addRow(name, value);
    onChanged();
}

void VariablesPanel::onChanged()
{
    const QSignalBlocker block(m_table);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *item = m_table->item(row, 0);
        if (!item)
            continue;
        const QString name = item->text().trimmed();
        const bool bad = !name.isEmpty() && !Variables::isValidName(name);
        item->setForeground(bad ? QColor(0xc6, 0x28, 0x28)
                                : m_table->palette().color(QPalette::Text));
        item->setToolTip(
            bad ? tr("Not usable: letters, digits, _ - and . only, not starting with a "
                     "digit")
                : QString());
    }
    emit tableChanged(table());
}
