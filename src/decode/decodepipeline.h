#pragma once

#include <memory>
#include <vector>

#include <QByteArray>
#include <QByteArrayView>
#include <QCborValue>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "protocol/wiretypes.h"

class ProtobufSchema;

/// What a decoder pipeline made of one payload: a value (CBOR's data model, which holds
/// JSON's and also bytes, non-string keys and dates) and a readable text, or the step that
/// failed, why, and at which byte of that step's input. The raw payload is not touched.
struct DecodedMessage
{
    bool ok = false;
    QCborValue value;
    QString text;  ///< the value as indented JSON (bytes as base64url)
    QString error; ///< "step 2 (zlib): … at byte 4"
    int failedStep = -1;
    qsizetype errorOffset = -1;
    QStringList steps; ///< the steps applied, by name (what "auto" chose)
    QString note;      ///< the protobuf type used, or why schema-less

    /// Bytes held, for a bounded cache.
    qsizetype cost() const;
};

/// An ordered list of steps that turns a payload into a value: unwrapping steps (base64,
/// hex text, gzip, zlib, raw deflate, inflate by header) and then at most one format (JSON,
/// MessagePack, CBOR, Protocol Buffers with a schema or without). Written as a SPEC string:
///
///     base64,zlib,msgpack
///     protobuf:chat.proto:in=chat.Reply;out=chat.Request
///     auto
///
/// `auto` (alone or as the last step) guesses the rest for each message. The same pipeline
/// encodes a value back, in reverse order, for the composer.
class DecodePipeline
{
    Q_DECLARE_TR_FUNCTIONS(DecodePipeline)
public:
    enum class Step {
        Base64,
        Hex,
        Gzip,
        Zlib,
        Deflate,
        Inflate,
        Json,
        MsgPack,
        Cbor,
        Protobuf,
        Auto
    };

    DecodePipeline();
    ~DecodePipeline();
    DecodePipeline(const DecodePipeline &);
    DecodePipeline &operator=(const DecodePipeline &);

    /// False with a message naming the step; .proto paths are relative to baseDir.
    static bool parse(const QString &spec, DecodePipeline *out, QString *error,
                      const QString &baseDir = {});
    /// The .proto files a SPEC names, as parse() would open them (relative to baseDir): for
    /// a caller that may read only some files (a script's allowed folder) to check first.
    static QStringList schemaFiles(const QString &spec, const QString &baseDir = {});
    /// The step names the SPEC accepts, for help texts.
    static QStringList stepNames();
    QString spec() const { return m_spec; }
    bool isEmpty() const { return m_steps.empty(); }
    /// Whether the pipeline ends in a format that can encode (not auto, not schema-less).
    bool canEncode() const;

    DecodedMessage decode(QByteArrayView payload, Direction direction = Direction::None) const;
    /// decode() without the indented text (DecodedMessage::text stays empty): for a value
    /// that is only summarised (a packet's payload in the log's preview), where writing the
    /// text would cost as much as the decoding.
    DecodedMessage decodeValue(QByteArrayView payload, Direction direction = Direction::None) const;
    /// The first max characters of the compact JSON decode() would give, written while the
    /// input is scanned, where the route is certain without decoding: JSON text or MessagePack
    /// under auto, a pipeline of `msgpack` alone ("… [msgpack]" then, as a layer's summary
    /// names the step). False (nothing written) wherever the value must be decoded.
    bool compactClip(QByteArrayView payload, int max, QString *shown) const;
    /// compactClip() in UTF-8 (shown's toUtf8()), appended to *shown; nothing appended when
    /// false.
    bool compactClipUtf8(QByteArrayView payload, int max, QByteArray *shown) const;
    /// The reverse: the format's encoding of value, then the wrappers outside in.
    bool encode(const QCborValue &value, Direction direction, QByteArray *out,
                QString *error) const;

    /// JSON text to a value, members in the order written (the `json` step; the composer).
    static DecodedMessage readJson(QByteArrayView text);
    /// Adds "decoded" (the value, compact JSON) or "decodeError" as the last member of the
    /// JSON object line that ends *line ("…}\n"): the CLI's --json and exported sessions.
    static void annotateJsonLine(QByteArray *line, const DecodedMessage &decoded);
    /// The member annotateJsonLine() adds, with a comma before it: `,"<prefix>decoded":…` or
    /// `,"<prefix>decodeError":"…"` (HAR's custom fields take the prefix "_").
    static QByteArray jsonMember(const DecodedMessage &decoded, QByteArrayView prefix = {});

private:
    struct Item
    {
        Step step;
        std::shared_ptr<const ProtobufSchema> schema;
    };
    static QString name(const Item &item);
    bool apply(const Item &item, QByteArray *bytes, Direction direction, DecodedMessage *out,
               bool *isValue) const;
    DecodedMessage run(QByteArrayView payload, Direction direction, bool withText) const;
    /// Which clip compactClip() writes for payload, if any.
    enum class ClipRoute { None, Json, MsgPack };
    ClipRoute clipRoute(QByteArrayView payload) const;

    std::vector<Item> m_steps;
    QString m_spec;
};
