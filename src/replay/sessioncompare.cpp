#include "replay/sessioncompare.h"

#include <unordered_map>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString masked()
{
    return QStringLiteral("<masked>");
}

/// "$.a.b[2].c" or "a.b[2].c" → {"a","b","[2]","c"}.
QStringList splitPath(QString path)
{
    if (path.startsWith(QLatin1String("$.")))
        path = path.mid(2);
    else if (path.startsWith(QLatin1Char('$')))
        path = path.mid(1);
    QStringList parts;
    QString current;
    for (const QChar c : path) {
        if (c == QLatin1Char('.')) {
            if (!current.isEmpty())
                parts << current;
            current.clear();
        } else if (c == QLatin1Char('[')) {
            if (!current.isEmpty())
                parts << current;
            current = c;
        } else {
            current += c;
            if (c == QLatin1Char(']')) {
                parts << current;
                current.clear();
            }
        }
    }
    if (!current.isEmpty())
        parts << current;
    return parts;
}

QJsonValue strip(const QJsonValue &value, const QStringList &path, const CompareRules &rules)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        QJsonObject out;
        for (auto it = o.begin(); it != o.end(); ++it) {
            QStringList childPath = path;
            childPath << it.key();
            bool ignored = false;
            for (const QString &rule : rules.ignoreKeys) {
                const QStringList rulePath = splitPath(rule);
                if ((rulePath.size() == 1 && rulePath.first() == it.key()) || rulePath == childPath)
                    ignored = true;
            }
            if (!ignored)
                out.insert(it.key(), strip(it.value(), childPath, rules));
        }
        return out;
    }
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        QJsonArray out;
        for (qsizetype i = 0; i < a.size(); ++i) {
            QStringList childPath = path;
            childPath << QStringLiteral("[%1]").arg(i);
            bool ignored = false;
            for (const QString &rule : rules.ignoreKeys)
                ignored = ignored || splitPath(rule) == childPath;
            out.append(ignored ? QJsonValue(masked()) : strip(a.at(i), childPath, rules));
        }
        return out;
    }
    return value;
}

bool parseJson(const QByteArray &text, QJsonValue *out)
{
    // Objects and arrays only: a bare number or string is compared as text.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return false;
    *out = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    return true;
}

QString show(const QJsonValue &v)
{
    if (v.isUndefined())
        return SessionCompare::tr("(absent)");
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isString())
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

void diffJson(const QJsonValue &a, const QJsonValue &b, const QString &path, QStringList *out)
{
    if (a == b)
        return;
    if (a.isObject() && b.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        QStringList keys = x.keys();
        for (const QString &k : y.keys()) {
            if (!x.contains(k))
                keys << k;
        }
        for (const QString &k : keys)
            diffJson(x.value(k), y.value(k), path + QLatin1Char('.') + k, out);
        return;
    }
    if (a.isArray() && b.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        for (qsizetype i = 0; i < qMax(x.size(), y.size()); ++i) {
            diffJson(i < x.size() ? x.at(i) : QJsonValue(QJsonValue::Undefined),
                     i < y.size() ? y.at(i) : QJsonValue(QJsonValue::Undefined),
                     path + QStringLiteral("[%1]").arg(i), out);
        }
        return;
    }
    out->append(QStringLiteral("%1: %2 → %3").arg(path, show(a), show(b)));
}

QString maskText(const QByteArray &payload, const CompareRules &rules)
{
    QString text = QString::fromUtf8(payload);
    for (const QRegularExpression &re : rules.masks)
        text.replace(re, masked());
    return text;
}

QString abbreviated(const QString &text)
{
    return text.size() > 200 ? text.left(200) + QStringLiteral("…") : text;
}

} // namespace

bool CompareRules::parseRegex(const QString &pattern, QRegularExpression *out, QString *error)
{
    QRegularExpression re(pattern);
    if (!re.isValid()) {
        *error = SessionCompare::tr("The regular expression \"%1\" is not valid: %2 at "
                                    "position %3.")
                     .arg(pattern, re.errorString())
                     .arg(re.patternErrorOffset());
        return false;
    }
    *out = re;
    return true;
}

QByteArray SessionCompare::normalized(const Event &m, const CompareRules &rules)
{
    if (m.kind != EventKind::Text)
        return m.payload;
    QByteArray text = maskText(m.payload, rules).toUtf8();
    QJsonValue json;
    if (!parseJson(text, &json))
        return text;
    const QJsonValue stripped = strip(json, {}, rules);
    return stripped.isObject() ? QJsonDocument(stripped.toObject()).toJson(QJsonDocument::Compact)
                               : QJsonDocument(stripped.toArray()).toJson(QJsonDocument::Compact);
}

