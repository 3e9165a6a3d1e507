#include "protocol/server/selfsignedcertificate.h"

#include <QCoreApplication>

#ifdef WSPROBE_HAVE_OPENSSL
#include <memory>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#endif

#ifdef WSPROBE_HAVE_OPENSSL

namespace {

struct Free
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(X509_EXTENSION *p) const { X509_EXTENSION_free(p); }
};
template<typename T> using Owned = std::unique_ptr<T, Free>;

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(n));
}

bool addExtension(X509 *x, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, x, x, nullptr, nullptr, 0);
    Owned<X509_EXTENSION> ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(x, ext.get(), -1) == 1;
}

} // namespace

bool SelfSignedCertificate::available()
{
    return true;
}

bool SelfSignedCertificate::generate(QByteArray *certificatePem, QByteArray *keyPem, QString *error)
{
    Owned<EVP_PKEY> key(EVP_EC_gen("P-256"));
    Owned<X509> x(X509_new());
    if (!key || !x) {
        *error = tr("OpenSSL could not make a key for the self-signed certificate.");
        return false;
    }
    quint64 serial = 0;
    RAND_bytes(reinterpret_cast<unsigned char *>(&serial), sizeof serial);
    X509_set_version(x.get(), 2);
    ASN1_INTEGER_set_int64(X509_get_serialNumber(x.get()), qint64(serial >> 1));
    // An hour of slack for clocks that are behind; 825 days is the longest validity Apple's
    // clients accept for a server certificate.
    X509_gmtime_adj(X509_getm_notBefore(x.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(x.get()), 825L * 24 * 3600);
    X509_set_pubkey(x.get(), key.get());
    X509_NAME *name = X509_get_subject_name(x.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("Wsprobe"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("Wsprobe local server"), -1,
                               -1, 0);
    X509_set_issuer_name(x.get(), name);
    const bool extensions =
        addExtension(x.get(), NID_basic_constraints, "critical,CA:FALSE")
        && addExtension(x.get(), NID_key_usage, "critical,digitalSignature")
        && addExtension(x.get(), NID_ext_key_usage, "serverAuth")
        && addExtension(x.get(), NID_subject_key_identifier, "hash")
        && addExtension(x.get(), NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1");
    if (!extensions || X509_sign(x.get(), key.get(), EVP_sha256()) == 0) {
        *error = tr("OpenSSL could not sign the self-signed certificate.");
        return false;
    }
    Owned<BIO> certBio(BIO_new(BIO_s_mem()));
    Owned<BIO> keyBio(BIO_new(BIO_s_mem()));
    // The traditional "EC PRIVATE KEY" form, which every Qt TLS backend reads.
    if (!PEM_write_bio_X509(certBio.get(), x.get())
        || !PEM_write_bio_PrivateKey_traditional(keyBio.get(), key.get(), nullptr, nullptr, 0,
                                                 nullptr, nullptr)) {
        *error = tr("OpenSSL could not write the self-signed certificate.");
        return false;
    }
    ERR_clear_error();
    *certificatePem = bioBytes(certBio.get());
    *keyPem = bioBytes(keyBio.get());
    return true;
}

bool SelfSignedCertificate::keyMatches(const QByteArray &certificatePem, const QByteArray &keyPem,
                                       const QByteArray &passphrase, QString *error)
{
    Owned<BIO> certBio(BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size())));
    Owned<BIO> keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    Owned<X509> x(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    Owned<EVP_PKEY> key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr,
                                                const_cast<char *>(passphrase.constData())));
    ERR_clear_error(); // Qt's TLS shares the thread's error queue
    if (!x || !key)
        return true; // Qt read both; what OpenSSL cannot parse here it cannot judge either
    if (X509_check_private_key(x.get(), key.get()) == 1)
        return true;
    *error = tr("the private key does not match the certificate's public key");
    return false;
}

#else

bool SelfSignedCertificate::available()
{
    return false;
}

bool SelfSignedCertificate::generate(QByteArray *, QByteArray *, QString *error)
{
    *error = tr("This build has no OpenSSL libcrypto to make a certificate with.");
    return false;
}

bool SelfSignedCertificate::keyMatches(const QByteArray &, const QByteArray &, const QByteArray &,
                                       QString *)
{
    return true;
}

#endif
