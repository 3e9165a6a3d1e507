#include "compose/outgoingmessage.h"

#include <QFile>
#include <QFileInfo>

#include "compose/hexcodec.h"
#include "compose/variables.h"
#include "json/jsontext.h"

namespace {

bool isBase64Digit(QChar c)
{
    return (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
           || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
           || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('+')
           || c == QLatin1Char('/');
}

/// Why text is not base64, naming the first offending character; empty when it decodes.
QString base64Problem(const QString &text)
{
    qsizetype digits = 0, padding = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace())
            continue;
        if (c == QLatin1Char('=')) {
            ++padding;
            continue;
        }
        if (!isBase64Digit(c))
            return OutgoingMessage::tr("\"%1\" at position %2 is not a base64 character.")
                .arg(QString(c))
                .arg(i + 1);
        if (padding > 0)
            return OutgoingMessage::tr("\"=\" padding at position %1 comes before the end.")
                .arg(i + 1 - padding);
        ++digits;
    }
    if (padding > 2 || (digits + padding) % 4 == 1 || (padding > 0 && (digits + padding) % 4))
        return OutgoingMessage::tr("The base64 text ends in the middle of a group: %n "
                                   "character(s) too many or missing \"=\" padding.",
                                   nullptr, int((digits + padding) % 4));
    return {};
}

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

OutgoingMessage OutgoingMessage::fromPayload(const QByteArray &payload, bool isText)
{
    if (!isText)
        return hex(HexCodec::format(payload));
    const QString text = QString::fromUtf8(payload);
    const QString trimmed = text.trimmed();
    // A bare number or string is JSON too, but reads as text to whoever typed it.
    const bool container =
        trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('['));
    if (container && JsonText::check(text).isValid())
        return {Mode::Json, text};
    return OutgoingMessage::text(text);
}

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
            const QString why = base64Problem(body);
            *error = why.isEmpty() ? tr("Not valid base64: only A–Z, a–z, 0–9, +, / and = "
                                        "padding are allowed.")
                                   : tr("Not valid base64: %1").arg(why);
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

bool OutgoingMessage::checkBody(QString *problem) const
{
    switch (mode) {
    case Mode::Text:
    case Mode::File:
        return true;
    case Mode::Hex: {
        QByteArray ignored;
        return HexCodec::parse(body, &ignored, problem);
    }
    case Mode::Base64:
        *problem = base64Problem(body);
        if (problem->isEmpty()) {
            QByteArray ignored;
            if (!decodeBase64(body, &ignored))
                *problem = tr("Not valid base64.");
        }
        return problem->isEmpty();
    case Mode::Json:
        break;
    }
    const JsonText::Problem p = JsonText::check(body, JsonText::Placeholders::AsValues);
    if (!p.isValid())
        *problem = p.describe();
    return p.isValid();
}
