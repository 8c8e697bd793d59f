#pragma once

#include "crypto/ossl.h"
#include "verify/truststore.h"

#include <QDateTime>

#include <vector>

namespace sic::verify {

struct ChainResult
{
    enum class Status
    {
        Ok,
        NoChain,
        GeneralFailure
    };
    Status status = Status::NoChain;
    QString detail;                   // OpenSSL's reason, for support
    std::vector<ossl::X509Ptr> certs; // leaf first; ends at the anchor when Ok
};

// Builds a path from leaf to a configured anchor, using `untrusted` as intermediates only.
// Validity periods are not judged here (the caller decides at which time, with which POE);
// everything else X.509 path validation checks (signatures, CA flags, path length, key usage
// of CAs) is.
ChainResult buildChain(X509 *leaf, const std::vector<X509 *> &untrusted, const TrustStore &trust);

// An X509_STORE holding the anchors, evaluating at `at`.
ossl::X509Store makeStore(const TrustStore &trust, const QDateTime &at);

// The certificate in `candidates` that issued cert (name and signature), or null.
X509 *findIssuer(X509 *cert, const std::vector<X509 *> &candidates);

} // namespace sic::verify
