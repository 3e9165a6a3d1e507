#include "compose/rawframepanel.h"

#include <QRegularExpressionValidator>

#include "protocol/frame/framecodec.h"
#include "snippet/shellquote.h"

#include "ui_rawframepanel.h"

namespace {
constexpr qsizetype MaxPreviewChars = 300;
} // namespace

RawFramePanel::RawFramePanel(QWidget *parent)
    : QFrame(parent)
    , ui(std::make_unique<Ui::RawFramePanel>())
{
    ui->setupUi(this);
    // The editor below gives way, not these settings.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    ui->warningLabel->setText(
        tr("⚠ Testing feature: the frames are written exactly as set, even where they break "
           "RFC 6455; the server may close the connection."));
    ui->warningLabel->setStyleSheet(QStringLiteral("color: #b45f06; font-weight: bold;"));
    for (int op = 0; op < 16; ++op) {
        const QString name = RawFrameRecipe::opcodeId(op);
        const bool reserved = name == QString::number(op);
        ui->opcodeCombo->addItem(reserved ? tr("0x%1 reserved").arg(op, 1, 16)
                                          : tr("0x%1 %2").arg(op, 1, 16).arg(name),
                                 op);
    }
    ui->opcodeCombo->setCurrentIndex(1);
    ui->opcodeCombo->setToolTip(tr("The frame's opcode; 3–7 and 11–15 are reserved"));
    ui->finCheck->setToolTip(tr("FIN: the last frame of the message (the last fragment when "
                                "split)"));
    ui->rsv1Check->setToolTip(tr("RSV1 (permessage-deflate's bit): set on the first frame; the "
                                 "payload is sent as it is, not compressed"));
    ui->rsv2Check->setToolTip(tr("RSV2: no extension defines it"));
    ui->rsv3Check->setToolTip(tr("RSV3: no extension defines it"));
    ui->maskCheck->setToolTip(tr("Clients must mask every frame; clear to send unmasked"));
    ui->keyEdit->setPlaceholderText(tr("random"));
    ui->keyEdit->setToolTip(tr("The masking key in hex, e.g. 0x11223344; empty: a new random "
                               "key for each frame"));
    ui->lengthCombo->addItem(tr("shortest"), int(RawFrame::LengthBits::Shortest));
    ui->lengthCombo->addItem(tr("7 bits"), int(RawFrame::LengthBits::Bits7));
    ui->lengthCombo->addItem(tr("16 bits"), int(RawFrame::LengthBits::Bits16));
    ui->lengthCombo->addItem(tr("64 bits"), int(RawFrame::LengthBits::Bits64));
    ui->lengthCombo->setToolTip(tr("How the payload length is written; a wider form than needed "
                                   "is non-minimal, which RFC 6455 forbids"));
    ui->lieCheck->setToolTip(tr("Write this length in the first frame's header instead of the "
                                "payload's true size"));
    ui->lieEdit->setPlaceholderText(tr("bytes"));
    ui->lieEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,20}")), this));
    ui->fragmentsEdit->setPlaceholderText(tr("e.g. 3+2"));
    ui->fragmentsEdit->setToolTip(tr("Split the message into frames of these sizes in bytes, "
                                     "joined by +; the rest goes in one more frame. Empty: one "
                                     "frame"));
    ui->betweenCombo->addItem(tr("nothing"), int(RawFrameRecipe::Between::None));
    ui->betweenCombo->addItem(tr("a ping"), int(RawFrameRecipe::Between::Ping));
    ui->betweenCombo->addItem(tr("a pong"), int(RawFrameRecipe::Between::Pong));
    ui->betweenCombo->setToolTip(tr("A control frame written between two fragments"));

    for (QCheckBox *box :
         {ui->finCheck, ui->rsv1Check, ui->rsv2Check, ui->rsv3Check, ui->maskCheck, ui->lieCheck})
        connect(box, &QCheckBox::toggled, this, &RawFramePanel::changed);
    for (QComboBox *combo : {ui->opcodeCombo, ui->lengthCombo, ui->betweenCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &RawFramePanel::changed);
    for (QLineEdit *edit : {ui->keyEdit, ui->lieEdit, ui->fragmentsEdit})
        connect(edit, &QLineEdit::textChanged, this, &RawFramePanel::changed);
    connect(this, &RawFramePanel::changed, this, &RawFramePanel::updateEnabled);
    updateEnabled();
}

RawFramePanel::~RawFramePanel() = default;

void RawFramePanel::updateEnabled()
{
    ui->keyEdit->setEnabled(ui->maskCheck->isChecked());
    ui->lieEdit->setEnabled(ui->lieCheck->isChecked());
    ui->betweenCombo->setEnabled(!ui->fragmentsEdit->text().trimmed().isEmpty());
}

