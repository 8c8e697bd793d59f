#pragma once

#include "verify/report.h"
#include "verify/truststore.h"

#include <QByteArray>
#include <QList>

#include <vector>

namespace sic::verify {

// Revocation data at hand: embedded in the signature or document, given by the user, or fetched.
struct RevocationData
{
    QList<QByteArray> crls;          // DER or PEM
    QList<QByteArray> ocspResponses; // DER OCSPResponse
    void append(const RevocationData &other)
    {
        crls += other.crls;
        ocspResponses += other.ocspResponses;
    }
};

// The status of cert from the data at hand. Only responses and CRLs whose signature verifies
// (OCSP: to a configured anchor or the issuer; CRL: by the issuer's key) count. Revoked wins
// over good. status is empty when nothing usable covered the certificate.
RevocationInfo checkRevocation(X509 *cert, X509 *issuer, const RevocationData &data,
                               const std::vector<X509 *> &untrusted, const TrustStore &trust,
                               const QDateTime &at);

} // namespace sic::verify
