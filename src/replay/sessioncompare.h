#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include "connection/event.h"

/// Values that differ between runs and should not count as differences.
struct CompareRules
{
    /// A key name ("timestamp": ignored at any depth) or a path from the root
    /// ("data.items[0].id", "$.data.id").
    QStringList ignoreKeys;
    /// Parts of text messages replaced by "<masked>" on both sides before comparing.
    QList<QRegularExpression> masks;

    /// Checks the patterns; false with *error naming the bad one.
    static bool parseRegex(const QString &pattern, QRegularExpression *out, QString *error);
};

/// One row of the side-by-side comparison.
struct MessageComparison
{
    enum class Status { Same, Changed, Missing, Extra };
    Status status = Status::Same;
    qsizetype recorded = -1; ///< index into the recorded list, -1 for Extra
    qsizetype replayed = -1; ///< index into the replayed list, -1 for Missing
    /// Changed: "path: recorded → replayed" lines (JSON), or where the text first differs.
    QStringList differences;
};

struct CompareResult
{
    QList<MessageComparison> rows;
    qsizetype same = 0, changed = 0, missing = 0, extra = 0;
    bool passed() const { return changed == 0 && missing == 0 && extra == 0; }
    /// The summary line and a readable diff of every row that is not the same.
    QString report(const QList<Event> &recorded, const QList<Event> &replayed) const;
};

/// Aligns the messages a replay received with those the recording received and compares them
/// pair by pair, JSON-aware when both sides parse as JSON.
class SessionCompare
{
    Q_DECLARE_TR_FUNCTIONS(SessionCompare)
public:
    static CompareResult compare(const QList<Event> &recorded, const QList<Event> &replayed,
                                 const CompareRules &rules);
    /// The message as compared: masks applied, ignored keys removed, JSON made canonical.
    static QByteArray normalized(const Event &message, const CompareRules &rules);
    /// Differences between two messages after normalisation; empty when they match.
    static QStringList differences(const Event &recorded, const Event &replayed,
                                   const CompareRules &rules);
    /// The incoming text and binary messages of a list of events.
    static QList<Event> incomingMessages(const QList<Event> &events);

    /// How far ahead alignment looks for a message that was inserted or dropped.
    static constexpr int Window = 64;
};
