#include "crypto/ecdsa.h"

#include "crypto/ossl.h"

#include <openssl/ecdsa.h>

namespace sic {

namespace {

ossl::EcdsaSig parseStrict(QByteArrayView der)
{
    if (der.isEmpty() || uchar(der.front()) != 0x30)
        return {};
    const auto *begin = reinterpret_cast<const unsigned char *>(der.data());
    const unsigned char *p = begin;
    ossl::EcdsaSig sig(d2i_ECDSA_SIG(nullptr, &p, long(der.size())));
    if (!sig) {
        ossl::lastError();
        return {};
    }
    // Trailing bytes, BER lengths, a missing or extra leading zero (OpenSSL reads INTEGER content
    // as unsigned): re-encoding gives other bytes. Zero is no signature.
    if (p != begin + der.size() || ossl::toDer(sig.get(), i2d_ECDSA_SIG) != der ||
        BN_is_zero(ECDSA_SIG_get0_r(sig.get())) || BN_is_zero(ECDSA_SIG_get0_s(sig.get())))
        return {};
    return sig;
}

} // namespace

bool isEcdsaDer(QByteArrayView bytes)
{
    return bool(parseStrict(bytes));
}

std::optional<QByteArray> ecdsaDerToRaw(QByteArrayView der, int fieldBytes)
{
    ossl::EcdsaSig sig = parseStrict(der);
    if (!sig || fieldBytes <= 0)
        return std::nullopt;
    QByteArray raw(2 * fieldBytes, '\0');
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    if (BN_bn2binpad(ECDSA_SIG_get0_r(sig.get()), out, fieldBytes) != fieldBytes ||
        BN_bn2binpad(ECDSA_SIG_get0_s(sig.get()), out + fieldBytes, fieldBytes) != fieldBytes)
        return std::nullopt;
    return raw;
}

std::optional<QByteArray> ecdsaRawToDer(QByteArrayView raw)
{
    if (raw.isEmpty() || raw.size() % 2 != 0)
        return std::nullopt;
    const int half = int(raw.size() / 2);
    const auto *in = reinterpret_cast<const unsigned char *>(raw.data());
    ossl::BigNum r(BN_bin2bn(in, half, nullptr));
    ossl::BigNum s(BN_bin2bn(in + half, half, nullptr));
    ossl::EcdsaSig sig(ECDSA_SIG_new());
    if (!r || !s || !sig || BN_is_zero(r.get()) || BN_is_zero(s.get()))
        return std::nullopt;
    if (ECDSA_SIG_set0(sig.get(), r.get(), s.get()) != 1)
        return std::nullopt;
    (void)r.release(); // owned by sig now
    (void)s.release();
    QByteArray der = ossl::toDer(sig.get(), i2d_ECDSA_SIG);
    if (der.isEmpty())
        return std::nullopt;
    return der;
}

int ecdsaFieldBytes(const EVP_PKEY *key)
{
    return key && EVP_PKEY_is_a(key, "EC") ? (EVP_PKEY_get_bits(key) + 7) / 8 : 0;
}

} // namespace sic
