#include "session/sessionloader.h"

#include <atomic>

#include <QCoreApplication>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "json/jsonscanner.h"
#include "session/har.h"
#include "session/sessionreader.h"

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SessionLoader)
};

/// The WebSocket entries of a HAR file, for the user to pick from: each chosen one opens in
/// its own tab. Empty when the user cancelled.
QList<int> askForEntries(QWidget *parent, const QString &path, const QList<Har::EntryInfo> &entries)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("harEntryDialog"));
    dialog.setWindowTitle(Tr::tr("Import HAR"));
    auto *label = new QLabel(Tr::tr("%1 has %n WebSocket connection(s). Each one you choose "
                                    "opens in its own tab.",
                                    nullptr, int(entries.size()))
                                 .arg(QFileInfo(path).fileName()),
                             &dialog);
    label->setWordWrap(true);
    auto *list = new QTreeWidget(&dialog);
    list->setObjectName(QStringLiteral("harEntries"));
    list->setRootIsDecorated(false);
    list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    list->setHeaderLabels({Tr::tr("Entry"), Tr::tr("URL"), Tr::tr("Messages"), Tr::tr("Started")});
    const QLocale locale;
    for (const Har::EntryInfo &e : entries) {
        auto *item = new QTreeWidgetItem(list);
        item->setText(0, locale.toString(e.index));
        item->setText(1, e.url.toString());
        item->setText(2, e.hasMessages
                             ? Tr::tr("%1 sent, %2 received")
                                   .arg(locale.toString(e.sent), locale.toString(e.received))
                             : Tr::tr("none saved"));
        if (!e.hasMessages)
            item->setToolTip(2, Tr::tr("The file holds this connection's handshake but not its "
                                       "messages, as Firefox saves WebSocket connections."));
        item->setText(
            3, locale.toString(QDateTime::fromMSecsSinceEpoch(e.startedMs), QLocale::ShortFormat));
        item->setData(0, Qt::UserRole, e.index);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    list->setCurrentItem(list->topLevelItem(0));
    for (int column = 0; column < list->columnCount(); ++column)
        list->resizeColumnToContents(column);
    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, &dialog);
    auto *all = buttons->addButton(Tr::tr("Open &All"), QDialogButtonBox::AcceptRole);
    QObject::connect(all, &QPushButton::clicked, list, &QTreeWidget::selectAll);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(list, &QTreeWidget::itemDoubleClicked, &dialog, &QDialog::accept);
    QObject::connect(list, &QTreeWidget::itemSelectionChanged, &dialog, [list, buttons] {
        buttons->button(QDialogButtonBox::Open)->setEnabled(!list->selectedItems().isEmpty());
    });
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog.resize(dialog.sizeHint().expandedTo(QSize(640, 300)));
    if (dialog.exec() != QDialog::Accepted)
        return {};
    QList<int> chosen;
    // In the file's order, whatever order they were clicked in.
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->isSelected())
            chosen << list->topLevelItem(i)->data(0, Qt::UserRole).toInt();
    }
    return chosen;
}

/// True when the file could be HAR: named so, or a JSON object whose first member is "log"
/// (a session's first line is an object too, but starts otherwise).
bool mayBeHar(const QString &path)
{
    if (path.endsWith(QLatin1String(".har"), Qt::CaseInsensitive))
        return true;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray start = f.read(4096);
    JsonScanner json(start);
    json.skipByteOrderMark();
    return json.next() == JsonScanner::Token::ObjectStart && json.next() == JsonScanner::Token::Key
           && json.stringIs("log");
}

} // namespace

namespace SessionLoader {

bool chooseHarEntries(QWidget *parent, const QString &path, QList<int> *entries, QString *error)
{
    entries->clear();
    error->clear();
    if (!mayBeHar(path))
        return true;
    QList<Har::EntryInfo> found;
    if (!Har::listFile(path, &found, error)) {
        // Under another name, a file that is not HAR is for the session reader to judge.
        if (!path.endsWith(QLatin1String(".har"), Qt::CaseInsensitive))
            error->clear();
        return error->isEmpty();
    }
    if (found.size() == 1) {
        entries->append(found.first().index);
        return true;
    }
    // Wsprobe's own file is one tab's connections: it opens as one session, like a tab's
    // recording (no entries chosen: the reader takes them all).
    if (found.first().fromWsprobe)
        return true;
    *entries = askForEntries(parent, path, found);
    return !entries->isEmpty();
}

bool load(QWidget *parent, const QString &path, int harEntry, Session *out, QString *error)
{
    error->clear();
    std::atomic<qint64> done{0}, total{1};
    std::atomic<bool> cancel{false};
    bool ok = false;
    QString threadError;
    QThread *worker = QThread::create([&] {
        ok = SessionReader::load(path, harEntry, out, &threadError, [&](qint64 d, qint64 t) {
            done = d;
            total = qMax<qint64>(1, t);
            return !cancel.load();
        });
    });
    QProgressDialog progress(Tr::tr("Opening %1…").arg(QFileInfo(path).fileName()),
                             Tr::tr("Cancel"), 0, 1000, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &progress,
                     [&] { progress.setValue(int(done * 1000 / total)); });
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&] { cancel = true; });
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    poll.start(50);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    progress.reset();
    if (cancel || out->cancelled) {
        *out = Session();
        return false;
    }
    if (!ok)
        *error = threadError;
    return ok;
}

QString issuesText(const Session &session)
{
    if (session.issues.isEmpty())
        return {};
    QStringList lines;
    for (qsizetype i = 0; i < session.issues.size() && i < 20; ++i)
        lines << session.issues[i].message;
    const qint64 more = session.issues.size() - lines.size() + session.skippedLines;
    if (more > 0)
        lines << Tr::tr("… and %n more", nullptr, int(qMin<qint64>(more, INT_MAX)));
    return lines.join(QLatin1Char('\n'));
}

} // namespace SessionLoader
