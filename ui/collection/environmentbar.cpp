#include "collection/environmentbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QToolButton>

EnvironmentBar::EnvironmentBar(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_pin(new QToolButton(this))
    , m_edit(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->setSpacing(2);
    auto *label = new QLabel(tr("Environment:"), this);
    label->setBuddy(m_combo);
    layout->addWidget(label);
    m_combo->setObjectName(QStringLiteral("environmentCombo"));
    m_combo->setAccessibleName(tr("Environment"));
    m_combo->setToolTip(tr("The variables {{name}} takes after the tab's own"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // "No Environment" whole even when the tool bars share a narrow row.
    m_combo->setMinimumContentsLength(int(tr("No Environment").size()));
    m_combo->setMaximumWidth(220);
    layout->addWidget(m_combo);
    m_pin->setObjectName(QStringLiteral("environmentPin"));
    m_pin->setText(tr("This Tab"));
    m_pin->setCheckable(true);
    m_pin->setToolTip(tr("On: the environment applies to the current tab only. Off: to every "
                         "tab that has none of its own"));
    layout->addWidget(m_pin);
    m_edit->setObjectName(QStringLiteral("environmentEdit"));
    m_edit->setText(tr("Edit…"));
    m_edit->setToolTip(tr("Edit environments and global variables"));
    layout->addWidget(m_edit);

    connect(m_combo, &QComboBox::activated, this, [this] { emit chosenChanged(chosen()); });
    connect(m_pin, &QToolButton::toggled, this, &EnvironmentBar::pinToggled);
    connect(m_edit, &QToolButton::clicked, this, &EnvironmentBar::editRequested);
}

void EnvironmentBar::showChoice(const QStringList &names, const QString &name, bool pinned)
{
    const QSignalBlocker block(m_combo);
    const QSignalBlocker blockPin(m_pin);
    m_combo->clear();
    m_combo->addItem(tr("No Environment"), QString());
    for (const QString &n : names)
        m_combo->addItem(n, n);
    const int index = m_combo->findData(name);
    m_combo->setCurrentIndex(index < 0 ? 0 : index);
    m_pin->setChecked(pinned);
}

QString EnvironmentBar::chosen() const
{
    return m_combo->currentData().toString();
}
