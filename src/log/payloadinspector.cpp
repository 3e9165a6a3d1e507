#include "log/payloadinspector.h"

#include <QLocale>

#include "connection/event.h"
#include "connection/timeformat.h"
#include "protocol/frame/utf8validator.h"

bool PayloadInspector::looksLikeText(QByteArrayView payload)
{
    const QByteArrayView head = payload.first(std::min<qsizetype>(payload.size(), 4096));
    for (const char c : head) {
        if ((quint8(c) < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f)
            return false;
    }
    return Utf8Validator::isValidUtf8(payload);
}

QByteArray PayloadInspector::imageFormat(QByteArrayView p)
{
    if (p.startsWith("\x89PNG\r\n\x1a\n"))
        return "png";
    if (p.startsWith("\xff\xd8\xff"))
        return "jpeg";
    if (p.startsWith("GIF87a") || p.startsWith("GIF89a"))
        return "gif";
    if (p.size() >= 12 && p.startsWith("RIFF") && p.sliced(8, 4) == "WEBP")
        return "webp";
    return {};
}

qsizetype PayloadInspector::textWindow(QByteArrayView payload)
{
    qsizetype longest = 0, start = 0;
    const qsizetype scan = std::min(payload.size(), MaxTextBytes);
    for (qsizetype i = 0; i <= scan; ++i) {
        if (i == scan || payload[i] == '\n') {
            longest = std::max(longest, i - start);
            start = i + 1;
        }
    }
    return longest > MaxLineBytes ? MaxLineBytes : MaxTextBytes;
}

QString PayloadInspector::summary(const Event &event)
{
    const QLocale locale;
    const QByteArray &payload = event.payload;
    QString summary =
        tr("%1 · %2").arg(EventNames::kindLabel(event.kind), TimeFormat::iso(event.timeMs));
    if (event.direction == Direction::Out)
        summary += tr(" · sent");
    else if (event.direction == Direction::In)
        summary += tr(" · received");
    summary += tr(" · %1 bytes").arg(locale.toString(qint64(payload.size())));
    if (event.isMessage() && event.wireSize >= 0)
        summary += tr(" · %1 bytes on the wire (compressed)").arg(locale.toString(event.wireSize));
    if (event.kind == EventKind::Text)
        summary += tr(" · %1 characters").arg(locale.toString(QString::fromUtf8(payload).size()));
    return summary;
}
