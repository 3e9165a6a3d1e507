#include "relay/relaybreakpointpanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

RelayBreakpointPanel::RelayBreakpointPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_side(new QComboBox(this))
    , m_rule(new QLineEdit(this))
{
    m_list->setAccessibleName(tr("Breakpoints"));
    m_side->addItem(tr("client → Wsprobe"), QStringLiteral("client:"));
    m_side->addItem(tr("server → Wsprobe"), QStringLiteral("server:"));
    m_side->addItem(tr("both directions"), QString());
    m_rule->setPlaceholderText(
        tr("any · text:STR · regex:RE · json:$.type=\"ack\" · json:$.id~^4 · hex:00 ff"));
    m_rule->setAccessibleName(tr("Breakpoint rule"));
    auto *add = new QPushButton(tr("Add"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_side);
    row->addWidget(m_rule, 1);
    row->addWidget(add);
    row->addWidget(remove);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_list, 1);
    auto addFromFields = [this] {
        const QString rule = m_rule->text().trimmed();
        if (this->add(m_side->currentData().toString()
                      + (rule.isEmpty() ? QStringLiteral("any") : rule)))
            m_rule->clear();
    };
    connect(add, &QPushButton::clicked, this, addFromFields);
    connect(m_rule, &QLineEdit::returnPressed, this, addFromFields);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0)
            return;
        delete m_list->takeItem(row);
        m_rules.removeAt(row);
        emit changed();
    });
}

bool RelayBreakpointPanel::add(const QString &rule)
{
    RelayBreakpoints parsed;
    QString error;
    if (!RelayBreakpointText::parse(rule, &parsed, &error)) {
        emit problem(error);
        return false;
    }
    m_rules << rule;
    m_list->addItem(rule);
    emit changed();
    return true;
}

void RelayBreakpointPanel::setRules(const QStringList &rules)
{
    m_rules = rules;
    m_list->clear();
    m_list->addItems(m_rules);
    emit changed();
}

RelayBreakpoints RelayBreakpointPanel::breakpoints() const
{
    RelayBreakpoints all;
    for (const QString &rule : m_rules) {
        QString error;
        RelayBreakpointText::parse(rule, &all, &error);
    }
    return all;
}
