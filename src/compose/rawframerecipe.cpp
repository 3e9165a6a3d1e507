#include "compose/rawframerecipe.h"

#include <QSet>

#include "protocol/frame/framecodec.h"

namespace {

/// The SPEC's keys in the order toSpec() writes them; payload is always last.
const char *const SpecKeys[] = {"opcode", "fin", "rsv1",    "rsv2",  "rsv3",    "mask",
                                "key",    "len", "lenbits", "split", "between", "payload"};

bool parseBool(const QString &value, bool *out)
{
    if (value == QLatin1String("1") || value == QLatin1String("true")) {
        *out = true;
        return true;
    }
    if (value == QLatin1String("0") || value == QLatin1String("false")) {
        *out = false;
        return true;
    }
    return false;
}

bool parseKey(QString value, quint32 *out)
{
    if (value.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        value = value.mid(2);
    if (value.isEmpty() || value.size() > 8)
        return false;
    bool ok = false;
    *out = value.toUInt(&ok, 16);
    return ok;
}

QString lengthBitsId(RawFrame::LengthBits bits)
{
    switch (bits) {
    case RawFrame::LengthBits::Bits7:
        return QStringLiteral("7");
    case RawFrame::LengthBits::Bits16:
        return QStringLiteral("16");
    case RawFrame::LengthBits::Bits64:
        return QStringLiteral("64");
    case RawFrame::LengthBits::Shortest:
        break;
    }
    return QStringLiteral("shortest");
}

bool parseLengthBits(const QString &value, RawFrame::LengthBits *out)
{
    for (auto bits : {RawFrame::LengthBits::Shortest, RawFrame::LengthBits::Bits7,
                      RawFrame::LengthBits::Bits16, RawFrame::LengthBits::Bits64}) {
        if (value == lengthBitsId(bits)) {
            *out = bits;
            return true;
        }
    }
    return false;
}

QString betweenId(RawFrameRecipe::Between between)
{
    switch (between) {
    case RawFrameRecipe::Between::Ping:
        return QStringLiteral("ping");
    case RawFrameRecipe::Between::Pong:
        return QStringLiteral("pong");
    case RawFrameRecipe::Between::None:
        break;
    }
    return QStringLiteral("none");
}

bool parseSplit(const QString &value, QList<qint64> *out)
{
    out->clear();
    for (const QString &part : value.split(QLatin1Char('+'))) {
        bool ok = false;
        const qint64 n = part.trimmed().toLongLong(&ok);
        if (!ok || n < 0)
            return false;
        out->append(n);
    }
    return !out->isEmpty();
}

/// The payload's "mode:" prefix; without a known one the whole value is text.
OutgoingMessage parsePayload(const QString &value)
{
    const qsizetype colon = value.indexOf(QLatin1Char(':'));
    OutgoingMessage::Mode mode;
    if (colon > 0 && OutgoingMessage::modeFromId(value.left(colon), &mode))
        return {mode, value.mid(colon + 1)};
    return OutgoingMessage::text(value);
}

} // namespace

QString RawFrameRecipe::opcodeId(int opcode)
{
    switch (opcode) {
    case FrameCodec::Continuation:
    case FrameCodec::Text:
    case FrameCodec::Binary:
    case FrameCodec::Close:
    case FrameCodec::Ping:
    case FrameCodec::Pong:
        return FrameCodec::opcodeName(quint8(opcode));
    default:
        break;
    }
    return QString::number(opcode);
}

bool RawFrameRecipe::parseOpcode(QStringView text, int *opcode)
{
    for (int op : {0x0, 0x1, 0x2, 0x8, 0x9, 0xA}) {
        if (text == opcodeId(op)) {
            *opcode = op;
            return true;
        }
    }
    if (text == QLatin1String("cont")) {
        *opcode = 0;
        return true;
    }
    bool ok = false;
    const int n = text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)
                      ? text.mid(2).toInt(&ok, 16)
                      : text.toInt(&ok, 10);
    if (!ok || n < 0 || n > 15)
        return false;
    *opcode = n;
    return true;
}

