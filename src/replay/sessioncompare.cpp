#include "replay/sessioncompare.h"

#include "decode/cborjson.h"
#include "replay/jsoncompare.h"

namespace {

QString maskText(const QByteArray &payload, const CompareRules &rules)
{
    QString text = QString::fromUtf8(payload);
    for (const QRegularExpression &re : rules.masks)
        text.replace(re, JsonCompare::masked());
    return text;
}

QString abbreviated(const QString &text)
{
    return text.size() > 200 ? text.left(200) + QStringLiteral("…") : text;
}

QString textDifference(const QString &x, const QString &y)
{
    qsizetype i = 0;
    while (i < x.size() && i < y.size() && x[i] == y[i])
        ++i;
    return SessionCompare::tr("text differs from character %1: \"%2\" → \"%3\"")
        .arg(i)
        .arg(abbreviated(x), abbreviated(y));
}

/// What was sent, compared without a decoder: text JSON-aware, binary byte for byte.
QStringList rawDifferences(const Event &a, const Event &b, const CompareRules &rules)
{
    QStringList out;
    if (a.kind == EventKind::Binary) {
        if (a.payload != b.payload) {
            qsizetype i = 0;
            while (i < a.payload.size() && i < b.payload.size() && a.payload[i] == b.payload[i])
                ++i;
            out << SessionCompare::tr("bytes differ from offset %1 (%2 B → %3 B)")
                       .arg(i)
                       .arg(a.payload.size())
                       .arg(b.payload.size());
        }
        return out;
    }
    const QString x = maskText(a.payload, rules), y = maskText(b.payload, rules);
    QJsonValue jx, jy;
    if (JsonCompare::parseContainer(x.toUtf8(), &jx)
        && JsonCompare::parseContainer(y.toUtf8(), &jy)) {
        out << JsonCompare::differences(JsonCompare::strip(jx, rules.ignoreKeys),
                                        JsonCompare::strip(jy, rules.ignoreKeys));
        return out;
    }
    if (x != y)
        out << textDifference(x, y);
    return out;
}

QByteArray rawNormalized(const Event &m, const CompareRules &rules)
{
    if (m.kind != EventKind::Text)
        return m.payload;
    QByteArray text = maskText(m.payload, rules).toUtf8();
    QJsonValue json;
    if (!JsonCompare::parseContainer(text, &json))
        return text;
    return JsonCompare::compact(JsonCompare::strip(json, rules.ignoreKeys));
}

/// A message through the rules' decoder: its value as compact JSON, keys sorted, with the
/// masks applied (to the sorted text, so that a mask which cuts through the JSON still
/// leaves both sides in the same order), or the decoder's error.
struct Decoded
{
    bool ok = false;
    QString text;
    QString error;
};

Decoded decode(const Event &m, const CompareRules &rules)
{
    const DecodedMessage d = rules.decoder.decodeValue(m.payload, m.direction);
    if (!d.ok)
        return {false, {}, d.error};
    QString text = CborJson::text(d.value, false);
    if (QJsonValue json; JsonCompare::parseValue(text, &json))
        text = QString::fromUtf8(JsonCompare::compact(json));
    for (const QRegularExpression &re : rules.masks)
        text.replace(re, JsonCompare::masked());
    return {true, text, {}};
}

QByteArray decodedNormalized(const QString &text, const CompareRules &rules)
{
    QJsonValue json;
    if (!JsonCompare::parseValue(text, &json))
        return text.toUtf8(); // a mask cut through the JSON: compared as text
    return JsonCompare::compact(JsonCompare::strip(json, rules.ignoreKeys));
}

/// What alignment compares: the kind, whether decoded, and the normalised form, so a message
/// decoded on one side only never equals its counterpart.
QByteArray alignmentKey(const Event &m, const CompareRules &rules, bool *undecoded)
{
    QByteArray key(1, char(m.kind));
    if (!rules.decoder.isEmpty()) {
        const Decoded d = decode(m, rules);
        if (d.ok)
            return key + 'D' + decodedNormalized(d.text, rules);
        *undecoded = true;
    }
    return key + 'R' + rawNormalized(m, rules);
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

bool CompareRules::setDecoder(const QString &spec, QString *error, const QString &baseDir)
{
    DecodePipeline pipeline;
    QString problem;
    if (!DecodePipeline::parse(spec, &pipeline, &problem, baseDir) || pipeline.isEmpty()) {
        *error =
            SessionCompare::tr("The decoder \"%1\" cannot be used: %2")
                .arg(spec, problem.isEmpty() ? SessionCompare::tr("it has no steps.") : problem);
        return false;
    }
    decoder = std::move(pipeline);
    return true;
}

QByteArray SessionCompare::normalized(const Event &m, const CompareRules &rules)
{
    if (!rules.decoder.isEmpty()) {
        const Decoded d = decode(m, rules);
        if (d.ok)
            return decodedNormalized(d.text, rules);
    }
    return rawNormalized(m, rules);
}

QString SessionCompare::decodedPreview(const Event &m, const CompareRules &rules, int max)
{
    if (rules.decoder.isEmpty())
        return {};
    const DecodedMessage d = rules.decoder.decodeValue(m.payload, m.direction);
    if (!d.ok)
        return {};
    const QString text = CborJson::text(d.value, false);
    return text.size() > max ? text.left(max) + QStringLiteral("…") : text;
}

QStringList SessionCompare::differences(const Event &a, const Event &b, const CompareRules &rules)
{
    QStringList out;
    if (a.kind != b.kind) {
        out << tr("type: %1 → %2").arg(EventNames::kindId(a.kind), EventNames::kindId(b.kind));
        return out;
    }
    if (rules.decoder.isEmpty())
        return rawDifferences(a, b, rules);
    const Decoded x = decode(a, rules), y = decode(b, rules);
    if (x.ok && y.ok) {
        QJsonValue jx, jy;
        if (JsonCompare::parseValue(x.text, &jx) && JsonCompare::parseValue(y.text, &jy))
            out << JsonCompare::differences(JsonCompare::strip(jx, rules.ignoreKeys),
                                            JsonCompare::strip(jy, rules.ignoreKeys));
        else if (x.text != y.text)
            out << textDifference(x.text, y.text);
        return out;
    }
    // Not decoded on one side or both: say so with the decoder's error, then compare what
    // was sent, as without a decoder.
    if (!x.ok)
        out << tr("not decoded on the recorded side: %1").arg(x.error);
    if (!y.ok)
        out << tr("not decoded on the replayed side: %1").arg(y.error);
    return out + rawDifferences(a, b, rules);
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
    CompareResult result;
    QList<QByteArray> a, b;
    a.reserve(recorded.size());
    b.reserve(replayed.size());
    for (const Event &e : recorded) {
        bool undecoded = false;
        a << alignmentKey(e, rules, &undecoded);
        result.undecodedRecorded += undecoded;
    }
    for (const Event &e : replayed) {
        bool undecoded = false;
        b << alignmentKey(e, rules, &undecoded);
        result.undecodedReplayed += undecoded;
    }

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

QStringList CompareResult::summary(const CompareRules &rules) const
{
    QStringList out{passed() ? SessionCompare::tr("PASS: %1 message(s) the same.").arg(same)
                             : SessionCompare::tr("FAIL: %1 the same, %2 changed, %3 missing, "
                                                  "%4 extra.")
                                   .arg(same)
                                   .arg(changed)
                                   .arg(missing)
                                   .arg(extra)};
    if (!rules.decoder.isEmpty()) {
        out << SessionCompare::tr("Compared the values decoded by %1.").arg(rules.decoder.spec());
        if (undecodedRecorded + undecodedReplayed > 0)
            out << SessionCompare::tr("Not decoded, compared as sent: %1 recorded and %2 "
                                      "replayed message(s).")
                       .arg(undecodedRecorded)
                       .arg(undecodedReplayed);
    }
    return out;
}

QString CompareResult::report(const QList<Event> &recorded, const QList<Event> &replayed,
                              const CompareRules &rules) const
{
    QString out = summary(rules).join(QLatin1Char('\n')) + QLatin1Char('\n');
    auto text = [&rules](const Event &e) {
        const QString decoded = SessionCompare::decodedPreview(e, rules);
        if (!decoded.isEmpty())
            return decoded;
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
