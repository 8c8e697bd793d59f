#pragma once

#include "base/error.h"
#include "crypto/signaturescheme.h"

#include <QByteArray>
#include <QList>

namespace sic::cms {

// A CAdES-style detached CMS SignedData whose signature value comes from outside (a HashSigner).
// Phase 1 fixes every signed byte: content-type id-data, message-digest, signing-certificate-v2
// (SHA-256 of the signer certificate plus IssuerSerial) and no signing-time (PAdES carries the
// time in the signature dictionary's /M). Phase 2 accepts the value, checks it against the
// certificate, and may add the signature time-stamp token as an unsigned attribute.
class SignedData
{
public:
    // chain: DER certificates, signer first. messageDigest: digest of the signed content made
    // with scheme.hash.
    static Result<SignedData> create(const QList<QByteArray> &chain, const SignatureScheme &scheme,
                                     const QByteArray &messageDigest);

    // DER of the SET OF signed attributes: the bytes whose digest the key signs.
    const QByteArray &signedAttributes() const { return m_signedAttrs; }
    // digest(signedAttributes) with scheme.hash: what goes to the HashSigner.
    QByteArray dataToBeSignedDigest() const;

    // Accepts the value only if it verifies against the signer certificate and the digest.
    Result<void> setSignatureValue(const QByteArray &value);
    const QByteArray &signatureValue() const { return m_signature; }
    // An RFC 3161 TimeStampToken (DER ContentInfo) over the signature value.
    void setTimestampToken(const QByteArray &token) { m_timestamp = token; }

    // The complete ContentInfo; requires a signature value.
    QByteArray toDer() const;

    // An upper bound of toDer().size() for the chain and scheme, plus timestampReserve bytes.
    static qint64 estimateSize(const QList<QByteArray> &chain, const SignatureScheme &scheme,
                               qint64 timestampReserve);

private:
    QList<QByteArray> m_chain;
    SignatureScheme m_scheme;
    QByteArray m_issuerAndSerial;
    QByteArray m_signedAttrs;
    QByteArray m_signature;
    QByteArray m_timestamp;
};

// AlgorithmIdentifier DER for the scheme (sha256WithRSAEncryption, id-RSASSA-PSS with
// parameters, ecdsa-with-SHA256 ...).
QByteArray signatureAlgorithm(const SignatureScheme &scheme);
// Verifies a raw signature value over a precomputed digest with the certificate's public key.
Result<void> verifyDigestSignature(const QByteArray &certDer, const SignatureScheme &scheme,
                                   const QByteArray &digest, const QByteArray &value);

} // namespace sic::cms
