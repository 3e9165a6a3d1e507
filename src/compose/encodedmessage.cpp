#include "compose/encodedmessage.h"

#include <QCborValue>

#include "decode/decodepipeline.h"

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EncodedMessage)
};

} // namespace

bool EncodedMessage::applies(const OutgoingMessage &message, const DecodePipeline &pipeline)
{
    return message.mode == OutgoingMessage::Mode::Json && pipeline.canEncode();
}

bool EncodedMessage::build(const OutgoingMessage &message, Variables *variables,
                           const DecodePipeline &pipeline, OutgoingMessage::Payload *out,
                           QString *error)
{
    OutgoingMessage::Payload json;
    if (!message.build(variables, &json, error))
        return false;
    // build() has checked the JSON; the json step reads it with its members in order.
    const DecodedMessage parsed = DecodePipeline::readJson(json.bytes);
    if (!parsed.ok) {
        *error = parsed.error;
        return false;
    }
    const QCborValue &value = parsed.value;
    QByteArray bytes;
    QString problem;
    if (!pipeline.encode(value, Direction::Out, &bytes, &problem)) {
        *error = Tr::tr("Not encoded with %1: %2").arg(pipeline.spec(), problem);
        return false;
    }
    const QString outermost = pipeline.spec().section(QLatin1Char(','), 0, 0).trimmed();
    out->isText = outermost == QLatin1String("base64") || outermost == QLatin1String("hex")
                  || outermost == QLatin1String("json");
    out->bytes = std::move(bytes);
    return true;
}
