#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include "connection/event.h"
#include "decode/decodepipeline.h"

/// Values that differ between runs and should not count as differences.
struct CompareRules
{
    /// A key name ("timestamp": ignored at any depth) or a path from the root
    /// ("data.items[0].id", "$.data.id").
    QStringList ignoreKeys;
    /// Parts of text messages replaced by "<masked>" on both sides before comparing.
    QList<QRegularExpression> masks;
    /// Empty: payloads are compared as sent. Otherwise each message is decoded first and its
    /// value, as compact JSON, is what masks, ignoreKeys and the differences apply to. A
    /// message the pipeline cannot decode is compared as sent, and never quietly: see
    /// SessionCompare.
    DecodePipeline decoder;

    /// Checks the patterns; false with *error naming the bad one.
    static bool parseRegex(const QString &pattern, QRegularExpression *out, QString *error);
    /// Sets decoder from a SPEC ("msgpack", "base64,zlib,cbor", "protobuf:chat.proto:in=
    /// chat.Reply", "auto"); .proto paths are relative to baseDir. False with *error saying
    /// which step is wrong, decoder unchanged; an empty SPEC is an error too.
    bool setDecoder(const QString &spec, QString *error, const QString &baseDir = {});
};

/// One row of the side-by-side comparison.
struct MessageComparison
{
    enum class Status { Same, Changed, Missing, Extra };
    Status status = Status::Same;
    qsizetype recorded = -1; ///< index into the recorded list, -1 for Extra
    qsizetype replayed = -1; ///< index into the replayed list, -1 for Missing
    /// Changed: "path: recorded → replayed" lines (JSON or the decoded value), or where the
    /// text first differs; with a decoder, which side it could not decode and why.
    QStringList differences;
};

struct CompareResult
{
    QList<MessageComparison> rows;
    qsizetype same = 0, changed = 0, missing = 0, extra = 0;
    /// With a decoder: the messages of each side it could not decode (compared as sent).
    qsizetype undecodedRecorded = 0, undecodedReplayed = 0;
    bool passed() const { return changed == 0 && missing == 0 && extra == 0; }
    /// The verdict with its counts and, with the rules' decoder, what decoded the values and
    /// how many were not decoded: the report's first lines, the replay page's summary.
    QStringList summary(const CompareRules &rules) const;
    /// The summary line and a readable diff of every row that is not the same; messages are
    /// shown decoded where the rules' decoder can.
    QString report(const QList<Event> &recorded, const QList<Event> &replayed,
                   const CompareRules &rules = {}) const;
};

/// Aligns the messages a replay received with those the recording received and compares them
/// pair by pair, JSON-aware when both sides parse as JSON.
///
/// With a decoder (CompareRules::decoder) the decoded values are compared, so MessagePack
/// maps in another key order, CBOR integers of another width or protobuf fields in another
/// order are the same. Where it cannot decode a message, that message is compared as sent,
/// so identical bytes stay the same, but a pair decoded on one side only is changed, with
/// the side and the decoder's error in its differences, and the report counts every message
/// that was not decoded.
class SessionCompare
{
    Q_DECLARE_TR_FUNCTIONS(SessionCompare)
public:
    static CompareResult compare(const QList<Event> &recorded, const QList<Event> &replayed,
                                 const CompareRules &rules);
    /// The message as compared: decoded if the rules have a decoder and it can, masks applied,
    /// ignored keys removed, JSON made canonical.
    static QByteArray normalized(const Event &message, const CompareRules &rules);
    /// The message's decoded value as compact JSON, clipped to max characters; empty without a
    /// decoder or when it cannot decode the message. What the replay page and the report show.
    static QString decodedPreview(const Event &message, const CompareRules &rules, int max = 200);
    /// Differences between two messages after normalisation; empty when they match.
    static QStringList differences(const Event &recorded, const Event &replayed,
                                   const CompareRules &rules);
    /// The incoming text and binary messages of a list of events.
    static QList<Event> incomingMessages(const QList<Event> &events);

    /// How far ahead alignment looks for a message that was inserted or dropped.
    static constexpr int Window = 64;
};
