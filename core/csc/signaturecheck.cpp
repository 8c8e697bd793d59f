#include "csc/signaturecheck.h"

#include "crypto/ossl.h"
#include "csc/cscerror.h"
#include "csc/encoding.h"

#include <openssl/rsa.h>

namespace sic::csc {

const char *signAlgoOid(const SignatureScheme &scheme)
{
    switch (scheme.kind) {
    case SignatureScheme::Kind::RsaPss:
        return "1.2.840.113549.1.1.10";
    case SignatureScheme::Kind::Ecdsa:
        return scheme.hash == HashAlgorithm::Sha512   ? "1.2.840.10045.4.3.4"
               : scheme.hash == HashAlgorithm::Sha384 ? "1.2.840.10045.4.3.3"
                                                      : "1.2.840.10045.4.3.2";
    case SignatureScheme::Kind::RsaPkcs1:
        break;
    }
    return scheme.hash == HashAlgorithm::Sha512   ? "1.2.840.113549.1.1.13"
           : scheme.hash == HashAlgorithm::Sha384 ? "1.2.840.113549.1.1.12"
                                                  : "1.2.840.113549.1.1.11";
}

Result<QByteArray> checkSignatureValue(const QByteArray &certDer, const SignatureScheme &scheme,
                                       const QByteArray &digest, const QByteArray &value)
{
    if (looksLikeCms(value))
        return failWith(CscErrorKind::CmsInsteadOfRaw,
                        QStringLiteral("signHash returned a %1-byte CMS/PKCS#7 structure").arg(value.size()));
    ossl::X509Ptr cert = ossl::x509FromDer(certDer);
    EVP_PKEY *key = cert ? X509_get0_pubkey(cert.get()) : nullptr;
    if (!key)
        return failWith(CscErrorKind::MalformedResponse,
                        QStringLiteral("the credential has no usable certificate"));
    if (digest.size() != hashInfo(scheme.hash).size)
        return failWith(CscErrorKind::SignatureRejected,
                        QStringLiteral("digest length does not match the hash"));

    QByteArray sig = value;
    if (scheme.kind == SignatureScheme::Kind::Ecdsa && !isEcdsaDer(sig)) {
        const int fieldBytes = (EVP_PKEY_get_bits(key) + 7) / 8;
        if (sig.size() != 2 * fieldBytes)
            return failWith(CscErrorKind::SignatureRejected,
                            QStringLiteral("ECDSA value of %1 bytes is neither DER nor raw r||s of %2 bytes")
                                .arg(sig.size())
                                .arg(2 * fieldBytes));
        const auto der = ecdsaRawToDer(sig);
        if (!der)
            return failWith(CscErrorKind::SignatureRejected, QStringLiteral("raw ECDSA value is invalid"));
        sig = *der;
    }

    ossl::PKeyCtx ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    if (!ctx || EVP_PKEY_verify_init(ctx.get()) != 1)
        return failWith(CscErrorKind::SignatureRejected, ossl::lastError());
    const EVP_MD *md = evpMd(scheme.hash);
    bool setup = EVP_PKEY_CTX_set_signature_md(ctx.get(), md) == 1;
    if (scheme.kind == SignatureScheme::Kind::RsaPkcs1) {
        setup = setup && EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) == 1;
    } else if (scheme.kind == SignatureScheme::Kind::RsaPss) {
        setup = setup && EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PSS_PADDING) == 1 &&
                EVP_PKEY_CTX_set_rsa_mgf1_md(ctx.get(), md) == 1 &&
                EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx.get(), hashInfo(scheme.hash).size) == 1;
    }
    if (!setup)
        return failWith(CscErrorKind::SignatureRejected,
                        QStringLiteral("key and scheme do not fit: %1").arg(ossl::lastError()));
    const int rc = EVP_PKEY_verify(
        ctx.get(), reinterpret_cast<const unsigned char *>(sig.constData()), size_t(sig.size()),
        reinterpret_cast<const unsigned char *>(digest.constData()), size_t(digest.size()));
    if (rc != 1) {
        const QString why = ossl::lastError();
        return failWith(CscErrorKind::SignatureRejected,
                        QStringLiteral("value does not verify against the certificate and digest %1%2")
                            .arg(QString::fromLatin1(digest.left(8).toHex()),
                                 why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why)));
    }
    return sig;
}

} // namespace sic::csc
