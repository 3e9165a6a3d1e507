#include "session/sessiontitle.h"

#include <QLocale>

QString SessionTitle::forUrl(const QUrl &url)
{
    if (url.host().isEmpty())
        return {};
    QString title = url.host();
    if (url.port() > 0)
        title += QLatin1Char(':') + QString::number(url.port());
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return title + path;
}

QString SessionTitle::forRecording(const QUrl &url, qint64 createdMs, const QDate &today)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(createdMs);
    const QLocale locale;
    const QString time = when.date() == today ? locale.toString(when.time(), QLocale::ShortFormat)
                                              : locale.toString(when, QLocale::ShortFormat);
    const QString where = forUrl(url);
    if (where.isEmpty())
        return createdMs > 0 ? time : tr("(no URL recorded)");
    return createdMs > 0 ? tr("%1 — %2").arg(where, time) : where;
}
