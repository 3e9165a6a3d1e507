#include "relay/relayclientlist.h"

#include <algorithm>

#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "connection/event.h"
#include "relay/relayconversation.h"
#include "relay/relaylogmodel.h"

RelayClientList::RelayClientList(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_replay(new QPushButton(tr("Re&play Against Server"), this))
    , m_serve(new QPushButton(tr("Ser&ve This Recording"), this))
{
    m_list->setAccessibleName(tr("Client connections"));
    m_replay->setToolTip(tr("Open the finished conversation's server leg as a session and "
                            "replay it against the server"));
    m_serve->setToolTip(tr("Open a Serve tab that answers clients as this conversation's "
                           "server did"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_replay);
    buttons->addWidget(m_serve);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        QListWidgetItem *item = m_list->item(row);
        // A row above the shown one going (prune()) moves it without changing it.
        if (item && item->data(Qt::UserRole).toInt() != m_current) {
            m_current = item->data(Qt::UserRole).toInt();
            updateButtons();
            emit currentChanged(m_current);
        }
    });
    connect(m_replay, &QPushButton::clicked, this,
            [this] { emit replayRequested(recording(m_current)); });
    connect(m_serve, &QPushButton::clicked, this,
            [this] { emit serveRequested(recording(m_current)); });
    updateButtons();
}

RelayClientList::~RelayClientList() = default;

RelayLogModel *RelayClientList::add(int id, RelayConversation *conversation, const QString &peer,
                                    const QString &recording)
{
    Client &c = m_clients[id];
    c.conversation = conversation;
    c.peer = peer;
    c.recording = recording;
    c.model = std::make_unique<RelayLogModel>();
    auto *item = new QListWidgetItem(m_list);
    item->setData(Qt::UserRole, id);
    updateRow(id);
    if (m_current == 0)
        m_list->setCurrentItem(item);
    return c.model.get();
}

void RelayClientList::finish(int id)
{
    const auto it = m_clients.find(id);
    if (it == m_clients.end())
        return;
    it->second.model->flush();
    it->second.finished = true;
    it->second.conversation = nullptr;
    updateRow(id);
    prune();
    updateButtons();
}

void RelayClientList::setHandshake(int id, bool serverLeg, const HandshakeRecord &record)
{
    const auto it = m_clients.find(id);
    if (it == m_clients.end())
        return;
    it->second.handshakes[serverLeg ? 1 : 0] = record;
    it->second.hasHandshake[serverLeg ? 1 : 0] = true;
}

QString RelayClientList::handshakeText(int id) const
{
    const auto it = m_clients.find(id);
    if (it == m_clients.end())
        return QString();
    const Client &c = it->second;
    const QString titles[2] = {tr("Client ↔ Wsprobe: the client's request, Wsprobe's answer"),
                               tr("Wsprobe ↔ server: Wsprobe's request, the server's answer")};
    QString text;
    for (int leg = 0; leg < 2; ++leg) {
        text += QStringLiteral("── %1 ──\n").arg(titles[leg]);
        if (!c.hasHandshake[leg]) {
            text += tr("(not yet)") + QStringLiteral("\n\n");
            continue;
        }
        text +=
            EventNames::handshakeText(c.handshakes[leg], true).trimmed() + QStringLiteral("\n\n");
        if (c.handshakes[leg].responseSeen)
            text += EventNames::handshakeText(c.handshakes[leg], false) + QLatin1Char('\n');
        text += QLatin1Char('\n');
    }
    return text;
}

void RelayClientList::updateRow(int id)
{
    const auto it = m_clients.find(id);
    if (it == m_clients.end())
        return;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(Qt::UserRole).toInt() != id)
            continue;
        const Client &c = it->second;
        QString state = c.finished ? tr("closed") : tr("open");
        if (c.conversation
            && (c.conversation->paused(RelaySide::Client)
                || c.conversation->paused(RelaySide::Server)))
            state = tr("paused");
        item->setText(tr("#%1 %2 · %3").arg(id).arg(c.peer, state));
    }
}

RelayConversation *RelayClientList::conversation(int id) const
{
    const auto it = m_clients.find(id);
    return it == m_clients.end() ? nullptr : it->second.conversation;
}

RelayLogModel *RelayClientList::model(int id) const
{
    const auto it = m_clients.find(id);
    return it == m_clients.end() ? nullptr : it->second.model.get();
}

QString RelayClientList::recording(int id) const
{
    const auto it = m_clients.find(id);
    return it == m_clients.end() ? QString() : it->second.recording;
}

int RelayClientList::finishedCount() const
{
    return int(std::count_if(m_clients.cbegin(), m_clients.cend(),
                             [](const auto &c) { return c.second.finished; }));
}

void RelayClientList::setFinishedKept(int kept)
{
    m_kept = std::max(1, kept);
    prune();
}

void RelayClientList::prune()
{
    int excess = finishedCount() - m_kept;
    // Oldest first (ids grow); the one shown stays, whatever its age.
    for (auto it = m_clients.begin(); excess > 0 && it != m_clients.end();) {
        if (!it->second.finished || it->first == m_current) {
            ++it;
            continue;
        }
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->data(Qt::UserRole).toInt() == it->first) {
                delete m_list->takeItem(row);
                break;
            }
        }
        it = m_clients.erase(it);
        --excess;
    }
}

void RelayClientList::updateButtons()
{
    const auto it = m_clients.find(m_current);
    const bool offer = it != m_clients.end() && it->second.finished
                       && !it->second.recording.isEmpty()
                       && QFileInfo::exists(it->second.recording);
    m_replay->setEnabled(offer);
    m_serve->setEnabled(offer);
}
