#include "log/checkrecord.h"

#include <climits>

#include <QJsonDocument>
#include <QJsonObject>

Event CheckRecord::toEvent(qint64 timeMs) const
{
    Event e;
    e.timeMs = timeMs;
    e.kind = EventKind::Check;
    e.direction = Direction::None;
    e.wasClean = passed;
    e.code = matchedEvent >= 0 && matchedEvent <= INT_MAX ? int(matchedEvent) : -1;
    QJsonObject o;
    o.insert(QLatin1String("name"), name);
    o.insert(QLatin1String("expected"), expected);
    o.insert(QLatin1String("got"), got);
    if (line > 0)
        o.insert(QLatin1String("line"), line);
    o.insert(QLatin1String("ms"), durationMs);
    e.payload = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return e;
}

CheckRecord CheckRecord::fromEvent(const Event &event)
{
    CheckRecord r;
    if (event.kind != EventKind::Check)
        return r;
    r.passed = event.wasClean;
    r.matchedEvent = event.code;
    const QJsonObject o = QJsonDocument::fromJson(event.payload).object();
    r.name = o.value(QLatin1String("name")).toString();
    r.expected = o.value(QLatin1String("expected")).toString();
    r.got = o.value(QLatin1String("got")).toString();
    r.line = o.value(QLatin1String("line")).toInt();
    r.durationMs = qint64(o.value(QLatin1String("ms")).toDouble());
    return r;
}

namespace {
QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.size() > 200 ? text.left(200) + QChar(0x2026) : text;
}
} // namespace

QString CheckRecord::summary() const
{
    QString s =
        passed ? tr("pass: %1 · got: %2").arg(name, oneLine(got))
               : tr("FAIL: %1 · expected: %2 · got: %3").arg(name, oneLine(expected), oneLine(got));
    if (line > 0)
        s += tr(" · line %1").arg(line);
    return s;
}

QString CheckRecord::details() const
{
    QStringList lines{passed ? tr("Passed: %1").arg(name) : tr("Failed: %1").arg(name),
                      tr("Expected: %1").arg(expected), tr("Got: %1").arg(got)};
    if (line > 0)
        lines << tr("Line: %1").arg(line);
    lines << tr("After %1 ms").arg(durationMs);
    return lines.join(QLatin1Char('\n'));
}
