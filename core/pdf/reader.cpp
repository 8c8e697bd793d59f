#include "pdf/reader.h"
#include "pdf/flate.h"
#include "pdf/parser.h"

namespace sic::pdf {

namespace {
constexpr qint64 kMaxRawStream = 64 * 1024 * 1024;
constexpr qint64 kMaxDecodedStream = 256 * 1024 * 1024;
constexpr qint64 kMaxXrefEntries = Reader::kMaxObjects;
constexpr int kMaxSections = 512;
// Cross-reference entries a file can plausibly hold: a table row takes 20 bytes, and even a
// compressed object costs a few bytes of its object stream. A 10 KB stream claiming ten million
// entries is refused before the entries are stored.
qint64 maxEntriesFor(qint64 fileSize)
{
    return fileSize / 4 + 65536;
}
} // namespace

Result<std::unique_ptr<Reader>> Reader::open(const QString &path, Mode mode, qint64 limit,
                                             std::shared_ptr<Budget> budget)
{
    std::unique_ptr<Reader> r(new Reader);
    r->m_path = path;
    r->m_mode = mode;
    if (auto ok = r->m_src.open(path, limit); !ok)
        return std::unexpected(ok.error());
    r->m_budget = budget ? std::move(budget) : std::make_shared<Budget>(Budget::forFile(r->m_src.size()));
    if (auto ok = r->load(); !ok)
        return std::unexpected(ok.error());
    return r;
}

Reader::~Reader() = default;

Result<void> Reader::chargeParse(qint64 bytes)
{
    if (auto ok = m_budget->spendObjects(); !ok)
        return ok;
    return m_budget->spendParsed(bytes);
}

Result<void> Reader::countEntry()
{
    if (++m_xrefEntries > maxEntriesFor(m_size))
        return malformed(
            QStringLiteral("the cross-reference data lists more than %1 entries, more than a file "
                           "of %2 bytes can hold")
                .arg(maxEntriesFor(m_size))
                .arg(m_size));
    return {};
}

Result<Object> Reader::parseIndirectAt(qint64 offset, Ref ref)
{
    if (m_budget->exceeded())
        return std::unexpected(m_budget->error());
    Parser p(m_src, offset);
    auto obj = p.parseIndirect(ref);
    if (auto ok = chargeParse(std::max<qint64>(0, p.pos() - offset)); !ok)
        return std::unexpected(ok.error());
    return obj;
}

Result<void> Reader::load()
{
    m_size = m_src.size();
    auto head = m_src.read(0, std::min<qint64>(m_size, 1024));
    if (!head || !head->contains("%PDF-"))
        return fail(QStringLiteral("pdf.not_pdf"), Tr::tr("The file is not a PDF document."),
                    m_path + QStringLiteral(": no %PDF- header"));
    auto chain = readChain();
    if (m_budget->exceeded())
        return std::unexpected(m_budget->error());
    if (m_mode == Mode::Strict && !chain)
        return chain;
    if (m_mode == Mode::Lenient && (!chain || m_damaged || !m_trailer.get("Root").isRef())) {
        if (auto ok = recover(); !ok)
            return (chain || m_budget->exceeded()) ? ok : chain; // the chain's error says more
    }
    const Object &size = m_trailer.get("Size");
    if (!size.isInt() || size.integer <= 0 || size.integer > kMaxXrefEntries)
        return malformed(QStringLiteral("trailer has no valid /Size"));
    m_nextNumber = int(size.integer);
    if (!m_trailer.get("Root").isRef())
        return malformed(QStringLiteral("trailer has no /Root"));
    return {};
}

Result<void> Reader::readChain()
{
    const qint64 tailLen = std::min<qint64>(m_size, 4096);
    auto tail = m_src.read(m_size - tailLen, tailLen);
    if (!tail)
        return std::unexpected(tail.error());
    m_endsWithEol = tail->endsWith('\n') || tail->endsWith('\r');
    const qsizetype at = tail->lastIndexOf("startxref");
    if (at < 0)
        return malformed(QStringLiteral("no startxref in the last %1 bytes (truncated file?)").arg(tailLen));
    if (!tail->mid(at).contains("%%EOF"))
        return malformed(QStringLiteral("no %%EOF after startxref (truncated file?)"));
    Parser p(m_src, m_size - tailLen + at + 9);
    auto offset = p.expectInt();
    if (!offset)
        return std::unexpected(offset.error());
    if (*offset <= 0 || *offset >= m_size)
        return malformed(QStringLiteral("startxref %1 is outside the file").arg(*offset));
    m_startXref = *offset;
    return readSection(m_startXref, 0);
}

Result<void> Reader::readSection(qint64 offset, int depth)
{
    if (depth > kMaxSections || m_visited.contains(offset))
        return malformed(QStringLiteral("cross-reference sections loop at %1").arg(offset));
    if (offset <= 0 || offset >= m_size)
        return malformed(QStringLiteral("cross-reference offset %1 is outside the file").arg(offset));
    m_visited << offset;
    Parser p(m_src, offset);
    auto first = p.next();
    if (!first)
        return std::unexpected(first.error());
    std::map<int, XrefEntry> section;
    Object trailer;
    const bool isTable = first->kind == Token::Kind::Keyword && first->text == "xref";
    auto ok = isTable ? readTable(offset, section, trailer) : readXrefStream(offset, section, trailer);
    if (!ok)
        return ok;
    if (isTable && trailer.get("XRefStm").isInt()) {
        // Hybrid file: the hidden stream fills what the table leaves missing or free.
        std::map<int, XrefEntry> hidden;
        Object ignored;
        if (auto ok2 = readXrefStream(trailer.get("XRefStm").integer, hidden, ignored); !ok2) {
            if (m_mode == Mode::Strict)
                return ok2;
            m_damaged = true;
        }
        for (const auto &[num, e] : hidden) {
            auto it = section.find(num);
            if (it == section.end() || it->second.kind == XrefEntry::Kind::Free)
                section[num] = e;
        }
    }
    for (const auto &[num, e] : section)
        m_xref.try_emplace(num, e);
    if (depth == 0) {
        m_trailer = trailer;
        m_lastIsStream = !isTable;
    }
    const Object &prev = trailer.get("Prev");
    if (!prev.isInt())
        return {};
    if (m_mode == Mode::Lenient &&
        (prev.integer <= 0 || prev.integer >= m_size || m_visited.contains(prev.integer))) {
        // "/Prev 0" (some writers put it in the first section, others in an update that then hides
        // everything before it) or a /Prev outside the file or looping: let the scan complete it.
        m_damaged = true;
        return {};
    }
    auto older = readSection(prev.integer, depth + 1);
    if (!older && m_mode == Mode::Lenient) {
        m_damaged = true; // keep the newer sections; recover() completes the rest
        return {};
    }
    return older;
}

Result<void> Reader::readTable(qint64 offset, std::map<int, XrefEntry> &into, Object &trailer)
{
    Parser p(m_src, offset);
    if (auto ok = p.expectKeyword("xref"); !ok)
        return ok;
    for (;;) {
        auto t = p.next();
        if (!t)
            return std::unexpected(t.error());
        if (t->kind == Token::Kind::Keyword && t->text == "trailer")
            break;
        if (t->kind != Token::Kind::Int)
            return malformed(QStringLiteral("bad cross-reference table at %1").arg(t->start));
        const qint64 start = t->text.toLongLong();
        auto count = p.expectInt();
        if (!count)
            return std::unexpected(count.error());
        const auto end = checkedAdd(start, *count);
        if (start < 0 || *count < 0 || !end || *end > kMaxXrefEntries)
            return malformed(QStringLiteral("bad cross-reference subsection at %1").arg(t->start));
        for (qint64 i = 0; i < *count; ++i) {
            auto off = p.expectInt();
            auto gen = off ? p.expectInt() : off;
            auto kind = gen ? p.next() : Result<Token>(std::unexpected(gen.error()));
            if (!kind)
                return std::unexpected(kind.error());
            if (kind->kind != Token::Kind::Keyword || (kind->text != "n" && kind->text != "f"))
                return malformed(QStringLiteral("bad cross-reference entry at %1").arg(kind->start));
            if (auto ok = countEntry(); !ok)
                return ok;
            XrefEntry e;
            e.kind = kind->text == "n" ? XrefEntry::Kind::InFile : XrefEntry::Kind::Free;
            e.offset = *off;
            if (*gen < 0 || *gen > 65535)
                return malformed(
                    QStringLiteral("bad generation in cross-reference entry at %1").arg(kind->start));
            e.gen = int(*gen);
            if (e.kind == XrefEntry::Kind::InFile && (e.offset <= 0 || e.offset >= m_size)) {
                if (m_mode == Mode::Strict)
                    return malformed(QStringLiteral("object %1 has offset %2 outside the file")
                                         .arg(start + i)
                                         .arg(e.offset));
                m_damaged = true; // the scan finds the object, if it is there at all
                continue;
            }
            into.try_emplace(int(start + i), e);
        }
    }
    auto dict = p.parseObject();
    if (!dict)
        return std::unexpected(dict.error());
    if (!dict->isDict())
        return malformed(QStringLiteral("trailer is not a dictionary"));
    trailer = std::move(*dict);
    return {};
}

Result<void> Reader::readXrefStream(qint64 offset, std::map<int, XrefEntry> &into, Object &trailer)
{
    Parser p(m_src, offset);
    auto num = p.expectInt();
    auto gen = num ? p.expectInt() : num;
    if (!num || !gen)
        return malformed(QStringLiteral("no cross-reference table or stream at %1").arg(offset));
    p.seek(offset);
    auto obj = p.parseIndirect(Ref{int(*num), int(*gen)});
    if (!obj)
        return std::unexpected(obj.error());
    if (obj->type != Object::Type::Stream || !obj->get("Type").isName("XRef"))
        return malformed(QStringLiteral("object at %1 is not a cross-reference stream").arg(offset));
    auto data = streamData(*obj);
    if (!data)
        return std::unexpected(data.error());
    const Object &w = obj->get("W");
    if (!w.isArray() || w.array.size() != 3)
        return malformed(QStringLiteral("cross-reference stream without /W"));
    int widths[3];
    for (int i = 0; i < 3; ++i) {
        widths[i] = int(w.array[size_t(i)].integer);
        if (!w.array[size_t(i)].isInt() || widths[i] < 0 || widths[i] > 8)
            return malformed(QStringLiteral("bad /W in cross-reference stream"));
    }
    std::vector<qint64> index;
    const Object &idx = obj->get("Index");
    if (idx.isArray()) {
        for (const auto &v : idx.array)
            index.push_back(v.integer);
    } else {
        index = {0, obj->get("Size").integer};
    }
    const int entryLen = widths[0] + widths[1] + widths[2];
    if (entryLen == 0 || index.size() % 2)
        return malformed(QStringLiteral("bad cross-reference stream layout"));
    // What the /Index claims must fit the decoded data and the file before anything is stored.
    qint64 claimed = 0;
    for (size_t s = 0; s < index.size(); s += 2) {
        const auto end = checkedAdd(index[s], index[s + 1]);
        const auto total = checkedAdd(claimed, index[s + 1]);
        if (index[s] < 0 || index[s + 1] < 0 || !end || *end > kMaxXrefEntries || !total)
            return malformed(QStringLiteral("bad /Index in cross-reference stream"));
        claimed = *total;
    }
    if (claimed > data->size() / entryLen)
        return malformed(QStringLiteral("cross-reference stream is shorter than its /Index"));
    if (checkedAdd(m_xrefEntries, claimed).value_or(kMaxXrefEntries) > maxEntriesFor(m_size))
        return malformed(
            QStringLiteral("the cross-reference stream at %1 claims %2 entries, more than a file of "
                           "%3 bytes can hold")
                .arg(offset)
                .arg(claimed)
                .arg(m_size));
    qsizetype pos = 0;
    auto field = [&](int width, qint64 dflt) {
        if (width == 0)
            return dflt;
        quint64 v = 0; // unsigned: eight bytes fill the sign bit without overflow
        for (int i = 0; i < width; ++i)
            v = (v << 8) | uchar((*data)[pos++]);
        return qint64(v);
    };
    for (size_t s = 0; s < index.size(); s += 2) {
        for (qint64 i = 0; i < index[s + 1]; ++i) {
            if (pos + entryLen > data->size())
                return malformed(QStringLiteral("cross-reference stream is shorter than its /Index"));
            const qint64 type = field(widths[0], 1);
            const qint64 f2 = field(widths[1], 0);
            const qint64 f3 = field(widths[2], 0);
            if (auto ok = countEntry(); !ok)
                return ok;
            XrefEntry e;
            if (type == 1) {
                e.kind = XrefEntry::Kind::InFile;
                if ((f2 <= 0 || f2 >= m_size) && m_mode == Mode::Strict)
                    return malformed(
                        QStringLiteral("object %1 has offset %2 outside the file").arg(index[s] + i).arg(f2));
                if (f2 <= 0 || f2 >= m_size) {
                    m_damaged = true;
                    continue;
                }
            } else if (type == 2) {
                e.kind = XrefEntry::Kind::Compressed;
            }
            e.offset = f2;
            e.gen = int(std::clamp<qint64>(f3, 0, 65535));
            if (type == 2 && (f2 <= 0 || f2 >= kMaxXrefEntries || f3 < 0 || f3 >= kMaxXrefEntries))
                continue; // no such object stream: the object is missing, as in other readers
            if (type == 0 || type == 1 || type == 2)
                into.try_emplace(int(index[s] + i), e);
        }
    }
    trailer = std::move(*obj);
    trailer.type = Object::Type::Dict;
    return {};
}

Result<qint64> Reader::streamLength(const Object &stream)
{
    auto len = resolve(stream.get("Length"));
    if (!len)
        return std::unexpected(len.error());
    if (!len->isInt() || !rangeWithin(stream.streamOffset, len->integer, m_size))
        return malformed(QStringLiteral("stream at %1 has no valid /Length").arg(stream.streamOffset));
    return len->integer;
}

Result<QByteArray> Reader::streamData(const Object &stream)
{
    auto d = decoded(stream);
    if (!d)
        return std::unexpected(d.error());
    return (*d)->data; // implicitly shared with the cache: a copy costs nothing
}

Result<std::shared_ptr<const Reader::Decoded>> Reader::decoded(const Object &stream)
{
    if (m_budget->exceeded())
        return std::unexpected(m_budget->error());
    const qint64 key = stream.streamOffset;
    if (auto it = m_cacheIndex.find(key); it != m_cacheIndex.end()) {
        m_cache.splice(m_cache.begin(), m_cache, it->second);
        return it->second->second;
    }
    auto len = streamLength(stream);
    if (!len)
        return std::unexpected(len.error());
    if (*len > kMaxRawStream)
        return malformed(QStringLiteral("stream at %1 is too large to decode here").arg(stream.streamOffset));
    auto raw = m_src.read(stream.streamOffset, *len);
    if (!raw)
        return std::unexpected(raw.error());
    // Never more than what is left of the budget: a bomb stops where the budget ends.
    const BudgetLimits &lim = m_budget->limits();
    const qint64 left = std::max<qint64>(0, lim.decodedBytes - m_budget->decoded());
    auto data = decodeStream(stream, *raw, std::min(kMaxDecodedStream, left));
    if (auto ok = m_budget->spendDecoded(data ? data->size() : 0); !ok)
        return std::unexpected(ok.error());
    if (!data && left < kMaxDecodedStream && data.error().detail.contains(QStringLiteral("expands beyond")))
        return std::unexpected(m_budget->spendDecoded(left + 1).error()); // marks the budget exceeded
    if (!data)
        return std::unexpected(data.error());
    auto d = std::make_shared<Decoded>();
    d->data = std::move(*data);
    cacheInsert(key, d);
    return std::shared_ptr<const Decoded>(d);
}

void Reader::cacheInsert(qint64 key, std::shared_ptr<const Decoded> d)
{
    const qint64 cap = m_budget->limits().streamCacheBytes;
    const qint64 bytes = d->data.size() + qint64(d->index.size()) * 16;
    if (bytes > cap / 2)
        return; // larger than half the cache: decoded again when needed (and charged again)
    if (auto it = m_cacheIndex.find(key); it != m_cacheIndex.end()) {
        m_cacheBytes -= it->second->second->data.size() + qint64(it->second->second->index.size()) * 16;
        m_cache.erase(it->second);
        m_cacheIndex.erase(it);
    }
    while (!m_cache.empty() && m_cacheBytes + bytes > cap) {
        const auto &last = m_cache.back();
        m_cacheBytes -= last.second->data.size() + qint64(last.second->index.size()) * 16;
        m_cacheIndex.erase(last.first);
        m_cache.pop_back();
    }
    m_cache.emplace_front(key, std::move(d));
    m_cacheIndex[key] = m_cache.begin();
    m_cacheBytes += bytes;
}

Result<Object> Reader::object(Ref ref)
{
    auto it = m_xref.find(ref.num);
    if (it == m_xref.end() || it->second.kind == XrefEntry::Kind::Free)
        return Object::null();
    const XrefEntry &e = it->second;
    if (e.kind == XrefEntry::Kind::Compressed) {
        if (ref.gen != 0)
            return Object::null();
        return compressedObject(int(e.offset), e.gen, ref.num);
    }
    if (e.gen != ref.gen)
        return Object::null();
    auto obj = parseIndirectAt(e.offset, ref);
    if (obj || m_mode == Mode::Strict || m_budget->exceeded())
        return obj;
    // A wrong offset in the table: look for the object's header itself before giving up.
    const auto &scanned = scannedObjects();
    const auto found = scanned.find(ref.num);
    if (found == scanned.end() || found->second.second != ref.gen || found->second.first == e.offset)
        return obj;
    return parseIndirectAt(found->second.first, ref);
}

Result<Object> Reader::compressedObject(int streamNum, int index, int objNum)
{
    // An object stream is a stream, and streams are never inside object streams: anything else
    // would make this function call itself.
    const auto where = m_xref.find(streamNum);
    if (where == m_xref.end() || where->second.kind != XrefEntry::Kind::InFile)
        return malformed(QStringLiteral("object stream %1 of object %2 is not an object in the file")
                             .arg(streamNum)
                             .arg(objNum));
    auto stm = object(Ref{streamNum, where->second.gen});
    if (!stm)
        return stm;
    if (stm->type != Object::Type::Stream || !stm->get("Type").isName("ObjStm"))
        return malformed(QStringLiteral("object %1 is not an object stream").arg(streamNum));
    auto d = decoded(*stm);
    if (!d)
        return std::unexpected(d.error());
    if (!(*d)->indexed) {
        const QByteArray &data = (*d)->data;
        const qint64 n = stm->get("N").integer, first = stm->get("First").integer;
        if (n < 0 || n > data.size() / 2 || first < 0 || first > data.size())
            return malformed(QStringLiteral("object stream %1 has a bad /N or /First").arg(streamNum));
        // The index is the part before /First: the parser never walks the objects (or padding).
        Source mem(data.left(first));
        Parser p(mem);
        auto indexed = std::make_shared<Decoded>();
        indexed->data = data;
        indexed->indexed = true;
        for (qint64 i = 0; i < n; ++i) {
            auto num = p.expectInt();
            auto off = num ? p.expectInt() : num;
            if (!off)
                return std::unexpected(off.error());
            const auto at = checkedAdd(first, *off);
            if (*num < 0 || *num > kMaxXrefEntries || *off < 0 || !at || *at > data.size())
                return malformed(QStringLiteral("object stream %1 has a bad entry %2").arg(streamNum).arg(i));
            indexed->index.append({int(*num), *at});
        }
        if (auto ok = chargeParse(p.pos()); !ok)
            return std::unexpected(ok.error());
        cacheInsert(stm->streamOffset, indexed);
        d = std::shared_ptr<const Decoded>(indexed);
    }
    const auto &entries = (*d)->index;
    if (index < 0 || index >= entries.size() || entries[index].first != objNum)
        return malformed(QStringLiteral("object %1 is not at index %2 of object stream %3")
                             .arg(objNum)
                             .arg(index)
                             .arg(streamNum));
    Source mem((*d)->data);
    Parser p(mem, entries[index].second);
    auto obj = p.parseObject();
    if (auto ok = chargeParse(p.pos() - entries[index].second); !ok)
        return std::unexpected(ok.error());
    return obj;
}

Result<Object> Reader::resolve(const Object &obj)
{
    if (!obj.isRef())
        return obj;
    if (m_resolveDepth > 16)
        return malformed(QStringLiteral("reference chain too deep"));
    ++m_resolveDepth;
    auto r = object(obj.ref);
    --m_resolveDepth;
    if (r && r->isRef())
        return malformed(QStringLiteral("object %1 is only a reference").arg(obj.ref.num));
    return r;
}

Result<Object> Reader::resolvedGet(const Object &dict, QByteArrayView key)
{
    return resolve(dict.get(key));
}

} // namespace sic::pdf
