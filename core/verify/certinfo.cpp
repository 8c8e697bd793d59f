#include "verify/certinfo.h"

#include "crypto/ossl.h"

#include <openssl/bn.h>
#include <openssl/evp.h>

namespace sic::verify {

QDateTime asn1TimeToDateTime(const ASN1_TIME *t)
{
    if (!t)
        return {};
    struct tm tm = {};
    if (ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

QString nameToString(const X509_NAME *name)
{
    ossl::Bio bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0,
                       (XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) | ASN1_STRFLGS_UTF8_CONVERT);
    return QString::fromUtf8(ossl::bioBytes(bio.get()));
}

QString commonNameOf(const X509_NAME *name)
{
    const int idx = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (idx < 0)
        return {};
    const ASN1_STRING *s = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, idx));
    unsigned char *utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, s);
    if (len < 0)
        return {};
    QString out = QString::fromUtf8(reinterpret_cast<const char *>(utf8), len);
    OPENSSL_free(utf8);
    return out;
}

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
    info.subject = nameToString(X509_get_subject_name(cert));
    info.commonName = commonNameOf(X509_get_subject_name(cert));
    info.issuer = nameToString(X509_get_issuer_name(cert));
    ossl::BigNum bn(ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr));
    if (bn) {
        char *hex = BN_bn2hex(bn.get());
        info.serialHex = QString::fromLatin1(hex);
        OPENSSL_free(hex);
    }
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
