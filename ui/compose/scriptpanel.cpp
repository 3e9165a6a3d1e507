#include "compose/scriptpanel.h"

#include <climits>

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QSyntaxHighlighter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "compose/scripteditor.h"
#include "script/scriptruntime.h"

namespace {

const QString ExamplesDir = QStringLiteral(":/script/examples");

/// Keywords, the script API's names, strings, numbers and comments; one line at a time
/// except for block comments.
class ScriptHighlighter : public QSyntaxHighlighter
{
public:
    explicit ScriptHighlighter(QTextDocument *document)
        : QSyntaxHighlighter(document)
    {
        m_keyword.setForeground(QColor(0x00, 0x57, 0xae));
        m_keyword.setFontWeight(QFont::Bold);
        m_api.setForeground(QColor(0x8a, 0x3f, 0xb8));
        m_string.setForeground(QColor(0x2e, 0x7d, 0x32));
        m_comment.setForeground(QColor(0x75, 0x75, 0x75));
        m_comment.setFontItalic(true);
        m_number.setForeground(QColor(0xb3, 0x5c, 0x00));
    }

protected:
    void highlightBlock(const QString &text) override
    {
        static const QRegularExpression keywords(QStringLiteral(
            "\\b(async|await|break|case|catch|const|continue|default|delete|do|else|false|"
            "finally|for|function|if|in|instanceof|let|new|null|of|return|switch|this|throw|"
            "true|try|typeof|undefined|var|void|while)\\b"));
        static const QRegularExpression api(
            QStringLiteral("\\b(ws|on|vars|log|expect|expectMessage|expectNoMessage|expectClose|"
                           "expectReplayMatches|json|sleep|setTimeout|clearTimeout|http|assert|"
                           "beforeConnect|onMessage|beforeSend)\\b"));
        static const QRegularExpression number(QStringLiteral("\\b\\d+(\\.\\d+)?\\b"));
        static const QRegularExpression string(
            QStringLiteral("'([^'\\\\]|\\\\.)*'|\"([^\"\\\\]|\\\\.)*\"|`([^`\\\\]|\\\\.)*`"));
        const auto apply = [&](const QRegularExpression &re, const QTextCharFormat &format) {
            for (auto it = re.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                setFormat(int(m.capturedStart()), int(m.capturedLength()), format);
            }
        };
        apply(number, m_number);
        apply(keywords, m_keyword);
        apply(api, m_api);
        apply(string, m_string);
        // Comments last, so that a quote inside one is not a string.
        setCurrentBlockState(0);
        int start = previousBlockState() == 1 ? 0 : -1;
        for (int i = 0; i < text.size(); ++i) {
            if (start >= 0) {
                if (text.mid(i, 2) == QLatin1String("*/")) {
                    setFormat(start, i + 2 - start, m_comment);
                    start = -1;
                    ++i;
                }
            } else if (text.mid(i, 2) == QLatin1String("/*")) {
                start = i;
            } else if (text.mid(i, 2) == QLatin1String("//")) {
                setFormat(i, int(text.size()) - i, m_comment);
                return;
            }
        }
        if (start >= 0) {
            setFormat(start, int(text.size()) - start, m_comment);
            setCurrentBlockState(1);
        }
    }

private:
    QTextCharFormat m_keyword, m_api, m_string, m_comment, m_number;
};

enum Column { ResultColumn, NameColumn, ExpectedColumn, GotColumn, LineColumn };

} // namespace

