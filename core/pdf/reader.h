#pragma once

#include "base/budget.h"
#include "base/error.h"
#include "pdf/object.h"
#include "pdf/source.h"

#include <QHash>
#include <QString>

#include <list>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace sic::pdf {

// Where the newest revision keeps an object.
struct XrefEntry
{
    enum class Kind
    {
        Free,
        InFile,
        Compressed
    };
    Kind kind = Kind::Free;
    qint64 offset = 0; // InFile: byte offset; Compressed: object stream number
    int gen = 0;       // InFile: generation; Compressed: index in the object stream
};

// A streaming PDF reader: finds the last cross-reference section from the end of the file,
// follows /Prev and /XRefStm to merge older sections (newest wins) and reads single objects on
// demand. It never loads the file. All its work is charged to a Budget (base/budget.h): decoded
// and parsed bytes, objects read; decoded streams (object streams included) are kept in a
// bounded least-recently-used cache, so that each is decoded once per run however often and in
// whatever order a file makes the reader come back to it. A file that needs more than the budget
// gets the budget's error ("input.budget_exceeded"), from this call and every later one.
class Reader
{
public:
    // Strict for signing (a damaged file is refused, so nothing is built on it); Lenient for
    // verification, which must still report on damaged files: when the cross-reference chain is
    // broken (a wrong startxref, an unreadable or "/Prev 0" older section) it rebuilds what is
    // missing from the "num gen obj" headers of the file, as Poppler, pdf.js and PDFBox do, and
    // finds an object whose cross-reference offset is wrong by its header.
    enum class Mode
    {
        Strict,
        Lenient
    };
    // With limit >= 0 the file is read as if it ended there: the revision that ends at that offset,
    // without copying it.
    // A budget may be shared by the readers of one document (its revisions); without one the
    // reader makes its own from the file size.
    static Result<std::unique_ptr<Reader>> open(const QString &path, Mode mode = Mode::Strict,
                                                qint64 limit = -1, std::shared_ptr<Budget> budget = {});

    // The highest /Size the reader accepts (and so the most objects a signer may number).
    static constexpr qint64 kMaxObjects = 10'000'000;

    Budget &budget() { return *m_budget; }
    const std::shared_ptr<Budget> &sharedBudget() const { return m_budget; }

    ~Reader();
    qint64 fileSize() const { return m_size; }
    // The newest trailer (for an xref stream: its dictionary).
    const Object &trailer() const { return m_trailer; }
    // Offset of the newest cross-reference section (what the next /Prev must point to).
    qint64 startXref() const { return m_startXref; }
    bool lastSectionIsStream() const { return m_lastIsStream; }
    // /Size of the newest trailer: the next free object number.
    int size() const { return m_nextNumber; }
    bool endsWithEol() const { return m_endsWithEol; }

    Result<Object> object(Ref ref);
    // Resolves a reference (a direct object is returned as is).
    Result<Object> resolve(const Object &obj);
    // A resolved dictionary value; Null when missing.
    Result<Object> resolvedGet(const Object &dict, QByteArrayView key);
    // The decoded data of a stream object (bounded).
    Result<QByteArray> streamData(const Object &stream);
    const std::map<int, XrefEntry> &xref() const { return m_xref; }

    // Lenient mode: the cross-reference data was damaged and completed from a scan of the file.
    bool recovered() const { return m_recovered; }
    struct ObjectHeader
    {
        int num = 0;
        int gen = 0;
        qint64 offset = 0;
    };
    // Every "num gen obj" header of the file in file order, older versions of an object included
    // (read once, on first use).
    const std::vector<ObjectHeader> &objectHeaders();
    // The object whose header is h (not necessarily the version the cross-reference data names).
    Result<Object> objectAt(const ObjectHeader &h);

private:
    Reader() = default;
    Result<void> load();
    Result<void> readChain();
    // reader_recovery.cpp: completes m_xref (and the trailer, when none was read) from the scan.
    Result<void> recover();
    Object findTrailer();
    void scanFile();
    Result<void> readSection(qint64 offset, int depth);
    Result<void> readTable(qint64 offset, std::map<int, XrefEntry> &into, Object &trailer);
    Result<void> readXrefStream(qint64 offset, std::map<int, XrefEntry> &into, Object &trailer);
    Result<qint64> streamLength(const Object &stream);
    Result<Object> compressedObject(int streamNum, int index, int objNum);
    // Parses "num gen obj" at offset and charges the bytes read to the budget.
    Result<Object> parseIndirectAt(qint64 offset, Ref ref);
    Result<void> chargeParse(qint64 bytes);
    Result<void> countEntry();
    struct Decoded
    {
        QByteArray data;
        QList<QPair<int, qint64>> index; // object streams: (object number, offset in data)
        bool indexed = false;
    };
    // The decoded data of the stream whose data starts at streamOffset (cached).
    Result<std::shared_ptr<const Decoded>> decoded(const Object &stream);
    void cacheInsert(qint64 key, std::shared_ptr<const Decoded> d);
    // Where the last "num gen obj" header of each object stands (as in an incremental update, the
    // last one wins): (offset, gen). Used only for damaged files that must still be verified.
    const std::map<int, std::pair<qint64, int>> &scannedObjects();

    QString m_path;
    Source m_src;
    qint64 m_size = 0;
    Object m_trailer;
    qint64 m_startXref = 0;
    bool m_lastIsStream = false;
    bool m_endsWithEol = true;
    int m_nextNumber = 0;
    std::map<int, XrefEntry> m_xref;
    QList<qint64> m_visited;
    int m_resolveDepth = 0;
    std::shared_ptr<Budget> m_budget;
    qint64 m_xrefEntries = 0; // entries read from every cross-reference section
    // Decoded streams by the file offset of their data, most recently used first.
    std::list<std::pair<qint64, std::shared_ptr<const Decoded>>> m_cache;
    std::map<qint64, decltype(m_cache)::iterator> m_cacheIndex;
    qint64 m_cacheBytes = 0;
    std::optional<std::map<int, std::pair<qint64, int>>> m_scanned;
    std::optional<std::vector<ObjectHeader>> m_headers;
    // From the same scan: "trailer" keywords, and headers closely followed by these type names.
    QList<qint64> m_trailerKeywords;
    std::vector<ObjectHeader> m_objStmHeaders, m_xrefStmHeaders, m_catalogHeaders;
    Mode m_mode = Mode::Strict;
    bool m_damaged = false; // the chain was cut short (lenient mode only)
    bool m_recovered = false;
};

} // namespace sic::pdf
