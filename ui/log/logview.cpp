#include "log/logview.h"

#include <algorithm>

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>

#include "decode/decodepipeline.h"
#include "log/decodedview.h"
#include "log/eventlog.h"
#include "log/flowlayout.h"
#include "log/logdelegate.h"
#include "log/logfilterbar.h"
#include "log/logfiltermodel.h"
#include "log/messagedetail.h"
#include "log/splittermemory.h"
#include "log/steadylabel.h"

#include "ui_logview.h"

namespace {
/// The font of every log view, once Preferences have set one.
QFont &sharedLogFont()
{
    static QFont font;
    return font;
}
bool &hasSharedLogFont()
{
    static bool set = false;
    return set;
}
} // namespace

LogView::LogView(QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::LogView>())
    , m_filterBar(new LogFilterBar(this))
    , m_detail(new MessageDetail(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    ui->setupUi(this);
    ui->layout->insertWidget(0, m_filterBar);
    ui->layout->replaceWidget(ui->table, m_splitter);
    m_splitter->addWidget(ui->table);
    m_splitter->addWidget(m_detail);
    connect(m_detail->decodedView(), &DecodedView::specRequested, this, &LogView::setDecodeSpec);
    connect(m_detail->decodedView(), &DecodedView::encodeToggled, this, [this](bool on) {
        if (m_log)
            m_log->setEncodesOutgoing(on);
    });
    // The detail pane starts tall enough for a few lines of JSON; then as the user left it.
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({330, 260});
    m_splitter->setChildrenCollapsible(true);
    SplitterMemory::track(m_splitter, QStringLiteral("log/detail"));

    QTableView *t = ui->table;
    t->setItemDelegate(new LogDelegate(t));
    // Fixed row heights: the view never measures rows, so a million of them cost nothing.
    t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
    t->horizontalHeader()->setHighlightSections(false);
    t->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    t->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    t->setShowGrid(false);
    t->setAlternatingRowColors(true);
    t->setContextMenuPolicy(Qt::CustomContextMenu);
    if (hasSharedLogFont())
        setLogFont(sharedLogFont());

    // The buttons' texts grow with counts ("Frozen · 12,345 new") and with the language: in a
    // narrow window they wrap onto a second line rather than make the window wider, which a
    // maximized or tiled window cannot be (Qt then lays the bar out over itself).
    auto *buttons = new FlowLayout;
    for (QPushButton *b : {ui->freezeButton, ui->followButton, ui->clearButton}) {
        ui->bar->removeWidget(b);
        buttons->addWidget(b);
    }
    ui->bar->addLayout(buttons, 1);
    ui->freezeButton->setCheckable(true);
    ui->droppedLabel->hide();
    connect(t->verticalScrollBar(), &QScrollBar::valueChanged, this, &LogView::onScrolled);
    connect(t, &QWidget::customContextMenuRequested, this, &LogView::showContextMenu);
    connect(ui->followButton, &QPushButton::clicked, this, &LogView::follow);
    connect(ui->freezeButton, &QPushButton::toggled, this, &LogView::setFrozen);
    connect(ui->clearButton, &QPushButton::clicked, this, &LogView::clearLog);
    connect(m_filterBar, &LogFilterBar::filterChanged, this, &LogView::applyFilter);
    connect(m_filterBar, &LogFilterBar::nextRequested, this, [this] { selectNextMatch(1); });
    connect(m_filterBar, &LogFilterBar::previousRequested, this, [this] { selectNextMatch(-1); });
    connect(m_filterBar, &LogFilterBar::timeModeChanged, this, [this](EventLog::TimeMode mode) {
        if (m_log)
            m_log->setTimeMode(mode);
    });

    auto *copyRows = new QShortcut(QKeySequence::Copy, t, nullptr, nullptr, Qt::WidgetShortcut);
    connect(copyRows, &QShortcut::activated, this,
            [this] { QApplication::clipboard()->setText(selectedRowsText()); });
    auto *copyPayloads = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), t, nullptr,
                                       nullptr, Qt::WidgetShortcut);
    connect(copyPayloads, &QShortcut::activated, this,
            [this] { QApplication::clipboard()->setText(selectedPayloadsText()); });
    updateLabels();
}

LogView::~LogView() = default;

void LogView::setReadOnly(bool readOnly)
{
    ui->clearButton->setVisible(!readOnly);
}

QTableView *LogView::table() const
{
    return ui->table;
}