bool RawFrameRecipe::build(Variables *variables, QList<RawFrame> *out, QString *error) const
{
    OutgoingMessage::Payload built;
    if (!payload.build(variables, &built, error))
        return false;
    const QByteArray &bytes = built.bytes;
    QList<qint64> sizes = fragments;
    qint64 sum = 0;
    for (qint64 n : sizes)
        sum += n;
    if (sum > bytes.size()) {
        *error = tr("The fragments add up to %1 bytes, more than the payload's %2.")
                     .arg(sum)
                     .arg(bytes.size());
        return false;
    }
    if (sizes.isEmpty() || sum < bytes.size())
        sizes.append(bytes.size() - sum);

    out->clear();
    qsizetype at = 0;
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const bool first = i == 0;
        const bool last = i == sizes.size() - 1;
        RawFrame f;
        f.opcode = first ? quint8(std::clamp(opcode, 0, 255)) : quint8(FrameCodec::Continuation);
        f.fin = last ? fin : false;
        f.rsv1 = first && rsv1;
        f.rsv2 = first && rsv2;
        f.rsv3 = first && rsv3;
        f.masked = masked;
        f.maskKey = masked ? maskKey : std::nullopt;
        f.lengthBits = lengthBits;
        if (first)
            f.declaredLength = declaredLength;
        f.payload = bytes.mid(at, qsizetype(sizes.at(i)));
        at += qsizetype(sizes.at(i));
        if (const QString problem = f.problem(); !problem.isEmpty()) {
            *error = sizes.size() == 1
                         ? tr("The frame cannot be written: %1.").arg(problem)
                         : tr("Frame %1 cannot be written: %2.").arg(i + 1).arg(problem);
            return false;
        }
        out->append(f);
        if (!last && between != Between::None) {
            RawFrame control;
            control.opcode = between == Between::Ping ? FrameCodec::Ping : FrameCodec::Pong;
            control.masked = masked;
            control.maskKey = f.maskKey;
            out->append(control);
        }
    }
    return true;
}

bool RawFrameRecipe::parseSpec(const QString &spec, RawFrameRecipe *out, QString *error,
                               bool checkPayload)
{
    RawFrameRecipe r;
    QSet<QString> seen;
    if (spec.trimmed().isEmpty()) {
        *error = tr("the SPEC is empty; give keys such as opcode=text,payload=text:hello.");
        return false;
    }
    qsizetype at = 0;
    while (at < spec.size()) {
        const qsizetype eq = spec.indexOf(QLatin1Char('='), at);
        const qsizetype comma = spec.indexOf(QLatin1Char(','), at);
        if (eq < 0 || (comma >= 0 && comma < eq)) {
            const QString item = spec.mid(at, comma < 0 ? -1 : comma - at).trimmed();
            *error = item.isEmpty()
                         ? tr("an empty item at position %1: remove the extra comma.").arg(at + 1)
                         : tr("\"%1\" is not of the form key=value.").arg(item);
            return false;
        }
        const QString key = spec.mid(at, eq - at).trimmed().toLower();
        QString value;
        if (key == QLatin1String("payload")) {
            // The payload takes the rest, commas included: it must come last.
            value = spec.mid(eq + 1);
            at = spec.size();
        } else {
            value = spec.mid(eq + 1, comma < 0 ? -1 : comma - eq - 1).trimmed();
            at = comma < 0 ? spec.size() : comma + 1;
        }
        if (seen.contains(key)) {
            *error = tr("%1 is given twice.").arg(key);
            return false;
        }
        seen.insert(key);

        bool ok = true;
        QString expected;
        if (key == QLatin1String("opcode")) {
            ok = parseOpcode(value, &r.opcode);
            expected = tr("text, binary, continuation, close, ping, pong or a number 0–15");
        } else if (key == QLatin1String("fin") || key == QLatin1String("rsv1")
                   || key == QLatin1String("rsv2") || key == QLatin1String("rsv3")
                   || key == QLatin1String("mask")) {
            bool *target = key == QLatin1String("fin")    ? &r.fin
                           : key == QLatin1String("rsv1") ? &r.rsv1
                           : key == QLatin1String("rsv2") ? &r.rsv2
                           : key == QLatin1String("rsv3") ? &r.rsv3
                                                          : &r.masked;
            ok = parseBool(value, target);
            expected = tr("0 or 1");
        } else if (key == QLatin1String("key")) {
            quint32 k = 0;
            ok = value == QLatin1String("random") || parseKey(value, &k);
            if (ok && value != QLatin1String("random"))
                r.maskKey = k;
            expected = tr("a masking key of up to 8 hex digits such as 0x11223344, or random");
        } else if (key == QLatin1String("len")) {
            const quint64 n = value.toULongLong(&ok, 10);
            if (ok)
                r.declaredLength = n;
            expected = tr("a length in bytes, 0–18446744073709551615");
        } else if (key == QLatin1String("lenbits")) {
            ok = parseLengthBits(value, &r.lengthBits);
            expected = tr("7, 16, 64 or shortest");
        } else if (key == QLatin1String("split")) {
            ok = parseSplit(value, &r.fragments);
            expected = tr("fragment sizes in bytes joined by +, such as 3+2");
        } else if (key == QLatin1String("between")) {
            ok = value == QLatin1String("ping") || value == QLatin1String("pong")
                 || value == QLatin1String("none");
            r.between = value == QLatin1String("ping")   ? Between::Ping
                        : value == QLatin1String("pong") ? Between::Pong
                                                         : Between::None;
            expected = tr("ping, pong or none");
        } else if (key == QLatin1String("payload")) {
            r.payload = parsePayload(value);
        } else {
            QStringList keys;
            for (const char *k : SpecKeys)
                keys << QString::fromLatin1(k);
            *error =
                tr("unknown key \"%1\"; the keys are %2.").arg(key, keys.join(QLatin1String(", ")));
            return false;
        }
        if (!ok) {
            *error = tr("%1 takes %2, not \"%3\".").arg(key, expected, value);
            return false;
        }
    }
    if (r.maskKey && seen.contains(QStringLiteral("mask")) && !r.masked) {
        *error = tr("key= gives a masking key, but mask=0 says the frame is not masked.");
        return false;
    }
    if (r.between != Between::None && r.fragments.isEmpty()) {
        *error = tr("between= puts a control frame between fragments: give split= too.");
        return false;
    }
    // Everything that can be known before sending is checked now: the payload (hex, base64, a
    // file that can be read) and whether the frames can be written.
    QList<RawFrame> frames;
    QString buildError;
    if (checkPayload && !r.build(nullptr, &frames, &buildError)) {
        *error = tr("payload: %1").arg(buildError);
        return false;
    }
    *out = r;
    return true;
}

