#pragma once

#include "base/error.h"
#include "pdf/object.h"

#include <QHash>
#include <QIODevice>

#include <atomic>
#include <map>

namespace sic::pdf {

class Reader;

struct WrittenUpdate
{
    qint64 size = 0;                // total bytes written
    QHash<int, qint64> bodyOffsets; // object number -> offset of its first body byte (after "n g obj\n")
};

// Writes a copy of the original file followed by one incremental update: the changed and new
// objects and a cross-reference section in the style of the file's last one (a table after a
// table, a stream after a stream, so that readers that require xref streams stay happy). The
// original bytes are streamed unchanged; nothing is loaded whole.
class IncrementalWriter
{
public:
    explicit IncrementalWriter(const Reader &reader);

    // A new object number (from the trailer's /Size upward).
    Ref allocate();
    // Replaces or adds an object in the update. Streams are not supported (none are needed).
    void put(Ref ref, const Object &obj);
    // Adds an object whose body is given as exact bytes (the caller needs byte offsets in it).
    void putRaw(Ref ref, QByteArray body);

    Result<WrittenUpdate> write(const QString &inputPath, QIODevice &out,
                                const std::atomic_bool *cancel = nullptr);

private:
    QByteArray xrefTable(const std::map<int, qint64> &offsets) const;
    Object newTrailer(int size) const;

    const Reader &m_reader;
    int m_next;
    std::map<int, std::pair<int, QByteArray>> m_objects; // num -> (gen, body)
};

} // namespace sic::pdf
