#pragma once

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QSslError>

#include "protocol/connectionrequest.h"

/// Turns the TLS part of a ConnectionRequest into a QSslConfiguration, and TLS facts into
/// words a person can act on.
class TlsConfig
{
    Q_DECLARE_TR_FUNCTIONS(TlsConfig)
public:
    /// On a file that cannot be read or parsed, returns false with a specific *error.
    static bool build(const ConnectionRequest &request, QSslConfiguration *out, QString *error);
    /// "CN=api.example.com (issuer CN=Example CA, valid 2026-01-01 to 2027-01-01)"
    static QString describeCertificate(const QSslCertificate &certificate);
    /// Every error with the certificate it concerns, one entry each.
    static QStringList describeErrorList(const QList<QSslError> &errors);
    /// describeErrorList() on one line.
    static QString describeErrors(const QList<QSslError> &errors);
    static QString protocolName(QSsl::SslProtocol protocol);
};
