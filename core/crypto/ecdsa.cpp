#include "crypto/ecdsa.h"

#include "crypto/ossl.h"

#include <openssl/ecdsa.h>

namespace sic {

namespace {
ossl::EcdsaSig parseDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    ossl::EcdsaSig sig(d2i_ECDSA_SIG(nullptr, &p, long(der.size())));
    // Trailing bytes would let two encodings pass for one value.
    if (sig && p != reinterpret_cast<const unsigned char *>(der.constData()) + der.size())
        return {};
    return sig;
}
} // namespace

bool isEcdsaDer(const QByteArray &bytes)
{
    return bytes.size() >= 8 && bytes.at(0) == 0x30 && parseDer(bytes) != nullptr;
}

std::optional<QByteArray> ecdsaDerToRaw(const QByteArray &der, int fieldBytes)
{
    ossl::EcdsaSig sig = parseDer(der);
    if (!sig || fieldBytes <= 0)
        return std::nullopt;
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(sig.get(), &r, &s);
    QByteArray raw(2 * fieldBytes, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    if (BN_bn2binpad(r, out, fieldBytes) != fieldBytes ||
        BN_bn2binpad(s, out + fieldBytes, fieldBytes) != fieldBytes)
        return std::nullopt;
    return raw;
}

std::optional<QByteArray> ecdsaRawToDer(const QByteArray &raw)
{
    if (raw.isEmpty() || raw.size() % 2 != 0)
        return std::nullopt;
    const int half = int(raw.size() / 2);
    const auto *in = reinterpret_cast<const unsigned char *>(raw.constData());
    ossl::BigNum r(BN_bin2bn(in, half, nullptr));
    ossl::BigNum s(BN_bin2bn(in + half, half, nullptr));
    ossl::EcdsaSig sig(ECDSA_SIG_new());
    if (!r || !s || !sig || ECDSA_SIG_set0(sig.get(), r.get(), s.get()) != 1)
        return std::nullopt;
    r.release(); // owned by sig now
    s.release();
    QByteArray der = ossl::toDer(sig.get(), i2d_ECDSA_SIG);
    if (der.isEmpty())
        return std::nullopt;
    return der;
}

} // namespace sic