QString RawFrameRecipe::toSpec() const
{
    QStringList items{QStringLiteral("opcode=") + opcodeId(opcode)};
    if (!fin)
        items << QStringLiteral("fin=0");
    if (rsv1)
        items << QStringLiteral("rsv1=1");
    if (rsv2)
        items << QStringLiteral("rsv2=1");
    if (rsv3)
        items << QStringLiteral("rsv3=1");
    if (!masked)
        items << QStringLiteral("mask=0");
    if (masked && maskKey)
        items << QStringLiteral("key=0x%1").arg(*maskKey, 8, 16, QLatin1Char('0'));
    if (declaredLength)
        items << QStringLiteral("len=%1").arg(*declaredLength);
    if (lengthBits != RawFrame::LengthBits::Shortest)
        items << QStringLiteral("lenbits=") + lengthBitsId(lengthBits);
    if (!fragments.isEmpty()) {
        QStringList sizes;
        for (qint64 n : fragments)
            sizes << QString::number(n);
        items << QStringLiteral("split=") + sizes.join(QLatin1Char('+'));
    }
    if (between != Between::None)
        items << QStringLiteral("between=") + betweenId(between);
    items
        << QStringLiteral("payload=%1:%2").arg(OutgoingMessage::modeId(payload.mode), payload.body);
    return items.join(QLatin1Char(','));
}

QString RawFrameRecipe::specHelp()
{
    // ASCII only: the man page is made from this text.
    return tr("--send-frame SPEC (testing servers) writes one message's frames exactly as SPEC "
              "says, after the open, in order with --send and --send-hex; the wire engine only. "
              "SPEC is key=value items separated by commas, payload last (it takes the rest, "
              "commas included): opcode=text|binary|continuation|close|ping|pong|0-15 (default "
              "text), fin=0|1, rsv1=0|1, rsv2=0|1, rsv3=0|1, mask=0|1 (default 1), "
              "key=HEX|random (the masking key), len=N (a length field that lies), "
              "lenbits=7|16|64|shortest (non-minimal forms too), split=N+N... (fragments of these "
              "sizes, the rest in a last one; opcode, RSV bits and len go on the first), "
              "between=ping|pong (a control frame between fragments), payload=text:...|json:...|"
              "hex:...|base64:...|file:PATH (hex gives invalid UTF-8 in a text frame).\n"
              "Example: --send-frame 'opcode=text,split=2+2,between=ping,payload=hex:48 65 ff "
              "6c 6f'.");
}

QVariantMap RawFrameRecipe::toMap() const
{
    QVariantMap map;
    map.insert(QStringLiteral("spec"), toSpec());
    return map;
}

RawFrameRecipe RawFrameRecipe::fromMap(const QVariantMap &map)
{
    // The SPEC is the saved form: one syntax for the console and the composer's settings. A
    // payload that no longer builds (a file gone) still restores.
    RawFrameRecipe r;
    QString error;
    parseSpec(map.value(QStringLiteral("spec")).toString(), &r, &error, false);
    return r;
}
