#include "common/testpki.h"

#include <QFile>
#include <QProcess>
#include <QStringList>

static bool openssl(const QString &dir, const QStringList &args, QString *error)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error =
            QStringLiteral("openssl %1 failed: %2 %3")
                .arg(args.join(' '), p.errorString(), QString::fromUtf8(p.readAllStandardError()));
        return false;
    }
    return true;
}

bool makeTestPki(const QString &dir, QString *error)
{
    QFile ext(dir + "/san.ext");
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n");
    ext.close();
    const QStringList ec{"-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"};
    return openssl(dir,
                   QStringList{"req", "-x509"} + ec
                       + QStringList{"-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj",
                                     "/CN=Wsprobe Test CA"},
                   error)
           && openssl(dir,
                      QStringList{"req", "-x509"} + ec
                          + QStringList{"-keyout", "other-ca.key", "-out", "other-ca.pem", "-days",
                                        "2", "-subj", "/CN=Unrelated CA"},
                      error)
           && openssl(dir,
                      QStringList{"req"} + ec
                          + QStringList{"-keyout", "server.key", "-out", "server.csr", "-subj",
                                        "/CN=127.0.0.1"},
                      error)
           && openssl(dir,
                      {"x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
                       "-CAcreateserial", "-out", "server.pem", "-days", "2", "-extfile",
                       "san.ext"},
                      error)
           && openssl(dir,
                      QStringList{"req"} + ec
                          + QStringList{"-keyout", "client.key", "-out", "client.csr", "-subj",
                                        "/CN=wsprobe-client"},
                      error)
           && openssl(dir,
                      {"x509", "-req", "-in", "client.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
                       "-CAcreateserial", "-out", "client.pem", "-days", "2"},
                      error)
           && openssl(dir,
                      {"pkcs12", "-export", "-in", "client.pem", "-inkey", "client.key", "-out",
                       "client.p12", "-passout", "pass:secret"},
                      error);
}
