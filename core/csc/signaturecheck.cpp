#include "csc/signaturecheck.h"

#include "crypto/ecdsa.h"
#include "crypto/ossl.h"
#include "crypto/verifysignature.h"
#include "csc/cscerror.h"
#include "csc/encoding.h"

namespace sic::csc {

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

    QByteArray sig = value;
    if (scheme.kind == SignatureScheme::Kind::Ecdsa && !isEcdsaDer(sig)) {
        // Some services answer r||s (docs/csc-client.md, "Interop"): the only other shape accepted.
        const int fieldBytes = ecdsaFieldBytes(key);
        const auto der = sig.size() == 2 * fieldBytes ? ecdsaRawToDer(sig) : std::nullopt;
        if (!der)
            return failWith(CscErrorKind::SignatureRejected,
                            QStringLiteral("ECDSA value of %1 bytes is neither DER nor raw r||s of %2 bytes")
                                .arg(sig.size())
                                .arg(2 * fieldBytes));
        sig = *der;
    }
    if (auto ok = verifySignatureValue(key, scheme, digest, sig); !ok)
        return failWith(CscErrorKind::SignatureRejected,
                        QStringLiteral("value does not verify against the certificate and digest %1: %2")
                            .arg(QString::fromLatin1(digest.left(8).toHex()), ok.error().detail));
    return sig;
}

} // namespace sic::csc
