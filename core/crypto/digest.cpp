#include "crypto/digest.h"

#include "crypto/ossl.h"

#include "base/regularfile.h"

#include <QFile>
#include <QFileInfo>

#include <memory>

namespace sic {

struct Hasher::Impl
{
    ossl::MdCtx ctx{EVP_MD_CTX_new()};
};

Hasher::Hasher(HashAlgorithm alg) : m_alg(alg), m_impl(new Impl)
{
    EVP_DigestInit_ex(m_impl->ctx.get(), evpMd(alg), nullptr);
}

Hasher::~Hasher()
{
    delete m_impl;
}

void Hasher::update(QByteArrayView data)
{
    EVP_DigestUpdate(m_impl->ctx.get(), data.data(), size_t(data.size()));
}

QByteArray Hasher::finish()
{
    QByteArray out(hashInfo(m_alg).size, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_DigestFinal_ex(m_impl->ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len);
    EVP_DigestInit_ex(m_impl->ctx.get(), evpMd(m_alg), nullptr);
    return out;
}

namespace {

Result<std::unique_ptr<QFile>> openForDigest(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QStringLiteral("io.not_found"), Tr::tr("The file does not exist."), path);
    if (info.isDir())
        return fail(QStringLiteral("io.is_directory"), Tr::tr("This is a folder, not a file."), path);
    if (auto regular = requireRegularFile(path); !regular)
        return std::unexpected(regular.error()); // a FIFO or a device: never hashed without end
    auto file = std::make_unique<QFile>(path);
    // Unbuffered: our own buffer is the only copy, so memory stays at one buffer.
    if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        // Qt reports a refused open as a generic OpenError; the permission bits tell the user why.
        if (file->error() == QFileDevice::PermissionsError || !info.isReadable())
            return fail(QStringLiteral("io.permission_denied"),
                        Tr::tr("You are not allowed to read this file."),
                        path + QStringLiteral(": ") + file->errorString());
        return fail(QStringLiteral("io.open_failed"), Tr::tr("The file could not be opened."),
                    path + QStringLiteral(": ") + file->errorString());
    }
    return file;
}

} // namespace

Result<QByteArray> digestFileRanges(const QString &path, const QList<ByteRange> &ranges, HashAlgorithm alg,
                                    const DigestOptions &options)
{
    auto opened = openForDigest(path);
    if (!opened)
        return std::unexpected(opened.error());
    QFile &file = **opened;
    const qint64 fileSize = file.size();

    qint64 total = 0;
    for (const ByteRange &r : ranges) {
        if (r.offset < 0 || r.length < 0 || r.offset > fileSize || r.length > fileSize - r.offset)
            return fail(QStringLiteral("io.range_outside_file"), Tr::tr("The file is shorter than expected."),
                        QStringLiteral("%1: range %2+%3 outside file of %4 bytes")
                            .arg(path)
                            .arg(r.offset)
                            .arg(r.length)
                            .arg(fileSize));
        total += r.length;
    }

    const qint64 bufferSize = std::clamp<qint64>(options.bufferSize, 1, DigestOptions::kMaxBufferSize);
    QByteArray buffer(bufferSize, Qt::Uninitialized);
    Hasher hasher(alg);
    qint64 done = 0;
    for (const ByteRange &r : ranges) {
        if (!file.seek(r.offset))
            return fail(QStringLiteral("io.read_failed"), Tr::tr("The file could not be read."),
                        path + QStringLiteral(": ") + file.errorString());
        qint64 left = r.length;
        while (left > 0) {
            if (options.cancel && options.cancel->load(std::memory_order_relaxed))
                return fail(QStringLiteral("cancelled"), Tr::tr("Cancelled."));
            const qint64 n = file.read(buffer.data(), std::min(left, bufferSize));
            if (n <= 0)
                return fail(QStringLiteral("io.read_failed"), Tr::tr("The file could not be read."),
                            path + QStringLiteral(": ") +
                                (n == 0 ? QStringLiteral("unexpected end of file") : file.errorString()));
            hasher.update(QByteArrayView(buffer.constData(), n));
            left -= n;
            done += n;
            if (options.progress)
                options.progress(done, total);
        }
    }
    return hasher.finish();
}

Result<QByteArray> digestFile(const QString &path, HashAlgorithm alg, const DigestOptions &options)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return digestFileRanges(path, {ByteRange{0, info.size()}}, alg, options);
    return digestFileRanges(path, {}, alg, options);
}

} // namespace sic
