#include "session/sessionsdialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { StartedColumn, UrlColumn, SentColumn, ReceivedColumn, SizeColumn, ColumnCount };

// A group's item holds the paths of all its recordings, oldest first; a child its own.
constexpr int PathsRole = Qt::UserRole;

} // namespace

SessionsDialog::SessionsDialog(const SessionLibrary &library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Recent Sessions"));
    resize(820, 420);
    m_filter->setObjectName(QStringLiteral("sessionsFilter"));
    m_filter->setPlaceholderText(tr("Filter by URL…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter sessions"));
    m_tree->setObjectName(QStringLiteral("sessionsTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Started"), tr("URL"), tr("Sent"), tr("Received"), tr("Size")});
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
    m_tree->setAccessibleName(tr("Recorded sessions"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_delete = buttons->addButton(tr("&Delete"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] {
        m_chosen = selectedGroups();
        accept();
    });
    connect(m_delete, &QPushButton::clicked, this, &SessionsDialog::removeSelected);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, m_open, &QPushButton::click);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, [this] {
        m_open->setEnabled(!selectedGroups().isEmpty());
        m_delete->setEnabled(!selectedGroups().isEmpty());
    });
    connect(m_filter, &QLineEdit::textChanged, this, &SessionsDialog::applyFilter);

    auto *layout = new QVBoxLayout(this);
    auto *where =
        new QLabel(tr("Every connection that opened is recorded in %1 (readable by you only).")
                       .arg(library.directory()),
                   this);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setWordWrap(true);
    layout->addWidget(where);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    reload();
    m_filter->setFocus();
}

void SessionsDialog::reload()
{
    m_groups = SessionLibrary::groups(m_library.list());
    m_tree->clear();
    const QLocale locale;
    auto fill = [&](QTreeWidgetItem *item, const SessionLibrary::Entry &e) {
        const bool finished = e.state == SessionLibrary::Entry::State::Finished;
        QString started = locale.toString(QDateTime::fromMSecsSinceEpoch(e.summary.createdMs),
                                          QLocale::ShortFormat);
        if (e.state == SessionLibrary::Entry::State::Recording)
            started += tr(" (recording)");
        else if (e.state == SessionLibrary::Entry::State::Unfinished)
            started += tr(" (unfinished)");
        item->setText(StartedColumn, started);
        item->setText(UrlColumn, e.summary.url.toString());
        item->setText(SentColumn, finished ? locale.toString(e.summary.messagesOut) : tr("—"));
        item->setText(ReceivedColumn, finished ? locale.toString(e.summary.messagesIn) : tr("—"));
        item->setText(SizeColumn, locale.formattedDataSize(e.bytes));
        item->setData(StartedColumn, PathsRole, QStringList{e.path});
        item->setToolTip(StartedColumn, e.path);
        item->setToolTip(UrlColumn, e.path);
        for (int column = SentColumn; column < ColumnCount; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    };
    for (const QList<SessionLibrary::Entry> &group : std::as_const(m_groups)) {
        auto *top = new QTreeWidgetItem(m_tree);
        fill(top, group.first()); // the newest
        if (group.size() == 1)
            continue;
        QStringList paths;
        qint64 sent = 0, received = 0, bytes = 0;
        for (const SessionLibrary::Entry &e : group) {
            paths.prepend(e.path);
            sent += e.summary.messagesOut;
            received += e.summary.messagesIn;
            bytes += e.bytes;
            fill(new QTreeWidgetItem(top), e);
        }
        top->setText(UrlColumn, tr("%1 · %n connection(s)", nullptr, int(group.size()))
                                    .arg(group.first().summary.url.toString()));
        top->setText(SentColumn, locale.toString(sent));
        top->setText(ReceivedColumn, locale.toString(received));
        top->setText(SizeColumn, locale.formattedDataSize(bytes));
        top->setData(StartedColumn, PathsRole, paths);
        top->setToolTip(UrlColumn, tr("Reconnections of one tab; opened together as one session"));
    }
    m_tree->resizeColumnToContents(StartedColumn);
    applyFilter();
    m_open->setEnabled(false);
    m_delete->setEnabled(false);
}

void SessionsDialog::applyFilter()
{
    const QString text = m_filter->text();
    for (int i = 0; i < m_tree->topLevelItemCount() && i < m_groups.size(); ++i) {
        // The first entry of a group has its URL, which all of the group share.
        m_tree->topLevelItem(i)->setHidden(!SessionLibrary::matches(m_groups[i].first(), text));
    }
}

QList<QStringList> SessionsDialog::selectedGroups() const
{
    QList<QStringList> out;
    for (const QTreeWidgetItem *item : m_tree->selectedItems()) {
        if (!item->isHidden())
            out << item->data(StartedColumn, PathsRole).toStringList();
    }
    return out;
}

void SessionsDialog::removeSelected()
{
    QStringList paths;
    for (const QStringList &group : selectedGroups()) {
        for (const QString &path : group) {
            if (!paths.contains(path))
                paths << path;
        }
    }
    if (QMessageBox::question(
            this, tr("Delete Sessions"),
            tr("Delete %n recorded session(s)? This cannot be undone.", nullptr, int(paths.size())))
        != QMessageBox::Yes)
        return;
    QStringList errors;
    for (const QString &path : std::as_const(paths)) {
        QString error;
        if (!m_library.remove(path, &error))
            errors << error;
    }
    if (!errors.isEmpty())
        QMessageBox::warning(this, tr("Delete Sessions"), errors.join(QLatin1Char('\n')));
    reload();
}
