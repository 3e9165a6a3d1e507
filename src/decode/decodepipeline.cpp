#include "decode/decodepipeline.h"

#include <cmath>

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QDir>

#include "decode/cborjson.h"
#include "decode/jsonclip.h"
#include "decode/msgpackcodec.h"
#include "decode/protobufschema.h"
#include "decode/protowire.h"
#include "decode/unwrap.h"
#include "protocol/frame/utf8validator.h"

namespace {

struct StepName
{
    const char *name;
    DecodePipeline::Step step;
};

constexpr StepName Names[] = {
    {"base64", DecodePipeline::Step::Base64},   {"hex", DecodePipeline::Step::Hex},
    {"gzip", DecodePipeline::Step::Gzip},       {"zlib", DecodePipeline::Step::Zlib},
    {"deflate", DecodePipeline::Step::Deflate}, {"inflate", DecodePipeline::Step::Inflate},
    {"json", DecodePipeline::Step::Json},       {"msgpack", DecodePipeline::Step::MsgPack},
    {"cbor", DecodePipeline::Step::Cbor},       {"protobuf", DecodePipeline::Step::Protobuf},
    {"auto", DecodePipeline::Step::Auto},
};

bool isFormat(DecodePipeline::Step step)
{
    return step >= DecodePipeline::Step::Json;
}

bool parseCbor(QByteArrayView bytes, QCborValue *out, QString *error, qsizetype *offset)
{
    QCborStreamReader reader(bytes.data(), bytes.size());
    QCborValue value = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError) {
        *error = DecodePipeline::tr("CBOR: %1").arg(reader.lastError().toString());
        *offset = reader.currentOffset();
        return false;
    }
    if (reader.currentOffset() != bytes.size()) {
        *error = DecodePipeline::tr("%1 bytes follow the CBOR value")
                     .arg(bytes.size() - reader.currentOffset());
        *offset = reader.currentOffset();
        return false;
    }
    *out = std::move(value);
    return true;
}

bool looksLikeBase64(QByteArrayView b)
{
    qsizetype n = 0;
    for (const char c : b) {
        if (!(std::isalnum(quint8(c)) || c == '+' || c == '/' || c == '-' || c == '_' || c == '='))
            return false;
        ++n;
    }
    return n >= 8;
}

bool looksLikeHex(QByteArrayView b)
{
    qsizetype digits = 0;
    for (const char c : b) {
        if (std::isxdigit(quint8(c)))
            ++digits;
        else if (c != ' ' && c != ':' && c != '\n')
            return false;
    }
    return digits >= 4 && digits % 2 == 0;
}

bool startsAsJson(QByteArrayView b)
{
    const QByteArrayView trimmed = b.trimmed();
    return !trimmed.isEmpty() && (trimmed[0] == '{' || trimmed[0] == '[');
}

/// A fixmap, fixarray, array 16/32 or map 16/32: what auto tries MessagePack on.
bool startsAsMsgPack(QByteArrayView b)
{
    const quint8 first = quint8(b[0]);
    return (first >= 0x80 && first <= 0x9f) || (first >= 0xdc && first <= 0xdf);
}

/// The next step for bytes nobody named one for, or Auto when there is none (the bytes are
/// the value). Cheap checks first; a format is taken only when it reads the whole input,
/// and what it read is *value then (so that it is not read twice).
DecodePipeline::Step detect(QByteArrayView b, int round, QCborValue *value)
{
    using Step = DecodePipeline::Step;
    if (b.isEmpty())
        return Step::Auto;
    if (Unwrap::sniff(b) != Unwrap::Deflate::Any)
        return Step::Inflate;
    const quint8 first = quint8(b[0]);
    QString error;
    qsizetype offset = 0;
    const bool text = Utf8Validator::isValidUtf8(b);
    if (text) {
        if (startsAsJson(b) && CborJson::read(b, value, &error, &offset))
            return Step::Json;
        // Unwrapping text is only a guess worth making once or twice.
        if (round < 3 && looksLikeHex(b))
            return Step::Hex;
        if (round < 3 && looksLikeBase64(b))
            return Step::Base64;
    }
    if (startsAsMsgPack(b) && MsgPackCodec::decode(b, value, &error, &offset))
        return Step::MsgPack;
    const bool cborStart = (first >= 0x80 && first <= 0xbf) || (first >= 0xc0 && first <= 0xdb);
    if (cborStart && parseCbor(b, value, &error, &offset))
        return Step::Cbor;
    if (!text && ProtoWire::decode(b, value, &error, &offset))
        return Step::Protobuf;
    return Step::Auto;
}

