#pragma once

#include <QByteArrayView>
#include <QCborValue>
#include <QString>
#include <QtNumeric>

/// A decoded value (CBOR's data model, which every decoder gives) as JSON text: what the
/// detail pane, the CLI's --json and exported sessions show of a decoded payload.
namespace CborJson {

/// JSON text to a value, members in the order written (QJsonDocument would sort them), numbers
/// that are integers kept as integers. False with *error and the byte *offset where it fails
/// (nesting deeper than 256 levels fails too).
bool read(QByteArrayView bytes, QCborValue *out, QString *error, qsizetype *offset);

/// Indented (four spaces a level) or compact. Maps keep the order their encoder wrote;
/// bytes are base64url, as QCborValue::toJsonValue writes them; NaN and infinities are null.
QString text(const QCborValue &value, bool indented);

/// A number read from JSON as an integer: doubles are truncated as QCborValue::toInteger()
/// does, but one outside qint64's range (1e300 in a peer's JSON), NaN, or any other type gives
/// fallback. Qt 6.4's toInteger() casts such a double, which is undefined behaviour.
inline qint64 integer(const QCborValue &value, qint64 fallback = 0)
{
    if (value.isInteger())
        return value.toInteger();
    const double d = value.toDouble(qQNaN()); // NaN fails both comparisons
    return d >= -9223372036854775808.0 && d < 9223372036854775808.0 ? qint64(d) : fallback;
}

/// A map key that is not a string is shown as its compact JSON text, clipped past this many
/// characters with "…".
inline constexpr qsizetype MaxKeyTextLength = 1024;

} // namespace CborJson
