#include "protocols/layerpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "protocols/protocolregistry.h"
#include "workbench/layerdriver.h"

LayerPanel::LayerPanel(LayerDriver &driver, QWidget *parent)
    : QWidget(parent)
    , m_driver(driver)
    , m_choice(new QComboBox(this))
    , m_autoReplies(new QCheckBox(tr("Answer heartbeats"), this))
    , m_inUse(new QLabel(this))
    , m_action(new QComboBox(this))
    , m_form(new QWidget(this))
    , m_formLayout(new QFormLayout(m_form))
    , m_send(new QPushButton(tr("Send"), this))
    , m_error(new QLabel(this))
{
    m_choice->setObjectName(QStringLiteral("layerChoice"));
    m_choice->setAccessibleName(tr("Protocol layer"));
    m_choice->setToolTip(tr("Read this tab's messages as the packets of a protocol; Auto picks "
                            "one from the subprotocol or the URL at every connect"));
    m_choice->addItem(tr("None"), QString());
    m_choice->addItem(tr("Auto"), QStringLiteral("auto"));
    for (const QString &name : ProtocolRegistry::names())
        m_choice->addItem(ProtocolRegistry::create(name)->title(), name);
    m_choice->setCurrentIndex(qMax(0, m_choice->findData(driver.choice())));
    m_autoReplies->setObjectName(QStringLiteral("layerAutoReplies"));
    m_autoReplies->setToolTip(tr("Answer pings and send keep-alives as the protocol's client "
                                 "library would (Engine.IO pong, STOMP heart-beats, MQTT "
                                 "PUBACK and PINGREQ)"));
    m_autoReplies->setChecked(driver.autoReplies());
    m_action->setObjectName(QStringLiteral("layerAction"));
    m_action->setAccessibleName(tr("Layer action"));
    m_send->setObjectName(QStringLiteral("layerSend"));
    // The layers' titles are long: the combos and the label give way rather than raise the
    // window's minimum width.
    for (QComboBox *combo : {m_choice, m_action}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    m_inUse->setMinimumWidth(1);
    m_error->setObjectName(QStringLiteral("layerError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Protocol:"), this));
    top->addWidget(m_choice);
    top->addWidget(m_autoReplies);
    top->addWidget(m_inUse, 1);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(new QLabel(tr("Action:"), this));
    actionRow->addWidget(m_action, 1);
    actionRow->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(actionRow);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_error);

    connect(m_choice, &QComboBox::currentIndexChanged, this,
            [this] { m_driver.setChoice(m_choice->currentData().toString()); });
    connect(m_autoReplies, &QCheckBox::toggled, &m_driver, &LayerDriver::setAutoReplies);
    connect(m_action, &QComboBox::currentIndexChanged, this, &LayerPanel::buildForm);
    connect(m_send, &QPushButton::clicked, this, &LayerPanel::send);
    connect(&m_driver, &LayerDriver::layerChanged, this, &LayerPanel::onLayerChanged);
    onLayerChanged();
}

void LayerPanel::onLayerChanged()
{
    const int index = m_choice->findData(m_driver.choice());
    if (index >= 0 && index != m_choice->currentIndex()) {
        const QSignalBlocker block(m_choice);
        m_choice->setCurrentIndex(index);
    }
    const auto layer = m_driver.layer();
    m_inUse->setText(
        layer ? tr("In use: %1").arg(layer->title())
              : (m_driver.choice().isEmpty() ? QString() : tr("Decided when the tab connects")));
    const QString current = m_action->currentData().toString();
    m_actions = layer ? layer->actions() : QList<LayerAction>();
    {
        const QSignalBlocker block(m_action);
        m_action->clear();
        for (const LayerAction &a : std::as_const(m_actions))
            m_action->addItem(a.title, a.name);
        m_action->setCurrentIndex(qMax(0, m_action->findData(current)));
    }
    m_action->setEnabled(!m_actions.isEmpty());
    m_send->setEnabled(!m_actions.isEmpty());
    buildForm();
}

void LayerPanel::buildForm()
{
    while (m_formLayout->rowCount() > 0)
        m_formLayout->removeRow(0);
    m_inputs.clear();
    m_error->clear();
    const int index = m_action->currentIndex();
    if (index < 0 || index >= m_actions.size())
        return;
    for (const LayerField &f : m_actions.at(index).fields) {
        QWidget *input = nullptr;
        switch (f.kind) {
        case LayerField::Flag: {
            auto *box = new QCheckBox(m_form);
            box->setChecked(f.initial == QLatin1String("true"));
            input = box;
            break;
        }
        case LayerField::Json:
        case LayerField::Text: {
            auto *edit = new QPlainTextEdit(m_form);
            edit->setPlainText(f.initial);
            edit->setTabChangesFocus(true);
            edit->setMaximumHeight(fontMetrics().lineSpacing() * 5);
            input = edit;
            break;
        }
        case LayerField::Line:
        case LayerField::Number: {
            auto *line = new QLineEdit(f.initial, m_form);
            input = line;
            break;
        }
        }
        input->setObjectName(QStringLiteral("layerField_") + f.key);
        input->setAccessibleName(f.label);
        m_formLayout->addRow(f.label, input);
        m_inputs << input;
    }
}

QVariantMap LayerPanel::values() const
{
    QVariantMap map;
    const int index = m_action->currentIndex();
    if (index < 0 || index >= m_actions.size())
        return map;
    const QList<LayerField> &fields = m_actions.at(index).fields;
    for (int i = 0; i < fields.size() && i < m_inputs.size(); ++i) {
        const QWidget *w = m_inputs.at(i);
        QString text;
        if (const auto *box = qobject_cast<const QCheckBox *>(w))
            text = box->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
        else if (const auto *edit = qobject_cast<const QPlainTextEdit *>(w))
            text = edit->toPlainText();
        else if (const auto *line = qobject_cast<const QLineEdit *>(w))
            text = line->text();
        map.insert(fields.at(i).key, text);
    }
    return map;
}

bool LayerPanel::selectAction(const QString &name)
{
    const int index = m_action->findData(name);
    if (index < 0)
        return false;
    m_action->setCurrentIndex(index);
    return true;
}

bool LayerPanel::send()
{
    QString error;
    const int index = m_action->currentIndex();
    if (index < 0 || index >= m_actions.size()) {
        m_error->setText(tr("No protocol layer is in use on this connection."));
        return false;
    }
    if (!m_driver.send(m_actions.at(index).name, values(), &error)) {
        m_error->setText(error);
        return false;
    }
    m_error->clear();
    return true;
}

QString LayerPanel::errorText() const
{
    return m_error->text();
}
