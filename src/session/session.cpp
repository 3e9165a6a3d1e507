#include "session/session.h"

#include <limits>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "connection/timeformat.h"
#include "json/jsonscanner.h"
#include "session/eventjson.h"

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SessionHeader)
};

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

const char FormatName[] = "wsprobe-session";

} // namespace

namespace SessionJson {

QJsonObject requestToJson(const ConnectionRequest &r)
{
    QJsonObject o;
    o.insert(s("url"), r.url.toString(QUrl::FullyEncoded));
    o.insert(s("subprotocols"), QJsonArray::fromStringList(r.subprotocols));
    QJsonArray headers;
    for (const HeaderField &h : r.headers)
        headers.append(QJsonArray{QString::fromLatin1(h.name), QString::fromUtf8(h.value)});
    o.insert(s("headers"), headers);
    if (!r.origin.isEmpty())
        o.insert(s("origin"), r.origin);
    o.insert(s("engine"), r.engine == EngineKind::Wire ? s("wire") : s("qt"));
    QJsonObject options;
    options.insert(s("handshakeTimeoutMs"), r.handshakeTimeoutMs);
    options.insert(s("autoPong"), r.autoPong);
    options.insert(s("keepAliveMs"), r.keepAliveMs);
    options.insert(s("maxMessageSize"), r.maxMessageSize);
    options.insert(s("maxFrameSize"), r.maxFrameSize);
    options.insert(s("outgoingFrameSize"), r.outgoingFrameSize);
    options.insert(s("closeTimeoutMs"), r.closeTimeoutMs);
    options.insert(s("followRedirects"), r.followRedirects);
    options.insert(s("deflate"), r.deflate);
    options.insert(s("reportFrames"), r.reportFrames);
    options.insert(s("ignoreTlsErrors"), r.ignoreTlsErrors);
    // File names, never the passphrase.
    for (const auto &[name, value] : {std::pair{"caFile", r.caFile},
                                      {"certFile", r.certFile},
                                      {"keyFile", r.keyFile},
                                      {"proxy", r.proxy}}) {
        if (!value.isEmpty())
            options.insert(s(name), value);
    }
    o.insert(s("options"), options);
    return o;
}

ConnectionRequest requestFromJson(const QJsonObject &o)
{
    ConnectionRequest r;
    r.url = QUrl(o.value(s("url")).toString(), QUrl::StrictMode);
    for (const QJsonValue &v : o.value(s("subprotocols")).toArray())
        r.subprotocols << v.toString();
    for (const QJsonValue &v : o.value(s("headers")).toArray()) {
        const QJsonArray pair = v.toArray();
        if (pair.size() == 2)
            r.headers.append({pair.at(0).toString().toLatin1(), pair.at(1).toString().toUtf8()});
    }
    r.origin = o.value(s("origin")).toString();
    r.engine =
        o.value(s("engine")).toString() == s("qt") ? EngineKind::QtWebSockets : EngineKind::Wire;
    const QJsonObject opt = o.value(s("options")).toObject();
    // toInteger() already refuses fractions and what a qint64 cannot hold; an int option
    // that does not fit keeps its default rather than wrapping around.
    auto integer = [&](const char *name, auto fallback) {
        using T = decltype(fallback);
        const qint64 v = opt.value(s(name)).toInteger(fallback);
        return v >= std::numeric_limits<T>::min() && v <= std::numeric_limits<T>::max() ? T(v)
                                                                                        : fallback;
    };
    r.handshakeTimeoutMs = integer("handshakeTimeoutMs", r.handshakeTimeoutMs);
    r.autoPong = opt.value(s("autoPong")).toBool(r.autoPong);
    r.keepAliveMs = integer("keepAliveMs", r.keepAliveMs);
    r.maxMessageSize = integer("maxMessageSize", r.maxMessageSize);
    r.maxFrameSize = integer("maxFrameSize", r.maxFrameSize);
    r.outgoingFrameSize = integer("outgoingFrameSize", r.outgoingFrameSize);
    r.closeTimeoutMs = integer("closeTimeoutMs", r.closeTimeoutMs);
    r.followRedirects = opt.value(s("followRedirects")).toBool(r.followRedirects);
    r.deflate = opt.value(s("deflate")).toBool(r.deflate);
    r.reportFrames = opt.value(s("reportFrames")).toBool(r.reportFrames);
    r.ignoreTlsErrors = opt.value(s("ignoreTlsErrors")).toBool(r.ignoreTlsErrors);
    r.caFile = opt.value(s("caFile")).toString();
    r.certFile = opt.value(s("certFile")).toString();
    r.keyFile = opt.value(s("keyFile")).toString();
    r.proxy = opt.value(s("proxy")).toString();
    return r;
}

} // namespace SessionJson

QByteArray SessionHeader::toLine() const
{
    QJsonObject o;
    o.insert(s("format"), s(FormatName));
    o.insert(s("version"), version);
    o.insert(s("created"), TimeFormat::iso(createdMs));
    o.insert(s("request"), SessionJson::requestToJson(request));
    o.insert(s("app"), s("wsprobe " WSPROBE_VERSION));
    if (!source.isEmpty())
        o.insert(s("source"), source);
    if (!title.isEmpty())
        o.insert(s("title"), title);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool SessionHeader::looksLikeHeader(QByteArrayView line)
{
    const QJsonObject o = QJsonDocument::fromJson(line.toByteArray()).object();
    return o.contains(s("format"));
}

bool SessionHeader::fromLine(QByteArrayView line, SessionHeader *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = Tr::tr("the first line is not a JSON object (%1)").arg(parseError.errorString());
        return false;
    }
    const QJsonObject o = doc.object();
    if (o.value(s("format")).toString() != s(FormatName)) {
        *error = Tr::tr("the first line names the format \"%1\", not \"%2\"")
                     .arg(JsonScanner::printable(o.value(s("format")).toString().toUtf8()),
                          s(FormatName));
        return false;
    }
    const QJsonValue version = o.value(s("version"));
    if (!version.isDouble() || version.toDouble() != double(version.toInt())
        || version.toInt() < 1) {
        *error = Tr::tr("the header's \"version\" must be a whole number from 1");
        return false;
    }
    if (version.toInt() > CurrentVersion) {
        *error = Tr::tr("the file is version %1 of the session format, written by a newer "
                        "Wsprobe; this one reads versions up to %2")
                     .arg(version.toInt())
                     .arg(CurrentVersion);
        return false;
    }
    *out = SessionHeader();
    out->version = version.toInt();
    if (!TimeFormat::parseIso(o.value(s("created")).toString().toLatin1(), &out->createdMs)) {
        *error = Tr::tr("the header's \"created\" time is missing or not ISO 8601");
        return false;
    }
    out->request = SessionJson::requestFromJson(o.value(s("request")).toObject());
    out->source = o.value(s("source")).toString();
    out->title = o.value(s("title")).toString();
    return true;
}

void Session::addIssue(qint64 line, const QString &message)
{
    if (issues.size() < MaxIssues)
        issues.append({line, message});
    else
        ++skippedLines;
}
