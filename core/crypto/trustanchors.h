#pragma once

#include "base/error.h"
#include "crypto/ossl.h"

#include <QString>

#include <vector>

namespace sic {

// Where the trust anchors of a check come from: a PEM bundle, a DER certificate or a folder of
// certificates, and the operating system's store only when asked (its CAs vouch for web sites, not
// for document signers or time-stamp authorities).
struct TrustSource
{
    QString anchors;
    bool system = false;
    friend bool operator==(const TrustSource &, const TrustSource &) = default;
};

// The one trust loader, used by the check of a time-stamp before it is embedded (core/tsp), by the
// check after signing and by verification (verify::TrustStore).
namespace trust {

// A file (PEM, one or many certificates, or one DER certificate) or a folder of .pem/.crt/.cer/.der
// files. trust.not_found, trust.unreadable, trust.no_certificate.
Result<std::vector<ossl::X509Ptr>> load(const QString &path);
// The operating system's store as OpenSSL finds it: the file named by SSL_CERT_FILE, else OpenSSL's
// default bundle; the folders named by SSL_CERT_DIR, or OpenSSL's default folder when the file
// gives nothing (on Debian it holds the same certificates). trust.system_unavailable.
Result<std::vector<ossl::X509Ptr>> loadSystem();
// An OpenSSL store with the anchors of the source (configured, then the system's when asked).
Result<ossl::X509Store> storeFor(const TrustSource &source);

} // namespace trust
} // namespace sic
