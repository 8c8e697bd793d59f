#pragma once

#include "base/error.h"
#include "crypto/ossl.h"
#include "verify/report.h"

#include <QList>
#include <QString>

namespace sic::verify {

// The trust anchors a validation may end at. Only what is configured: the OS web trust store is
// never consulted unless a caller loads it explicitly.
class TrustStore
{
public:
    // A PEM bundle (one or more certificates) or a directory of .pem/.crt/.cer files (PEM or DER).
    Result<int> load(const QString &path);
    void addCertificate(ossl::X509Ptr cert);
    bool isEmpty() const { return m_anchors.empty(); }
    QList<CertificateInfo> anchors() const;
    const std::vector<ossl::X509Ptr> &certificates() const { return m_anchors; }
    // True if cert is itself an anchor (same DER).
    bool contains(const X509 *cert) const;

private:
    Result<int> loadFile(const QString &path);
    std::vector<ossl::X509Ptr> m_anchors;
};

} // namespace sic::verify
