#pragma once

#include <QString>

/// A throwaway certificate authority, server and client certificates, made with the openssl
/// command in a folder of the test's: ca.pem, server.pem/.key (for 127.0.0.1),
/// client.pem/.key, client.p12 (passphrase "secret") and other-ca.pem (trusts nothing here).
bool makeTestPki(const QString &dir, QString *error);
