#pragma once

#include <QByteArrayView>
#include <QCborValue>
#include <QCoreApplication>
#include <QString>

/// Protocol Buffers without a schema, as `protoc --decode_raw` reads them: field numbers and
/// wire types only. A message becomes a map from field number to value (a list when the field
/// repeats); a length-delimited field is shown as text when it is printable UTF-8, else as a
/// nested message when it parses as one, else as bytes.
class ProtoWire
{
    Q_DECLARE_TR_FUNCTIONS(ProtoWire)
public:
    static constexpr int MaxDepth = 32;

    /// False with a message and the byte offset where the wire format broke.
    static bool decode(QByteArrayView in, QCborValue *out, QString *error, qsizetype *errorOffset);

    /// The first top-level occurrence of a field as an integer (varint, fixed) or bytes
    /// (length-delimited); null when absent or when the message does not parse. For the
    /// "choose the type by a field" rule.
    static QCborValue field(QByteArrayView in, int number);

    static bool readVarint(QByteArrayView in, qsizetype *pos, quint64 *value);
};
