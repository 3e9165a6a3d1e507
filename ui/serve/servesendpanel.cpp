#include "serve/servesendpanel.h"

#include <climits>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "compose/sendbox.h"
#include "connection/closedialog.h"
#include "serve/servecontroller.h"

ServeSendPanel::ServeSendPanel(ServeController &controller,
                               std::function<QList<int>()> selectedClients, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_selectedClients(std::move(selectedClients))
{
    m_target = new QComboBox(this);
    m_target->addItems({tr("the selected clients"), tr("all clients")});
    m_target->setAccessibleName(tr("Send to"));
    m_sendBox = new SendBox(this);
    m_sendBox->setObjectName(QStringLiteral("serveSendBox"));
    m_sendBox->setVariables(&m_controller.variables());
    m_pingButton = new QPushButton(tr("&Ping"), this);
    m_pingButton->setToolTip(tr("Ping the chosen clients"));
    m_closeButton = new QPushButton(tr("&Close…"), this);
    m_closeButton->setToolTip(tr("Close the chosen clients with any code"));
    m_repeatInterval = new QSpinBox(this);
    m_repeatInterval->setRange(1, 3600 * 1000);
    m_repeatInterval->setValue(1000);
    m_repeatInterval->setSuffix(tr(" ms"));
    m_repeatInterval->setAccessibleName(tr("Repeat every"));
    m_repeatCount = new QSpinBox(this);
    m_repeatCount->setRange(0, 1000000);
    m_repeatCount->setSpecialValueText(tr("until stopped"));
    m_repeatCount->setSuffix(tr(" times"));
    m_repeatCount->setAccessibleName(tr("Repeat how many times"));
    m_repeatButton = new QPushButton(tr("&Repeat"), this);
    m_repeatButton->setToolTip(tr("Send the composed message to the chosen clients every "
                                  "interval (skipped for a client whose buffer is full)"));
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Send to:"), this));
    row->addWidget(m_target);
    row->addStretch(1);
    row->addWidget(new QLabel(tr("every"), this));
    row->addWidget(m_repeatInterval);
    row->addWidget(m_repeatCount);
    row->addWidget(m_repeatButton);
    row->addWidget(m_pingButton);
    row->addWidget(m_closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_sendBox, 1);
    connect(m_sendBox, &SendBox::sendRequested, this, [this](const OutgoingMessage &message) {
        QString error;
        if (m_controller.sendTo(targets(), message, &error) == 0)
            m_sendBox->showError(error.isEmpty() ? tr("Select a connected client first.") : error);
    });
    connect(m_sendBox, &SendBox::rawFramesRequested, this, [this](const RawFrameRecipe &recipe) {
        QList<RawFrame> frames;
        QString error;
        if (!recipe.build(&m_controller.variables(), &frames, &error)
            || m_controller.sendRawFrames(targets(), frames, &error) == 0)
            m_sendBox->showError(error);
    });
    connect(m_repeatButton, &QPushButton::clicked, this, &ServeSendPanel::toggleRepeat);
    connect(&m_controller, &ServeController::repeatChanged, this, [this] {
        const bool on = m_controller.repeatingCount() > 0;
        m_repeatButton->setText(on ? tr("Stop &Repeat") : tr("&Repeat"));
        if (on || m_controller.repeatSentCount() > 0)
            emit status(tr("Repeat: %n message(s) sent", nullptr,
                           int(std::min<qint64>(m_controller.repeatSentCount(), INT_MAX)))
                            + (on ? tr(", to %n client(s).", nullptr, m_controller.repeatingCount())
                                  : tr(", stopped.")),
                        false);
    });
    connect(m_target, &QComboBox::currentIndexChanged, this, &ServeSendPanel::updateButtons);
    connect(m_pingButton, &QPushButton::clicked, this, &ServeSendPanel::pingTargets);
    connect(m_closeButton, &QPushButton::clicked, this, &ServeSendPanel::closeTargets);
}

QList<int> ServeSendPanel::targets() const
{
    // Empty means every open client to the controller; an empty selection sends nowhere.
    if (m_target->currentIndex() == AllClients)
        return {};
    const QList<int> ids = m_selectedClients();
    return ids.isEmpty() ? QList<int>{0} : ids;
}

void ServeSendPanel::toggleRepeat()
{
    if (m_controller.repeatingCount() > 0) {
        m_controller.stopRepeat();
        return;
    }
    QString error;
    if (m_controller.startRepeat(targets(), m_sendBox->message(), m_repeatInterval->value(),
                                 m_repeatCount->value(), &error)
        == 0)
        m_sendBox->showError(error.isEmpty() ? tr("Select a connected client first.") : error);
}

void ServeSendPanel::pingTargets()
{
    QList<int> ids = targets();
    if (ids.isEmpty())
        ids = m_controller.clientIds();
    int pinged = 0;
    for (int id : std::as_const(ids))
        pinged += m_controller.ping(id);
    emit status(tr("Pinged %n client(s).", nullptr, pinged), pinged == 0);
}

void ServeSendPanel::closeTargets()
{
    CloseDialog dialog(this);
    dialog.setTestingMode(false);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<int> ids = targets();
    if (ids.isEmpty())
        ids = m_controller.clientIds();
    for (int id : std::as_const(ids))
        m_controller.close(id, dialog.code(), dialog.reason());
}

void ServeSendPanel::updateButtons()
{
    bool anyOpen = false;
    const QList<int> ids =
        m_target->currentIndex() == AllClients ? m_controller.clientIds() : m_selectedClients();
    for (int id : ids) {
        const ServeClientInfo *info = m_controller.client(id);
        anyOpen |= info && info->state == ReadyState::Open;
    }
    m_sendBox->setOpen(anyOpen);
    m_pingButton->setEnabled(anyOpen);
    m_repeatButton->setEnabled(anyOpen || m_controller.repeatingCount() > 0);
    m_closeButton->setEnabled(anyOpen);
}
