#include "crypto/trustanchors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/pem.h>

namespace sic::trust {

namespace {

Result<std::vector<ossl::X509Ptr>> loadFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("trust.unreadable"), Tr::tr("The trust anchor file could not be read."),
                    path);
    const QByteArray bytes = f.read(16 * 1024 * 1024);
    std::vector<ossl::X509Ptr> out;
    if (bytes.contains("-----BEGIN")) {
        ossl::Bio bio = ossl::memBio(bytes);
        while (X509 *c = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr))
            out.emplace_back(c);
        ossl::lastError(); // the read loop ends with "no start line"
    } else if (auto c = ossl::x509FromDer(bytes)) {
        out.push_back(std::move(c));
    }
    if (out.empty())
        return fail(QStringLiteral("trust.no_certificate"),
                    Tr::tr("The trust anchor file contains no certificate."), path);
    return out;
}

// "*.[0-9]": the hashed names of an OpenSSL certificate folder (c_rehash), e.g. 3513523f.0, read
// only in the system's folders.
void loadFolder(const QString &path, bool hashedNames, std::vector<ossl::X509Ptr> &out)
{
    QStringList patterns{QStringLiteral("*.pem"), QStringLiteral("*.crt"), QStringLiteral("*.cer"),
                         QStringLiteral("*.der")};
    if (hashedNames)
        patterns << QStringLiteral("*.[0-9]");
    for (const QFileInfo &entry : QDir(path).entryInfoList(patterns, QDir::Files, QDir::Name)) {
        if (auto certs = loadFile(entry.filePath())) {
            for (ossl::X509Ptr &c : *certs)
                out.push_back(std::move(c));
        }
    }
}

} // namespace

Result<std::vector<ossl::X509Ptr>> load(const QString &path)
{
    const QFileInfo fi(path);
    if (path.isEmpty() || !fi.exists())
        return fail(QStringLiteral("trust.not_found"),
                    Tr::tr("The trust anchor file or folder does not exist."), path);
    if (!fi.isDir())
        return loadFile(path);
    std::vector<ossl::X509Ptr> out;
    loadFolder(path, false, out);
    if (out.empty())
        return fail(QStringLiteral("trust.no_certificate"),
                    Tr::tr("The trust anchor folder contains no certificate."), path);
    return out;
}

Result<std::vector<ossl::X509Ptr>> loadSystem()
{
    const QByteArray fileEnv = qgetenv(X509_get_default_cert_file_env());
    const QByteArray dirEnv = qgetenv(X509_get_default_cert_dir_env());
    const QString file =
        QFile::decodeName(fileEnv.isEmpty() ? QByteArray(X509_get_default_cert_file()) : fileEnv);
    const QString dirs =
        QFile::decodeName(dirEnv.isEmpty() ? QByteArray(X509_get_default_cert_dir()) : dirEnv);
    std::vector<ossl::X509Ptr> out;
    if (QFileInfo(file).isFile()) {
        if (auto certs = loadFile(file)) {
            for (ossl::X509Ptr &c : *certs)
                out.push_back(std::move(c));
        }
    }
    if (!dirEnv.isEmpty() || out.empty()) {
        for (const QString &dir : dirs.split(QDir::listSeparator(), Qt::SkipEmptyParts))
            loadFolder(dir, true, out);
    }
    if (out.empty())
        return fail(
            QStringLiteral("trust.system_unavailable"),
            Tr::tr("The operating system's trust store could not be read or contains no certificate."),
            QStringLiteral("file %1, folder %2").arg(file, dirs));
    return out;
}

Result<ossl::X509Store> storeFor(const TrustSource &source)
{
    ossl::X509Store store(X509_STORE_new());
    if (!store)
        return fail(QStringLiteral("trust.internal"), Tr::tr("The trusted certificates could not be loaded."),
                    ossl::lastError());
    auto addAll = [&](const std::vector<ossl::X509Ptr> &certs) {
        for (const ossl::X509Ptr &c : certs)
            X509_STORE_add_cert(store.get(), c.get()); // a duplicate is reported and harmless
        ossl::lastError();
    };
    if (!source.anchors.isEmpty()) {
        auto certs = load(source.anchors);
        if (!certs)
            return std::unexpected(certs.error());
        addAll(*certs);
    }
    if (source.system) {
        auto certs = loadSystem();
        if (!certs)
            return std::unexpected(certs.error());
        addAll(*certs);
    }
    if (source.anchors.isEmpty() && !source.system)
        return fail(QStringLiteral("trust.not_found"),
                    Tr::tr("The trust anchor file or folder does not exist."), QString());
    return store;
}

} // namespace sic::trust
