#pragma once

#include "base/error.h"
#include "crypto/hashalgorithm.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace sic {

// A byte range of a file: PDF signing digests the file minus the /Contents hole.
struct ByteRange
{
    qint64 offset = 0;
    qint64 length = 0;
    friend bool operator==(const ByteRange &, const ByteRange &) = default;
};

struct DigestOptions
{
    // Called after each buffer with (bytes done, bytes total). May be called from a worker thread.
    std::function<void(qint64, qint64)> progress;
    // Checked before each read; set it from any thread to stop early with "cancelled".
    const std::atomic_bool *cancel = nullptr;
    // Read buffer size. Memory stays at this size whatever the file size.
    qint64 bufferSize = kMaxBufferSize;

    static constexpr qint64 kMaxBufferSize = 1 << 20;
};

// Incremental digest; an owning wrapper around EVP_MD_CTX.
class Hasher
{
public:
    explicit Hasher(HashAlgorithm alg);
    ~Hasher();
    Hasher(const Hasher &) = delete;
    Hasher &operator=(const Hasher &) = delete;

    void update(QByteArrayView data);
    QByteArray finish();
    HashAlgorithm algorithm() const { return m_alg; }

private:
    HashAlgorithm m_alg;
    struct Impl;
    Impl *m_impl;
};

// Streams the whole file through the digest.
Result<QByteArray> digestFile(const QString &path, HashAlgorithm alg, const DigestOptions &options = {});

// Streams the given ranges of the file, in order, through one digest. Ranges must lie
// inside the file; an empty list digests nothing.
Result<QByteArray> digestFileRanges(const QString &path, const QList<ByteRange> &ranges, HashAlgorithm alg,
                                    const DigestOptions &options = {});

} // namespace sic
