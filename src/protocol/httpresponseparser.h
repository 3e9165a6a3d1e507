#pragma once

#include <QByteArray>
#include <QCoreApplication>

#include "protocol/wiretypes.h"

/// Reads an HTTP/1.1 response incrementally: status line, headers in wire order (duplicates
/// kept), and for a refused upgrade the body, up to a limit.
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
    bool bodyTruncated() const { return m_truncated; }

private:
    bool parseHead(const QByteArray &head);

    State m_state = State::Headers;
    QString m_error;
    int m_status = 0;
    QByteArray m_statusLine;
    HeaderList m_headers;
    QByteArray m_body;
    qint64 m_bodyLeft = -1; ///< -1: until the connection closes
    bool m_truncated = false;
};
