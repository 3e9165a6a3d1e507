#include "protocol/tlsconfig.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

bool TlsConfig::build(const ConnectionRequest &request, QSslConfiguration *out, QString *error)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!request.caFile.isEmpty()) {
        QFile file(request.caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the CA file %1: %2").arg(request.caFile, file.errorString());
            return false;
        }
        const QByteArray data = file.readAll();
        QList<QSslCertificate> cas = QSslCertificate::fromData(data, QSsl::Pem);
        if (cas.isEmpty())
            cas = QSslCertificate::fromData(data, QSsl::Der);
        if (cas.isEmpty()) {
            *error = tr("The CA file %1 holds no PEM or DER certificate.").arg(request.caFile);
            return false;
        }
        config.addCaCertificates(cas);
    }
    if (!request.certFile.isEmpty()) {
        QFile file(request.certFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the client certificate %1: %2")
                         .arg(request.certFile, file.errorString());
            return false;
        }
        const QByteArray passphrase = request.keyPassphrase.toUtf8();
        const QList<QSslCertificate> pem = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (!pem.isEmpty()) {
            QFile keyFile(request.keyFile.isEmpty() ? request.certFile : request.keyFile);
            if (!keyFile.open(QIODevice::ReadOnly)) {
                *error = tr("Cannot read the private key %1: %2")
                             .arg(keyFile.fileName(), keyFile.errorString());
                return false;
            }
            const QByteArray keyData = keyFile.readAll();
            QSslKey key(keyData, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey, passphrase);
            if (key.isNull())
                key = QSslKey(keyData, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey, passphrase);
            if (key.isNull()) {
                *error = tr("The private key in %1 cannot be read: it is not an RSA or EC key in "
                            "PEM, or the passphrase is wrong.")
                             .arg(keyFile.fileName());
                return false;
            }
            config.setLocalCertificate(pem.first());
            config.setPrivateKey(key);
        } else {
            // Not PEM: try PKCS#12, which carries the key inside.
            file.seek(0);
            QSslKey key;
            QSslCertificate certificate;
            QList<QSslCertificate> chain;
            if (!QSslCertificate::importPkcs12(&file, &key, &certificate, &chain, passphrase)) {
                *error = tr("The client certificate %1 is neither PEM nor a PKCS#12 file this "
                            "passphrase opens.")
                             .arg(request.certFile);
                return false;
            }
            config.setLocalCertificate(certificate);
            config.setPrivateKey(key);
            if (!chain.isEmpty())
                config.setLocalCertificateChain(QList<QSslCertificate>{certificate} + chain);
        }
    }
    *out = config;
    return true;
}

QString TlsConfig::describeCertificate(const QSslCertificate &c)
{
    const auto name = [](const QStringList &parts) { return parts.join(QStringLiteral(", ")); };
    QString subject = name(c.subjectInfo(QSslCertificate::CommonName));
    if (subject.isEmpty())
        subject = QString::fromUtf8(c.subjectDisplayName().toUtf8());
    return tr("CN=%1 (issuer CN=%2, valid %3 to %4)")
        .arg(subject, name(c.issuerInfo(QSslCertificate::CommonName)),
             c.effectiveDate().toUTC().toString(Qt::ISODate),
             c.expiryDate().toUTC().toString(Qt::ISODate));
}

QStringList TlsConfig::describeErrorList(const QList<QSslError> &errors)
{
    QStringList lines;
    for (const QSslError &e : errors) {
        if (e.certificate().isNull())
            lines << e.errorString();
        else
            lines << tr("%1 — certificate %2")
                         .arg(e.errorString(), describeCertificate(e.certificate()));
    }
    return lines;
}

QString TlsConfig::describeErrors(const QList<QSslError> &errors)
{
    return describeErrorList(errors).join(QStringLiteral("; "));
}

QString TlsConfig::protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    default:
        break;
    }
    return QStringLiteral("TLS (protocol %1)").arg(int(protocol));
}
