#include "verify/truststore.h"

#include "verify/certinfo.h"

#include <algorithm>

namespace sic::verify {

int TrustStore::indexOf(const X509 *cert) const
{
    for (size_t i = 0; i < m_anchors.size(); ++i) {
        if (X509_cmp(m_anchors[i].get(), cert) == 0)
            return int(i);
    }
    return -1;
}

void TrustStore::add(ossl::X509Ptr cert, Origin origin)
{
    if (!cert)
        return;
    const int i = indexOf(cert.get());
    if (i < 0) {
        m_anchors.push_back(std::move(cert));
        m_origins.push_back(origin);
    } else if (origin == Origin::Configured) {
        // Configured explicitly as well: the user chose it, so it is no longer "only the system's".
        m_origins[size_t(i)] = Origin::Configured;
    }
}

void TrustStore::addCertificate(ossl::X509Ptr cert)
{
    add(std::move(cert), Origin::Configured);
}

bool TrustStore::contains(const X509 *cert) const
{
    return indexOf(cert) >= 0;
}

bool TrustStore::isSystemAnchor(const X509 *cert) const
{
    const int i = indexOf(cert);
    return i >= 0 && m_origins[size_t(i)] == Origin::System;
}

int TrustStore::systemAnchorCount() const
{
    return int(std::count(m_origins.begin(), m_origins.end(), Origin::System));
}

QList<CertificateInfo> TrustStore::anchors() const
{
    QList<CertificateInfo> out;
    for (size_t i = 0; i < m_anchors.size(); ++i) {
        if (m_origins[i] == Origin::Configured)
            out << certificateInfo(m_anchors[i].get());
    }
    return out;
}

Result<int> TrustStore::load(const QString &path)
{
    auto certs = trust::load(path);
    if (!certs)
        return std::unexpected(certs.error());
    const int count = int(certs->size());
    for (ossl::X509Ptr &c : *certs)
        add(std::move(c), Origin::Configured);
    return count;
}

Result<int> TrustStore::loadSystem()
{
    auto certs = trust::loadSystem();
    if (!certs)
        return std::unexpected(certs.error());
    for (ossl::X509Ptr &c : *certs)
        add(std::move(c), Origin::System);
    m_systemLoaded = true;
    return systemAnchorCount();
}

Result<int> TrustStore::load(const TrustSource &source)
{
    int total = 0;
    if (!source.anchors.isEmpty()) {
        auto n = load(source.anchors);
        if (!n)
            return n;
        total += *n;
    }
    if (source.system) {
        auto n = loadSystem();
        if (!n)
            return n;
        total = configuredAnchorCount() + *n;
    }
    return total;
}

} // namespace sic::verify
