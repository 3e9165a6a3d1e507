#include "benchutil.h"

#include <QByteArray>
#include <QFile>

qint64 peakRss()
{
    return peakRssOf(-1);
}

qint64 peakRssOf(qint64 pid)
{
    QFile status(pid < 0 ? QStringLiteral("/proc/self/status")
                         : QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}
