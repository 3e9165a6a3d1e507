#include "compose/sendbox.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

#include "compose/messagehighlighter.h"
#include "compose/payloadeditor.h"
#include "compose/rawframepanel.h"
#include "compose/sendhistory.h"
#include "compose/variables.h"
#include "json/jsontext.h"
#include "log/scrollingpage.h"

#include "ui_sendbox.h"

namespace {
// Checking is linear; beyond this size the check waits for a pause in typing.
constexpr int CheckDelayMs = 250;
constexpr int ImmediateCheckChars = 65536;
// A held paste is previewed by its head: enough to recognise it, cheap to lay out.
constexpr int HeldPreviewChars = 4000;
} // namespace

SendBox::SendBox(QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::SendBox>())
    , m_highlighter(nullptr)
    , m_checkStatus(new QLabel(this))
    , m_pretty(new QToolButton(this))
    , m_minify(new QToolButton(this))
    , m_file(new QToolButton(this))
    , m_rawButton(new QToolButton(this))
    , m_raw(new RawFramePanel(this))
{
    ui->setupUi(this);
    ui->modeCombo->addItem(tr("Text"), int(Mode::Text));
    ui->modeCombo->addItem(tr("JSON"), int(Mode::Json));
    ui->modeCombo->addItem(tr("Binary (hex)"), int(Mode::Hex));
    ui->modeCombo->addItem(tr("Binary (base64)"), int(Mode::Base64));
    ui->modeCombo->addItem(tr("Binary (file)"), int(Mode::File));
    ui->modeCombo->setToolTip(tr("How the editor's content is sent"));
    ui->editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    ui->editor->setToolTip(tr("Ctrl+Enter sends. Up/Down on the first/last line walk the send "
                              "history. {{name}} inserts a variable; \\{{ is a literal {{."));
    ui->sendButton->setToolTip(tr("Send the message (Ctrl+Enter)"));
    ui->heldBar->hide();
    ui->sendErrorLabel->hide();
    ui->sendErrorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));

    m_highlighter = new MessageHighlighter(ui->editor->document());
    m_checkStatus->setObjectName(QStringLiteral("jsonStatusLabel"));
    m_checkStatus->setAccessibleName(tr("Message check"));
    m_checkStatus->setMinimumWidth(m_checkStatus->fontMetrics().averageCharWidth() * 12);
    m_pretty->setObjectName(QStringLiteral("prettyButton"));
    m_pretty->setText(tr("Pretty"));
    m_pretty->setToolTip(tr("Lay the JSON out with one member per line"));
    m_minify->setObjectName(QStringLiteral("minifyButton"));
    m_minify->setText(tr("Minify"));
    m_minify->setToolTip(tr("Remove all whitespace between JSON tokens"));
    m_file->setObjectName(QStringLiteral("fileButton"));
    m_file->setText(tr("Choose File…"));
    m_file->setToolTip(tr("Send the bytes of a file as one binary message"));
    ui->topRow->insertWidget(2, m_checkStatus);
    ui->topRow->insertWidget(3, m_pretty);
    ui->topRow->insertWidget(4, m_minify);
    ui->topRow->insertWidget(5, m_file);
    m_rawButton->setObjectName(QStringLiteral("rawFrameButton"));
    m_rawButton->setText(tr("Raw Frame"));
    m_rawButton->setCheckable(true);
    m_rawButton->setToolTip(tr("Testing servers: write this payload as frames you describe "
                               "(opcode, FIN and RSV bits, mask, length field, fragments)"));
    ui->topRow->insertWidget(2, m_rawButton);
    // The hint gives way to the Raw Frame button, rather than the window growing wider; its
    // text is in the tooltip too.
    QSizePolicy hintPolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    hintPolicy.setHorizontalStretch(1);
    ui->hintLabel->setSizePolicy(hintPolicy);
    ui->hintLabel->installEventFilter(this);
    m_raw->setObjectName(QStringLiteral("rawFramePanel"));
    // Its rows scroll when the composer is short rather than adding their height to the
    // window's minimum; the editor below keeps the room they do not need.
    m_rawScroll = scrollingPage(m_raw, this);
    m_rawScroll->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_rawScroll->hide();
    ui->layout->insertWidget(1, m_rawScroll);

    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(CheckDelayMs);
    connect(&m_checkTimer, &QTimer::timeout, this, &SendBox::checkBody);
    connect(ui->sendButton, &QPushButton::clicked, this, &SendBox::submit);
    connect(ui->editor, &PayloadEditor::submitRequested, this, &SendBox::submit);
    connect(ui->editor, &PayloadEditor::historyRequested, this, &SendBox::browseHistory);
    connect(ui->editor, &PayloadEditor::heldTextChanged, this, &SendBox::onHeldTextChanged);
    connect(ui->discardHeldButton, &QPushButton::clicked, ui->editor,
            &PayloadEditor::discardHeldText);
    connect(ui->modeCombo, &QComboBox::currentIndexChanged, this, &SendBox::updateState);
    // An error of the previous mode ("not valid hex") says nothing about the new one.
    connect(ui->modeCombo, &QComboBox::currentIndexChanged, this, [this] { showError({}); });
    connect(m_pretty, &QToolButton::clicked, this, [this] { reformatJson(true); });
    connect(m_minify, &QToolButton::clicked, this, [this] { reformatJson(false); });
    connect(m_file, &QToolButton::clicked, this, &SendBox::chooseFile);
    connect(m_rawButton, &QToolButton::toggled, this, [this](bool on) {
        m_rawScroll->setVisible(on);
        showError({});
        updateState();
        emit messageChanged();
    });
    connect(m_raw, &RawFramePanel::changed, this, [this] {
        showError({});
        m_raw->showPreview(message());
        emit messageChanged();
    });
    connect(ui->editor, &QPlainTextEdit::textChanged, this, &SendBox::messageChanged);
    connect(ui->editor, &PayloadEditor::heldTextChanged, this, &SendBox::messageChanged);
    connect(ui->modeCombo, &QComboBox::currentIndexChanged, this, &SendBox::messageChanged);
    connect(ui->editor, &QPlainTextEdit::textChanged, this, [this] {
        ui->sendErrorLabel->hide();
        m_checkTimer.start(
            ui->editor->document()->characterCount() > ImmediateCheckChars ? CheckDelayMs : 0);
    });
    updateState();
}