ScriptPanel::ScriptPanel(ConnectionWorkbench &workbench, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_runtime(new ScriptRuntime(workbench, clock, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    m_run = new QPushButton(tr("Run"), this);
    m_run->setObjectName(QStringLiteral("scriptRunButton"));
    // Not Ctrl+Return: that sends the composer's message, and two owners of one key fire neither.
    m_run->setToolTip(tr("Run the script on this tab's connection (Ctrl+Shift+Return)"));
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    m_stop = new QPushButton(tr("Stop"), this);
    m_stop->setObjectName(QStringLiteral("scriptStopButton"));
    m_examples = new QToolButton(this);
    m_examples->setText(tr("Examples"));
    m_examples->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_examples);
    for (const QString &name : exampleNames()) {
        menu->addAction(name, this, [this, name] { setScript(example(name)); });
    }
    m_examples->setMenu(menu);
    // The one folder scripts may read files from (expectReplayMatches): none until the user
    // picks one, kept for every tab (docs/scripting.md, "Safety").
    m_allowDir = new QToolButton(this);
    m_allowDir->setObjectName(QStringLiteral("scriptAllowedFolder"));
    m_allowDir->setText(tr("Allowed folder…"));
    connect(m_allowDir, &QToolButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Folder scripts may read files from"), allowedDir());
        if (!dir.isEmpty())
            setAllowedDir(dir);
    });
    setAllowedDir(QSettings().value(QStringLiteral("script/allowedDir")).toString(), false);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("scriptSummary"));
    // One line cut to the room beside the buttons, the whole text in its tooltip: a long
    // error (the timeout's) as one line made it the window's minimum width.
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_summary->installEventFilter(this);
    buttons->addWidget(m_run);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_examples);
    buttons->addWidget(m_allowDir);
    buttons->addWidget(m_summary, 1);
    layout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    m_editor = new ScriptEditor(splitter);
    m_editor->setObjectName(QStringLiteral("scriptEditor"));
    m_editor->setAccessibleName(tr("Script"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlaceholderText(tr("ws.send('hello');\n"
                                    "await expectMessage('hello', {within: 1000});\n"
                                    "// docs/scripting.md, or pick one of the Examples;\n"
                                    "// Ctrl+Space lists the API's names"));
    m_editor->setTabStopDistance(4 * m_editor->fontMetrics().horizontalAdvance(QLatin1Char(' ')));
    new ScriptHighlighter(m_editor->document());
    m_results = new QTreeWidget(splitter);
    m_results->setObjectName(QStringLiteral("scriptResults"));
    m_results->setRootIsDecorated(false);
    m_results->setHeaderLabels(
        {tr("Result"), tr("Assertion"), tr("Expected"), tr("Got"), tr("Line")});
    m_results->header()->setStretchLastSection(false);
    m_results->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    // Short columns sized from the font (not ResizeToContents, which measures every row at
    // every insert), so the table has no scroll bar before it has rows.
    const QFontMetrics fm = m_results->fontMetrics();
    m_results->header()->resizeSection(
        ResultColumn,
        std::max(fm.horizontalAdvance(tr("Result")), fm.horizontalAdvance(QStringLiteral("FAIL")))
            + fm.horizontalAdvance(QStringLiteral("MM")));
    m_results->header()->resizeSection(LineColumn,
                                       fm.horizontalAdvance(tr("Line"))
                                           + fm.horizontalAdvance(QStringLiteral("9999")));
    splitter->addWidget(m_editor);
    splitter->addWidget(m_results);
    layout->addWidget(splitter, 1);

    connect(m_run, &QPushButton::clicked, this, &ScriptPanel::run);
    connect(m_stop, &QPushButton::clicked, this, &ScriptPanel::stop);
    connect(m_runtime, &ScriptRuntime::checked, this, &ScriptPanel::onChecked);
    connect(m_runtime, &ScriptRuntime::logged, this, &ScriptPanel::onLogged);
    connect(m_runtime, &ScriptRuntime::finished, this, &ScriptPanel::onFinished);
    updateButtons();
}

ScriptPanel::~ScriptPanel() = default;

QString ScriptPanel::script() const
{
    return m_editor->toPlainText();
}

void ScriptPanel::setScript(const QString &text)
{
    m_editor->setPlainText(text);
}

QString ScriptPanel::summaryText() const
{
    return m_summaryText;
}

void ScriptPanel::setSummary(const QString &text)
{
    m_summaryText = text;
    elideSummary();
}

void ScriptPanel::elideSummary()
{
    const QString shown =
        m_summary->fontMetrics().elidedText(m_summaryText, Qt::ElideRight, m_summary->width());
    m_summary->setText(shown);
    m_summary->setToolTip(shown == m_summaryText ? QString() : m_summaryText);
}

bool ScriptPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_summary && event->type() == QEvent::Resize)
        elideSummary();
    return QWidget::eventFilter(watched, event);
}

QStringList ScriptPanel::exampleNames()
{
    return QDir(ExamplesDir).entryList({QStringLiteral("*.js")}, QDir::Files, QDir::Name);
}