QCborValue bytesValue(const QByteArray &bytes)
{
    if (Utf8Validator::isValidUtf8(bytes))
        return QString::fromUtf8(bytes);
    return bytes;
}

} // namespace

qsizetype DecodedMessage::cost() const
{
    return 64 + (text.size() + error.size() + note.size()) * 2 * 2; // the value about the text
}

DecodePipeline::DecodePipeline() = default;
DecodePipeline::~DecodePipeline() = default;
DecodePipeline::DecodePipeline(const DecodePipeline &) = default;
DecodePipeline &DecodePipeline::operator=(const DecodePipeline &) = default;

QStringList DecodePipeline::stepNames()
{
    QStringList names;
    for (const StepName &n : Names)
        names << QLatin1String(n.name);
    return names;
}

QString DecodePipeline::name(const Item &item)
{
    for (const StepName &n : Names) {
        if (n.step == item.step)
            return QLatin1String(n.name);
    }
    return {};
}

bool DecodePipeline::parse(const QString &spec, DecodePipeline *out, QString *error,
                           const QString &baseDir)
{
    DecodePipeline pipeline;
    pipeline.m_spec = spec.trimmed();
    const QStringList parts = pipeline.m_spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString part = parts.at(i).trimmed();
        const QString word = part.section(QLatin1Char(':'), 0, 0).toLower();
        Item item{Step::Auto, nullptr};
        bool known = false;
        for (const StepName &n : Names) {
            if (word == QLatin1String(n.name)) {
                item.step = n.step;
                known = true;
            }
        }
        if (!known) {
            *error = tr("step %1: \"%2\" is not a decoding step (%3)")
                         .arg(i + 1)
                         .arg(part, stepNames().join(QLatin1String(", ")));
            return false;
        }
        if (isFormat(item.step) && i != parts.size() - 1) {
            *error = tr("step %1: %2 is a format and must be the last step").arg(i + 1).arg(word);
            return false;
        }
        if (item.step == Step::MsgPack && !MsgPackCodec::available()) {
            *error = tr("step %1: this build has no MessagePack support").arg(i + 1);
            return false;
        }
        if (item.step == Step::Protobuf && part.contains(QLatin1Char(':'))) {
            // protobuf:FILE[+FILE…]:RULES
            const QString rest = part.section(QLatin1Char(':'), 1);
            const qsizetype colon = rest.indexOf(QLatin1Char(':'));
            if (colon < 0) {
                *error = tr("step %1: write protobuf:FILE.proto:package.Message").arg(i + 1);
                return false;
            }
            const QStringList files = schemaFiles(part, baseDir);
            QString schemaError;
            item.schema = ProtobufSchema::load(files, rest.mid(colon + 1), {}, &schemaError);
            if (!item.schema) {
                *error = tr("step %1 (protobuf): %2").arg(i + 1).arg(schemaError);
                return false;
            }
        } else if (part.contains(QLatin1Char(':'))) {
            *error = tr("step %1: %2 takes no arguments").arg(i + 1).arg(word);
            return false;
        }
        pipeline.m_steps.push_back(item);
    }
    *out = std::move(pipeline);
    return true;
}

QStringList DecodePipeline::schemaFiles(const QString &spec, const QString &baseDir)
{
    QStringList files;
    for (const QString &step : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        // protobuf:FILE[+FILE…]:RULES
        const QString part = step.trimmed();
        if (part.section(QLatin1Char(':'), 0, 0).toLower() != QLatin1String("protobuf"))
            continue;
        const QString rest = part.section(QLatin1Char(':'), 1);
        const qsizetype colon = rest.indexOf(QLatin1Char(':'));
        if (colon < 0)
            continue;
        for (const QString &f : rest.left(colon).split(QLatin1Char('+'), Qt::SkipEmptyParts))
            files << (baseDir.isEmpty() ? f : QDir(baseDir).absoluteFilePath(f));
    }
    return files;
}

bool DecodePipeline::canEncode() const
{
    if (m_steps.empty())
        return false;
    const Item &last = m_steps.back();
    if (last.step == Step::Auto || (last.step == Step::Protobuf && !last.schema))
        return false;
    return true;
}

