#include "replay/replaypage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "log/eventlog.h"
#include "log/logview.h"
#include "log/splittermemory.h"
#include "session/journal.h"

ReplayPage::ReplayPage(const SessionHeader &header, const EventStore &recording,
                       const ConnectionRequest &request, const ReplayOptions &options,
                       const CompareRules &rules, const Clock &clock,
                       std::unique_ptr<Journal> journal, QWidget *parent)
    : QWidget(parent)
    , m_runner(std::make_unique<ReplayRunner>(header, recording, request, options, clock))
    , m_journal(std::move(journal))
    , m_rules(rules)
    , m_log(new EventLog(this))
    , m_view(new LogView(this))
    , m_status(new QLabel(this))
    , m_step(new QPushButton(tr("S&tep"), this))
    , m_stop(new QPushButton(tr("Sto&p"), this))
    , m_table(new QTableWidget(this))
    , m_summary(new QLabel(this))
{
    m_view->setLog(m_log);
    m_view->setReadOnly(true);
    m_runner->connection().addSink(m_log);
    if (m_journal)
        m_runner->connection().addSink(m_journal.get());
    m_step->setVisible(options.step);
    m_step->setToolTip(tr("Send the next recorded message"));
    m_stop->setToolTip(tr("Stop sending and close the connection"));
    connect(m_step, &QPushButton::clicked, m_runner.get(), &ReplayRunner::step);
    connect(m_stop, &QPushButton::clicked, m_runner.get(), &ReplayRunner::stop);
    connect(m_runner.get(), &ReplayRunner::progress, this, &ReplayPage::updateProgress);
    connect(m_runner.get(), &ReplayRunner::finished, this, &ReplayPage::onFinished);
    connect(&m_runner->connection(), &Connection::errorOccurred, this,
            [this](const QString &message) { m_status->setText(message); });

    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels(
        {tr("Result"), tr("Recorded"), tr("Replayed"), tr("Differences")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Comparison of recorded and replayed replies"));
    m_table->hide();
    m_summary->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_step);
    bar->addWidget(m_stop);
    auto *results = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_summary);
    resultsLayout->addWidget(m_table, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(results);
    SplitterMemory::track(split, QStringLiteral("replay/compare"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    updateProgress();
}

ReplayPage::~ReplayPage()
{
    m_runner->connection().removeSink(m_log);
    if (m_journal)
        m_runner->connection().removeSink(m_journal.get());
}

void ReplayPage::start()
{
    m_status->setText(tr("Connecting to %1…").arg(m_runner->header().request.url.toString()));
    m_runner->start();
}

void ReplayPage::updateProgress()
{
    const ReplayScheduler &s = m_runner->scheduler();
    const QLocale locale;
    m_status->setText(tr("Sent %1 of %2 · received %3 (recorded: %4)%5")
                          .arg(locale.toString(s.sentCount()), locale.toString(s.total()),
                               locale.toString(s.receivedCount()),
                               locale.toString(s.recordedIncoming()),
                               s.waiting() ? tr(" · waiting for replies") : QString()));
    m_step->setEnabled(s.sentCount() < s.total());
}

QString ReplayPage::summary() const
{
    return m_summary->text();
}

void ReplayPage::onFinished(bool opened)
{
    if (m_journal) {
        m_runner->connection().removeSink(m_journal.get());
        m_journal->finish();
    }
    m_step->setEnabled(false);
    m_stop->setEnabled(false);
    if (!opened) {
        m_summary->setText(tr("The replay could not connect; nothing to compare."));
        m_summary->show();
        emit finished();
        return;
    }
    updateProgress();
    const QList<Event> recorded = m_runner->recordedIncoming();
    const QList<Event> replayed = m_runner->replayedIncoming();
    const CompareResult result = m_runner->compare(m_rules);
    m_summary->setText(result.summary(m_rules).join(QLatin1Char(' ')));
    m_summary->show();
    // With a decoder the cells show what was compared: the decoded value where there is one.
    auto text = [this](const Event &e) {
        const QString decoded = SessionCompare::decodedPreview(e, m_rules);
        if (!decoded.isEmpty())
            return decoded;
        return e.kind == EventKind::Text ? EventLog::preview(e)
                                         : QString::fromLatin1(e.payload.left(48).toHex(' '));
    };
    m_table->setRowCount(int(result.rows.size()));
    for (int row = 0; row < result.rows.size(); ++row) {
        const MessageComparison &c = result.rows[row];
        QString status;
        switch (c.status) {
        case MessageComparison::Status::Same:
            status = tr("same");
            break;
        case MessageComparison::Status::Changed:
            status = tr("changed");
            break;
        case MessageComparison::Status::Missing:
            status = tr("missing");
            break;
        case MessageComparison::Status::Extra:
            status = tr("extra");
            break;
        }
        const QStringList cells{status, c.recorded >= 0 ? text(recorded[c.recorded]) : QString(),
                                c.replayed >= 0 ? text(replayed[c.replayed]) : QString(),
                                c.differences.join(QStringLiteral("; "))};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(column == 3 ? c.differences.join(QLatin1Char('\n')) : cells[column]);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnToContents(0);
    m_table->setColumnWidth(1, 260);
    m_table->setColumnWidth(2, 260);
    m_table->show();
    emit finished();
}

const EventStore &ReplayPage::sessionEvents() const
{
    return m_log->store();
}