SendBox::~SendBox() = default;

PayloadEditor *SendBox::editor() const
{
    return ui->editor;
}

void SendBox::setOpen(bool open)
{
    m_open = open;
    if (open && errorText() == notConnectedText())
        showError({});
    updateState();
}

SendBox::Mode SendBox::mode() const
{
    return Mode(ui->modeCombo->currentData().toInt());
}

void SendBox::setMode(Mode mode)
{
    ui->modeCombo->setCurrentIndex(ui->modeCombo->findData(int(mode)));
}

void SendBox::updateState()
{
    const Mode m = mode();
    ui->sendButton->setEnabled(m_open);
    const bool json = m == Mode::Json;
    m_checkStatus->setVisible(json || m == Mode::Hex || m == Mode::Base64);
    m_pretty->setVisible(json);
    m_minify->setVisible(json);
    m_file->setVisible(m == Mode::File);
    ui->editor->setReadOnly(m == Mode::File || ui->editor->hasHeldText());
    // Variables are expanded in text and JSON; hex and base64 are digits only.
    const bool expands = m == Mode::Text || json;
    QTextDocument *wanted =
        expands && !ui->editor->hasHeldText() ? ui->editor->document() : nullptr;
    if (m_highlighter->document() != wanted)
        m_highlighter->setDocument(wanted);
    m_highlighter->setJson(json);
    checkBody();

    QString hint;
    switch (m) {
    case Mode::Text:
        hint = tr("UTF-8 text · Ctrl+Enter sends");
        break;
    case Mode::Json:
        hint = tr("JSON · checked as you type");
        break;
    case Mode::Hex:
        hint = tr("Hex bytes, e.g. 01 02 ff · Ctrl+Enter sends");
        break;
    case Mode::Base64:
        hint = tr("Base64, e.g. SGVsbG8= · Ctrl+Enter sends");
        break;
    case Mode::File:
        hint = m_filePath.isEmpty()
                   ? tr("Choose a file to send as one binary message")
                   : tr("%1 · %2").arg(QFileInfo(m_filePath).fileName(),
                                       QLocale().formattedDataSize(QFileInfo(m_filePath).size()));
        if (!m_filePath.isEmpty() && QFileInfo(m_filePath).size() > OutgoingMessage::LargeFileBytes)
            hint += tr(" · large: the whole file is read into memory and sent as one message");
        break;
    }
    if (isRawFrame())
        hint = tr("Raw frames, for testing · Ctrl+Enter writes them");
    m_hint = m_open ? hint : tr("Connect to send messages.");
    ui->hintLabel->setToolTip(m_hint);
    elideHint();
    ui->editor->setPlaceholderText(m == Mode::Hex      ? tr("48 65 6c 6c 6f")
                                   : m == Mode::Base64 ? tr("SGVsbG8=")
                                   : m == Mode::Json   ? tr("{\"type\": \"subscribe\"}")
                                   : m == Mode::File   ? tr("(the file's bytes are sent)")
                                                       : tr("Type a message…"));
}

