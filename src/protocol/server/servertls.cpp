#include "protocol/server/servertls.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include "protocol/server/selfsignedcertificate.h"

namespace {

bool readFile(const QString &path, const QString &what, QByteArray *out, QString *error)
{
    QFile file(path);
    if (!QFileInfo::exists(path)) {
        *error = ServerTls::tr("The %1 file %2 does not exist.").arg(what, path);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            ServerTls::tr("Cannot read the %1 file %2: %3").arg(what, path, file.errorString());
        return false;
    }
    *out = file.readAll();
    return true;
}

QSslKey readKey(const QByteArray &pem, const QByteArray &passphrase)
{
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase);
        if (!key.isNull())
            return key;
    }
    return {};
}

bool writeFile(const QString &path, const QByteArray &bytes, bool secret, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = ServerTls::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (secret)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(bytes);
    if (!file.commit()) {
        *error = ServerTls::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

bool ServerTls::load(const QString &certFile, const QString &keyFile, const QString &passphrase,
                     QList<QSslCertificate> *chain, QSslKey *key, QString *error)
{
    QByteArray certPem;
    if (!readFile(certFile, tr("certificate"), &certPem, error))
        return false;
    *chain = QSslCertificate::fromData(certPem, QSsl::Pem);
    if (chain->isEmpty()) {
        *error = tr("The certificate file %1 holds no PEM certificate (\"-----BEGIN "
                    "CERTIFICATE-----\").")
                     .arg(certFile);
        return false;
    }
    const QString keyPath = keyFile.isEmpty() ? certFile : keyFile;
    QByteArray keyPem;
    if (!readFile(keyPath, tr("private key"), &keyPem, error))
        return false;
    *key = readKey(keyPem, passphrase.toUtf8());
    if (key->isNull()) {
        *error = keyPem.contains("ENCRYPTED")
                     ? tr("The private key in %1 is encrypted and the passphrase does not open it.")
                           .arg(keyPath)
                     : tr("The file %1 holds no private key in PEM (RSA, EC or DSA).").arg(keyPath);
        return false;
    }
    QString mismatch;
    if (!SelfSignedCertificate::keyMatches(certPem, keyPem, passphrase.toUtf8(), &mismatch)) {
        *error = tr("The private key in %1 does not belong to the certificate in %2.")
                     .arg(keyPath, certFile);
        return false;
    }
    return true;
}

QString ServerTls::defaultSelfSignedDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/server-tls");
}

bool ServerTls::canGenerate()
{
    return SelfSignedCertificate::available();
}

bool ServerTls::selfSigned(const QString &dirPath, QSslCertificate *certificate, QSslKey *key,
                           QString *error)
{
    const QString dir = dirPath.isEmpty() ? defaultSelfSignedDir() : dirPath;
    const QString certPath = dir + QLatin1Char('/') + QLatin1String(SelfSignedCertName);
    const QString keyPath = dir + QLatin1Char('/') + QLatin1String(SelfSignedKeyName);
    if (!QFileInfo::exists(certPath) || !QFileInfo::exists(keyPath)) {
        if (!SelfSignedCertificate::available()) {
            *error = tr("This build of Wsprobe cannot make a self-signed certificate (it was built "
                        "without OpenSSL's libcrypto). Give a certificate and key file instead.");
            return false;
        }
        QByteArray certPem;
        QByteArray keyPem;
        if (!SelfSignedCertificate::generate(&certPem, &keyPem, error))
            return false;
        if (!QDir().mkpath(dir)) {
            *error = tr("Cannot create the folder %1 for the self-signed certificate.").arg(dir);
            return false;
        }
        if (!writeFile(keyPath, keyPem, true, error) || !writeFile(certPath, certPem, false, error))
            return false;
    }
    QList<QSslCertificate> chain;
    if (!load(certPath, keyPath, QString(), &chain, key, error))
        return false;
    *certificate = chain.first();
    return true;
}

bool ServerTls::build(const ServerConfig &config, QSslConfiguration *out, QString *error)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates asked for
    if (config.selfSigned) {
        QSslCertificate certificate;
        QSslKey key;
        if (!selfSigned(config.selfSignedDir, &certificate, &key, error))
            return false;
        tls.setLocalCertificate(certificate);
        tls.setPrivateKey(key);
    } else {
        if (config.certFile.isEmpty()) {
            *error = tr("TLS needs a certificate file (and its key), or a self-signed "
                        "certificate.");
            return false;
        }
        QList<QSslCertificate> chain;
        QSslKey key;
        if (!load(config.certFile, config.keyFile, config.keyPassphrase, &chain, &key, error))
            return false;
        tls.setLocalCertificateChain(chain);
        tls.setPrivateKey(key);
    }
    *out = tls;
    return true;
}

QString ServerTls::fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}