QStringList SessionCompare::differences(const Event &a, const Event &b, const CompareRules &rules)
{
    QStringList out;
    if (a.kind != b.kind) {
        out << tr("type: %1 → %2").arg(EventNames::kindId(a.kind), EventNames::kindId(b.kind));
        return out;
    }
    if (a.kind == EventKind::Binary) {
        if (a.payload != b.payload) {
            qsizetype i = 0;
            while (i < a.payload.size() && i < b.payload.size() && a.payload[i] == b.payload[i])
                ++i;
            out << tr("bytes differ from offset %1 (%2 B → %3 B)")
                       .arg(i)
                       .arg(a.payload.size())
                       .arg(b.payload.size());
        }
        return out;
    }
    const QString x = maskText(a.payload, rules), y = maskText(b.payload, rules);
    QJsonValue jx, jy;
    if (parseJson(x.toUtf8(), &jx) && parseJson(y.toUtf8(), &jy)) {
        diffJson(strip(jx, {}, rules), strip(jy, {}, rules), QStringLiteral("$"), &out);
        return out;
    }
    if (x != y) {
        qsizetype i = 0;
        while (i < x.size() && i < y.size() && x[i] == y[i])
            ++i;
        out << tr("text differs from character %1: \"%2\" → \"%3\"")
                   .arg(i)
                   .arg(abbreviated(x), abbreviated(y));
    }
    return out;
}

QList<Event> SessionCompare::incomingMessages(const QList<Event> &events)
{
    QList<Event> out;
    for (const Event &e : events) {
        if (e.isMessage() && e.direction == Direction::In)
            out << e;
    }
    return out;
}

CompareResult SessionCompare::compare(const QList<Event> &recorded, const QList<Event> &replayed,
                                      const CompareRules &rules)
{
    QList<QByteArray> a, b;
    a.reserve(recorded.size());
    b.reserve(replayed.size());
    for (const Event &e : recorded)
        a << QByteArray(1, char(e.kind)) + normalized(e, rules);
    for (const Event &e : replayed)
        b << QByteArray(1, char(e.kind)) + normalized(e, rules);

    CompareResult result;
    auto add = [&](MessageComparison::Status status, qsizetype i, qsizetype j) {
        MessageComparison row;
        row.status = status;
        row.recorded = i;
        row.replayed = j;
        if (status == MessageComparison::Status::Changed)
            row.differences = differences(recorded[i], replayed[j], rules);
        result.rows << row;
    };
    // Walk both lists; on a mismatch look a short way ahead on each side for the nearest
    // resynchronisation, so one dropped message does not turn the rest into differences.
    qsizetype i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        if (i < a.size() && j < b.size() && a[i] == b[j]) {
            add(MessageComparison::Status::Same, i++, j++);
            continue;
        }
        if (i >= a.size()) {
            add(MessageComparison::Status::Extra, -1, j++);
            continue;
        }
        if (j >= b.size()) {
            add(MessageComparison::Status::Missing, i++, -1);
            continue;
        }
        qsizetype skipB = -1, skipA = -1;
        for (qsizetype k = 1; k <= Window && j + k < b.size(); ++k) {
            if (a[i] == b[j + k]) {
                skipB = k;
                break;
            }
        }
        for (qsizetype k = 1; k <= Window && i + k < a.size(); ++k) {
            if (a[i + k] == b[j]) {
                skipA = k;
                break;
            }
        }
        if (skipB > 0 && (skipA < 0 || skipB <= skipA)) {
            for (qsizetype k = 0; k < skipB; ++k)
                add(MessageComparison::Status::Extra, -1, j++);
        } else if (skipA > 0) {
            for (qsizetype k = 0; k < skipA; ++k)
                add(MessageComparison::Status::Missing, i++, -1);
        } else {
            add(MessageComparison::Status::Changed, i++, j++);
        }
    }
    for (const MessageComparison &row : std::as_const(result.rows)) {
        switch (row.status) {
        case MessageComparison::Status::Same:
            ++result.same;
            break;
        case MessageComparison::Status::Changed:
            ++result.changed;
            break;
        case MessageComparison::Status::Missing:
            ++result.missing;
            break;
        case MessageComparison::Status::Extra:
            ++result.extra;
            break;
        }
    }
    return result;
}

QString CompareResult::report(const QList<Event> &recorded, const QList<Event> &replayed) const
{
    QString out = passed() ? SessionCompare::tr("PASS: %1 message(s) the same.\n").arg(same)
                           : SessionCompare::tr("FAIL: %1 the same, %2 changed, %3 missing, %4 "
                                                "extra.\n")
                                 .arg(same)
                                 .arg(changed)
                                 .arg(missing)
                                 .arg(extra);
    auto text = [](const Event &e) {
        return e.kind == EventKind::Text ? abbreviated(QString::fromUtf8(e.payload))
                                         : QString::fromLatin1(e.payload.left(64).toHex(' '));
    };
    for (const MessageComparison &row : rows) {
        switch (row.status) {
        case MessageComparison::Status::Same:
            break;
        case MessageComparison::Status::Changed:
            out += SessionCompare::tr("~ recorded #%1 / replayed #%2:\n")
                       .arg(row.recorded + 1)
                       .arg(row.replayed + 1);
            for (const QString &d : row.differences)
                out += QStringLiteral("    ") + d + QLatin1Char('\n');
            break;
        case MessageComparison::Status::Missing:
            out += SessionCompare::tr("- recorded #%1 not received: %2\n")
                       .arg(row.recorded + 1)
                       .arg(text(recorded[row.recorded]));
            break;
        case MessageComparison::Status::Extra:
            out += SessionCompare::tr("+ replayed #%1 not in the recording: %2\n")
                       .arg(row.replayed + 1)
                       .arg(text(replayed[row.replayed]));
            break;
        }
    }
    return out;
}
