#include "pdf/reader.h"
#include "pdf/flate.h"
#include "pdf/parser.h"

namespace sic::pdf {

namespace {
constexpr qint64 kMaxRawStream = 64 * 1024 * 1024;
constexpr qint64 kMaxDecodedStream = 256 * 1024 * 1024;
constexpr qint64 kMaxXrefEntries = 10'000'000;
constexpr int kMaxSections = 512;
} // namespace

Result<std::unique_ptr<Reader>> Reader::open(const QString &path, Mode mode, qint64 limit)
{
    std::unique_ptr<Reader> r(new Reader);
    r->m_path = path;
    r->m_mode = mode;
    if (auto ok = r->m_src.open(path, limit); !ok)
        return std::unexpected(ok.error());
    if (auto ok = r->load(); !ok)
        return std::unexpected(ok.error());
    return r;
}

Result<void> Reader::load()
{
    m_size = m_src.size();
    auto head = m_src.read(0, std::min<qint64>(m_size, 1024));
    if (!head || !head->contains("%PDF-"))
        return fail(QStringLiteral("pdf.not_pdf"), Tr::tr("The file is not a PDF document."),
                    m_path + QStringLiteral(": no %PDF- header"));
    auto chain = readChain();
    if (m_mode == Mode::Strict && !chain)
        return chain;
    if (m_mode == Mode::Lenient && (!chain || m_damaged || !m_trailer.get("Root").isRef())) {
        if (auto ok = recover(); !ok)
            return chain ? ok : chain; // the chain's error says more than "nothing found"
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
        if (start < 0 || *count < 0 || start + *count > kMaxXrefEntries)
            return malformed(QStringLiteral("bad cross-reference subsection at %1").arg(t->start));
        for (qint64 i = 0; i < *count; ++i) {
            auto off = p.expectInt();
            auto gen = off ? p.expectInt() : off;
            auto kind = gen ? p.next() : Result<Token>(std::unexpected(gen.error()));
            if (!kind)
                return std::unexpected(kind.error());
            if (kind->kind != Token::Kind::Keyword || (kind->text != "n" && kind->text != "f"))
                return malformed(QStringLiteral("bad cross-reference entry at %1").arg(kind->start));
            XrefEntry e;
            e.kind = kind->text == "n" ? XrefEntry::Kind::InFile : XrefEntry::Kind::Free;
            e.offset = *off;
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
    qsizetype pos = 0;
    auto field = [&](int width, qint64 dflt) {
        if (width == 0)
            return dflt;
        qint64 v = 0;
        for (int i = 0; i < width; ++i)
            v = (v << 8) | uchar((*data)[pos++]);
        return v;
    };
    for (size_t s = 0; s < index.size(); s += 2) {
        if (index[s] < 0 || index[s + 1] < 0 || index[s] + index[s + 1] > kMaxXrefEntries)
            return malformed(QStringLiteral("bad /Index in cross-reference stream"));
        for (qint64 i = 0; i < index[s + 1]; ++i) {
            if (pos + entryLen > data->size())
                return malformed(QStringLiteral("cross-reference stream is shorter than its /Index"));
            const qint64 type = field(widths[0], 1);
            const qint64 f2 = field(widths[1], 0);
            const qint64 f3 = field(widths[2], 0);
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
            e.gen = int(f3);
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
    if (!len->isInt() || len->integer < 0 || stream.streamOffset + len->integer > m_size)
        return malformed(QStringLiteral("stream at %1 has no valid /Length").arg(stream.streamOffset));
    return len->integer;
}

Result<QByteArray> Reader::streamData(const Object &stream)
{
    auto len = streamLength(stream);
    if (!len)
        return std::unexpected(len.error());
    if (*len > kMaxRawStream)
        return malformed(QStringLiteral("stream at %1 is too large to decode here").arg(stream.streamOffset));
    auto raw = m_src.read(stream.streamOffset, *len);
    if (!raw)
        return raw;
    return decodeStream(stream, *raw, kMaxDecodedStream);
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
    Parser p(m_src, e.offset);
    auto obj = p.parseIndirect(ref);
    if (obj || m_mode == Mode::Strict)
        return obj;
    // A wrong offset in the table: look for the object's header itself before giving up.
    const auto &scanned = scannedObjects();
    const auto found = scanned.find(ref.num);
    if (found == scanned.end() || found->second.second != ref.gen || found->second.first == e.offset)
        return obj;
    Parser again(m_src, found->second.first);
    return again.parseIndirect(ref);
}

Result<Object> Reader::compressedObject(int streamNum, int index, int objNum)
{
    if (m_objStmNum != streamNum) {
        auto stm = object(Ref{streamNum, 0});
        if (!stm)
            return stm;
        if (stm->type != Object::Type::Stream || !stm->get("Type").isName("ObjStm"))
            return malformed(QStringLiteral("object %1 is not an object stream").arg(streamNum));
        auto data = streamData(*stm);
        if (!data)
            return std::unexpected(data.error());
        const qint64 n = stm->get("N").integer, first = stm->get("First").integer;
        if (n < 0 || n > kMaxXrefEntries || first < 0 || first > data->size())
            return malformed(QStringLiteral("object stream %1 has a bad /N or /First").arg(streamNum));
        Source mem(*data);
        Parser p(mem);
        QList<QPair<int, qint64>> entries;
        for (qint64 i = 0; i < n; ++i) {
            auto num = p.expectInt();
            auto off = num ? p.expectInt() : num;
            if (!off)
                return std::unexpected(off.error());
            entries.append({int(*num), first + *off});
        }
        m_objStmNum = streamNum;
        m_objStmData = *data;
        m_objStmIndex = entries;
    }
    if (index < 0 || index >= m_objStmIndex.size() || m_objStmIndex[index].first != objNum)
        return malformed(QStringLiteral("object %1 is not at index %2 of object stream %3")
                             .arg(objNum)
                             .arg(index)
                             .arg(streamNum));
    Source mem(m_objStmData);
    Parser p(mem, m_objStmIndex[index].second);
    return p.parseObject();
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