void LogView::setLogFont(const QFont &font)
{
    ui->table->setFont(font);
    ui->table->verticalHeader()->setDefaultSectionSize(QFontMetrics(font).height() + 6);
    fitColumns();
}

void LogView::setLogFontEverywhere(const QFont &font)
{
    sharedLogFont() = font;
    hasSharedLogFont() = true;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (auto *view = qobject_cast<LogView *>(top))
            view->setLogFont(font);
        for (LogView *view : top->findChildren<LogView *>())
            view->setLogFont(font);
    }
}

void LogView::fitColumns()
{
    if (m_log)
        fitLogColumns(ui->table, 0);
}

void LogView::fitLogColumns(QTableView *table, int firstColumn)
{
    QHeaderView *h = table->horizontalHeader();
    const QFontMetrics fm(table->font());
    const QFontMetrics headerFm(h->font());
    // The delegate's margins and the header's sort and section padding.
    const int pad =
        2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1) + 12;
    auto fit = [&](int logColumn, const QStringList &samples) {
        const int column = firstColumn + logColumn;
        int w = headerFm.horizontalAdvance(
                    table->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString())
                + 8;
        for (const QString &s : samples)
            w = std::max(w, fm.horizontalAdvance(s));
        h->resizeSection(column, w + pad);
    };
    h->setSectionResizeMode(QHeaderView::Interactive);
    fit(EventLog::TimeColumn, {QStringLiteral("00:00:00.000"), QStringLiteral("+00:00:00.000"),
                               QStringLiteral("+00:00.000")});
    fit(EventLog::DirectionColumn, {QStringLiteral("WW")});
    QStringList kinds;
    for (EventKind kind : {EventKind::Text, EventKind::Binary, EventKind::Open, EventKind::Close,
                           EventKind::Error, EventKind::Ping, EventKind::Pong, EventKind::Handshake,
                           EventKind::Frame, EventKind::Check})
        kinds << EventNames::kindLabel(kind);
    fit(EventLog::KindColumn, kinds);
    fit(EventLog::SizeColumn, {EventLog::tr("%1 B").arg(QLocale().toString(qint64(99999999)))});
}

QString LogView::droppedNotice() const
{
    return ui->droppedLabel->isHidden() ? QString() : ui->droppedLabel->text();
}

bool LogView::clearLog()
{
    if (!m_log)
        return false;
    if (m_log->totalCount() >= ConfirmClearRows) {
        const auto answer = QMessageBox::question(
            this, tr("Clear Log"),
            tr("Remove all %1 events from this log? The recording on disk is kept.")
                .arg(QLocale().toString(qint64(m_log->totalCount()))),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    m_log->clear();
    return true;
}

void LogView::setDecodeSpec(const QString &spec)
{
    if (!m_log)
        return;
    DecodePipeline pipeline;
    QString error;
    if (!DecodePipeline::parse(spec, &pipeline, &error)) {
        m_detail->decodedView()->showSpecError(error);
        return;
    }
    m_log->setDecodePipeline(pipeline);
}

void LogView::focusSearch()
{
    m_filterBar->focusSearch();
}

void LogView::setLog(EventLog *log)
{
    m_log = log;
    delete m_filter;
    delete m_matches;
    m_filter = new LogFilterModel(log, this);
    m_matches = new LogFilterModel(log, this);
    ui->table->setModel(m_filter);
    auto *delegate = static_cast<LogDelegate *>(ui->table->itemDelegate());
    delegate->setSearch(&m_filter->search());
    m_detail->setSearch(&m_filter->search());
    connect(m_matches, &LogFilterModel::scanFinished, this, &LogView::updateLabels);
    fitColumns();
    connect(m_filter, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, [this] {
        m_follow.rowsDropped(m_filter->rowCount());
        updateLabels();
    });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        m_follow.rowsReset();
        m_detail->clear();
        updateLabels();
    });
    connect(log, &EventLog::oldestDropped, this, [this](qsizetype total) {
        ui->droppedLabel->setText(tr("%1 oldest events dropped (the log keeps %2; see "
                                     "Preferences). The recording on disk has them all.")
                                      .arg(QLocale().toString(qint64(total)),
                                           QLocale().toString(qint64(m_log->maxRows()))));
        ui->droppedLabel->show();
        updateLabels(); // the count was set when the rows came, before the oldest left
    });
    connect(log, &QAbstractItemModel::modelReset, ui->droppedLabel, &QWidget::hide);
    m_detail->decodedView()->setSpec(log->decodePipeline().spec());
    m_detail->decodedView()->setEncodeChecked(log->encodesOutgoing());
    // Another layer reads the rows differently: summaries and heartbeats are others now.
    const auto offerTypes = [this] {
        const auto layer = m_log->protocolLayer();
        m_filterBar->setPacketTypes(layer ? layer->packetTypes() : QStringList());
    };
    offerTypes();
    connect(log, &EventLog::protocolLayerChanged, this, offerTypes);
    connect(log, &EventLog::protocolLayerChanged, this, &LogView::applyFilter);
    connect(log, &EventLog::decodingChanged, this, [this] {
        m_detail->decodedView()->setSpec(m_log->decodePipeline().spec());
        m_detail->decodedView()->setEncodeChecked(m_log->encodesOutgoing());
        if (m_filterBar->decodedAction()->isChecked())
            applyFilter(); // the decoded texts searched are others now
        else
            onCurrentChanged();
    });
    connect(m_filter, &LogFilterModel::scanProgress, m_filterBar, &LogFilterBar::showProgress);
    connect(m_filter, &LogFilterModel::scanFinished, this, &LogView::updateLabels);
    connect(ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LogView::onCurrentChanged);
    connect(ui->table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_filter && index.isValid())
            goToMatchedMessage(m_filter->sourceRow(index.row()));
    });
    log->setTimeMode(m_filterBar->timeMode());
    updateLabels();
}

