#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

/// The few things the server's TLS needs from OpenSSL's libcrypto directly, behind one wall so
/// that a build without it still works (and says what it cannot do).
class SelfSignedCertificate
{
    Q_DECLARE_TR_FUNCTIONS(SelfSignedCertificate)
public:
    /// Whether this build was linked with libcrypto.
    static bool available();
    /// A new P-256 key and a self-signed certificate for it (SHA-256, CN "Wsprobe local server",
    /// subjectAltName localhost, 127.0.0.1, ::1; valid 825 days), both in PEM.
    static bool generate(QByteArray *certificatePem, QByteArray *keyPem, QString *error);
    /// False when the private key is not the certificate's; true also when it cannot be told
    /// (without libcrypto; Qt's TLS then refuses the pair at the first client).
    static bool keyMatches(const QByteArray &certificatePem, const QByteArray &keyPem,
                           const QByteArray &passphrase, QString *error);
};