QString ScriptPanel::example(const QString &name)
{
    QFile file(ExamplesDir + QLatin1Char('/') + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString ScriptPanel::allowedDir() const
{
    return m_runtime->allowedDir();
}

void ScriptPanel::setAllowedDir(const QString &dir, bool remember)
{
    m_runtime->setAllowedDir(dir);
    // Relative paths in the script are relative to it too.
    m_runtime->setBaseDir(dir);
    m_allowDir->setToolTip(dir.isEmpty()
                               ? tr("Scripts may read no file; choose a folder they may read "
                                    "from (expectReplayMatches)")
                               : tr("Scripts may read files only inside %1").arg(dir));
    if (remember)
        QSettings().setValue(QStringLiteral("script/allowedDir"), dir);
}

void ScriptPanel::run()
{
    if (m_runtime->isRunning())
        return;
    m_results->clear();
    m_failureRows = 0;
    m_droppedRows = 0;
    setSummary(tr("Running…"));
    m_runtime->start(script(), QStringLiteral("script.js"));
    updateButtons();
}

void ScriptPanel::stop()
{
    m_runtime->stop();
}

QTreeWidgetItem *ScriptPanel::addRow(bool failure)
{
    if (failure && m_failureRows >= MaxRows / 2) {
        ++m_droppedRows;
        return nullptr;
    }
    if (m_results->topLevelItemCount() >= MaxRows) {
        // A quarter of the oldest rows that are not failures, in one go: at most half the
        // rows are failures, so there are enough.
        int drop = MaxRows / 4;
        for (int i = 0; i < m_results->topLevelItemCount() && drop > 0;) {
            if (m_results->topLevelItem(i)->data(ResultColumn, Qt::UserRole).toBool()) {
                ++i;
                continue;
            }
            delete m_results->takeTopLevelItem(i);
            --drop;
            ++m_droppedRows;
        }
    }
    auto *item = new QTreeWidgetItem(m_results);
    item->setData(ResultColumn, Qt::UserRole, failure);
    m_failureRows += failure ? 1 : 0;
    return item;
}

void ScriptPanel::onChecked(const ScriptCheck &c)
{
    QTreeWidgetItem *item = addRow(!c.passed);
    if (!item)
        return;
    item->setText(ResultColumn, c.passed ? tr("pass") : tr("FAIL"));
    item->setForeground(ResultColumn,
                        c.passed ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
    item->setText(NameColumn, c.name);
    item->setText(ExpectedColumn, c.expected);
    item->setText(GotColumn, c.got);
    item->setToolTip(GotColumn, c.got);
    if (c.line > 0)
        item->setText(LineColumn, QString::number(c.line));
    m_results->scrollToItem(item);
}

void ScriptPanel::onLogged(const QString &text)
{
    QTreeWidgetItem *item = addRow(false);
    item->setText(ResultColumn, tr("log"));
    item->setText(NameColumn, text);
    m_results->scrollToItem(item);
}

void ScriptPanel::onFinished(const ScriptOutcome &o)
{
    const int failed = o.failedChecks();
    const int total = int(qMin<qint64>(o.checkCount, INT_MAX));
    switch (o.status) {
    case ScriptOutcome::Status::Passed:
        setSummary(tr("Passed: %n assertion(s)", nullptr, total));
        break;
    case ScriptOutcome::Status::AssertionFailed:
        setSummary(tr("Failed: %1 of %2 assertion(s)").arg(failed).arg(total));
        break;
    case ScriptOutcome::Status::ConnectionFailed:
        setSummary(tr("Connection failed: %1").arg(o.message));
        break;
    case ScriptOutcome::Status::ScriptError:
        setSummary(o.line > 0 ? tr("Script error at line %1, column %2: %3")
                                    .arg(o.line)
                                    .arg(o.column)
                                    .arg(o.message)
                              : tr("Script error: %1").arg(o.message));
        break;
    case ScriptOutcome::Status::Stopped:
        setSummary(tr("Stopped: %1").arg(o.message));
        break;
    }
    if (m_droppedRows > 0)
        setSummary(
            m_summaryText
            + tr(" (%1 older result rows not shown; failures first kept)").arg(m_droppedRows));
    updateButtons();
}

void ScriptPanel::updateButtons()
{
    const bool running = m_runtime->isRunning();
    m_run->setEnabled(!running);
    m_stop->setEnabled(running);
    m_editor->setReadOnly(running);
}
