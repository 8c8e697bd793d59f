#include "crypto/x509text.h"

#include "crypto/ossl.h"

namespace sic {

QString x509NameToString(const X509_NAME *name)
{
    if (!name)
        return {};
    ossl::Bio bio(BIO_new(BIO_s_mem()));
    // RFC 2253 flags without ESC_MSB (which would turn every UTF-8 byte into \XX); UTF8_CONVERT
    // (part of RFC 2253's flags, named here because it is what makes BMPString readable).
    X509_NAME_print_ex(bio.get(), name, 0,
                       (XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) | ASN1_STRFLGS_UTF8_CONVERT);
    return QString::fromUtf8(ossl::bioBytes(bio.get()));
}

QString x509CommonName(const X509_NAME *name)
{
    const int idx = name ? X509_NAME_get_index_by_NID(name, NID_commonName, -1) : -1;
    if (idx < 0)
        return {};
    const ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, idx));
    unsigned char *utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, data);
    if (len < 0) {
        ossl::lastError();
        return {};
    }
    QString cn = QString::fromUtf8(reinterpret_cast<const char *>(utf8), len);
    OPENSSL_free(utf8);
    return cn;
}

QDateTime asn1TimeToDateTime(const ASN1_TIME *time)
{
    struct tm tm
    {};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1) {
        ossl::lastError();
        return {};
    }
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

QString x509SerialHex(const X509 *cert)
{
    ossl::BigNum bn(cert ? ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr) : nullptr);
    if (!bn)
        return {};
    char *hex = BN_bn2hex(bn.get());
    QString out = QString::fromLatin1(hex);
    OPENSSL_free(hex);
    return out;
}

} // namespace sic
