#include "log/decodedview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "decode/cborjson.h"
#include "decode/decodepipeline.h"
#include "json/jsontreemodel.h"

DecodedView::DecodedView(QWidget *parent)
    : QWidget(parent)
    , m_spec(new QComboBox(this))
    , m_proto(new QToolButton(this))
    , m_encode(new QCheckBox(this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_tree(new QTreeView(this))
    , m_model(new JsonTreeModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 0);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Decoder:"), this);
    label->setBuddy(m_spec);
    row->addWidget(label);
    m_spec->setObjectName(QStringLiteral("decodeSpec"));
    m_spec->setEditable(true);
    m_spec->setInsertPolicy(QComboBox::NoInsert);
    m_spec->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_spec->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_spec->setMinimumContentsLength(8);
    // Common pipelines; anything else is typed (docs/decoding.md has the syntax).
    m_spec->addItems({QString(), QStringLiteral("auto"), QStringLiteral("json"),
                      QStringLiteral("msgpack"), QStringLiteral("cbor"), QStringLiteral("protobuf"),
                      QStringLiteral("base64,json"), QStringLiteral("base64,msgpack"),
                      QStringLiteral("base64,zlib,msgpack"), QStringLiteral("gzip,json"),
                      QStringLiteral("zlib,json"), QStringLiteral("hex,cbor")});
    m_spec->lineEdit()->setPlaceholderText(tr("none — for example base64,zlib,msgpack or auto"));
    m_spec->setToolTip(
        tr("Steps in order, separated by commas: base64, hex, gzip, zlib, deflate, inflate, "
           "then json, msgpack, cbor, protobuf or protobuf:FILE.proto:package.Type; auto "
           "guesses. Press Enter to apply."));
    m_spec->setAccessibleName(tr("Decoder pipeline"));
    row->addWidget(m_spec, 1);
    m_proto->setObjectName(QStringLiteral("chooseProto"));
    m_proto->setText(tr("Proto File…"));
    m_proto->setToolTip(tr("Decode with the message types of a .proto file"));
    row->addWidget(m_proto);
    layout->addLayout(row);
    m_encode->setObjectName(QStringLiteral("encodeOutgoing"));
    m_encode->setText(tr("&Send composer JSON encoded this way"));
    m_encode->setToolTip(tr("JSON messages from the composer go out through this pipeline run "
                            "backwards: MessagePack, CBOR or the protobuf type of the out= or "
                            "first rule, then wrapped as the steps before it say"));
    layout->addWidget(m_encode);
    connect(m_encode, &QCheckBox::toggled, this, &DecodedView::encodeToggled);
    m_status->setObjectName(QStringLiteral("decodeStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_text->setObjectName(QStringLiteral("decodedText"));
    m_text->setReadOnly(true);
    m_text->setFont(fixed);
    m_text->setAccessibleName(tr("Decoded payload as text"));
    m_tree->setObjectName(QStringLiteral("decodedTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setAccessibleName(tr("Decoded payload as a tree"));
    m_tabs->setObjectName(QStringLiteral("decodedTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabPosition(QTabWidget::South);
    m_tabs->addTab(m_text, tr("Text"));
    m_tabs->addTab(m_tree, tr("Tree"));
    layout->addWidget(m_tabs, 1);

    connect(m_spec->lineEdit(), &QLineEdit::returnPressed, this,
            [this] { emit specRequested(m_spec->currentText().trimmed()); });
    connect(m_spec, &QComboBox::activated, this,
            [this] { emit specRequested(m_spec->currentText().trimmed()); });
    connect(m_proto, &QToolButton::clicked, this, &DecodedView::chooseProto);
    clear();
}

DecodedView::~DecodedView() = default;

void DecodedView::setSpec(const QString &spec)
{
    m_spec->setCurrentText(spec);
}

QString DecodedView::spec() const
{
    return m_spec->currentText();
}

void DecodedView::setEncodeChecked(bool on)
{
    const QSignalBlocker block(m_encode);
    m_encode->setChecked(on);
}

void DecodedView::showSpecError(const QString &error)
{
    m_status->setText(error);
    m_status->setStyleSheet(QStringLiteral("color: palette(link-visited)"));
}

void DecodedView::clear()
{
    m_text->clear();
    m_model->clear();
    m_status->setStyleSheet({});
    m_status->setText(tr("Choose a decoder to see binary messages as values."));
}

void DecodedView::showDecoded(const std::shared_ptr<const DecodedMessage> &decoded, bool active)
{
    m_status->setStyleSheet({});
    if (!active) {
        clear();
        return;
    }
    if (!decoded) {
        m_text->clear();
        m_model->clear();
        m_status->setText(tr("Only messages are decoded."));
        return;
    }
    const QString steps = decoded->steps.isEmpty() ? tr("(nothing to decode)")
                                                   : decoded->steps.join(QStringLiteral(" → "));
    if (!decoded->ok) {
        m_text->setPlainText(decoded->error);
        m_model->clear();
        m_status->setText(tr("Not decoded: %1. The Hex page has the raw bytes.").arg(steps));
        return;
    }
    m_status->setText(decoded->note.isEmpty() ? steps : tr("%1 · %2").arg(steps, decoded->note));
    m_text->setPlainText(decoded->text);
    if (m_model->setPayload(CborJson::text(decoded->value, false).toUtf8()))
        m_tree->expandToDepth(1);
}

void DecodedView::chooseProto()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a .proto File"), {},
                                                      tr("Protocol Buffers (*.proto)"));
    if (file.isEmpty())
        return;
    // The message type still has to be named: the box is left for it, cursor at the end.
    m_spec->setCurrentText(QStringLiteral("protobuf:%1:").arg(file));
    m_spec->setFocus();
    m_status->setText(tr("Type the message type after the last colon (package.Message), or "
                         "rules such as in=pkg.Reply;out=pkg.Request, and press Enter."));
}
