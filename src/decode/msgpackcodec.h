#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCborValue>
#include <QCoreApplication>
#include <QString>

/// MessagePack to a CBOR value and back, with msgpack-cxx (header-only). Maps keep their key
/// order and non-string keys; bin becomes bytes, the timestamp extension (-1) a date and
/// other extensions {"ext": type, "data": bytes}. Built only with WSPROBE_MSGPACK.
class MsgPackCodec
{
    Q_DECLARE_TR_FUNCTIONS(MsgPackCodec)
public:
    static constexpr int MaxDepth = 256;

    static bool available();
    /// The whole input must be one value: trailing bytes are an error at their offset.
    static bool decode(QByteArrayView in, QCborValue *out, QString *error, qsizetype *errorOffset);
    static bool encode(const QCborValue &value, QByteArray *out, QString *error);
    /// The start of the compact JSON text of decode()'s value, written as the input is
    /// parsed (no value built), cut as ProtocolLayer::clip(…, max) cuts it: a protocol
    /// layer's preview of a MessagePack payload. False when it cannot vouch for being the
    /// same as CborJson::text(value) (a non-string or repeated key, a timestamp,
    /// nesting as deep as decode() refuses, an error): then decode it.
    static bool compactClip(QByteArrayView in, int max, QString *out);
    /// compactClip() in UTF-8 (its text's toUtf8()), appended to *out.
    static bool compactClipUtf8(QByteArrayView in, int max, QByteArray *out);
};
