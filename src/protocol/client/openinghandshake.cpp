#include "protocol/client/openinghandshake.h"

#include "protocol/handshake.h"

namespace {

QString printable(const QByteArray &bytes, qsizetype max)
{
    QString s = QString::fromUtf8(bytes.left(max)).simplified();
    if (bytes.size() > max)
        s += QChar(0x2026);
    return s;
}

} // namespace

QByteArray OpeningHandshake::start(const ConnectionRequest &request, const QUrl &url)
{
    m_request = request;
    m_url = url;
    m_key = Handshake::generateKey();
    m_offeredDeflate = request.deflate;
    ConnectionRequest r = request;
    r.url = url;
    return Handshake::buildRequest(
        r, m_key, m_offeredDeflate ? PerMessageDeflate::offer() : QByteArray(), &m_record);
}

void OpeningHandshake::capture()
{
    m_record.status = m_parser.status();
    m_record.statusLine = m_parser.statusLine();
    m_record.responseHeaders = m_parser.headers();
    m_record.foldedResponseHeaders = m_parser.foldedHeaders();
    m_record.responseSeen = !m_record.statusLine.isEmpty();
    m_record.body = m_parser.body();
    m_record.rawBody = m_parser.rawBody();
}

OpeningHandshake::Outcome OpeningHandshake::feed(QByteArray *data)
{
    return judge(m_parser.feed(data));
}

OpeningHandshake::Outcome OpeningHandshake::finish()
{
    if (m_parser.state() == HttpResponseParser::State::Complete)
        return judge(HttpResponseParser::State::Complete);
    return judge(m_parser.finish());
}

OpeningHandshake::Outcome OpeningHandshake::judge(HttpResponseParser::State state)
{
    capture();
    switch (state) {
    case HttpResponseParser::State::Headers:
        return Outcome::NeedMore;
    case HttpResponseParser::State::Error:
        m_error = tr("The server at %1 sent an invalid handshake response: %2")
                      .arg(m_url.authority(), m_parser.errorString());
        return Outcome::Failed;
    case HttpResponseParser::State::Body:
        return Outcome::AwaitingBody;
    case HttpResponseParser::State::Complete:
        break;
    }
    return m_parser.status() == 101 ? upgraded() : refused();
}

OpeningHandshake::Outcome OpeningHandshake::upgraded()
{
    const QString problem = Handshake::validateUpgrade(m_record, m_request, m_key, m_offeredDeflate,
                                                       &m_protocol, &m_extensions);
    if (!problem.isEmpty()) {
        m_error = problem;
        return Outcome::Failed;
    }
    if (!m_extensions.isEmpty()) {
        PerMessageDeflate::Params params;
        if (!PerMessageDeflate::parseResponse(m_extensions.toLatin1(), &params, &m_error))
            return Outcome::Failed;
        m_deflate = params;
    }
    return Outcome::Upgraded;
}

OpeningHandshake::Outcome OpeningHandshake::refused()
{
    const int status = m_record.status;
    const QByteArray location = Handshake::headerValue(m_record.responseHeaders, "Location");
    if (status >= 300 && status < 400 && !location.isEmpty()) {
        QUrl target = m_url.resolved(QUrl::fromEncoded(location));
        if (target.scheme() == QLatin1String("http"))
            target.setScheme(QStringLiteral("ws"));
        else if (target.scheme() == QLatin1String("https"))
            target.setScheme(QStringLiteral("wss"));
        m_redirect = target;
    }
    m_error = tr("The server at %1 refused the WebSocket upgrade: %2")
                  .arg(m_url.authority(), QString::fromLatin1(m_record.statusLine));
    if (!m_record.body.isEmpty())
        m_error += tr(" — body: %1").arg(printable(m_record.body, 200));
    return Outcome::Refused;
}
