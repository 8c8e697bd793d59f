#include "cms/signeddata.h"
#include "cms/der.h"
#include "crypto/ossl.h"
#include "crypto/verifysignature.h"

namespace sic::cms {

namespace {

constexpr const char *kIdData = "1.2.840.113549.1.7.1";
constexpr const char *kIdSignedData = "1.2.840.113549.1.7.2";
constexpr const char *kContentType = "1.2.840.113549.1.9.3";
constexpr const char *kMessageDigest = "1.2.840.113549.1.9.4";
constexpr const char *kSigningCertificateV2 = "1.2.840.113549.1.9.16.2.47";
constexpr const char *kSignatureTimeStampToken = "1.2.840.113549.1.9.16.2.14";

std::unexpected<Error> certError(QString detail)
{
    return fail(QStringLiteral("cms.bad_certificate"),
                Tr::tr("The signing certificate could not be read. Contact your signature service provider."),
                std::move(detail));
}

QByteArray attribute(const char *oid, const QByteArray &value)
{
    return der::sequence({der::oid(oid), der::setOf({value})});
}

} // namespace

QByteArray signatureAlgorithm(const SignatureScheme &scheme)
{
    switch (scheme.kind) {
    case SignatureScheme::Kind::RsaPkcs1:
        return der::algorithm(signatureOid(scheme), der::null());
    case SignatureScheme::Kind::RsaPss:
        return der::algorithm(signatureOid(scheme), pssParametersDer(PssParameters::forHash(scheme.hash)));
    case SignatureScheme::Kind::Ecdsa:
        break;
    }
    return der::algorithm(signatureOid(scheme)); // RFC 5758: ecdsa-with-SHA2 has no parameters
}

Result<void> verifyDigestSignature(const QByteArray &certDer, const SignatureScheme &scheme,
                                   const QByteArray &digest, const QByteArray &value)
{
    auto cert = ossl::x509FromDer(certDer);
    if (!cert)
        return certError(ossl::lastError());
    const auto ok = verifySignatureValue(X509_get0_pubkey(cert.get()), scheme, digest, value);
    if (!ok && ok.error().reason == SignatureFailure::Reason::KeyMismatch)
        return fail(QStringLiteral("cms.scheme_mismatch"),
                    Tr::tr("The signature algorithm does not match the signing certificate's key."),
                    ok.error().detail);
    if (!ok)
        return fail(
            QStringLiteral("sign.bad_signature_value"),
            Tr::tr("The signature service returned a signature that does not match the document and the "
                   "certificate. Nothing was saved. Try again or contact the service provider."),
            ok.error().detail);
    return {};
}

Result<SignedData> SignedData::create(const QList<QByteArray> &chain, const SignatureScheme &scheme,
                                      const QByteArray &messageDigest)
{
    if (chain.isEmpty())
        return certError(QStringLiteral("empty certificate chain"));
    if (messageDigest.size() != hashInfo(scheme.hash).size || !hashInfo(scheme.hash).allowedForSigning)
        return fail(QStringLiteral("cms.bad_digest"),
                    Tr::tr("The document digest is not valid for signing."));
    auto cert = ossl::x509FromDer(chain.first());
    if (!cert)
        return certError(ossl::lastError());
    const QByteArray issuer = ossl::toDer(X509_get_issuer_name(cert.get()), i2d_X509_NAME);
    const QByteArray serial = ossl::toDer(X509_get0_serialNumber(cert.get()), i2d_ASN1_INTEGER);
    if (issuer.isEmpty() || serial.isEmpty())
        return certError(QStringLiteral("no issuer or serial"));

    SignedData sd;
    sd.m_chain = chain;
    sd.m_scheme = scheme;
    sd.m_issuerAndSerial = der::sequence({issuer, serial});
    // ESSCertIDv2 with the default hash (SHA-256) omitted, as DER requires.
    const QByteArray issuerSerial = der::sequence({der::sequence({der::tlv(0xA4, issuer)}), serial});
    const QByteArray essCertId =
        der::sequence({der::octetString(digestBytes(HashAlgorithm::Sha256, chain.first())), issuerSerial});
    sd.m_signedAttrs = der::setOf({
        attribute(kContentType, der::oid(kIdData)),
        attribute(kMessageDigest, der::octetString(messageDigest)),
        attribute(kSigningCertificateV2, der::sequence({der::sequence({essCertId})})),
    });
    return sd;
}

QByteArray SignedData::dataToBeSignedDigest() const
{
    return digestBytes(m_scheme.hash, m_signedAttrs);
}

Result<void> SignedData::setSignatureValue(const QByteArray &value)
{
    // Checked a second time on purpose. CscHashSigner already verified the value against the
    // digest it sent (HashSigner's contract), but HashSigner is a seam with other implementations
    // (tests' local key, a future token) and this is the last point before the value is written
    // into the user's document: a value that does not verify here would make a PDF every
    // verifier rejects. One public-key verification per document (~0.1 ms) against a network
    // round trip is not worth saving.
    if (auto ok = verifyDigestSignature(m_chain.first(), m_scheme, dataToBeSignedDigest(), value); !ok)
        return ok;
    m_signature = value;
    return {};
}

QByteArray SignedData::toDer() const
{
    const QByteArray digestAlg = der::algorithm(hashInfo(m_scheme.hash).oid);
    // [0] IMPLICIT SET OF: the same bytes as the signed SET with the tag replaced.
    QByteArray signedAttrs = m_signedAttrs;
    signedAttrs[0] = char(0xA0);
    QList<QByteArray> signerInfo = {der::integer(1),
                                    m_issuerAndSerial,
                                    digestAlg,
                                    signedAttrs,
                                    signatureAlgorithm(m_scheme),
                                    der::octetString(m_signature)};
    if (!m_timestamp.isEmpty()) {
        QByteArray unsignedAttrs = der::setOf({attribute(kSignatureTimeStampToken, m_timestamp)});
        unsignedAttrs[0] = char(0xA1);
        signerInfo << unsignedAttrs;
    }
    QByteArray certs;
    for (const auto &c : m_chain)
        certs += c;
    const QByteArray signedData =
        der::sequence({der::integer(1), der::setOf({digestAlg}), der::sequence({der::oid(kIdData)}),
                       der::context(0, certs), der::setOf({der::sequence(signerInfo)})});
    return der::sequence({der::oid(kIdSignedData), der::context(0, signedData)});
}

qint64 SignedData::estimateSize(const QList<QByteArray> &chain, const SignatureScheme &scheme,
                                qint64 timestampReserve)
{
    qint64 size = 0;
    for (const auto &c : chain)
        size += c.size();
    // The signer's issuer and serial appear twice more (SignerIdentifier, ESS IssuerSerial).
    qint64 signerId = 600;
    qint64 sigSize = 512;
    if (auto cert = ossl::x509FromDer(chain.value(0))) {
        signerId = ossl::toDer(X509_get_issuer_name(cert.get()), i2d_X509_NAME).size() +
                   ossl::toDer(X509_get0_serialNumber(cert.get()), i2d_ASN1_INTEGER).size();
        if (EVP_PKEY *key = X509_get0_pubkey(cert.get()))
            sigSize = EVP_PKEY_get_size(key);
    }
    // Tags, lengths, algorithm identifiers (PSS parameters are the largest), the three signed
    // attributes and the ESS hash fit well inside 1 KiB.
    (void)scheme;
    return size + 2 * signerId + sigSize + 1024 + timestampReserve;
}

} // namespace sic::cms
