#pragma once

#include "base/error.h"
#include "crypto/hashalgorithm.h"
#include "crypto/ossl.h"
#include "verify/cadesvalues.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>
#include <vector>

namespace sic::verify {

// A parsed CMS SignedData (CAdES, PAdES /Contents, an RFC 3161 token).
struct CmsSignedData
{
    ossl::Cms cms;
    std::vector<ossl::X509Ptr> certificates; // from the certificates field
    QList<QByteArray> crls;                  // DER, from the crls field
    QList<QByteArray> otherOcspResponses;    // DER OCSPResponse, crls entries per RFC 5940
    QByteArray encapsulatedContent;          // eContent, empty when detached
    QString eContentType;                    // dotted OID
    int signerCount = 0;
};

// Parses DER SignedData. Trailing bytes (PDF's zero padding) are ignored.
Result<CmsSignedData> parseSignedData(const QByteArray &der);

// The digest of the signed content in a given algorithm: a PDF's ByteRange, a detached file, ...
using ContentDigest = std::function<Result<QByteArray>(HashAlgorithm)>;
ContentDigest digestOfBytes(QByteArray content);
// Content known only by its digest (computed elsewhere, e.g. streamed): any other algorithm fails.
ContentDigest knownDigest(HashAlgorithm alg, QByteArray digest);

// The outcome of checking one SignerInfo cryptographically. Policy (chain, time, revocation)
// is judged elsewhere.
struct CmsSignerCheck
{
    QString formatProblem; // not empty: the SignerInfo is unusable (FORMAT_FAILURE)
    bool hasSignedAttributes = false;
    std::optional<HashAlgorithm> digestAlgorithm;
    QString digestOid;
    QString signatureAlgorithm;  // "RSA PKCS#1 v1.5", "RSA-PSS", "ECDSA"
    ossl::X509Ptr signerCert;    // null: NO_SIGNING_CERTIFICATE_FOUND
    QString signingCertProblem;  // ESS signing-certificate(-v2) does not match
    QString essVersion;          // "v1", "v2" or empty when absent
    bool digestMatches = false;  // messageDigest attribute (or the signature itself) vs the content
    bool signatureValid = false; // signature value over the signed attributes (or the digest)
    QString cryptoDetail;
    QDateTime signingTime; // claimed (signing-time attribute)
    QByteArray signatureValue;
    QList<QByteArray> signatureTimestamps; // id-aa-signatureTimeStampToken values (DER)
    QList<QByteArray> ocspResponses;       // from adbe-revocationInfoArchival
    QList<QByteArray> archivedCrls;        // likewise
    CadesValues cadesValues;               // certificate-values, revocation-values, ATSv3
    int signerKeyBits = 0;
    QString signerKeyType; // "RSA", "EC", "EdDSA"
    // The signed attributes as received are not in DER SET OF order (they are verified as received).
    bool signedAttributesNotDer = false;
    QString cryptoConstraint; // an algorithm combination the standards forbid (e.g. Ed448 without SHAKE256)
};

// Checks the first SignerInfo. content: digest provider for detached content; when null the
// encapsulated content is used. extraCerts: certificates found elsewhere (DSS, KeyInfo).
CmsSignerCheck checkSigner(CmsSignedData &sd, const ContentDigest &content,
                           const std::vector<X509 *> &extraCerts = {});

} // namespace sic::verify
