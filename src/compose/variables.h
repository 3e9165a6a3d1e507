#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

class Clock;

/// `{{name}}` placeholders in an outgoing message: names from a per-connection table (then the
/// tab's environment, then the globals: the first that has the name wins), and the
/// built-ins `{{$timestamp}}` (Unix seconds), `{{$isoTimestamp}}` (UTC, milliseconds),
/// `{{$uuid}}` (random, version 4), `{{$randomInt}}` (0 to 1000) and `{{$counter}}` (1, 2, 3…
/// one step per message that uses it). A name that is neither is an error before anything is sent;
/// `\{{` stands for a literal `{{`. Text between braces that is not a name (`{{ a b }}`) is left as
/// it is, so JSON and templates of other tools pass through.
class Variables
{
    Q_DECLARE_TR_FUNCTIONS(Variables)
public:
    using Table = QList<QPair<QString, QString>>;

    explicit Variables(const Clock &clock);

    void setTable(const Table &table) { m_table = table; }
    const Table &table() const { return m_table; }
    /// The active environment's and the global variables, consulted after the tab's own
    /// table in that order (collection/EnvironmentSet fills them).
    void setEnvironment(const Table &table) { m_environment = table; }
    const Table &environment() const { return m_environment; }
    void setGlobals(const Table &table) { m_globals = table; }
    const Table &globals() const { return m_globals; }
    /// The value of a name: the tab's table, else the environment, else the globals; within
    /// one table later rows win, as in a shell.
    bool lookup(const QString &name, QString *value) const;
    /// Whether `{{name}}` would expand now: a table entry or a built-in. Read-only, for the
    /// composer's highlighter.
    bool isKnown(const QString &name) const;

    /// Replaces every placeholder. False, with every unknown name listed in error, when a name
    /// is neither in the table nor a built-in; the counter does not move then.
    /// unknown, when given, receives the unknown names themselves.
    bool expand(const QString &text, QString *out, QString *error, QStringList *unknown = nullptr);
    /// Whether the text holds any placeholder or escape at all (the cheap path).
    static bool hasPlaceholders(const QString &text);

    qint64 counter() const { return m_counter; }
    /// Tests fix the random source to get repeatable values.
    void seed(quint32 seed) { m_random.seed(seed); }

    static QStringList builtinNames();
    /// A name may hold letters, digits, '_', '-' and '.', and must not start with a digit.
    static bool isValidName(const QString &name);

private:
    QString builtin(const QString &name, qint64 counter);

    const Clock &m_clock;
    Table m_table;
    Table m_environment;
    Table m_globals;
    qint64 m_counter = 0;
    QRandomGenerator m_random;
};
