#include "decode/cborjson.h"

#include <cmath>

#include <QCborArray>
#include <QCborMap>
#include <QJsonValue>

#include "json/jsonwriter.h"

namespace {

/// indent < 0: compact; otherwise the depth of value, four spaces a level.
void appendJson(QByteArray *out, const QCborValue &value, int indent);

QString keyText(const QCborValue &key)
{
    if (key.isString())
        return key.toString();
    // CBOR and MessagePack allow any value as a key; JSON's keys are strings, so such a key is
    // shown as its compact JSON text. A key nested in a key is escaped once more at each level,
    // doubling its quotes and backslashes: 73 bytes of MessagePack (maps as keys of maps, 40
    // deep) asked for 2^40 bytes (found by fuzz_decoders). Clipping each key's text bounds that.
    QString text = CborJson::text(key, false);
    if (text.size() > CborJson::MaxKeyTextLength) {
        text.truncate(CborJson::MaxKeyTextLength);
        text += QChar(0x2026); // …
    }
    return text;
}

void appendJson(QByteArray *out, const QCborValue &value, int indent)
{
    // Written by hand rather than through QJsonObject, which sorts keys: a map is shown in
    // the order its encoder wrote it. Bytes are base64url, as QCborValue::toJsonValue does.
    const auto newline = [&](int level) {
        if (indent < 0)
            return;
        out->append('\n');
        out->append(QByteArray(level * 4, ' '));
    };
    switch (value.type()) {
    case QCborValue::Integer:
        out->append(QByteArray::number(value.toInteger()));
        break;
    case QCborValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d))
            JsonWriter::appendNumber(out, d);
        else
            out->append("null"); // JSON has no NaN or infinity
        break;
    }
    case QCborValue::True:
        out->append("true");
        break;
    case QCborValue::False:
        out->append("false");
        break;
    case QCborValue::String:
        JsonWriter::appendString(out, value.toString().toUtf8());
        break;
    case QCborValue::Array: {
        const QCborArray array = value.toArray();
        if (array.isEmpty()) {
            out->append("[]");
            break;
        }
        out->append('[');
        bool first = true;
        for (const QCborValue &item : array) {
            if (!first)
                out->append(',');
            first = false;
            newline(indent + 1);
            appendJson(out, item, indent < 0 ? -1 : indent + 1);
        }
        newline(indent);
        out->append(']');
        break;
    }
    case QCborValue::Map: {
        const QCborMap map = value.toMap();
        if (map.isEmpty()) {
            out->append("{}");
            break;
        }
        out->append('{');
        bool first = true;
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            if (!first)
                out->append(',');
            first = false;
            newline(indent + 1);
            const QCborValue key = it.key();
            JsonWriter::appendString(out, keyText(key).toUtf8());
            out->append(indent < 0 ? ":" : ": ");
            appendJson(out, it.value(), indent < 0 ? -1 : indent + 1);
        }
        newline(indent);
        out->append('}');
        break;
    }
    case QCborValue::Tag:
        appendJson(out, value.taggedValue(), indent);
        break;
    case QCborValue::ByteArray:
    case QCborValue::DateTime:
    case QCborValue::Url:
    case QCborValue::RegularExpression:
    case QCborValue::Uuid:
        JsonWriter::appendString(out, value.toJsonValue().toString().toUtf8());
        break;
    default:
        out->append("null");
        break;
    }
}

} // namespace

namespace CborJson {

QString text(const QCborValue &value, bool indented)
{
    QByteArray out;
    appendJson(&out, value, indented ? 0 : -1);
    return QString::fromUtf8(out);
}

} // namespace CborJson
