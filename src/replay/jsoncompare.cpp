#include "replay/jsoncompare.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "replay/sessioncompare.h"

namespace {

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

QJsonValue stripAt(const QJsonValue &value, const QStringList &path, const QStringList &ignoreKeys)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        QJsonObject out;
        for (auto it = o.begin(); it != o.end(); ++it) {
            QStringList childPath = path;
            childPath << it.key();
            bool ignored = false;
            for (const QString &rule : ignoreKeys) {
                const QStringList rulePath = splitPath(rule);
                if ((rulePath.size() == 1 && rulePath.first() == it.key()) || rulePath == childPath)
                    ignored = true;
            }
            if (!ignored)
                out.insert(it.key(), stripAt(it.value(), childPath, ignoreKeys));
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
            for (const QString &rule : ignoreKeys)
                ignored = ignored || splitPath(rule) == childPath;
            out.append(ignored ? QJsonValue(JsonCompare::masked())
                               : stripAt(a.at(i), childPath, ignoreKeys));
        }
        return out;
    }
    return value;
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

} // namespace

namespace JsonCompare {

QString masked()
{
    return QStringLiteral("<masked>");
}

QJsonValue strip(const QJsonValue &value, const QStringList &ignoreKeys)
{
    return stripAt(value, {}, ignoreKeys);
}

bool parseContainer(const QByteArray &text, QJsonValue *out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return false;
    *out = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    return true;
}

bool parseValue(const QString &text, QJsonValue *out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + text.toUtf8() + ']', &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        return false;
    *out = doc.array().first();
    return true;
}

QByteArray compact(const QJsonValue &v)
{
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

QStringList differences(const QJsonValue &a, const QJsonValue &b)
{
    QStringList out;
    diffJson(a, b, QStringLiteral("$"), &out);
    return out;
}

} // namespace JsonCompare
