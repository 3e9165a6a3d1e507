#pragma once

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

#include "protocol/server/serverconfig.h"

/// A server's TLS identity: a certificate and key read from PEM files, each problem with its
/// own words (missing, unreadable, not a certificate, not a key, a key that does not belong to
/// the certificate), or a self-signed certificate made once and kept for the next runs.
class ServerTls
{
    Q_DECLARE_TR_FUNCTIONS(ServerTls)
public:
    /// The server's QSslConfiguration for config (certFile/keyFile or selfSigned).
    static bool build(const ServerConfig &config, QSslConfiguration *out, QString *error);
    /// Reads a PEM certificate (the first of a chain is the server's) and its private key.
    static bool load(const QString &certFile, const QString &keyFile, const QString &passphrase,
                     QList<QSslCertificate> *chain, QSslKey *key, QString *error);
    /// The certificate in dir (made there on first use, the key readable by the owner only):
    /// CN "Wsprobe local server", for localhost, 127.0.0.1 and ::1.
    static bool selfSigned(const QString &dir, QSslCertificate *certificate, QSslKey *key,
                           QString *error);
    /// Where selfSigned keeps its files when the config names no folder.
    static QString defaultSelfSignedDir();
    /// Whether this build can make a certificate (it needs OpenSSL's libcrypto).
    static bool canGenerate();
    /// "AB:CD:…": the SHA-256 fingerprint as browsers show it.
    static QString fingerprint(const QSslCertificate &certificate);
    static constexpr const char *SelfSignedCertName = "wsprobe-server.pem";
    static constexpr const char *SelfSignedKeyName = "wsprobe-server.key";
};
