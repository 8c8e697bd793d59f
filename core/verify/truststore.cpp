#include "verify/truststore.h"

#include "verify/certinfo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/pem.h>

namespace sic::verify {

void TrustStore::addCertificate(ossl::X509Ptr cert)
{
    if (cert && !contains(cert.get()))
        m_anchors.push_back(std::move(cert));
}

bool TrustStore::contains(const X509 *cert) const
{
    for (const auto &a : m_anchors) {
        if (X509_cmp(a.get(), cert) == 0)
            return true;
    }
    return false;
}

QList<CertificateInfo> TrustStore::anchors() const
{
    QList<CertificateInfo> out;
    for (const auto &a : m_anchors)
        out << certificateInfo(a.get());
    return out;
}

Result<int> TrustStore::loadFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("trust.unreadable"), Tr::tr("The trust anchor file could not be read."),
                    path);
    const QByteArray bytes = f.read(16 * 1024 * 1024);
    int count = 0;
    if (bytes.contains("-----BEGIN")) {
        ossl::Bio bio = ossl::memBio(bytes);
        while (X509 *c = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
            addCertificate(ossl::X509Ptr(c));
            ++count;
        }
        ossl::lastError(); // the read loop ends with "no start line"
    } else if (auto c = ossl::x509FromDer(bytes)) {
        addCertificate(std::move(c));
        ++count;
    }
    if (count == 0)
        return fail(QStringLiteral("trust.no_certificate"),
                    Tr::tr("The trust anchor file contains no certificate."), path);
    return count;
}

Result<int> TrustStore::load(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return fail(QStringLiteral("trust.not_found"),
                    Tr::tr("The trust anchor file or folder does not exist."), path);
    if (!fi.isDir())
        return loadFile(path);
    int total = 0;
    const QDir dir(path);
    for (const QFileInfo &entry : dir.entryInfoList({QStringLiteral("*.pem"), QStringLiteral("*.crt"),
                                                     QStringLiteral("*.cer"), QStringLiteral("*.der")},
                                                    QDir::Files, QDir::Name)) {
        if (auto n = loadFile(entry.filePath()))
            total += *n;
    }
    if (total == 0)
        return fail(QStringLiteral("trust.no_certificate"),
                    Tr::tr("The trust anchor folder contains no certificate."), path);
    return total;
}

} // namespace sic::verify