bool LogView::goToLogRow(int logRow)
{
    const int row = m_filter ? m_filter->rowForSource(logRow) : -1;
    if (row < 0)
        return false;
    m_follow.leave();
    updateLabels();
    const QModelIndex index = m_filter->index(row, EventLog::PreviewColumn);
    ui->table->setCurrentIndex(index);
    ui->table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

bool LogView::goToMatchedMessage(int logRow)
{
    const int matched = m_log ? m_log->matchedRow(logRow) : -1;
    return matched >= 0 && goToLogRow(matched);
}

void LogView::applyFilter()
{
    if (!m_filter)
        return;
    LogSearch search;
    if (!m_filterBar->buildSearch(&search, &m_searchError)) {
        // The last good filter keeps its rows (typing "(" on the way to "(a|b)" does not flash
        // the whole log), but its matches are no longer marked as if they were this pattern's.
        showMarks();
        updateLabels();
        return;
    }
    m_searchError.clear();
    search.setDecoder(m_log->decoder());
    const auto layer = m_log->protocolLayer();
    QStringList hidden = layer ? m_filterBar->hiddenPacketTypes() : QStringList();
    if (layer && m_filterBar->hidesHeartbeats())
        hidden += layer->heartbeatTypes();
    search.setLayer(layer, hidden, m_log->layerCache());
    const int current = m_filter->sourceRow(ui->table->currentIndex().row());
    if (m_filterBar->highlightOnly() && search.hasPattern()) {
        // The log keeps every event the kinds and directions allow; the pattern only marks.
        LogSearch shown;
        shown.setDirections(search.directions());
        shown.setKinds(search.kinds());
        shown.setLayer(layer, hidden, m_log->layerCache());
        m_matches->setSearch(std::move(search));
        m_filter->setSearch(std::move(shown));
    } else {
        m_matches->setSearch(LogSearch());
        m_filter->setSearch(std::move(search));
    }
    showMarks();
    // Keep the event the user was looking at in view when it still passes.
    if (current >= 0) {
        const int row = m_filter->rowForSource(current);
        if (row >= 0) {
            ui->table->setCurrentIndex(m_filter->index(row, 0));
            ui->table->scrollTo(m_filter->index(row, 0), QAbstractItemView::PositionAtCenter);
        }
    }
    updateLabels();
}

void LogView::onRowsInserted(int first, int last)
{
    if (m_follow.rowsArrived(last - first + 1)) {
        m_autoScrolling = true;
        ui->table->scrollToBottom();
        m_autoScrolling = false;
    }
    updateLabels();
}

void LogView::onScrolled(int value)
{
    if (!m_autoScrolling && m_follow.scrolled(value >= ui->table->verticalScrollBar()->maximum()))
        updateLabels();
}

void LogView::follow()
{
    if (m_follow.isFrozen()) {
        ui->freezeButton->setChecked(false); // comes back here through setFrozen
        return;
    }
    m_follow.follow();
    updateLabels();
    m_autoScrolling = true;
    ui->table->scrollToBottom();
    m_autoScrolling = false;
}

void LogView::setFrozen(bool frozen)
{
    if (!m_follow.setFrozen(frozen))
        return;
    ui->freezeButton->setChecked(frozen);
    emit frozenChanged(frozen);
    if (frozen)
        updateLabels();
    else
        follow();
}

void LogView::updateLabels()
{
    const QLocale locale;
    const qint64 total = m_log ? m_log->rowCount() : 0;
    SteadyLabel::setText(ui->countLabel,
                         tr("%Ln event(s)", nullptr, int(std::min<qint64>(total, INT_MAX))));
    if (!m_searchError.isEmpty()) {
        m_filterBar->showError(m_searchError);
    } else if (m_filter && !m_filter->isScanning() && !m_matches->isScanning()) {
        const int currentRow = ui->table->currentIndex().row();
        if (m_matches->search().hasPattern()) {
            const int source = m_filter->sourceRow(currentRow);
            const int at = source < 0 ? -1 : m_matches->rowForSource(source);
            m_filterBar->showCount(at, m_matches->rowCount(), total, true, true);
        } else {
            const bool pattern = m_filter->search().hasPattern();
            m_filterBar->showCount(pattern ? currentRow : -1, m_filter->rowCount(), total, pattern,
                                   m_filter->isFiltering());
        }
    }
    // Their counts change at every flush while the user reads further up: steady, as the
    // count is, or each flush lays out and repaints the whole window.
    const qint64 unseen = m_follow.unseen();
    if (m_follow.isFollowing()) {
        SteadyLabel::setText(ui->followButton, tr("Following new events"));
        ui->followButton->setEnabled(false);
    } else {
        SteadyLabel::setText(ui->followButton,
                             unseen > 0
                                 ? tr("Resume autoscroll (%1 new)").arg(locale.toString(unseen))
                                 : tr("Resume autoscroll"));
        ui->followButton->setEnabled(true);
    }
    SteadyLabel::setText(ui->freezeButton, m_follow.isFrozen() && unseen > 0
                                               ? tr("Frozen · %1 new").arg(locale.toString(unseen))
                                               : tr("Freeze"));
}

void LogView::onCurrentChanged()
{
    const int row = m_filter ? m_filter->sourceRow(ui->table->currentIndex().row()) : -1;
    if (row < 0 || row >= m_log->rowCount())
        m_detail->clear();
    else {
        m_detail->showEvent(m_log->eventAt(row), m_log->decodedAt(row),
                            m_log->decoder()->isActive());
        const auto layer = m_log->protocolLayer();
        m_detail->showPackets(m_log->packetsAt(row), layer ? layer->title() : QString());
    }
    updateLabels(); // "match 3 of 12" follows the selection
}

void LogView::showMarks()
{
    auto *delegate = static_cast<LogDelegate *>(ui->table->itemDelegate());
    delegate->setSearch(&markedSearch());
    m_detail->setSearch(&markedSearch());
    onCurrentChanged(); // the detail marks the new matches
    ui->table->viewport()->update();
}

const LogSearch &LogView::markedSearch() const
{
    static const LogSearch nothing;
    if (!m_searchError.isEmpty())
        return nothing;
    return m_matches->search().hasPattern() ? m_matches->search() : m_filter->search();
}

void LogView::selectNextMatch(int step)
{
    if (!m_searchError.isEmpty())
        return; // the marks are gone; Enter would step through a pattern no longer shown
    if (m_matches && m_matches->search().hasPattern()) {
        // Highlight-only: step through the match model, select the event in the full log.
        const int matches = m_matches->rowCount();
        if (matches == 0)
            return;
        const int currentSource = m_filter->sourceRow(ui->table->currentIndex().row());
        int next;
        if (currentSource < 0) {
            next = step > 0 ? 0 : matches - 1;
        } else {
            const int at = m_matches->rowAtOrAfterSource(currentSource);
            const bool onMatch = at < matches && m_matches->sourceRow(at) == currentSource;
            next = step > 0 ? (onMatch ? at + 1 : at) : at - 1;
            next = (next + matches) % matches;
        }
        const int row = m_filter->rowForSource(m_matches->sourceRow(next));
        if (row < 0)
            return;
        m_follow.leave();
        updateLabels();
        const QModelIndex index = m_filter->index(row, EventLog::PreviewColumn);
        ui->table->setCurrentIndex(index);
        ui->table->scrollTo(index, QAbstractItemView::PositionAtCenter);
        return;
    }
    const int rows = m_filter ? m_filter->rowCount() : 0;
    if (rows == 0)
        return;
    const int current = ui->table->currentIndex().row();
    int next = current < 0 ? (step > 0 ? 0 : rows - 1) : current + step;
    next = (next + rows) % rows;
    m_follow.leave();
    updateLabels();
    const QModelIndex index = m_filter->index(next, EventLog::PreviewColumn);
    ui->table->setCurrentIndex(index);
    ui->table->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

QList<qsizetype> LogView::selectedLogRows() const
{
    QList<qsizetype> rows;
    if (!m_filter)
        return rows;
    for (const QModelIndex &index : ui->table->selectionModel()->selectedRows())
        rows << m_filter->sourceRow(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<qsizetype> LogView::filteredLogRows() const
{
    QList<qsizetype> rows;
    if (!m_filter)
        return rows;
    const int n = m_filter->rowCount();
    rows.reserve(n);
    for (int i = 0; i < n; ++i)
        rows << m_filter->sourceRow(i);
    return rows;
}

QString LogView::selectedRowsText() const
{
    QStringList lines;
    for (const qsizetype row : selectedLogRows()) {
        QStringList cells;
        for (int column = 0; column < EventLog::ColumnCount; ++column)
            cells << m_log->index(int(row), column).data().toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

QString LogView::selectedPayloadsText() const
{
    QStringList payloads;
    for (const qsizetype row : selectedLogRows()) {
        const Event e = m_log->eventAt(int(row));
        payloads << (e.kind == EventKind::Binary ? QString::fromLatin1(e.payload.toHex(' '))
                                                 : QString::fromUtf8(e.payload));
    }
    return payloads.join(QLatin1Char('\n'));
}

QList<OutgoingMessage> LogView::selectedMessages() const
{
    QList<OutgoingMessage> messages;
    for (const qsizetype row : selectedLogRows()) {
        const Event e = m_log->eventAt(int(row));
        if (e.kind == EventKind::Text || e.kind == EventKind::Binary)
            messages << OutgoingMessage::fromPayload(e.payload, e.kind == EventKind::Text);
    }
    return messages;
}

void LogView::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    const bool any = ui->table->selectionModel()->hasSelection();
    if (m_messageActions) {
        const QList<OutgoingMessage> messages = selectedMessages();
        QAction *resend = menu.addAction(tr("Resend"), this,
                                         [this, messages] { emit resendRequested(messages); });
        resend->setObjectName(QStringLiteral("resendAction"));
        QAction *copy = menu.addAction(tr("Copy to Composer"), this, [this, messages] {
            emit copyToComposerRequested(messages.constFirst());
        });
        copy->setObjectName(QStringLiteral("copyToComposerAction"));
        QAction *keep = menu.addAction(tr("Save as Template…"), this, [this, messages] {
            emit saveAsTemplateRequested(messages.constFirst());
        });
        keep->setObjectName(QStringLiteral("saveAsTemplateAction"));
        resend->setEnabled(!messages.isEmpty());
        copy->setEnabled(messages.size() == 1);
        keep->setEnabled(messages.size() == 1);
        menu.addSeparator();
    }
    QAction *rows = menu.addAction(
        tr("Copy Rows"), this, [this] { QApplication::clipboard()->setText(selectedRowsText()); });
    rows->setShortcut(QKeySequence::Copy);
    QAction *payloads = menu.addAction(tr("Copy Payloads"), this, [this] {
        QApplication::clipboard()->setText(selectedPayloadsText());
    });
    payloads->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QAction *save = menu.addAction(tr("Save Selected…"), this, &LogView::saveSelectedRequested);
    for (QAction *a : {rows, payloads, save})
        a->setEnabled(any);
    menu.addSeparator();
    menu.addAction(tr("Freeze View"), this, [this](bool on) { setFrozen(on); })->setCheckable(true);
    menu.actions().constLast()->setChecked(m_follow.isFrozen());
    if (ui->clearButton->isVisible())
        menu.addAction(tr("Clear Log…"), this, &LogView::clearLog);
    menu.exec(ui->table->viewport()->mapToGlobal(pos));
}
