#include "session/sessionsdialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

SessionsDialog::SessionsDialog(const SessionLibrary &library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Recent Sessions"));
    resize(820, 420);
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Started"), tr("URL"), tr("Sent"), tr("Received"), tr("Size")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Recorded sessions"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_delete = buttons->addButton(tr("&Delete"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] {
        m_chosen = selectedPaths();
        accept();
    });
    connect(m_delete, &QPushButton::clicked, this, &SessionsDialog::removeSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, m_open, &QPushButton::click);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_open->setEnabled(!selectedPaths().isEmpty());
        m_delete->setEnabled(!selectedPaths().isEmpty());
    });

    auto *layout = new QVBoxLayout(this);
    auto *where = new QLabel(
        tr("Every connection is recorded in %1 (readable by you only).").arg(library.directory()),
        this);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setWordWrap(true);
    layout->addWidget(where);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    reload();
}

void SessionsDialog::reload()
{
    m_entries = m_library.list();
    m_table->setRowCount(int(m_entries.size()));
    const QLocale locale;
    for (int row = 0; row < m_entries.size(); ++row) {
        const SessionLibrary::Entry &e = m_entries[row];
        const bool finished = e.state == SessionLibrary::Entry::State::Finished;
        QString started = locale.toString(QDateTime::fromMSecsSinceEpoch(e.summary.createdMs),
                                          QLocale::ShortFormat);
        if (e.state == SessionLibrary::Entry::State::Recording)
            started += tr(" (recording)");
        else if (e.state == SessionLibrary::Entry::State::Unfinished)
            started += tr(" (unfinished)");
        const QStringList cells{started, e.summary.url.toString(),
                                finished ? locale.toString(e.summary.messagesOut) : tr("—"),
                                finished ? locale.toString(e.summary.messagesIn) : tr("—"),
                                locale.formattedDataSize(e.bytes)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setData(Qt::UserRole, e.path);
            item->setToolTip(e.path);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnToContents(0);
    m_open->setEnabled(false);
    m_delete->setEnabled(false);
}

QStringList SessionsDialog::selectedPaths() const
{
    QStringList paths;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        paths << index.data(Qt::UserRole).toString();
    return paths;
}

void SessionsDialog::removeSelected()
{
    const QStringList paths = selectedPaths();
    if (QMessageBox::question(
            this, tr("Delete Sessions"),
            tr("Delete %n recorded session(s)? This cannot be undone.", nullptr, int(paths.size())))
        != QMessageBox::Yes)
        return;
    QStringList errors;
    for (const QString &path : paths) {
        QString error;
        if (!m_library.remove(path, &error))
            errors << error;
    }
    if (!errors.isEmpty())
        QMessageBox::warning(this, tr("Delete Sessions"), errors.join(QLatin1Char('\n')));
    reload();
}
