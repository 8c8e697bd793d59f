#include "verify/pdfstructure.h"

#include <QFile>
#include <QSet>

#include <algorithm>
#include <cstring>

namespace sic::verify {

Result<QList<qint64>> revisionEnds(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return fail(QStringLiteral("io.unreadable"), Tr::tr("The file cannot be read."), path);
    // One pass with one buffer: the first kKeep bytes of each fill repeat the end of the previous
    // one, so that a marker (and its end of line) cut by the boundary is still seen. memmem, not
    // QByteArray::indexOf: this runs over every byte of the file, next to hashing it.
    constexpr qint64 kChunk = 1 << 20;
    constexpr qsizetype kKeep = 8;
    static constexpr char kMarker[] = "%%EOF";
    constexpr size_t kMarkerLen = sizeof(kMarker) - 1;
    QByteArray buffer(kChunk + kKeep, Qt::Uninitialized);
    char *const buf = buffer.data();
    QList<qint64> ends;
    qsizetype kept = 0;
    qint64 base = 0; // file offset of buf[0]
    for (;;) {
        const qint64 got = f.read(buf + kept, kChunk);
        if (got < 0)
            return fail(QStringLiteral("io.unreadable"), Tr::tr("The file cannot be read."), path);
        const qsizetype len = kept + got;
        const bool atEnd = got == 0;
        // A marker whose end of line may lie beyond the buffer waits for the next fill.
        const qsizetype scanEnd = atEnd ? len : std::max<qsizetype>(0, len - kKeep);
        for (qsizetype from = 0;;) {
            const void *hit =
                from < len ? memmem(buf + from, size_t(len - from), kMarker, kMarkerLen) : nullptr;
            if (!hit)
                break;
            const qsizetype at = static_cast<const char *>(hit) - buf;
            if (at >= scanEnd)
                break;
            qsizetype end = at + qsizetype(kMarkerLen);
            if (end < len && buf[end] == '\r')
                ++end;
            if (end < len && buf[end] == '\n')
                ++end;
            if (ends.isEmpty() || ends.last() < base + end)
                ends << base + end;
            from = at + 1;
        }
        if (atEnd)
            break;
        kept = std::min<qsizetype>(len, kKeep);
        memmove(buf, buf + len - kept, size_t(kept));
        base += len - kept;
    }
    return ends;
}

namespace {

// The field tree is walked once per object: a field reached again (a DAG or a cycle built to make
// the walk exponential) is skipped, and every node is charged to the reader's budget.
void collectFields(pdf::Reader &reader, const pdf::Object &node, const QString &parentName,
                   QByteArray inheritedFt, QList<PdfSignatureField> &out, int depth, QSet<int> &visited)
{
    if (depth > 32 || !reader.budget().spendNodes())
        return;
    if (node.isRef()) {
        if (visited.contains(node.ref.num))
            return;
        visited.insert(node.ref.num);
    }
    auto resolved = reader.resolve(node);
    if (!resolved || !resolved->isDict())
        return;
    const pdf::Object &field = *resolved;
    QString name = parentName;
    if (field.get("T").isString()) {
        const QString t = pdf::textString(field.get("T").bytes);
        name = name.isEmpty() ? t : name + u'.' + t;
    }
    const QByteArray ft = field.get("FT").isName() ? field.get("FT").bytes : inheritedFt;
    if (ft == "Sig" && !field.get("V").isNull()) {
        auto v = reader.resolve(field.get("V"));
        if (v && v->isDict()) {
            PdfSignatureField sf;
            sf.fieldName = name;
            sf.dict = *v;
            sf.objectNumber = field.get("V").isRef() ? field.get("V").ref.num : 0;
            out << sf;
        }
    }
    auto kids = reader.resolve(field.get("Kids"));
    if (kids && kids->isArray()) {
        for (const pdf::Object &k : kids->array)
            collectFields(reader, k, name, ft, out, depth + 1, visited);
    }
}

int docMdpOf(pdf::Reader &reader, const pdf::Object &sig)
{
    auto refs = reader.resolve(sig.get("Reference"));
    if (!refs || !refs->isArray())
        return 0;
    for (const pdf::Object &r : refs->array) {
        auto ref = reader.resolve(r);
        if (!ref || !ref->get("TransformMethod").isName("DocMDP"))
            continue;
        auto params = reader.resolve(ref->get("TransformParams"));
        if (params && params->get("P").isInt())
            return int(params->get("P").integer);
        return 2; // the default permission level
    }
    return 0;
}

bool looksLikeSignature(const pdf::Object &d)
{
    return d.isDict() && (d.get("Type").isName("Sig") || d.get("Type").isName("DocTimeStamp") ||
                          (d.has("ByteRange") && d.has("Contents")));
}

QByteArray signatureKey(pdf::Reader &reader, const pdf::Object &sig)
{
    QByteArray key;
    if (auto br = reader.resolve(sig.get("ByteRange")); br && br->isArray())
        for (const pdf::Object &n : br->array)
            key += QByteArray::number(n.integer) + ' ';
    if (auto c = reader.resolve(sig.get("Contents")); c && c->isString())
        key += c->bytes;
    return key;
}

// A damaged revision chain can hide the fields of older revisions (and an attacker can unlink a
// field): signature dictionaries are also found by their object headers, every version of
// every object, as validators do for broken files. One that a field already reaches (same
// ByteRange and value) is the same signature and is not reported twice.
void addUnreachedSignatures(pdf::Reader &reader, QList<PdfSignatureField> &out)
{
    QSet<QByteArray> known;
    for (const PdfSignatureField &f : out)
        known.insert(signatureKey(reader, f.dict));
    for (const pdf::Reader::ObjectHeader &h : reader.objectHeaders()) {
        auto o = reader.objectAt(h);
        if (!o || o->type != pdf::Object::Type::Dict || !looksLikeSignature(*o))
            continue;
        const QByteArray key = signatureKey(reader, *o);
        if (known.contains(key) || !o->has("ByteRange"))
            continue;
        known.insert(key);
        PdfSignatureField sf;
        sf.fieldName = Tr::tr("signature object %1 (not reached from the form fields)").arg(h.num);
        sf.dict = *o;
        sf.objectNumber = h.num;
        out << sf;
    }
}

} // namespace

Result<QList<PdfSignatureField>> findSignatureFields(pdf::Reader &reader)
{
    QList<PdfSignatureField> out;
    auto root = reader.resolve(reader.trailer().get("Root"));
    if (!root || !root->isDict())
        return fail(QStringLiteral("pdf.no_catalog"), Tr::tr("The PDF has no readable document catalog."));
    auto acroForm = reader.resolve(root->get("AcroForm"));
    auto fields = acroForm && acroForm->isDict() ? reader.resolve(acroForm->get("Fields"))
                                                 : Result<pdf::Object>(pdf::Object::null());
    if (!fields || !fields->isArray())
        fields = pdf::Object::makeArray();
    QSet<int> visited;
    for (const pdf::Object &f : fields->array)
        collectFields(reader, f, {}, {}, out, 0, visited);
    if (reader.recovered())
        addUnreachedSignatures(reader, out);
    if (reader.budget().exceeded())
        return std::unexpected(reader.budget().error());
    if (out.size() > reader.budget().limits().signatures)
        return Budget::fail(QStringLiteral("%1 signatures in one document").arg(out.size()));
    for (PdfSignatureField &sf : out) {
        sf.subFilter = sf.dict.get("SubFilter").bytes;
        // A document timestamp is /Type /DocTimeStamp (or has no /Type); a time-stamp token in a
        // /Type /Sig dictionary is neither (EN 319 142-1 5.4.3; DSS does not take it either).
        sf.isDocTimestamp = sf.dict.get("Type").isName("DocTimeStamp") ||
                            (sf.subFilter == "ETSI.RFC3161" && !sf.dict.get("Type").isName());
        sf.timestampInSignatureDictionary = sf.subFilter == "ETSI.RFC3161" && !sf.isDocTimestamp;
        if (auto br = reader.resolve(sf.dict.get("ByteRange")); br && br->isArray()) {
            for (const pdf::Object &n : br->array)
                sf.byteRange << (n.isInt() ? n.integer : -1);
        }
        if (auto c = reader.resolve(sf.dict.get("Contents")); c && c->isString())
            sf.contents = c->bytes;
        sf.docMdpPermission = docMdpOf(reader, sf.dict);
    }
    // Ends computed with checked arithmetic: the numbers are the file's.
    const auto end = [](const PdfSignatureField &f) {
        return f.byteRange.size() == 4 ? checkedAdd(f.byteRange[2], f.byteRange[3]).value_or(-1) : 0;
    };
    std::stable_sort(out.begin(), out.end(),
                     [&](const PdfSignatureField &a, const PdfSignatureField &b) { return end(a) < end(b); });
    return out;
}

QList<ByteRange> coveredRanges(const PdfSignatureField &f)
{
    QList<ByteRange> out;
    for (int i = 0; i + 1 < f.byteRange.size(); i += 2)
        out << ByteRange{f.byteRange[i], f.byteRange[i + 1]};
    return out;
}

void checkByteRanges(const QString &path, QList<PdfSignatureField> &fields, qint64 fileSize,
                     const QList<qint64> &ends)
{
    QFile file(path);
    const bool open = file.open(QIODevice::ReadOnly);
    qint64 previousEnd = 0;
    for (PdfSignatureField &f : fields) {
        const QList<qint64> &br = f.byteRange;
        if (br.size() != 4) {
            f.problem =
                Tr::tr("The signature's byte range does not consist of two ranges, so what it covers is "
                       "unclear.");
            continue;
        }
        if (std::any_of(br.begin(), br.end(), [](qint64 v) { return v < 0; }) || br[0] != 0) {
            f.problem = Tr::tr("The signature's byte range does not start at the beginning of the file.");
            continue;
        }
        const qint64 holeStart = br[1], holeEnd = br[2];
        f.signedEnd = checkedAdd(br[2], br[3]).value_or(-1);
        if (holeEnd < holeStart || f.signedEnd < 0 || f.signedEnd > fileSize) {
            f.problem = Tr::tr("The signature's byte range reaches beyond the end of the file.");
            continue;
        }
        // The hole must be exactly the <hex> /Contents string: nothing else may escape the signature.
        QByteArray hole;
        if (open && file.seek(holeStart))
            // As much as the largest /Contents string the parser accepts (hex: two digits a byte).
            hole = file.read(std::min<qint64>(holeEnd - holeStart, 2 * BudgetLimits{}.cmsBytes + 2));
        const bool hexOnly =
            hole.size() >= 2 && hole.front() == '<' && hole.back() == '>' &&
            std::all_of(hole.begin() + 1, hole.end() - 1, [](char c) { return std::isxdigit(uchar(c)); });
        if (!hexOnly) {
            f.problem = Tr::tr("The gap in the signature's byte range holds more than the signature value.");
            continue;
        }
        if (QByteArray::fromHex(hole.mid(1, hole.size() - 2)) !=
            f.contents.leftJustified((hole.size() - 2) / 2, '\0', true)) {
            f.problem = Tr::tr("The gap in the signature's byte range is not this signature's value.");
            continue;
        }
        if (!ends.contains(f.signedEnd) && f.signedEnd != fileSize) {
            f.problem =
                Tr::tr("The signature covers a block from the start of the file that does not end at a "
                       "revision end.");
            continue;
        }
        if (holeStart < previousEnd) {
            f.problem =
                Tr::tr("The signature's byte range overlaps the revision covered by an earlier signature.");
            continue;
        }
        previousEnd = f.signedEnd;
    }
}

} // namespace sic::verify