QString RawFramePanel::settingsSpec() const
{
    QStringList items;
    items << QStringLiteral("opcode=%1").arg(ui->opcodeCombo->currentData().toInt());
    items << QStringLiteral("fin=%1").arg(ui->finCheck->isChecked() ? 1 : 0);
    items << QStringLiteral("rsv1=%1").arg(ui->rsv1Check->isChecked() ? 1 : 0);
    items << QStringLiteral("rsv2=%1").arg(ui->rsv2Check->isChecked() ? 1 : 0);
    items << QStringLiteral("rsv3=%1").arg(ui->rsv3Check->isChecked() ? 1 : 0);
    items << QStringLiteral("mask=%1").arg(ui->maskCheck->isChecked() ? 1 : 0);
    // Commas would start another item: they are left in, so the key's error names them.
    if (ui->maskCheck->isChecked() && !ui->keyEdit->text().trimmed().isEmpty())
        items << QStringLiteral("key=") + ui->keyEdit->text().trimmed();
    if (ui->lieCheck->isChecked())
        items << QStringLiteral("len=") + ui->lieEdit->text().trimmed();
    const auto bits = RawFrame::LengthBits(ui->lengthCombo->currentData().toInt());
    if (bits != RawFrame::LengthBits::Shortest)
        items << QStringLiteral("lenbits=%1")
                     .arg(bits == RawFrame::LengthBits::Bits7    ? 7
                          : bits == RawFrame::LengthBits::Bits16 ? 16
                                                                 : 64);
    const QString split = ui->fragmentsEdit->text().trimmed();
    if (!split.isEmpty()) {
        items << QStringLiteral("split=") + split;
        const auto between = RawFrameRecipe::Between(ui->betweenCombo->currentData().toInt());
        if (between != RawFrameRecipe::Between::None)
            items << (between == RawFrameRecipe::Between::Ping ? QStringLiteral("between=ping")
                                                               : QStringLiteral("between=pong"));
    }
    return items.join(QLatin1Char(','));
}

bool RawFramePanel::recipe(const OutgoingMessage &payload, RawFrameRecipe *out,
                           QString *problem) const
{
    QString error;
    if (!RawFrameRecipe::parseSpec(settingsSpec(), out, &error, false)) {
        *problem = tr("Raw frame: %1").arg(error);
        return false;
    }
    out->payload = payload;
    return true;
}

void RawFramePanel::setRecipe(const RawFrameRecipe &recipe)
{
    ui->opcodeCombo->setCurrentIndex(ui->opcodeCombo->findData(recipe.opcode));
    ui->finCheck->setChecked(recipe.fin);
    ui->rsv1Check->setChecked(recipe.rsv1);
    ui->rsv2Check->setChecked(recipe.rsv2);
    ui->rsv3Check->setChecked(recipe.rsv3);
    ui->maskCheck->setChecked(recipe.masked);
    ui->keyEdit->setText(recipe.maskKey
                             ? QStringLiteral("0x%1").arg(*recipe.maskKey, 8, 16, QLatin1Char('0'))
                             : QString());
    ui->lieCheck->setChecked(recipe.declaredLength.has_value());
    ui->lieEdit->setText(recipe.declaredLength ? QString::number(*recipe.declaredLength)
                                               : QString());
    ui->lengthCombo->setCurrentIndex(ui->lengthCombo->findData(int(recipe.lengthBits)));
    QStringList sizes;
    for (qint64 n : recipe.fragments)
        sizes << QString::number(n);
    ui->fragmentsEdit->setText(sizes.join(QLatin1Char('+')));
    ui->betweenCombo->setCurrentIndex(ui->betweenCombo->findData(int(recipe.between)));
    updateEnabled();
}

void RawFramePanel::showPreview(const OutgoingMessage &payload)
{
    RawFrameRecipe r;
    QString problem;
    QString text;
    bool ok = recipe(payload, &r, &problem);
    if (ok && payload.mode != OutgoingMessage::Mode::File) {
        // Without the tab's variables: {{name}} counts as typed, the size is a preview.
        QList<RawFrame> frames;
        ok = r.build(nullptr, &frames, &problem);
        if (ok) {
            qint64 wire = 0;
            QStringList names;
            for (RawFrame f : frames) {
                f.chooseMaskKey();
                wire += f.encode().size();
                names << FrameCodec::opcodeName(f.opcode);
            }
            text = tr("Frames to write (%1 bytes): %2")
                       .arg(wire)
                       .arg(names.join(QStringLiteral(" · ")));
        }
    }
    if (ok) {
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        // A long payload would make the line as long: the command is shown up to a point.
        QString command = ShellQuote::posix(r.toSpec());
        if (command.size() > MaxPreviewChars)
            command = command.left(MaxPreviewChars) + QStringLiteral(" …");
        text += tr("In wsprobe-cli: --send-frame %1").arg(command);
    }
    ui->specLabel->setText(ok ? text : problem);
    ui->specLabel->setStyleSheet(ok ? QString() : QStringLiteral("color: #c62828;"));
}

QString RawFramePanel::previewText() const
{
    return ui->specLabel->text();
}

QString RawFramePanel::warningText() const
{
    return ui->warningLabel->text();
}
