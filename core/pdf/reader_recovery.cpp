// Recovery of damaged cross-reference data (lenient mode, verification only): the file is read
// once from start to end for "num gen obj" headers and "trailer" keywords, as Poppler's
// XRef::constructXRef, pdf.js's XRef.indexObjects and PDFBox's brute-force parser do.
#include "pdf/parser.h"
#include "pdf/reader.h"

#include <algorithm>
#include <cctype>

namespace sic::pdf {

namespace {
constexpr qint64 kMaxObjectNumber = 10'000'000;
// A trailer dictionary is small: each candidate is parsed from a window of this size, and only the
// newest candidates of each kind are tried, so that a file of many "trailer" keywords each opening
// a never-ending dictionary costs a bounded amount, not the file size for every keyword.
constexpr qint64 kTrailerWindow = 64 * 1024;
constexpr int kMaxCandidates = 64;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

// Digits ending just before `end` (exclusive), at most maxDigits; returns their start or -1.
qsizetype digitsBefore(const QByteArray &b, qsizetype end, int maxDigits)
{
    qsizetype j = end;
    while (j > 0 && std::isdigit(uchar(b[j - 1])) && end - j < maxDigits + 1)
        --j;
    return (j == end || end - j > maxDigits) ? -1 : j;
}
} // namespace

void Reader::scanFile()
{
    m_headers.emplace();
    constexpr qint64 kChunk = 1 << 20;
    constexpr qint64 kBefore = 64; // context for the digits of a header cut by a chunk boundary
    constexpr qint64 kAfter = 256; // room to peek at the dictionary that follows a header
    for (qint64 pos = 0; pos < m_size; pos += kChunk) {
        const qint64 start = std::max<qint64>(0, pos - kBefore);
        const qint64 end = std::min(m_size, pos + kChunk + kAfter);
        auto chunk = m_src.read(start, end - start);
        if (!chunk)
            break;
        const QByteArray &b = *chunk;
        // A match belongs to the chunk whose own range [pos, pos + kChunk) holds its last byte.
        auto mine = [&](qsizetype i, qsizetype len) {
            const qint64 last = start + i + len - 1;
            return last >= pos && last < pos + kChunk;
        };
        for (qsizetype i = b.indexOf(" obj"); i >= 0; i = b.indexOf(" obj", i + 4)) {
            if (!mine(i, 4) || (i + 4 < b.size() && !isSpace(b[i + 4]) && !isDelimiter(uchar(b[i + 4]))))
                continue;
            const qsizetype genStart = digitsBefore(b, i, 5);
            if (genStart < 1 || b[genStart - 1] != ' ')
                continue;
            const qsizetype numStart = digitsBefore(b, genStart - 1, 10);
            if (numStart < 0 || (numStart > 0 && !isSpace(b[numStart - 1]) && b[numStart - 1] != '>'))
                continue;
            const qint64 num = b.mid(numStart, genStart - 1 - numStart).toLongLong();
            const int gen = b.mid(genStart, i - genStart).toInt();
            if (num < 1 || num > kMaxObjectNumber || gen > 65535)
                continue;
            const ObjectHeader h{int(num), gen, start + numStart};
            m_headers->push_back(h);
            const QByteArray peek = b.mid(i + 4, kAfter);
            if (peek.contains("/ObjStm"))
                m_objStmHeaders.push_back(h);
            else if (peek.contains("/XRef"))
                m_xrefStmHeaders.push_back(h);
            else if (peek.contains("/Catalog"))
                m_catalogHeaders.push_back(h);
        }
        for (qsizetype i = b.indexOf("trailer"); i >= 0; i = b.indexOf("trailer", i + 7)) {
            if (mine(i, 7) && (i == 0 || isSpace(b[i - 1])))
                m_trailerKeywords << start + i;
        }
    }
}

const std::vector<Reader::ObjectHeader> &Reader::objectHeaders()
{
    if (!m_headers)
        scanFile();
    return *m_headers;
}

const std::map<int, std::pair<qint64, int>> &Reader::scannedObjects()
{
    if (m_scanned)
        return *m_scanned;
    m_scanned.emplace();
    for (const ObjectHeader &h : objectHeaders())
        (*m_scanned)[h.num] = {h.offset, h.gen};
    return *m_scanned;
}

Result<Object> Reader::objectAt(const ObjectHeader &h)
{
    return parseIndirectAt(h.offset, Ref{h.num, h.gen});
}

Object Reader::findTrailer()
{
    auto catalogOk = [&](const Object &t) {
        if (!t.isDict() || !t.get("Root").isRef())
            return false;
        auto root = object(t.get("Root").ref);
        return root && root->isDict();
    };
    int tried = 0;
    for (auto it = m_trailerKeywords.crbegin(); it != m_trailerKeywords.crend() && tried < kMaxCandidates;
         ++it, ++tried) {
        auto window = m_src.read(*it + 7, std::min(kTrailerWindow, m_size - (*it + 7)));
        if (!window || !chargeParse(window->size()))
            break;
        Source mem(*window);
        Parser p(mem);
        if (auto t = p.parseObject(); t && catalogOk(*t))
            return *t;
    }
    tried = 0;
    for (auto it = m_xrefStmHeaders.crbegin(); it != m_xrefStmHeaders.crend() && tried < kMaxCandidates;
         ++it, ++tried) {
        if (auto t = objectAt(*it); t && catalogOk(*t)) {
            t->type = Object::Type::Dict;
            return *t;
        }
    }
    tried = 0;
    for (auto it = m_catalogHeaders.crbegin(); it != m_catalogHeaders.crend() && tried < kMaxCandidates;
         ++it) {
        if (scannedObjects().at(it->num).first != it->offset)
            continue; // an older version
        ++tried;
        if (auto c = objectAt(*it); c && c->isDict() && c->get("Type").isName("Catalog")) {
            Object t = Object::makeDict();
            t.set("Root", Object::makeRef(Ref{it->num, it->gen}));
            return t;
        }
    }
    return Object::null();
}

Result<void> Reader::recover()
{
    const auto &last = scannedObjects();
    std::map<int, XrefEntry> found;
    std::map<int, qint64> foundAt; // where the version in `found` was written
    for (const auto &[num, where] : last) {
        found[num] = XrefEntry{XrefEntry::Kind::InFile, where.first, where.second};
        foundAt[num] = where.first;
    }
    // Objects inside the newest version of each object stream, unless written again later.
    for (const ObjectHeader &h : m_objStmHeaders) {
        if (last.at(h.num).first != h.offset)
            continue;
        auto stm = objectAt(h);
        if (!stm || stm->type != Object::Type::Stream || !stm->get("Type").isName("ObjStm"))
            continue;
        auto data = streamData(*stm);
        if (m_budget->exceeded())
            return std::unexpected(m_budget->error());
        const qint64 n = stm->get("N").integer, first = stm->get("First").integer;
        if (!data || n < 0 || n > data->size() / 2 || first < 0 || first > data->size())
            continue;
        // The index is the part before /First: the parser never walks the objects (or padding).
        Source mem(data->left(first));
        Parser p(mem);
        for (qint64 i = 0; i < n; ++i) {
            auto num = p.expectInt();
            auto off = num ? p.expectInt() : num;
            if (!off || *num < 1 || *num > kMaxObjectNumber)
                break;
            const int objNum = int(*num);
            if (auto at = foundAt.find(objNum); at == foundAt.end() || at->second < h.offset) {
                found[objNum] = XrefEntry{XrefEntry::Kind::Compressed, h.num, int(i)};
                foundAt[objNum] = h.offset;
            }
        }
        if (auto ok = chargeParse(p.pos()); !ok)
            return ok;
    }
    // What the cross-reference chain did say stays: it is the newest writer's word.
    for (const auto &[num, e] : found)
        m_xref.try_emplace(num, e);
    m_recovered = true;
    if (!m_trailer.get("Root").isRef()) {
        Object t = findTrailer();
        if (m_budget->exceeded())
            return std::unexpected(m_budget->error());
        if (!t.isDict())
            return malformed(QStringLiteral("no trailer or document catalog found while rebuilding the "
                                            "cross-reference table"));
        m_trailer = t;
    }
    const int highest = m_xref.empty() ? 0 : m_xref.rbegin()->first;
    if (!m_trailer.get("Size").isInt() || m_trailer.get("Size").integer <= highest)
        m_trailer.set("Size", Object::makeInt(highest + 1));
    return {};
}

} // namespace sic::pdf
