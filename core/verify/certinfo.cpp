#include "verify/certinfo.h"

#include "crypto/ossl.h"

#include <openssl/bn.h>
#include <openssl/evp.h>

namespace sic::verify {

QString sha256Fingerprint(const X509 *cert)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!X509_digest(cert, EVP_sha256(), md, &len))
        return {};
    return QByteArray(reinterpret_cast<const char *>(md), int(len)).toHex(':').toUpper();
}

bool isSelfIssued(const X509 *cert)
{
    return X509_NAME_cmp(X509_get_subject_name(cert), X509_get_issuer_name(cert)) == 0;
}

bool isCa(const X509 *cert)
{
    return X509_check_ca(const_cast<X509 *>(cert)) > 0;
}

CertificateInfo certificateInfo(const X509 *cert)
{
    CertificateInfo info;
    if (!cert)
        return info;
    info.subject = x509NameToString(X509_get_subject_name(cert));
    info.commonName = x509CommonName(X509_get_subject_name(cert));
    info.issuer = x509NameToString(X509_get_issuer_name(cert));
    info.serialHex = x509SerialHex(cert);
    info.notBefore = asn1TimeToDateTime(X509_get0_notBefore(cert));
    info.notAfter = asn1TimeToDateTime(X509_get0_notAfter(cert));
    info.sha256 = sha256Fingerprint(cert);
    if (const EVP_PKEY *key = X509_get0_pubkey(cert)) {
        info.keyBits = EVP_PKEY_get_bits(key);
        if (EVP_PKEY_is_a(key, "RSA") || EVP_PKEY_is_a(key, "RSA-PSS")) {
            info.keyAlgorithm = QStringLiteral("RSA");
        } else if (EVP_PKEY_is_a(key, "EC")) {
            char curve[64] = {};
            size_t len = 0;
            EVP_PKEY_get_utf8_string_param(key, "group", curve, sizeof curve, &len);
            info.keyAlgorithm = QStringLiteral("EC %1").arg(QString::fromLatin1(curve, int(len)));
        } else {
            info.keyAlgorithm = QString::fromLatin1(EVP_PKEY_get0_type_name(key));
        }
    }
    return info;
}

} // namespace sic::verify
