#pragma once

#include "base/clock.h"
#include "verify/report.h"
#include "verify/revocation.h"
#include "verify/timestamp.h"
#include "verify/truststore.h"

#include <optional>

namespace sic::verify {

// What every validation needs besides the signature: anchors, "now", and how to get revocation data.
class RevocationNeeds; // verify/onlinerevocation.h

struct ValidationContext
{
    const TrustStore *trust = nullptr;
    const Clock *clock = nullptr;
    bool online = false;            // extraRevocation includes what was fetched online (docs/verify.md)
    RevocationData extraRevocation; // CRLs/OCSP responses supplied by the user or fetched online
    // When set, evaluate() lists here every chain certificate it found no usable revocation data
    // for: the input of the online pre-fetch (OnlineRevocationFetcher).
    RevocationNeeds *revocationNeeds = nullptr;
};

// The format-independent facts about one signature, gathered by the XAdES/CAdES/PAdES front ends.
struct SignatureEvidence
{
    SignatureKind kind = SignatureKind::XMLDSig;
    QString pdfSubFilter; // with SignatureKind::PdfCms
    QString id;
    QString level;
    // The first structural or cryptographic failure found (FORMAT_FAILURE, SIGNED_DATA_NOT_FOUND,
    // NO_SIGNING_CERTIFICATE_FOUND, HASH_FAILURE, SIG_CRYPTO_FAILURE); None when intact.
    SubIndication failure = SubIndication::None;
    QString failureReason; // translated sentence
    ossl::X509Ptr signerCert;
    std::vector<ossl::X509Ptr> untrusted; // every certificate found in the signature or document
    RevocationData revocation;
    std::vector<TimestampCheck> signatureTimestamps;
    QList<TimestampInfo> otherTimestamps; // archive timestamps, shown only
    QDateTime claimedSigningTime;
    std::optional<HashAlgorithm> digestAlgorithm;
    QString signatureAlgorithm;
    QStringList warnings;
    QString coverage;
    bool modifiedAfterSigning = false;
    QStringList changesAfterSigning;
    std::optional<bool> dataIntact;
    std::optional<bool> signatureValid;
};

// EN 319 102-1 validation of signatures with time as far as the evidence allows: structural result,
// X.509 path to an anchor, the signer's validity and revocation at the best signature time,
// cryptographic constraints.
SignatureReport evaluate(SignatureEvidence &evidence, const ValidationContext &context);

QString formatTime(const QDateTime &t); // "2026-11-20 10:00 UTC"

} // namespace sic::verify
