#include "verify/truststore.h"

#include "verify/certinfo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/pem.h>

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

Result<int> TrustStore::loadFile(const QString &path, Origin origin)
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
            add(ossl::X509Ptr(c), origin);
            ++count;
        }
        ossl::lastError(); // the read loop ends with "no start line"
    } else if (auto c = ossl::x509FromDer(bytes)) {
        add(std::move(c), origin);
        ++count;
    }
    if (count == 0)
        return fail(QStringLiteral("trust.no_certificate"),
                    Tr::tr("The trust anchor file contains no certificate."), path);
    return count;
}

int TrustStore::loadFolder(const QString &path, Origin origin)
{
    // "*.[0-9]": the hashed names of an OpenSSL certificate folder (c_rehash), e.g. 3513523f.0.
    QStringList patterns{QStringLiteral("*.pem"), QStringLiteral("*.crt"), QStringLiteral("*.cer"),
                         QStringLiteral("*.der")};
    if (origin == Origin::System)
        patterns << QStringLiteral("*.[0-9]");
    int total = 0;
    const QDir dir(path);
    for (const QFileInfo &entry : dir.entryInfoList(patterns, QDir::Files, QDir::Name)) {
        if (auto n = loadFile(entry.filePath(), origin))
            total += *n;
    }
    return total;
}

Result<int> TrustStore::load(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return fail(QStringLiteral("trust.not_found"),
                    Tr::tr("The trust anchor file or folder does not exist."), path);
    if (!fi.isDir())
        return loadFile(path, Origin::Configured);
    const int total = loadFolder(path, Origin::Configured);
    if (total == 0)
        return fail(QStringLiteral("trust.no_certificate"),
                    Tr::tr("The trust anchor folder contains no certificate."), path);
    return total;
}

Result<int> TrustStore::loadSystem()
{
    const QByteArray fileEnv = qgetenv(X509_get_default_cert_file_env());
    const QByteArray dirEnv = qgetenv(X509_get_default_cert_dir_env());
    const QString file =
        QFile::decodeName(fileEnv.isEmpty() ? QByteArray(X509_get_default_cert_file()) : fileEnv);
    const QString dirs =
        QFile::decodeName(dirEnv.isEmpty() ? QByteArray(X509_get_default_cert_dir()) : dirEnv);
    int read = 0;
    if (QFileInfo(file).isFile()) {
        if (auto n = loadFile(file, Origin::System))
            read += *n;
    }
    // On Debian the default folder holds the same certificates as the default file: read it only
    // when asked to, or when the file gave nothing.
    if (!dirEnv.isEmpty() || read == 0) {
        for (const QString &dir : dirs.split(QDir::listSeparator(), Qt::SkipEmptyParts))
            read += loadFolder(dir, Origin::System);
    }
    if (read == 0)
        return fail(
            QStringLiteral("trust.system_unavailable"),
            Tr::tr("The operating system's trust store could not be read or contains no certificate."),
            QStringLiteral("file %1, folder %2").arg(file, dirs));
    m_systemLoaded = true;
    return systemAnchorCount();
}

} // namespace sic::verify
