#include "compose/onopenpanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

OnOpenPanel::OnOpenPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("Sent in this order after every open, and again after every "
                               "reconnect. Variables are expanded each time."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_list->setObjectName(QStringLiteral("onOpenList"));
    m_list->setAccessibleName(tr("Messages sent on open"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    auto button = [&](const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        buttons->addWidget(b);
        return b;
    };
    QToolButton *add =
        button(tr("Add from composer"), tr("Add the composer's message to the list"));
    add->setObjectName(QStringLiteral("addOnOpenButton"));
    QToolButton *remove = button(tr("Remove"), tr("Remove the selected message"));
    QToolButton *up = button(tr("Up"), tr("Send the selected message earlier"));
    QToolButton *down = button(tr("Down"), tr("Send the selected message later"));
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QToolButton::clicked, this, &OnOpenPanel::addFromComposerRequested);
    connect(remove, &QToolButton::clicked, this, [this] {
        delete m_list->currentItem();
        emit messagesChanged(messages());
    });
    connect(up, &QToolButton::clicked, this, [this] { move(-1); });
    connect(down, &QToolButton::clicked, this, [this] { move(1); });
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this,
            [this] { emit messagesChanged(messages()); });
}

QStringList OnOpenPanel::messages() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->data(Qt::UserRole).toString();
    return out;
}

void OnOpenPanel::setMessages(const QStringList &messages)
{
    m_list->clear();
    for (const QString &m : messages)
        addMessage(m);
}

void OnOpenPanel::addMessage(const QString &message)
{
    if (message.isEmpty())
        return;
    QString shown = message.simplified();
    if (shown.size() > 200)
        shown = shown.left(200) + QChar(0x2026);
    auto *item = new QListWidgetItem(shown, m_list);
    item->setData(Qt::UserRole, message);
    item->setToolTip(message.left(2000));
    emit messagesChanged(messages());
}

void OnOpenPanel::move(int step)
{
    const int row = m_list->currentRow();
    const int to = row + step;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
    emit messagesChanged(messages());
}
