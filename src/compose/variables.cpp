#include "compose/variables.h"

#include <QDateTime>
#include <QUuid>

#include "connection/clock.h"

Variables::Variables(const Clock &clock)
    : m_clock(clock)
    , m_random(QRandomGenerator::securelySeeded())
{
}

QStringList Variables::builtinNames()
{
    return {QStringLiteral("$timestamp"), QStringLiteral("$isoTimestamp"), QStringLiteral("$uuid"),
            QStringLiteral("$randomInt"), QStringLiteral("$counter")};
}

bool Variables::isValidName(const QString &name)
{
    if (name.isEmpty() || name.at(0).isDigit())
        return false;
    for (const QChar c : name) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('_') && c != QLatin1Char('-')
            && c != QLatin1Char('.'))
            return false;
    }
    return true;
}

bool Variables::hasPlaceholders(const QString &text)
{
    return text.contains(QLatin1String("{{"));
}

bool Variables::lookup(const QString &name, QString *value) const
{
    for (const Table *table : {&m_table, &m_environment, &m_globals}) {
        for (auto it = table->crbegin(); it != table->crend(); ++it) {
            if (it->first == name) {
                *value = it->second;
                return true;
            }
        }
    }
    return false;
}

QString Variables::builtin(const QString &name, qint64 counter)
{
    const qint64 now = m_clock.nowMs();
    if (name == QLatin1String("$timestamp"))
        return QString::number(now / 1000);
    if (name == QLatin1String("$isoTimestamp"))
        return QDateTime::fromMSecsSinceEpoch(now).toUTC().toString(Qt::ISODateWithMs);
    if (name == QLatin1String("$uuid")) {
        // Version 4 from our own generator, so that a seeded test sees the same values.
        quint8 b[16];
        for (quint8 &x : b)
            x = quint8(m_random.bounded(256));
        b[6] = quint8((b[6] & 0x0F) | 0x40);
        b[8] = quint8((b[8] & 0x3F) | 0x80);
        return QUuid::fromRfc4122(QByteArrayView(b, 16)).toString(QUuid::WithoutBraces);
    }
    if (name == QLatin1String("$randomInt"))
        return QString::number(m_random.bounded(1001));
    if (name == QLatin1String("$counter"))
        return QString::number(counter);
    return {};
}

bool Variables::expand(const QString &text, QString *out, QString *error, QStringList *unknownNames)
{
    QString result;
    result.reserve(text.size());
    QStringList unknown;
    const qint64 counter = m_counter + 1;
    const QStringList builtins = builtinNames();
    bool usedCounter = false;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), i);
        if (open < 0) {
            result += QStringView(text).mid(i);
            break;
        }
        if (open > 0 && text.at(open - 1) == QLatin1Char('\\')) {
            result += QStringView(text).mid(i, open - 1 - i);
            result += QLatin1String("{{");
            i = open + 2;
            continue;
        }
        result += QStringView(text).mid(i, open - i);
        const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
        const QString name = close < 0 ? QString() : text.mid(open + 2, close - open - 2).trimmed();
        const bool isBuiltin = builtins.contains(name);
        // "$" marks a built-in: a misspelt one is an unknown name, not text.
        const bool looksBuiltin = name.startsWith(QLatin1Char('$')) && isValidName(name.mid(1));
        if (!isBuiltin && !looksBuiltin && !isValidName(name)) {
            result += QLatin1String("{{");
            i = open + 2;
            continue;
        }
        QString value;
        if (isBuiltin) {
            value = builtin(name, counter);
            usedCounter |= name == QLatin1String("$counter");
        } else if ((looksBuiltin || !lookup(name, &value)) && !unknown.contains(name))
            unknown << name;
        result += value;
        i = close + 2;
    }
    if (!unknown.isEmpty()) {
        if (unknownNames)
            *unknownNames = unknown;
        if (error) {
            QStringList shown;
            for (const QString &name : unknown)
                shown << QStringLiteral("{{%1}}").arg(name);
            *error = tr("Unknown variable(s) %1: add them to the Variables table or remove "
                        "them. Nothing was sent.",
                        nullptr, int(unknown.size()))
                         .arg(shown.join(QStringLiteral(", ")));
        }
        return false;
    }
    if (usedCounter)
        m_counter = counter;
    *out = result;
    return true;
}

bool Variables::isKnown(const QString &name) const
{
    QString ignored;
    return builtinNames().contains(name) || lookup(name, &ignored);
}
