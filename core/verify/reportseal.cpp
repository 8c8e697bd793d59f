#include "verify/reportseal.h"

#include "crypto/ossl.h"

#include <QFile>

#include <openssl/cms.h>
#include <openssl/pkcs12.h>

namespace sic::verify {

Result<QByteArray> sealDetached(const QByteArray &report, const QString &p12Path, const QByteArray &password)
{
    QFile f(p12Path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 1024 * 1024)
        return fail(QStringLiteral("seal.p12_unreadable"), Tr::tr("The sealing key file cannot be read."),
                    p12Path);
    const QByteArray der = f.readAll();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    ossl::Ptr<PKCS12, PKCS12_free> p12(d2i_PKCS12(nullptr, &p, long(der.size())));
    EVP_PKEY *key = nullptr;
    X509 *cert = nullptr;
    STACK_OF(X509) *ca = nullptr;
    if (!p12 || PKCS12_parse(p12.get(), password.constData(), &key, &cert, &ca) != 1 || !key || !cert) {
        EVP_PKEY_free(key);
        X509_free(cert);
        sk_X509_pop_free(ca, X509_free);
        return fail(QStringLiteral("seal.p12_unreadable"),
                    Tr::tr("The sealing key file is not a PKCS#12 file or its password is wrong."),
                    ossl::lastError());
    }
    ossl::Ptr<EVP_PKEY, EVP_PKEY_free> keyOwner(key);
    ossl::X509Ptr certOwner(cert);
    ossl::Ptr<BIO, BIO_free> in(BIO_new_mem_buf(report.constData(), int(report.size())));
    // CMS_CADES: signing-certificate-v2 (EN 319 122-1 B-B); the chain from the file goes with it.
    ossl::Ptr<CMS_ContentInfo, CMS_ContentInfo_free> cms(
        CMS_sign(cert, key, ca, in.get(), CMS_DETACHED | CMS_BINARY | CMS_CADES | CMS_NOSMIMECAP));
    sk_X509_pop_free(ca, X509_free);
    if (!cms)
        return fail(QStringLiteral("seal.sign_failed"), Tr::tr("The report could not be sealed."),
                    ossl::lastError());
    unsigned char *out = nullptr;
    const int n = i2d_CMS_ContentInfo(cms.get(), &out);
    if (n <= 0)
        return fail(QStringLiteral("seal.sign_failed"), Tr::tr("The report could not be sealed."),
                    ossl::lastError());
    QByteArray result(reinterpret_cast<const char *>(out), n);
    OPENSSL_free(out);
    return result;
}

} // namespace sic::verify
