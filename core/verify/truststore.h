#pragma once

#include "base/error.h"
#include "crypto/ossl.h"
#include "crypto/trustanchors.h"
#include "verify/report.h"

#include <QList>
#include <QString>

namespace sic::verify {

// The trust anchors a validation may end at. Only what is configured: the OS web trust store is
// never consulted unless a caller loads it explicitly with loadSystem(). Anchors from the system
// stay distinguishable, because those CAs vouch for web sites, not for document signers.
class TrustStore
{
public:
    // A PEM bundle (one or more certificates) or a directory of .pem/.crt/.cer files (PEM or DER).
    Result<int> load(const QString &path);
    // The operating system's trust store as OpenSSL finds it: the file named by SSL_CERT_FILE, else
    // OpenSSL's default bundle (/etc/ssl/certs/ca-certificates.crt on Debian); the folders named
    // by SSL_CERT_DIR, or OpenSSL's default folder when the file gives nothing. Returns how many
    // system anchors there are afterwards. A certificate that is also configured counts as configured.
    Result<int> loadSystem();
    // Both, as a TrustSource says (the same loader as the time-stamp check's: trust::load).
    Result<int> load(const TrustSource &source);
    void addCertificate(ossl::X509Ptr cert);
    bool isEmpty() const { return m_anchors.empty(); }
    // The configured anchors only (the system ones are counted, not listed: systemAnchorCount()).
    QList<CertificateInfo> anchors() const;
    // Every anchor, configured and system, for building paths.
    const std::vector<ossl::X509Ptr> &certificates() const { return m_anchors; }
    // True if cert is itself an anchor (same DER).
    bool contains(const X509 *cert) const;
    // True if cert is an anchor that only the operating system's store supplied.
    bool isSystemAnchor(const X509 *cert) const;
    int systemAnchorCount() const;
    int configuredAnchorCount() const { return int(m_anchors.size()) - systemAnchorCount(); }
    bool systemLoaded() const { return m_systemLoaded; }

private:
    enum class Origin
    {
        Configured,
        System
    };
    void add(ossl::X509Ptr cert, Origin origin);
    int indexOf(const X509 *cert) const;

    std::vector<ossl::X509Ptr> m_anchors;
    std::vector<Origin> m_origins; // parallel to m_anchors
    bool m_systemLoaded = false;
};

} // namespace sic::verify