bool DecodePipeline::apply(const Item &item, QByteArray *bytes, Direction direction,
                           DecodedMessage *out, bool *isValue) const
{
    Unwrap::Failure failure;
    QByteArray next;
    QString error;
    qsizetype offset = -1;
    bool ok = true;
    *isValue = isFormat(item.step);
    switch (item.step) {
    case Step::Base64:
        ok = Unwrap::fromBase64(*bytes, &next, &failure);
        break;
    case Step::Hex:
        ok = Unwrap::fromHex(*bytes, &next, &failure);
        break;
    case Step::Gzip:
        ok = Unwrap::inflate(*bytes, Unwrap::Deflate::Gzip, &next, &failure);
        break;
    case Step::Zlib:
        ok = Unwrap::inflate(*bytes, Unwrap::Deflate::Zlib, &next, &failure);
        break;
    case Step::Deflate:
        ok = Unwrap::inflate(*bytes, Unwrap::Deflate::Raw, &next, &failure);
        break;
    case Step::Inflate: {
        const Unwrap::Deflate framing = Unwrap::sniff(*bytes);
        ok = Unwrap::inflate(*bytes,
                             framing == Unwrap::Deflate::Any ? Unwrap::Deflate::Raw : framing,
                             &next, &failure);
        break;
    }
    case Step::Json:
        ok = CborJson::read(*bytes, &out->value, &error, &offset);
        break;
    case Step::MsgPack:
        ok = MsgPackCodec::decode(*bytes, &out->value, &error, &offset);
        break;
    case Step::Cbor:
        ok = parseCbor(*bytes, &out->value, &error, &offset);
        break;
    case Step::Protobuf: {
        QString schemaError;
        QString type;
        if (item.schema
            && item.schema->decode(*bytes, direction, &out->value, &type, &schemaError)) {
            out->note = type;
            break;
        }
        // No schema, no rule for this message, or the bytes are not that type: the wire
        // format still shows field numbers and values.
        ok = ProtoWire::decode(*bytes, &out->value, &error, &offset);
        if (item.schema)
            out->note = tr("schema-less: %1").arg(schemaError);
        break;
    }
    case Step::Auto:
        break;
    }
    if (!ok) {
        out->error = failure.message.isEmpty() ? error : failure.message;
        out->errorOffset = failure.message.isEmpty() ? offset : failure.offset;
        return false;
    }
    if (!*isValue)
        *bytes = std::move(next);
    return true;
}

DecodedMessage DecodePipeline::decode(QByteArrayView payload, Direction direction) const
{
    return run(payload, direction, true);
}

DecodePipeline::ClipRoute DecodePipeline::clipRoute(QByteArrayView payload) const
{
    if (payload.isEmpty())
        return ClipRoute::None;
    if (m_steps.empty()) {
        // As detect() routes: a zlib or gzip header is inflated first; JSON text is JSON;
        // MessagePack is taken here only for bytes that are no UTF-8 text (text may be hex or
        // base64 first).
        if (Unwrap::sniff(payload) != Unwrap::Deflate::Any)
            return ClipRoute::None;
        if (startsAsJson(payload))
            return Utf8Validator::isValidUtf8(payload) ? ClipRoute::Json : ClipRoute::None;
        if (!startsAsMsgPack(payload) || Utf8Validator::isValidUtf8(payload))
            return ClipRoute::None;
    } else if (m_spec != QLatin1String("msgpack")) {
        return ClipRoute::None;
    }
    return ClipRoute::MsgPack;
}

bool DecodePipeline::compactClip(QByteArrayView payload, int max, QString *shown) const
{
    switch (clipRoute(payload)) {
    case ClipRoute::Json:
        return JsonClip::compact(payload, max, shown);
    case ClipRoute::MsgPack:
        if (!MsgPackCodec::compactClip(payload, max, shown))
            return false;
        *shown += QStringLiteral(" [msgpack]");
        return true;
    case ClipRoute::None:
        break;
    }
    return false;
}

bool DecodePipeline::compactClipUtf8(QByteArrayView payload, int max, QByteArray *shown) const
{
    switch (clipRoute(payload)) {
    case ClipRoute::Json:
        return JsonClip::compactUtf8(payload, max, shown);
    case ClipRoute::MsgPack:
        if (!MsgPackCodec::compactClipUtf8(payload, max, shown))
            return false;
        *shown += " [msgpack]";
        return true;
    case ClipRoute::None:
        break;
    }
    return false;
}

DecodedMessage DecodePipeline::decodeValue(QByteArrayView payload, Direction direction) const
{
    return run(payload, direction, false);
}

