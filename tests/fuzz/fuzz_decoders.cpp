// libFuzzer target: every decoder of the pipeline on any bytes. A decoder either fails
// with a message and an offset inside its input, or gives a value whose text is JSON; the
// first byte picks the step so each decoder gets its share of the run. The compact JSON clips
// written while parsing (JsonClip, MsgPackCodec::compactClip: the protocol layers' previews)
// must be the value's text whenever they vouch for it.
#include <cstddef>
#include <cstdint>

#include <QJsonDocument>

#include "decode/cborjson.h"
#include "decode/decodepipeline.h"
#include "decode/jsonclip.h"
#include "decode/msgpackcodec.h"

namespace {

const DecodePipeline &pipelineFor(uint8_t selector)
{
    static const QStringList specs = {QStringLiteral("base64"),
                                      QStringLiteral("hex"),
                                      QStringLiteral("gzip"),
                                      QStringLiteral("zlib"),
                                      QStringLiteral("deflate"),
                                      QStringLiteral("json"),
                                      QStringLiteral("msgpack"),
                                      QStringLiteral("cbor"),
                                      QStringLiteral("protobuf"),
                                      QStringLiteral("auto"),
                                      QStringLiteral("base64,zlib,msgpack")};
    static const std::vector<DecodePipeline> pipelines = [] {
        std::vector<DecodePipeline> all;
        for (const QString &spec : specs) {
            DecodePipeline p;
            QString error;
            // msgpack is absent from builds without it: the step is then refused at parse.
            if (DecodePipeline::parse(spec, &p, &error) || !MsgPackCodec::available())
                all.push_back(p);
        }
        return all;
    }();
    return pipelines[selector % pipelines.size()];
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const DecodePipeline &pipeline = pipelineFor(data[0]);
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    for (const int max : {8, 120}) {
        QString clipped;
        if (JsonClip::compact(input, max, &clipped)) {
            const DecodedMessage json = DecodePipeline::readJson(input);
            if (!json.ok)
                __builtin_trap();
            QString text = CborJson::text(json.value, false);
            if (text.size() > max)
                text = text.left(max - 1) + QChar(0x2026);
            if (text != clipped)
                __builtin_trap();
        }
    }
    QString clipped;
    if (MsgPackCodec::compactClip(input, 120, &clipped)) {
        QCborValue value;
        QString error;
        qsizetype offset = 0;
        if (!MsgPackCodec::decode(input, &value, &error, &offset))
            __builtin_trap();
        QString text = CborJson::text(value, false);
        if (text.size() > 120)
            text = text.left(119) + QChar(0x2026);
        if (text != clipped)
            __builtin_trap();
    }
    const DecodedMessage m = pipeline.decode(input, Direction::In);
    if (m.ok) {
        QJsonParseError error;
        const QByteArray compact = CborJson::text(m.value, false).toUtf8();
        QJsonDocument::fromJson("[" + compact + "]", &error);
        if (error.error != QJsonParseError::NoError)
            __builtin_trap();
    } else if (m.error.isEmpty() || m.failedStep < 1) {
        __builtin_trap();
    }
    return 0;
}
