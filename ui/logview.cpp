#include "logview.h"

#include "logdelegate.h"
#include "messagelog.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>

#include "ui_logview.h"

LogView::LogView(QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::LogView>())
{
    ui->setupUi(this);
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

    connect(t->verticalScrollBar(), &QScrollBar::valueChanged, this, &LogView::onScrolled);
    connect(ui->followButton, &QPushButton::clicked, this, &LogView::follow);
    connect(ui->clearButton, &QPushButton::clicked, this, &LogView::clearRequested);
    setFollowing(true);
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

void LogView::setLog(MessageLog *log)
{
    m_log = log;
    ui->table->setModel(log);
    QHeaderView *h = ui->table->horizontalHeader();
    const QFontMetrics fm(ui->table->font());
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->resizeSection(MessageLog::TimeColumn,
                     fm.horizontalAdvance(QStringLiteral("00:00:00.000")) + 16);
    h->resizeSection(MessageLog::DirectionColumn, fm.horizontalAdvance(QStringLiteral("WW")) + 12);
    h->resizeSection(MessageLog::KindColumn,
                     fm.horizontalAdvance(QStringLiteral("Handshake ")) + 16);
    h->resizeSection(MessageLog::SizeColumn,
                     fm.horizontalAdvance(QStringLiteral("99,999,999 B")) + 12);
    connect(log, &MessageLog::rowsFlushed, this, &LogView::onRowsFlushed);
    connect(log, &QAbstractItemModel::modelReset, this, [this] {
        m_unseen = 0;
        setFollowing(true);
    });
    updateLabels();
}

void LogView::onRowsFlushed(int first, int last)
{
    if (m_following) {
        m_autoScrolling = true;
        ui->table->scrollToBottom();
        m_autoScrolling = false;
    } else {
        m_unseen += last - first + 1;
    }
    updateLabels();
}

void LogView::onScrolled(int value)
{
    if (m_autoScrolling)
        return;
    const bool atBottom = value >= ui->table->verticalScrollBar()->maximum();
    if (atBottom != m_following) {
        if (atBottom)
            m_unseen = 0;
        setFollowing(atBottom);
    }
}

void LogView::follow()
{
    m_unseen = 0;
    setFollowing(true);
    m_autoScrolling = true;
    ui->table->scrollToBottom();
    m_autoScrolling = false;
}

void LogView::setFollowing(bool following)
{
    m_following = following;
    updateLabels();
}

void LogView::updateLabels()
{
    const QLocale locale;
    const qint64 total = m_log ? m_log->rowCount() : 0;
    ui->countLabel->setText(tr("%n event(s)", nullptr, int(std::min<qint64>(total, INT_MAX))));
    if (m_following) {
        ui->followButton->setText(tr("Following new events"));
        ui->followButton->setEnabled(false);
    } else {
        ui->followButton->setText(
            m_unseen > 0 ? tr("Resume autoscroll (%1 new)").arg(locale.toString(m_unseen))
                         : tr("Resume autoscroll"));
        ui->followButton->setEnabled(true);
    }
}
