#pragma once

#include <QCoreApplication>
#include <QString>

#include "protocol/connectionrequest.h"

/// The request panel's Auth helper without its widgets: a credential (a Bearer token, Basic
/// user and password, or an API key sent as a header or a query parameter), put into a
/// request as the header or parameter a server expects, and taken out of one again so that
/// the panel can show it where it was typed. request.auth remembers where it went.
struct RequestAuth
{
    Q_DECLARE_TR_FUNCTIONS(RequestAuth)
public:
    using Kind = AuthMarker::Kind;
    Kind kind = Kind::None;
    QString token;    ///< Bearer
    QString user;     ///< Basic
    QString password; ///< Basic
    QString keyName;  ///< API key: the header or query parameter
    QString keyValue; ///< API key

    /// Adds the credential to request (a header after the others, or a query parameter after
    /// the others) and sets request->auth; None leaves the request as it is.
    void applyTo(ConnectionRequest *request) const;
    /// The credential request->auth points at, removed from the request (its headers or URL)
    /// with request->auth cleared. A credential that is no longer there gives None.
    static RequestAuth takeFrom(ConnectionRequest *request);

    /// The header line or query pair it adds, secrets shown as "•••" (for the panel's note).
    QString summary() const;

    friend bool operator==(const RequestAuth &, const RequestAuth &) = default;
};
