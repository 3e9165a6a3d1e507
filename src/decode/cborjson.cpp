#include "decode/cborjson.h"

#include <cmath>
#include <vector>

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QJsonValue>

#include "json/jsonscanner.h"
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

bool read(QByteArrayView bytes, QCborValue *out, QString *error, qsizetype *offset)
{
    // JsonScanner rather than QJsonDocument: members keep the order they were written in,
    // and an error has its exact byte offset. Its messages are the json step's
    // (DecodePipeline's), where the user meets them.
    constexpr int MaxDepth = 256;
    JsonScanner scanner(bytes);
    scanner.skipByteOrderMark();
    struct Open
    {
        QCborValue container;
        QString key;
    };
    std::vector<Open> stack;
    QCborValue result;
    const auto put = [&](QCborValue v) {
        if (stack.empty()) {
            result = std::move(v);
            return;
        }
        Open &top = stack.back();
        if (top.container.isArray()) {
            QCborArray a = top.container.toArray();
            top.container = QCborValue();
            a.append(std::move(v));
            top.container = std::move(a);
        } else {
            QCborMap m = top.container.toMap();
            top.container = QCborValue();
            m.insert(top.key, std::move(v));
            top.container = std::move(m);
        }
    };
    for (;;) {
        const JsonScanner::Token token = scanner.next();
        switch (token) {
        case JsonScanner::Token::ObjectStart:
        case JsonScanner::Token::ArrayStart:
            if (stack.size() >= size_t(MaxDepth)) {
                *error = QCoreApplication::translate("DecodePipeline",
                                                     "JSON nested deeper than %1 levels")
                             .arg(MaxDepth);
                *offset = scanner.offset();
                return false;
            }
            stack.push_back({token == JsonScanner::Token::ObjectStart ? QCborValue(QCborMap())
                                                                      : QCborValue(QCborArray()),
                             {}});
            break;
        case JsonScanner::Token::ObjectEnd:
        case JsonScanner::Token::ArrayEnd: {
            QCborValue done = std::move(stack.back().container);
            stack.pop_back();
            put(std::move(done));
            break;
        }
        case JsonScanner::Token::Key:
            stack.back().key = QString::fromUtf8(scanner.stringView());
            break;
        case JsonScanner::Token::String:
            put(QString::fromUtf8(scanner.stringView()));
            break;
        case JsonScanner::Token::Number: {
            qint64 n = 0;
            put(scanner.integer(&n) ? QCborValue(n) : QCborValue(scanner.number()));
            break;
        }
        case JsonScanner::Token::True:
            put(QCborValue(true));
            break;
        case JsonScanner::Token::False:
            put(QCborValue(false));
            break;
        case JsonScanner::Token::Null:
            put(QCborValue(nullptr));
            break;
        case JsonScanner::Token::End:
            *out = std::move(result);
            return true;
        case JsonScanner::Token::Placeholder:
        case JsonScanner::Token::Error:
            *error = QCoreApplication::translate("DecodePipeline", "JSON: %1")
                         .arg(scanner.errorString());
            *offset = scanner.errorOffset();
            return false;
        }
    }
}

} // namespace CborJson
