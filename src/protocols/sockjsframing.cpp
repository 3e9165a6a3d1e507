#include "protocols/sockjsframing.h"

#include <algorithm>

#include <QCborArray>

#include "decode/cborjson.h"
#include "decode/decodepipeline.h"
#include "json/jsonscanner.h"
#include "json/textclip.h"

namespace {

/// The usual frame, a JSON string or a non-empty array of them, read without a QCborValue;
/// false for anything else, which readJson reads (and words the error of).
bool scanStrings(QByteArrayView json, bool single, QList<QByteArray> *out)
{
    JsonScanner scanner(json);
    scanner.skipByteOrderMark();
    QList<QByteArray> strings;
    // The bytes readJson's QString holds: an escaped lone surrogate is U+FFFD there.
    const auto take = [&] {
        QByteArray converted;
        const QByteArrayView s = TextClip::asHeld(scanner.stringView(), &converted);
        strings.append(converted.isNull() ? s.toByteArray() : std::move(converted));
    };
    JsonScanner::Token token = scanner.next();
    if (token == JsonScanner::Token::String) {
        take();
    } else {
        if (single || token != JsonScanner::Token::ArrayStart)
            return false;
        while ((token = scanner.next()) == JsonScanner::Token::String) {
            if (strings.size() >= SockJsFraming::MaxMessages)
                return false;
            take();
        }
        if (token != JsonScanner::Token::ArrayEnd || strings.isEmpty())
            return false;
    }
    if (scanner.next() != JsonScanner::Token::End)
        return false;
    out->append(strings);
    return true;
}

} // namespace

bool SockJsFraming::readStrings(QByteArrayView json, qsizetype offset, bool single,
                                QList<QByteArray> *out, QString *error)
{
    if (scanStrings(json, single, out))
        return true;
    const DecodedMessage m = DecodePipeline::readJson(json);
    if (!m.ok) {
        *error = tr("SockJS: JSON: %1 at byte %2")
                     .arg(m.error)
                     .arg(offset + qMax<qsizetype>(0, m.errorOffset));
        return false;
    }
    if (single || m.value.isString()) {
        if (!m.value.isString()) {
            *error = tr("SockJS: the message at byte %1 is not a JSON string").arg(offset);
            return false;
        }
        out->append(m.value.toString().toUtf8());
        return true;
    }
    if (!m.value.isArray()) {
        *error = tr("SockJS: the messages at byte %1 are not a JSON array of strings").arg(offset);
        return false;
    }
    const QCborArray array = m.value.toArray();
    if (array.isEmpty()) {
        *error = tr("SockJS: the array at byte %1 holds no message").arg(offset);
        return false;
    }
    if (array.size() > MaxMessages) {
        *error = tr("SockJS: more than %1 messages in one frame").arg(MaxMessages);
        return false;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            *error = tr("SockJS: message %1 of the array is not a JSON string").arg(i + 1);
            return false;
        }
        out->append(array.at(i).toString().toUtf8());
    }
    return true;
}

bool SockJsFraming::read(QByteArrayView data, Direction direction, Frame *out, QString *error)
{
    *out = Frame();
    if (data.isEmpty()) {
        *error = tr("SockJS: an empty message is no frame");
        return false;
    }
    if (direction == Direction::Out) {
        out->kind = Frame::Messages;
        return readStrings(data, 0, false, &out->messages, error);
    }
    const char kind = data[0];
    const QByteArrayView rest = data.sliced(1);
    switch (kind) {
    case 'o':
    case 'h':
        if (!rest.isEmpty()) {
            *error =
                tr("SockJS: the \"%1\" frame has %n byte(s) after it", nullptr, int(rest.size()))
                    .arg(QLatin1Char(kind));
            return false;
        }
        out->kind = kind == 'o' ? Frame::Open : Frame::Heartbeat;
        return true;
    case 'a':
    case 'm':
        out->kind = Frame::Messages;
        return readStrings(rest, 1, kind == 'm', &out->messages, error);
    case 'c': {
        const DecodedMessage m = DecodePipeline::readJson(rest);
        const QCborArray a = m.value.toArray();
        if (!m.ok || !m.value.isArray() || a.size() != 2 || !a.at(0).isInteger()
            || !a.at(1).isString()) {
            *error = m.ok ? tr("SockJS: the close frame is not [code, \"reason\"]")
                          : tr("SockJS: close frame: JSON: %1 at byte %2")
                                .arg(m.error)
                                .arg(1 + qMax<qsizetype>(0, m.errorOffset));
            return false;
        }
        out->kind = Frame::Close;
        out->code = int(std::clamp<qint64>(CborJson::integer(a.at(0)), 0, 65535));
        out->reason = a.at(1).toString();
        return true;
    }
    default:
        *error = tr("SockJS: \"%1\" at byte 0 starts no frame (o, h, a, m or c)")
                     .arg(QChar::isPrint(uchar(kind))
                              ? QString(QLatin1Char(kind))
                              : QStringLiteral("\\x%1").arg(uchar(kind), 2, 16, QLatin1Char('0')));
        return false;
    }
}

QByteArray SockJsFraming::wrap(const QList<QByteArray> &messages)
{
    QCborArray array;
    for (const QByteArray &m : messages)
        array.append(QString::fromUtf8(m));
    return CborJson::text(array, false).toUtf8();
}

bool SockJsFraming::isTransportUrl(const QUrl &url)
{
    const QStringList parts = url.path().split(u'/', Qt::SkipEmptyParts);
    if (parts.size() < 3 || parts.last() != QLatin1String("websocket"))
        return false;
    const QString &server = parts.at(parts.size() - 3);
    const QString &session = parts.at(parts.size() - 2);
    return !server.contains(u'.') && !session.contains(u'.');
}
