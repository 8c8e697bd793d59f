#include "csc/encoding.h"

#include "crypto/ossl.h"

#include <QUrl>

#include <openssl/rand.h>
#include <openssl/sha.h>

namespace sic::csc {

std::optional<QByteArray> decodeBase64Any(QByteArrayView text)
{
    QByteArray clean;
    clean.reserve(text.size() + 3);
    for (char c : text) {
        if (c == '-')
            clean.append('+');
        else if (c == '_')
            clean.append('/');
        else if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        else
            clean.append(c);
    }
    while (clean.endsWith('='))
        clean.chop(1);
    if (clean.size() % 4 == 1)
        return std::nullopt;
    while (clean.size() % 4 != 0)
        clean.append('=');
    auto decoded = QByteArray::fromBase64Encoding(clean, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

QByteArray base64Url(QByteArrayView bytes)
{
    return bytes.toByteArray().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool looksLikeCms(QByteArrayView bytes)
{
    if (bytes.size() < 16 || static_cast<unsigned char>(bytes[0]) != 0x30)
        return false;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    ossl::Cms cms(d2i_CMS_ContentInfo(nullptr, &p, long(bytes.size())));
    if (cms)
        return true;
    p = reinterpret_cast<const unsigned char *>(bytes.data());
    ossl::Pkcs7 p7(d2i_PKCS7(nullptr, &p, long(bytes.size())));
    return bool(p7);
}

QByteArray spkiSha256(const QByteArray &certDer)
{
    ossl::X509Ptr cert = ossl::x509FromDer(certDer);
    if (!cert)
        return {};
    const QByteArray spki = ossl::toDer(X509_get_X509_PUBKEY(cert.get()), i2d_X509_PUBKEY);
    return digestBytes(HashAlgorithm::Sha256, spki);
}

QByteArray formEncode(const QList<std::pair<QString, QString>> &items)
{
    QByteArray out;
    for (const auto &[k, v] : items) {
        if (!out.isEmpty())
            out.append('&');
        out.append(QUrl::toPercentEncoding(k));
        out.append('=');
        out.append(QUrl::toPercentEncoding(v));
    }
    return out;
}

QByteArray randomBytes(int count)
{
    QByteArray out(count, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1)
        qFatal("OpenSSL RAND_bytes failed"); // no safe way to continue without randomness
    return out;
}

} // namespace sic::csc
