#include "match/jsonpath.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$')
           || c == QLatin1Char('-');
}

} // namespace

bool JsonPath::parse(const QString &text, QString *error)
{
    m_valid = false;
    m_steps.clear();
    m_text = text;
    QList<Step> steps;
    const qsizetype n = text.size();
    auto fail = [&](qsizetype at, const QString &message) {
        if (error)
            *error = tr("JSON path, character %1: %2").arg(at + 1).arg(message);
        return false;
    };
    if (n == 0 || text.at(0) != QLatin1Char('$'))
        return fail(0, tr("a path starts with '$'"));
    qsizetype i = 1;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('.')) {
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('.'))
                return fail(i, tr("recursive descent ('..') is not supported"));
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('*')) {
                steps.append({Step::Kind::Wildcard, {}, 0});
                i += 2;
                continue;
            }
            const qsizetype start = ++i;
            while (i < n && isNameChar(text.at(i)))
                ++i;
            if (i == start)
                return fail(start, tr("expected a member name after '.'"));
            steps.append({Step::Kind::Member, text.mid(start, i - start), 0});
            continue;
        }
        if (c != QLatin1Char('['))
            return fail(i, tr("unexpected '%1' (expected '.' or '[')").arg(c));
        const qsizetype open = i++;
        if (i >= n)
            return fail(i, tr("unfinished '['"));
        const QChar d = text.at(i);
        if (d == QLatin1Char('\'') || d == QLatin1Char('"')) {
            QString name;
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar e = text.at(i);
                if (e == QLatin1Char('\\')) {
                    if (i + 1 >= n)
                        break;
                    name += text.at(i + 1);
                    i += 2;
                    continue;
                }
                if (e == d) {
                    closed = true;
                    ++i;
                    break;
                }
                name += e;
                ++i;
            }
            if (!closed)
                return fail(open + 1, tr("the quoted name is not closed"));
            steps.append({Step::Kind::Member, name, 0});
        } else if (d == QLatin1Char('*')) {
            steps.append({Step::Kind::Wildcard, {}, 0});
            ++i;
        } else if (d == QLatin1Char('-') || d.isDigit()) {
            const qsizetype start = i;
            if (d == QLatin1Char('-'))
                ++i;
            while (i < n && text.at(i).isDigit())
                ++i;
            bool ok = false;
            const int index = text.mid(start, i - start).toInt(&ok);
            if (!ok)
                return fail(start, i - start > 1 ? tr("the array index is too large")
                                                 : tr("expected an array index"));
            steps.append({Step::Kind::Index, {}, index});
        } else if (d == QLatin1Char('?') || d == QLatin1Char('(')) {
            return fail(i, tr("filter expressions are not supported"));
        } else {
            return fail(i, tr("expected a number, '*' or a quoted name after '['"));
        }
        if (i >= n || text.at(i) != QLatin1Char(']')) {
            if (i < n && (text.at(i) == QLatin1Char(':') || text.at(i) == QLatin1Char(',')))
                return fail(i, tr("slices and unions are not supported"));
            return fail(i, tr("expected ']'"));
        }
        ++i;
    }
    m_steps = steps;
    m_valid = true;
    return true;
}

QList<QJsonValue> JsonPath::evaluate(const QJsonValue &root) const
{
    QList<QJsonValue> current;
    if (!m_valid)
        return current;
    current.append(root);
    for (const Step &step : m_steps) {
        QList<QJsonValue> next;
        for (const QJsonValue &v : std::as_const(current)) {
            switch (step.kind) {
            case Step::Kind::Member:
                if (v.isObject()) {
                    const QJsonObject o = v.toObject();
                    const auto it = o.constFind(step.name);
                    if (it != o.constEnd())
                        next.append(it.value());
                }
                break;
            case Step::Kind::Index:
                if (v.isArray()) {
                    const QJsonArray a = v.toArray();
                    const qsizetype at = step.index < 0 ? a.size() + step.index : step.index;
                    if (at >= 0 && at < a.size())
                        next.append(a.at(at));
                }
                break;
            case Step::Kind::Wildcard:
                if (v.isArray()) {
                    const QJsonArray a = v.toArray();
                    for (const QJsonValue &e : a)
                        next.append(e);
                } else if (v.isObject()) {
                    // QJsonObject iterates in key order, not written order; a wildcard's
                    // order only matters to which capture wins, documented as "any".
                    const QJsonObject o = v.toObject();
                    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
                        next.append(it.value());
                }
                break;
            }
        }
        current = next;
        if (current.isEmpty())
            break;
    }
    return current;
}

QString JsonPath::canonical() const
{
    QString out = QStringLiteral("$");
    for (const Step &step : m_steps) {
        switch (step.kind) {
        case Step::Kind::Member: {
            bool plain = !step.name.isEmpty();
            for (QChar c : step.name)
                plain = plain && isNameChar(c);
            if (plain) {
                out += QLatin1Char('.') + step.name;
            } else {
                QString escaped = step.name;
                escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
                escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
                out += QLatin1String("['") + escaped + QLatin1String("']");
            }
            break;
        }
        case Step::Kind::Index:
            out += QLatin1Char('[') + QString::number(step.index) + QLatin1Char(']');
            break;
        case Step::Kind::Wildcard:
            out += QLatin1String("[*]");
            break;
        }
    }
    return out;
}
