#pragma once

#include <optional>

#include <QCoreApplication>

#include "protocol/frame/permessagedeflate.h"
#include "protocol/server/serverconfig.h"
#include "protocol/wiretypes.h"

/// The server's side of one opening handshake (RFC 6455 §4.2): the client's request read
/// byte for byte into a HandshakeRecord (request line, headers in wire order, duplicates
/// kept), checked rule by rule — each failure with its own status and words — and answered
/// with a 101 that names the chosen subprotocol and deflate parameters, or with a refusal.
class ServerHandshake
{
    Q_DECLARE_TR_FUNCTIONS(ServerHandshake)
public:
    enum class State {
        NeedMore, ///< the request head is not complete yet
        Complete, ///< decide() may be called
        Error     ///< not an HTTP request at all; answer() holds the 400 (or 431)
    };
    /// A request head longer than this is refused with 431 (a client that never ends its
    /// headers cannot make the server hold more).
    static constexpr qsizetype MaxRequestBytes = 16 * 1024;

    /// Consumes the request head from the front of *data; what follows it (the client's first
    /// frames) stays in *data.
    State feed(QByteArray *data);
    /// Judges a complete request under config: true for a 101 (protocol(), extensions() and
    /// deflate() say what was agreed), false for a refusal whose reason is error(). A valid
    /// request is refused anyway when config.faults.refuse says so.
    bool decide(const ServerConfig &config);
    /// The response to write, as recorded in record(): status line, headers, body.
    QByteArray answer() const;

    HandshakeRecord &record() { return m_record; }
    const HandshakeRecord &record() const { return m_record; }
    /// Why the request was refused, naming the rule it broke; empty for a 101.
    QString error() const { return m_error; }
    /// The request target's path ("/chat"), without the query.
    QString path() const { return m_path; }
    QString protocol() const { return m_protocol; }
    QString extensions() const { return m_extensions; }
    const std::optional<PerMessageDeflate::Params> &deflate() const { return m_deflate; }
    /// The standard reason phrase of an HTTP status ("Not Found"), or "Status".
    static QByteArray reasonPhrase(int status);

private:
    bool parseHead(const QByteArray &head);
    bool refuse(int status, const QString &error, const HeaderList &extra = {});
    void respond(int status, const QByteArray &phrase, const HeaderList &headers,
                 const QByteArray &body);
    QString check(const ServerConfig &config, int *status, HeaderList *extra);
    void negotiate(const ServerConfig &config);

    HandshakeRecord m_record;
    QString m_error;
    QString m_path;
    QByteArray m_method;
    QByteArray m_version;
    QString m_protocol;
    QString m_extensions;
    std::optional<PerMessageDeflate::Params> m_deflate;
};
