#pragma once

#include <QByteArray>
#include <QCoreApplication>

#include "protocol/wiretypes.h"

/// Reads an HTTP/1.1 response incrementally: status line, headers in wire order (duplicates
/// kept; obsolete folded lines unfolded, as RFC 9112 §5.2 tells a user agent to), and for a
/// refused upgrade the body, up to a limit, with a chunked transfer coding removed. What was
/// read before an error stays readable, so a malformed response can still be shown.
class HttpResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(HttpResponseParser)
public:
    enum class State { Headers, Body, Complete, Error };
    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype MaxBodyBytes = 64 * 1024;

    /// Consumes what it needs from the front of *data; what follows a complete 101 response
    /// (the first frames) is left in *data.
    State feed(QByteArray *data);
    /// The peer closed the connection: a body without a length ends here.
    State finish();

    State state() const { return m_state; }
    QString errorString() const { return m_error; }
    int status() const { return m_status; }
    QByteArray statusLine() const { return m_statusLine; }
    const HeaderList &headers() const { return m_headers; }
    QByteArray body() const { return m_body; }
    /// The body as sent when it was chunked; empty otherwise.
    QByteArray rawBody() const { return m_chunked ? m_rawBody : QByteArray(); }
    bool bodyTruncated() const { return m_truncated; }
    /// Indexes into headers() of values that were folded over several lines.
    const QList<int> &foldedHeaders() const { return m_folded; }

    /// Removes the chunked transfer coding (RFC 9112 §7.1) from raw; false while the last
    /// chunk has not arrived (out holds what has), or with *malformed when raw is not chunked.
    static bool dechunk(QByteArrayView raw, QByteArray *out, bool *malformed = nullptr);

private:
    bool parseHead(const QByteArray &head);
    void appendBody(QByteArrayView bytes);

    State m_state = State::Headers;
    QString m_error;
    int m_status = 0;
    QByteArray m_statusLine;
    HeaderList m_headers;
    QList<int> m_folded;
    QByteArray m_body;
    QByteArray m_rawBody;
    bool m_chunked = false;
    qint64 m_bodyLeft = -1; ///< -1: until the connection closes
    bool m_truncated = false;
};
