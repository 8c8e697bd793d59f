#include "crypto/verifysignature.h"

#include "crypto/ecdsa.h"
#include "crypto/ossl.h"

#include <openssl/rsa.h>

namespace sic {

namespace {

std::unexpected<SignatureFailure> failure(SignatureFailure::Reason reason, QString detail)
{
    const QString why = ossl::lastError();
    if (!why.isEmpty())
        detail += QStringLiteral(" (%1)").arg(why);
    return std::unexpected(SignatureFailure{reason, std::move(detail)});
}

} // namespace

SignatureCheck verifySignatureValue(const EVP_PKEY *key, const SignatureScheme &scheme, QByteArrayView digest,
                                    QByteArrayView value, std::optional<PssParameters> pss)
{
    using R = SignatureFailure::Reason;
    using K = SignatureScheme::Kind;
    const bool ec = key && EVP_PKEY_is_a(key, "EC");
    const bool rsa = key && EVP_PKEY_is_a(key, "RSA");
    const bool rsaPss = key && EVP_PKEY_is_a(key, "RSA-PSS");
    if (!key || (scheme.kind == K::Ecdsa && !ec) || (scheme.kind == K::RsaPkcs1 && !rsa) ||
        (scheme.kind == K::RsaPss && !rsa && !rsaPss))
        return failure(R::KeyMismatch, QStringLiteral("%1 does not fit a %2 key")
                                           .arg(schemeKindName(scheme.kind),
                                                key ? QString::fromLatin1(EVP_PKEY_get0_type_name(key))
                                                    : QStringLiteral("missing")));
    if (digest.size() != hashInfo(scheme.hash).size)
        return failure(R::BadParameters, QStringLiteral("a digest of %1 bytes is not %2")
                                             .arg(digest.size())
                                             .arg(QString::fromLatin1(hashInfo(scheme.hash).name)));
    // OpenSSL would accept BER or a value with trailing bytes; the format rules do not.
    if (scheme.kind == K::Ecdsa && !isEcdsaDer(value))
        return failure(R::Invalid,
                       QStringLiteral("the ECDSA value of %1 bytes is not strict DER").arg(value.size()));
    const PssParameters p = pss.value_or(PssParameters::forHash(scheme.hash));
    if (scheme.kind == K::RsaPss && p.hash != scheme.hash)
        return failure(R::BadParameters, QStringLiteral("the PSS hash %1 is not the digest's %2")
                                             .arg(QString::fromLatin1(hashInfo(p.hash).name),
                                                  QString::fromLatin1(hashInfo(scheme.hash).name)));

    ossl::PKeyCtx ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, const_cast<EVP_PKEY *>(key), nullptr));
    bool setup = ctx && EVP_PKEY_verify_init(ctx.get()) == 1;
    if (setup && scheme.kind == K::RsaPkcs1)
        setup = EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) == 1;
    if (setup && scheme.kind == K::RsaPss)
        setup = EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PSS_PADDING) == 1;
    setup = setup && EVP_PKEY_CTX_set_signature_md(ctx.get(), evpMd(scheme.hash)) == 1;
    if (setup && scheme.kind == K::RsaPss)
        setup = EVP_PKEY_CTX_set_rsa_mgf1_md(ctx.get(), evpMd(p.mgf1Hash)) == 1 &&
                EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx.get(), p.saltLength) == 1;
    if (!setup)
        return failure(R::BadParameters,
                       QStringLiteral("the key does not take %1").arg(schemeDisplayName(scheme)));
    if (EVP_PKEY_verify(ctx.get(), reinterpret_cast<const unsigned char *>(value.data()),
                        size_t(value.size()), reinterpret_cast<const unsigned char *>(digest.data()),
                        size_t(digest.size())) != 1)
        return failure(R::Invalid, QStringLiteral("the value does not verify"));
    ossl::lastError();
    return {};
}

} // namespace sic
