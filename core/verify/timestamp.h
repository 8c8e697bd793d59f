#pragma once

#include "verify/cmssigner.h"
#include "verify/report.h"
#include "verify/truststore.h"

namespace sic::verify {

// An RFC 3161 timestamp token checked against the data it claims to stamp.
struct TimestampCheck
{
    TimestampInfo info;
    ossl::X509Ptr tsaCert;
    std::vector<ossl::X509Ptr> certificates; // from the token
    HashAlgorithm imprintAlgorithm = HashAlgorithm::Sha256;
    bool usable() const { return info.problem.isEmpty(); }
};

// stamped: a digest provider for what the token should cover (signature value, canonicalized
// XML, a PDF ByteRange). Checks the imprint, the token's CMS signature, the TSA certificate's
// critical timeStamping EKU and its chain to the anchors.
TimestampCheck checkTimestamp(const QByteArray &tokenDer, const ContentDigest &stamped, TimestampKind kind,
                              const TrustStore &trust, const std::vector<X509 *> &extraCerts = {});

} // namespace sic::verify
