#include "session/sessionloader.h"

#include <atomic>

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include "session/har.h"
#include "session/sessionreader.h"

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SessionLoader)
};

/// Which WebSocket entry of a HAR file to open; -1 when the user cancelled.
int pickHarEntry(QWidget *parent, const QString &path, QString *error)
{
    QList<Har::EntryInfo> entries;
    if (!Har::listFile(path, &entries, error))
        return -2;
    if (entries.size() == 1)
        return entries.first().index;
    QStringList items;
    const QLocale locale;
    for (const Har::EntryInfo &e : entries) {
        items << Tr::tr("%1 — %2 sent, %3 received — %4")
                     .arg(e.url.toString())
                     .arg(locale.toString(e.sent), locale.toString(e.received),
                          QDateTime::fromMSecsSinceEpoch(e.startedMs).toString(Qt::ISODate));
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        parent, Tr::tr("Import HAR"),
        Tr::tr("%1 has %n WebSocket connection(s). Which one?", nullptr, int(entries.size()))
            .arg(QFileInfo(path).fileName()),
        items, 0, false, &ok);
    if (!ok)
        return -1;
    return entries[items.indexOf(chosen)].index;
}

} // namespace

namespace SessionLoader {

bool load(QWidget *parent, const QString &path, Session *out, QString *error)
{
    error->clear();
    int harEntry = -1;
    if (path.endsWith(QLatin1String(".har"), Qt::CaseInsensitive)) {
        harEntry = pickHarEntry(parent, path, error);
        if (harEntry < 0)
            return false;
    }
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