void SendBox::checkBody()
{
    const OutgoingMessage m = message();
    if (isRawFrame())
        m_raw->showPreview(m);
    if (m.mode == Mode::Text || m.mode == Mode::File || m.body.trimmed().isEmpty()) {
        m_checkStatus->clear();
        return;
    }
    QString problem;
    const bool ok = m.checkBody(&problem);
    QString text = problem;
    if (ok && m.mode == Mode::Json) {
        text = tr("✓ valid JSON");
    } else if (ok) {
        OutgoingMessage::Payload payload;
        m.build(nullptr, &payload, &problem);
        text = tr("✓ %n byte(s)", nullptr, int(std::min<qsizetype>(payload.bytes.size(), INT_MAX)));
    }
    // A long reason must not widen the window: the label elides, the tooltip has it all.
    m_checkStatus->setToolTip(text);
    const QFontMetrics fm = m_checkStatus->fontMetrics();
    m_checkStatus->setText(fm.elidedText(text, Qt::ElideRight, fm.averageCharWidth() * 56));
    m_checkStatus->setStyleSheet(ok ? QStringLiteral("color: #2e7d32;")
                                    : QStringLiteral("color: #c62828;"));
}

QString SendBox::checkText() const
{
    return m_checkStatus->isHidden() ? QString() : m_checkStatus->text();
}

void SendBox::setVariables(const Variables *variables)
{
    if (variables)
        m_highlighter->setKnownName(
            [variables](const QString &name) { return variables->isKnown(name); });
    else
        m_highlighter->setKnownName({});
}

void SendBox::refreshVariables()
{
    m_highlighter->rehighlight();
}

bool SendBox::reformatJson(bool pretty)
{
    QString out;
    JsonText::Problem problem;
    if (!JsonText::format(ui->editor->payloadText(), pretty ? 2 : -1, &out, &problem,
                          JsonText::Placeholders::AsValues)) {
        showError(tr("Not valid JSON — %1").arg(problem.describe()));
        return false;
    }
    ui->editor->discardHeldText();
    ui->editor->setPlainText(out);
    return true;
}

void SendBox::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Send File"), m_filePath);
    if (!path.isEmpty())
        setFilePath(path);
}

void SendBox::setFilePath(const QString &path)
{
    m_filePath = path;
    updateState();
    emit messageChanged();
}

void SendBox::browseHistory(int step)
{
    if (!m_history)
        return;
    OutgoingMessage recalled;
    const bool moved =
        step < 0 ? m_history->older(message(), &recalled) : m_history->newer(&recalled);
    if (!moved)
        return;
    load(recalled);
    QTextCursor cursor = ui->editor->textCursor();
    cursor.movePosition(step < 0 ? QTextCursor::Start : QTextCursor::End);
    ui->editor->setTextCursor(cursor);
}