DecodedMessage DecodePipeline::run(QByteArrayView payload, Direction direction, bool withText) const
{
    DecodedMessage out;
    QByteArray bytes = payload.toByteArray();
    bool haveValue = false;
    std::vector<Item> steps = m_steps;
    for (size_t i = 0; i < steps.size() && !haveValue; ++i) {
        if (steps[i].step == Step::Auto) {
            // Each round either unwraps or ends in a format; at most a few rounds.
            QCborValue detected;
            const Step next = detect(bytes, int(i), &detected);
            if (next == Step::Auto || i > 6)
                break;
            if (isFormat(next)) {
                // Detecting read the whole input in that format: the value is its step's.
                out.steps << name({next, nullptr});
                out.value = std::move(detected);
                haveValue = true;
                break;
            }
            steps.push_back({next, nullptr});
            steps.push_back({Step::Auto, nullptr});
            continue;
        }
        const QString stepName = name(steps[i]);
        out.steps << stepName;
        if (!apply(steps[i], &bytes, direction, &out, &haveValue)) {
            out.failedStep = int(out.steps.size());
            out.error = out.errorOffset >= 0
                            ? tr("step %1 (%2): %3 at byte %4")
                                  .arg(out.failedStep)
                                  .arg(stepName, out.error)
                                  .arg(out.errorOffset)
                            : tr("step %1 (%2): %3").arg(out.failedStep).arg(stepName, out.error);
            out.value = QCborValue();
            return out;
        }
    }
    if (!haveValue)
        out.value = bytesValue(bytes);
    out.ok = true;
    if (withText)
        out.text = CborJson::text(out.value, true);
    return out;
}

bool DecodePipeline::encode(const QCborValue &value, Direction direction, QByteArray *out,
                            QString *error) const
{
    if (!canEncode()) {
        *error = tr("the pipeline \"%1\" cannot encode: it needs a format with a type at the end")
                     .arg(m_spec);
        return false;
    }
    const Item &format = m_steps.back();
    QByteArray bytes;
    switch (format.step) {
    case Step::Json:
        bytes = CborJson::text(value, false).toUtf8();
        break;
    case Step::Cbor:
        bytes = value.toCbor();
        break;
    case Step::MsgPack:
        if (!MsgPackCodec::encode(value, &bytes, error))
            return false;
        break;
    case Step::Protobuf:
        if (!format.schema->encode(value, direction, &bytes, error))
            return false;
        break;
    default:
        // Wrappers only: the value is the text or bytes to wrap.
        bytes = value.isByteArray() ? value.toByteArray() : value.toString().toUtf8();
        break;
    }
    for (auto it = m_steps.rbegin(); it != m_steps.rend(); ++it) {
        Unwrap::Failure failure;
        QByteArray next;
        bool ok = true;
        switch (it->step) {
        case Step::Base64:
            next = Unwrap::toBase64(bytes);
            break;
        case Step::Hex:
            next = Unwrap::toHex(bytes);
            break;
        case Step::Gzip:
            ok = Unwrap::deflate(bytes, Unwrap::Deflate::Gzip, &next, &failure);
            break;
        case Step::Zlib:
        case Step::Inflate:
            ok = Unwrap::deflate(bytes, Unwrap::Deflate::Zlib, &next, &failure);
            break;
        case Step::Deflate:
            ok = Unwrap::deflate(bytes, Unwrap::Deflate::Raw, &next, &failure);
            break;
        default:
            continue;
        }
        if (!ok) {
            *error = failure.message;
            return false;
        }
        bytes = std::move(next);
    }
    *out = std::move(bytes);
    return true;
}

DecodedMessage DecodePipeline::readJson(QByteArrayView text)
{
    DecodedMessage m;
    m.ok = CborJson::read(text, &m.value, &m.error, &m.errorOffset);
    return m;
}

void DecodePipeline::annotateJsonLine(QByteArray *line, const DecodedMessage &decoded)
{
    qsizetype end = line->size();
    while (end > 0 && (line->at(end - 1) == '\n' || line->at(end - 1) == '\r'))
        --end;
    if (end == 0 || line->at(end - 1) != '}')
        return;
    line->insert(end - 1, jsonMember(decoded));
}

QByteArray DecodePipeline::jsonMember(const DecodedMessage &decoded, QByteArrayView prefix)
{
    QByteArray member = ",\"" + prefix.toByteArray();
    if (decoded.ok)
        member += "decoded\":" + CborJson::text(decoded.value, false).toUtf8();
    else
        member += "decodeError\":" + CborJson::text(QCborValue(decoded.error), false).toUtf8();
    return member;
}
