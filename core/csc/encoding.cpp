#include "csc/encoding.h"

#include "crypto/ossl.h"

#include <QUrl>

#include <openssl/ec.h>
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

std::optional<QByteArray> ecdsaRawToDer(QByteArrayView raw)
{
    if (raw.isEmpty() || raw.size() % 2 != 0)
        return std::nullopt;
    const int half = int(raw.size() / 2);
    const auto *p = reinterpret_cast<const unsigned char *>(raw.data());
    ossl::BigNum r(BN_bin2bn(p, half, nullptr));
    ossl::BigNum s(BN_bin2bn(p + half, half, nullptr));
    ossl::EcdsaSig sig(ECDSA_SIG_new());
    if (!r || !s || !sig || BN_is_zero(r.get()) || BN_is_zero(s.get()))
        return std::nullopt;
    if (ECDSA_SIG_set0(sig.get(), r.get(), s.get()) != 1)
        return std::nullopt;
    (void)r.release(); // now owned by sig
    (void)s.release();
    QByteArray der = ossl::toDer(sig.get(), i2d_ECDSA_SIG);
    if (der.isEmpty())
        return std::nullopt;
    return der;
}

static ossl::EcdsaSig parseEcdsaDer(QByteArrayView der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.data());
    ossl::EcdsaSig sig(d2i_ECDSA_SIG(nullptr, &p, long(der.size())));
    if (!sig)
        return {};
    // Strict: the whole input, and canonical DER (re-encoding gives the same bytes).
    if (p != reinterpret_cast<const unsigned char *>(der.data()) + der.size())
        return {};
    if (ossl::toDer(sig.get(), i2d_ECDSA_SIG) != der)
        return {};
    return sig;
}

bool isEcdsaDer(QByteArrayView der)
{
    return !der.isEmpty() && bool(parseEcdsaDer(der));
}

std::optional<QByteArray> ecdsaDerToRaw(QByteArrayView der, int fieldBytes)
{
    ossl::EcdsaSig sig = parseEcdsaDer(der);
    if (!sig || fieldBytes <= 0)
        return std::nullopt;
    QByteArray raw(2 * fieldBytes, '\0');
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    if (BN_bn2binpad(ECDSA_SIG_get0_r(sig.get()), out, fieldBytes) != fieldBytes ||
        BN_bn2binpad(ECDSA_SIG_get0_s(sig.get()), out + fieldBytes, fieldBytes) != fieldBytes)
        return std::nullopt;
    return raw;
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

QByteArray pssParams(HashAlgorithm hash)
{
    // Small fixed DER: only the hash OID and the salt length vary.
    auto tlv = [](unsigned char tag, const QByteArray &content) {
        QByteArray out;
        out.append(char(tag));
        out.append(char(content.size())); // every piece here is < 128 bytes
        out.append(content);
        return out;
    };
    QByteArray oidDer;
    {
        ossl::Asn1Object obj(OBJ_txt2obj(hashInfo(hash).oid, 1));
        oidDer = ossl::toDer(obj.get(), i2d_ASN1_OBJECT);
    }
    const QByteArray hashAlgId = tlv(0x30, oidDer + QByteArray("\x05\x00", 2));
    const QByteArray mgf1Oid = QByteArray::fromHex("06092a864886f70d010108");
    const QByteArray mgfAlgId = tlv(0x30, mgf1Oid + hashAlgId);
    const QByteArray salt = tlv(0x02, QByteArray(1, char(hashInfo(hash).size)));
    return tlv(0x30, tlv(0xa0, hashAlgId) + tlv(0xa1, mgfAlgId) + tlv(0xa2, salt));
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
