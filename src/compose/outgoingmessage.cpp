#include "compose/outgoingmessage.h"

#include <QFile>
#include <QFileInfo>

#include "compose/hexcodec.h"
#include "compose/variables.h"
#include "json/jsontext.h"

namespace {

bool decodeBase64(const QString &text, QByteArray *out)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(text.simplified().remove(QLatin1Char(' ')).toLatin1(),
                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    *out = *decoded;
    return true;
}

} // namespace

QString OutgoingMessage::modeId(Mode mode)
{
    switch (mode) {
    case Mode::Text:
        break;
    case Mode::Json:
        return QStringLiteral("json");
    case Mode::Hex:
        return QStringLiteral("hex");
    case Mode::Base64:
        return QStringLiteral("base64");
    case Mode::File:
        return QStringLiteral("file");
    }
    return QStringLiteral("text");
}

bool OutgoingMessage::modeFromId(QStringView id, Mode *mode)
{
    for (Mode m : {Mode::Text, Mode::Hex, Mode::Json, Mode::Base64, Mode::File}) {
        if (id == modeId(m)) {
            *mode = m;
            return true;
        }
    }
    return false;
}

bool OutgoingMessage::build(Variables *variables, Payload *out, QString *error) const
{
    switch (mode) {
    case Mode::File: {
        if (body.isEmpty()) {
            *error = tr("Choose a file to send first.");
            return false;
        }
        QFile file(body);
        if (file.size() > MaxFileBytes) {
            *error = tr("%1 is larger than 2 GiB, more than one WebSocket message can carry here.")
                         .arg(QFileInfo(body).fileName());
            return false;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read %1: %2").arg(body, file.errorString());
            return false;
        }
        out->bytes = file.readAll();
        out->isText = false;
        return true;
    }
    case Mode::Hex:
        out->isText = false;
        return HexCodec::parse(body, &out->bytes, error);
    case Mode::Base64:
        out->isText = false;
        if (!decodeBase64(body, &out->bytes)) {
            *error = tr("Not valid base64: only A–Z, a–z, 0–9, +, / and = padding are allowed.");
            return false;
        }
        return true;
    case Mode::Text:
    case Mode::Json:
        break;
    }
    QString text = body;
    if (variables && Variables::hasPlaceholders(text)) {
        QString expanded;
        if (!variables->expand(text, &expanded, error))
            return false;
        text = expanded;
    }
    if (mode == Mode::Json) {
        const JsonText::Problem p = JsonText::check(text);
        if (!p.isValid()) {
            *error = tr("Not valid JSON — %1. Switch to Text to send it anyway.").arg(p.describe());
            return false;
        }
    }
    out->bytes = text.toUtf8();
    out->isText = true;
    return true;
}