void SendBox::onHeldTextChanged(qsizetype bytes)
{
    ui->heldBar->setVisible(bytes > 0);
    if (bytes > 0) {
        ui->heldLabel->setText(
            tr("A %1 paste is ready to send. It is held outside the editor, which would be "
               "slow to show it; the editor shows its beginning, read-only.")
                .arg(QLocale().formattedDataSize(bytes)));
        // The editor must not go on showing what it held before the paste: that is not what
        // Send sends.
        const QString held = ui->editor->heldText();
        ui->editor->showPreview(held.left(HeldPreviewChars)
                                + tr("\n\n… %1 more characters, held outside the editor")
                                      .arg(QLocale().toString(held.size() - HeldPreviewChars)));
    }
    updateState();
}

void SendBox::setEditorFont(const QFont &font)
{
    ui->editor->setFont(font);
}

void SendBox::showError(const QString &message)
{
    ui->sendErrorLabel->setText(message);
    ui->sendErrorLabel->setVisible(!message.isEmpty());
}

QString SendBox::errorText() const
{
    return ui->sendErrorLabel->isHidden() ? QString() : ui->sendErrorLabel->text();
}

QString SendBox::currentText() const
{
    return ui->editor->payloadText();
}

void SendBox::setMessage(const OutgoingMessage &message)
{
    load(message);
    if (m_history)
        m_history->resetBrowsing();
}

void SendBox::load(const OutgoingMessage &message)
{
    setMode(message.mode);
    if (message.mode == Mode::File) {
        setFilePath(message.body);
        return;
    }
    ui->editor->discardHeldText();
    ui->editor->setPlainText(message.body);
}

OutgoingMessage SendBox::message() const
{
    const Mode m = mode();
    return {m, m == Mode::File ? m_filePath : ui->editor->payloadText()};
}

QString SendBox::notConnectedText()
{
    return tr("Not connected: connect before sending.");
}

bool SendBox::submit()
{
    if (!m_open) {
        showError(notConnectedText());
        return false;
    }
    showError(QString());
    if (isRawFrame()) {
        RawFrameRecipe recipe;
        QString problem;
        if (!m_raw->recipe(message(), &recipe, &problem)) {
            showError(problem);
            return false;
        }
        emit rawFramesRequested(recipe);
    } else {
        emit sendRequested(message());
    }
    return errorText().isEmpty();
}

bool SendBox::isRawFrame() const
{
    return m_rawButton->isChecked();
}

void SendBox::setRawFrame(bool on)
{
    m_rawButton->setChecked(on);
}

QVariantMap SendBox::state() const
{
    QVariantMap map;
    map.insert(QStringLiteral("mode"), int(mode()));
    // A held multi-megabyte paste is not worth keeping across restarts.
    map.insert(QStringLiteral("text"),
               ui->editor->hasHeldText() ? QString() : ui->editor->toPlainText());
    map.insert(QStringLiteral("file"), m_filePath);
    map.insert(QStringLiteral("rawFrame"), isRawFrame());
    RawFrameRecipe raw;
    QString ignored;
    if (m_raw->recipe({}, &raw, &ignored))
        map.insert(QStringLiteral("rawFrameSettings"), raw.toMap());
    return map;
}

void SendBox::setState(const QVariantMap &state)
{
    m_filePath = state.value(QStringLiteral("file")).toString();
    setMessage({Mode(state.value(QStringLiteral("mode"), int(Mode::Text)).toInt()),
                state.value(QStringLiteral("text")).toString()});
    m_raw->setRecipe(
        RawFrameRecipe::fromMap(state.value(QStringLiteral("rawFrameSettings")).toMap()));
    setRawFrame(state.value(QStringLiteral("rawFrame")).toBool());
    updateState();
}

bool SendBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == ui->hintLabel && event->type() == QEvent::Resize)
        elideHint();
    return QWidget::eventFilter(watched, event);
}

void SendBox::elideHint()
{
    // Cut where a word was cut mid-way told nothing; "…" says there is more (in the tooltip).
    ui->hintLabel->setText(
        ui->hintLabel->fontMetrics().elidedText(m_hint, Qt::ElideRight, ui->hintLabel->width()));
}
