#include "connection/requestauth.h"

#include "connection/queryparameters.h"

namespace {

const QByteArray Authorization = QByteArrayLiteral("Authorization");

QString headerName(const RequestAuth &auth)
{
    return auth.kind == RequestAuth::Kind::ApiKeyHeader ? auth.keyName.trimmed()
                                                        : QString::fromLatin1(Authorization);
}

/// The index of the last header called name (the helper adds its header after the others).
qsizetype findHeader(const HeaderList &headers, const QString &name)
{
    for (qsizetype i = headers.size() - 1; i >= 0; --i) {
        if (QString::fromUtf8(headers[i].name).compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace

void RequestAuth::applyTo(ConnectionRequest *request) const
{
    switch (kind) {
    case Kind::None:
        return;
    case Kind::Bearer:
        request->headers.append({Authorization, "Bearer " + token.trimmed().toUtf8()});
        break;
    case Kind::Basic:
        // RFC 7617: base64 of the UTF-8 "user:password".
        request->headers.append(
            {Authorization, "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64()});
        break;
    case Kind::ApiKeyHeader:
        // Without a name there is nothing to send; the marker makes the validator say so.
        if (!keyName.trimmed().isEmpty())
            request->headers.append({keyName.trimmed().toUtf8(), keyValue.trimmed().toUtf8()});
        break;
    case Kind::ApiKeyQuery:
        // An invalid URL is left for the validator to name; a query would only hide it.
        if (!keyName.trimmed().isEmpty() && request->url.isValid() && !request->url.isEmpty()) {
            QueryParameters::List params =
                QueryParameters::fromUrlText(request->url.toString(QUrl::FullyEncoded));
            params.append({keyName.trimmed(), keyValue.trimmed(), true});
            const QString text =
                QueryParameters::withParameters(request->url.toString(QUrl::FullyEncoded), params);
            request->url = QUrl(text, QUrl::StrictMode);
        }
        break;
    }
    request->auth = {kind, kind == Kind::ApiKeyQuery ? keyName.trimmed() : headerName(*this)};
}

RequestAuth RequestAuth::takeFrom(ConnectionRequest *request)
{
    RequestAuth out;
    const AuthMarker marker = request->auth;
    request->auth = {};
    if (marker.kind == Kind::ApiKeyQuery) {
        const QString text = request->url.toString(QUrl::FullyEncoded);
        QueryParameters::List params = QueryParameters::fromUrlText(text);
        for (qsizetype i = params.size() - 1; i >= 0; --i) {
            if (params[i].name == marker.name) {
                out = {Kind::ApiKeyQuery, {}, {}, {}, marker.name, params[i].value};
                params.removeAt(i);
                request->url =
                    QUrl(QueryParameters::withParameters(text, params), QUrl::StrictMode);
                break;
            }
        }
        return out;
    }
    if (marker.kind == Kind::None)
        return out;
    const qsizetype i = findHeader(request->headers, marker.name);
    if (i < 0)
        return out;
    const QByteArray value = request->headers[i].value;
    if (marker.kind == Kind::ApiKeyHeader) {
        out = {Kind::ApiKeyHeader, {}, {}, {}, marker.name, QString::fromUtf8(value)};
    } else if (marker.kind == Kind::Bearer && value.startsWith("Bearer ")) {
        out.kind = Kind::Bearer;
        out.token = QString::fromUtf8(value.mid(7));
    } else if (marker.kind == Kind::Basic && value.startsWith("Basic ")) {
        const QByteArray::FromBase64Result decoded =
            QByteArray::fromBase64Encoding(value.mid(6), QByteArray::AbortOnBase64DecodingErrors);
        const QString pair = decoded ? QString::fromUtf8(*decoded) : QString();
        const qsizetype colon = pair.indexOf(QLatin1Char(':'));
        if (colon < 0)
            return out; // not what the helper wrote: left to the header table
        out.kind = Kind::Basic;
        out.user = pair.left(colon);
        out.password = pair.mid(colon + 1);
    } else {
        return out;
    }
    request->headers.removeAt(i);
    return out;
}

QString RequestAuth::summary() const
{
    const QString hidden = QStringLiteral("•••");
    switch (kind) {
    case Kind::None:
        break;
    case Kind::Bearer:
        return tr("Sends Authorization: Bearer %1").arg(hidden);
    case Kind::Basic:
        return tr("Sends Authorization: Basic %1 (%2 and the password)")
            .arg(hidden, user.isEmpty() ? tr("no user name") : user);
    case Kind::ApiKeyHeader:
        return tr("Sends the header %1: %2").arg(keyName.trimmed(), hidden);
    case Kind::ApiKeyQuery:
        return tr("Adds %1=%2 to the URL's query").arg(keyName.trimmed(), hidden);
    }
    return tr("Sends no credentials.");
}
