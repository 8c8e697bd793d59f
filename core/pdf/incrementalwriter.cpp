#include "pdf/incrementalwriter.h"
#include "pdf/reader.h"

#include <QFile>

namespace sic::pdf {

namespace {

std::unexpected<Error> writeFailed(const QIODevice &out)
{
    return fail(QStringLiteral("io.write_failed"),
                Tr::tr("The signed file could not be written. Check free disk space and write permission."),
                out.errorString());
}

} // namespace

IncrementalWriter::IncrementalWriter(const Reader &reader) : m_reader(reader), m_next(reader.size()) {}

Ref IncrementalWriter::allocate()
{
    return Ref{m_next++, 0};
}

void IncrementalWriter::put(Ref ref, const Object &obj)
{
    putRaw(ref, obj.serialize());
}

void IncrementalWriter::putRaw(Ref ref, QByteArray body)
{
    m_objects[ref.num] = {ref.gen, std::move(body)};
}

Object IncrementalWriter::newTrailer(int size) const
{
    Object t = m_reader.trailer();
    t.type = Object::Type::Dict;
    t.streamOffset = -1;
    for (const char *key :
         {"Prev", "XRefStm", "Size", "Type", "W", "Index", "Length", "Filter", "DecodeParms"})
        t.remove(key);
    t.set("Size", Object::makeInt(size));
    t.set("Prev", Object::makeInt(m_reader.startXref()));
    return t;
}

QByteArray IncrementalWriter::xrefTable(const std::map<int, qint64> &offsets) const
{
    QByteArray out = "xref\n";
    for (auto it = offsets.begin(); it != offsets.end();) {
        auto end = it;
        int count = 0;
        while (end != offsets.end() && end->first == it->first + count) {
            ++end;
            ++count;
        }
        out += QByteArray::number(it->first) + ' ' + QByteArray::number(count) + '\n';
        for (; it != end; ++it) {
            const int gen = m_objects.at(it->first).first;
            out += QByteArray::number(it->second).rightJustified(10, '0') + ' ' +
                   QByteArray::number(gen).rightJustified(5, '0') + " n\r\n";
        }
    }
    return out;
}

Result<WrittenUpdate> IncrementalWriter::write(const QString &inputPath, QIODevice &out,
                                               const std::atomic_bool *cancel)
{
    QFile in(inputPath);
    if (!in.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("io.open_failed"), Tr::tr("The PDF file could not be opened."),
                    inputPath + QStringLiteral(": ") + in.errorString());
    if (in.size() != m_reader.fileSize())
        return fail(QStringLiteral("io.changed"),
                    Tr::tr("The PDF file changed while it was being signed. Try again."), inputPath);
    qint64 pos = 0;
    QByteArray buf;
    while (pos < m_reader.fileSize()) {
        if (cancel && cancel->load())
            return fail(QStringLiteral("cancelled"), Tr::tr("Signing was cancelled."));
        buf = in.read(1 << 20);
        if (buf.isEmpty())
            return fail(QStringLiteral("io.read_failed"), Tr::tr("The PDF file could not be read."),
                        in.errorString());
        if (out.write(buf) != buf.size())
            return writeFailed(out);
        pos += buf.size();
    }
    WrittenUpdate result;
    auto append = [&](const QByteArray &bytes) {
        if (out.write(bytes) != bytes.size())
            return false;
        pos += bytes.size();
        return true;
    };
    if (!m_reader.endsWithEol() && !append("\n"))
        return writeFailed(out);
    std::map<int, qint64> offsets;
    for (const auto &[num, entry] : m_objects) {
        offsets[num] = pos;
        const QByteArray header = QByteArray::number(num) + ' ' + QByteArray::number(entry.first) + " obj\n";
        result.bodyOffsets[num] = pos + header.size();
        if (!append(header + entry.second + "\nendobj\n"))
            return writeFailed(out);
    }
    const int maxNum = m_objects.empty() ? 0 : m_objects.rbegin()->first;
    const qint64 xrefOffset = pos;
    if (!m_reader.lastSectionIsStream()) {
        Object trailer = newTrailer(std::max(m_reader.size(), maxNum + 1));
        if (!append(xrefTable(offsets) + "trailer\n" + trailer.serialize() + '\n'))
            return writeFailed(out);
    } else {
        // The stream lists itself; its number comes after every object of the update.
        const int selfNum = std::max(m_next, maxNum + 1);
        offsets[selfNum] = xrefOffset;
        QByteArray data;
        Object index = Object::makeArray();
        for (auto it = offsets.begin(); it != offsets.end();) {
            auto end = it;
            int count = 0;
            while (end != offsets.end() && end->first == it->first + count) {
                ++end;
                ++count;
            }
            index.array.push_back(Object::makeInt(it->first));
            index.array.push_back(Object::makeInt(count));
            for (; it != end; ++it) {
                const int gen = it->first == selfNum ? 0 : m_objects.at(it->first).first;
                data += char(1);
                for (int shift = 32; shift >= 0; shift -= 8)
                    data += char((it->second >> shift) & 0xFF);
                data += char((gen >> 8) & 0xFF);
                data += char(gen & 0xFF);
            }
        }
        Object dict = newTrailer(selfNum + 1);
        dict.set("Type", Object::makeName("XRef"));
        dict.set("W", Object::makeArray({Object::makeInt(1), Object::makeInt(5), Object::makeInt(2)}));
        dict.set("Index", index);
        dict.set("Length", Object::makeInt(data.size()));
        if (!append(QByteArray::number(selfNum) + " 0 obj\n" + dict.serialize() + "\nstream\n" + data +
                    "\nendstream\nendobj\n"))
            return writeFailed(out);
    }
    if (!append("startxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n"))
        return writeFailed(out);
    result.size = pos;
    return result;
}

} // namespace sic::pdf
