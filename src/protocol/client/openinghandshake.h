#pragma once

#include <optional>

#include <QCoreApplication>
#include <QUrl>

#include "protocol/client/httpresponseparser.h"
#include "protocol/connectionrequest.h"
#include "protocol/frame/permessagedeflate.h"
#include "protocol/wiretypes.h"

/// The client's side of one opening handshake (RFC 6455 §4.1): the request to send, then the
/// response read as it arrives into a HandshakeRecord and judged. Whatever happens — an
/// upgrade, a refusal with a body, a redirect, a malformed or cut-off response — the record
/// holds the request and as much of the response as was read, so it can always be shown.
class OpeningHandshake
{
    Q_DECLARE_TR_FUNCTIONS(OpeningHandshake)
public:
    enum class Outcome {
        NeedMore,     ///< the response is not complete yet
        AwaitingBody, ///< a refusal whose body is still arriving
        Upgraded,     ///< a valid 101: protocol(), extensions(), deflate() say what was agreed
        Refused,      ///< any other status; redirect() is set for a 3xx with a Location
        Failed,       ///< not a valid response (error() says why)
    };

    /// The request for url (the request's own URL or a redirect's target), with a fresh key.
    /// Fills the request half of record(); TLS details already in record() are kept.
    QByteArray start(const ConnectionRequest &request, const QUrl &url);
    /// Consumes response bytes from the front of *data; what follows a 101 stays in *data.
    Outcome feed(QByteArray *data);
    /// No more bytes will come (the peer closed TCP, or the wait for a body is over).
    Outcome finish();

    HandshakeRecord &record() { return m_record; }
    const HandshakeRecord &record() const { return m_record; }
    /// Some of the response has been read.
    bool responseStarted() const { return !m_record.statusLine.isEmpty(); }
    /// Failed: what is wrong with the response; Refused: the refusal as the user reads it.
    QString error() const { return m_error; }
    /// Refused with a 3xx and a Location: the target as a ws/wss URL.
    QUrl redirect() const { return m_redirect; }
    QString protocol() const { return m_protocol; }
    QString extensions() const { return m_extensions; }
    const std::optional<PerMessageDeflate::Params> &deflate() const { return m_deflate; }

private:
    Outcome judge(HttpResponseParser::State state);
    Outcome upgraded();
    Outcome refused();
    void capture();

    ConnectionRequest m_request;
    QUrl m_url;
    QByteArray m_key;
    bool m_offeredDeflate = false;
    HttpResponseParser m_parser;
    HandshakeRecord m_record;
    QString m_error;
    QUrl m_redirect;
    QString m_protocol;
    QString m_extensions;
    std::optional<PerMessageDeflate::Params> m_deflate;
};
