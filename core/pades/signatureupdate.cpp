#include "pades/signatureupdate.h"

#include "pades/pdfpermissions.h"
#include "pdf/incrementalwriter.h"
#include "pdf/parser.h"
#include <QSet>

#include <QTimeZone>

namespace sic::pades {

using pdf::Object;
using pdf::Ref;

namespace {

constexpr int kByteRangeWidth = 60;

Result<QPair<Ref, Object>> firstPage(pdf::Reader &reader, const Object &catalog)
{
    Object node = catalog.get("Pages");
    for (int depth = 0; depth < 64; ++depth) {
        if (!node.isRef())
            return pdf::malformed(QStringLiteral("page tree node is not an indirect object"));
        auto dict = reader.object(node.ref);
        if (!dict)
            return std::unexpected(dict.error());
        if (dict->type != Object::Type::Dict)
            return pdf::malformed(QStringLiteral("page tree node %1 is not a dictionary").arg(node.ref.num));
        if (!dict->has("Kids") || dict->get("Type").isName("Page"))
            return QPair<Ref, Object>{node.ref, *dict};
        auto kids = reader.resolvedGet(*dict, "Kids");
        if (!kids)
            return std::unexpected(kids.error());
        if (!kids->isArray() || kids->array.empty())
            return pdf::malformed(QStringLiteral("the document has no pages"));
        node = kids->array.front();
    }
    return pdf::malformed(QStringLiteral("page tree too deep"));
}

// A set, not the list: a file of 100,000 fields named Signature1, Signature2... would make a
// search of the list for each candidate quadratic.
QString uniqueFieldName(const QStringList &existingNames, const QString &wanted)
{
    const QSet<QString> existing(existingNames.begin(), existingNames.end());
    if (!wanted.isEmpty() && !existing.contains(wanted))
        return wanted;
    const QString base = wanted.isEmpty() ? QStringLiteral("Signature") : wanted;
    for (int i = 1;; ++i) {
        const QString name = base + QString::number(i);
        if (!existing.contains(name))
            return name;
    }
}

// Appends item to the array that dict[key] is or points to. An indirect array is rewritten in
// place (its owner stays untouched); a direct one is changed in dict.
Result<void> appendToArray(pdf::Reader &reader, pdf::IncrementalWriter &writer, Object &dict,
                           QByteArrayView key, const Object &item)
{
    const Object &current = dict.get(key);
    if (current.isRef()) {
        auto arr = reader.object(current.ref);
        if (!arr)
            return std::unexpected(arr.error());
        if (arr->isArray()) {
            arr->array.push_back(item);
            writer.put(current.ref, *arr);
            return {};
        }
    }
    Object arr = current.isArray() ? current : Object::makeArray();
    arr.array.push_back(item);
    dict.set(key, arr);
    return {};
}

} // namespace

QByteArray pdfDate(const QDateTime &t)
{
    const int offset = t.offsetFromUtc();
    const int abs = std::abs(offset) / 60;
    return "D:" + t.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + (offset < 0 ? '-' : '+') +
           QByteArray::number(abs / 60).rightJustified(2, '0') + '\'' +
           QByteArray::number(abs % 60).rightJustified(2, '0') + '\'';
}

Result<PreparedLayout> writeSignatureUpdate(pdf::Reader &reader, const PadesOptions &options,
                                            const QDateTime &now, qint64 contentsBytes, QFile &out)
{
    const Ref rootRef = reader.trailer().get("Root").ref;
    auto catalogRes = reader.object(rootRef);
    if (!catalogRes)
        return std::unexpected(catalogRes.error());
    Object catalog = *catalogRes;
    if (catalog.type != Object::Type::Dict)
        return pdf::malformed(QStringLiteral("the document catalog is not a dictionary"));
    auto page = firstPage(reader, catalog);
    if (!page)
        return std::unexpected(page.error());
    auto names = fieldNames(reader);
    if (!names)
        return std::unexpected(names.error());

    pdf::IncrementalWriter writer(reader);
    const Ref sigRef = writer.allocate();
    const Ref fieldRef = writer.allocate();

    // The signature dictionary is written by hand: its byte offsets must be known exactly.
    QByteArray sig = "<</Type/Sig/Filter/Adobe.PPKLite/SubFilter/ETSI.CAdES.detached/ByteRange ";
    const qsizetype byteRangeAt = sig.size();
    sig += QByteArray("[0 0 0 0]").leftJustified(kByteRangeWidth, ' ');
    sig += "/Contents ";
    const qsizetype contentsAt = sig.size();
    sig += '<' + QByteArray(contentsBytes * 2, '0') + '>';
    sig += "/M" + Object::makeString(pdfDate(now)).serialize();
    if (!options.reason.isEmpty())
        sig += "/Reason" + Object::makeText(options.reason).serialize();
    if (!options.location.isEmpty())
        sig += "/Location" + Object::makeText(options.location).serialize();
    if (!options.contactInfo.isEmpty())
        sig += "/ContactInfo" + Object::makeText(options.contactInfo).serialize();
    bool catalogChanged = false;
    if (options.certifyPermissions > 0) {
        // A certification (DocMDP) signature: the transform parameters say what later changes
        // are allowed, and the catalog's /Perms points at this signature.
        sig += "/Reference[<</Type/SigRef/TransformMethod/DocMDP/TransformParams<</Type/TransformParams/P " +
               QByteArray::number(options.certifyPermissions) + "/V/1.2>>>>]";
        Object perms = Object::makeDict();
        perms.set("DocMDP", Object::makeRef(sigRef));
        catalog.set("Perms", perms);
        catalogChanged = true;
    }
    sig += ">>";
    writer.putRaw(sigRef, sig);

    // One object is both the field and its widget annotation; it is invisible (zero rectangle,
    // Print + Locked flags) so that the page content is untouched.
    Object field = Object::makeDict();
    field.set("Type", Object::makeName("Annot"));
    field.set("Subtype", Object::makeName("Widget"));
    field.set("FT", Object::makeName("Sig"));
    field.set("T", Object::makeText(uniqueFieldName(*names, options.fieldName)));
    field.set("V", Object::makeRef(sigRef));
    field.set("Rect", Object::makeArray(
                          {Object::makeInt(0), Object::makeInt(0), Object::makeInt(0), Object::makeInt(0)}));
    field.set("F", Object::makeInt(132));
    field.set("P", Object::makeRef(page->first));
    writer.put(fieldRef, field);

    Object pageDict = page->second;
    if (auto ok = appendToArray(reader, writer, pageDict, "Annots", Object::makeRef(fieldRef)); !ok)
        return std::unexpected(ok.error());
    writer.put(page->first, pageDict);

    const Object &formEntry = catalog.get("AcroForm");
    if (formEntry.isRef()) {
        auto form = reader.object(formEntry.ref);
        if (!form)
            return std::unexpected(form.error());
        if (form->type != Object::Type::Dict)
            return pdf::malformed(QStringLiteral("the AcroForm is not a dictionary"));
        if (auto ok = appendToArray(reader, writer, *form, "Fields", Object::makeRef(fieldRef)); !ok)
            return std::unexpected(ok.error());
        form->set("SigFlags", Object::makeInt(3));
        writer.put(formEntry.ref, *form);
    } else {
        catalogChanged = true;
        Object form = formEntry.isDict() ? formEntry : Object::makeDict();
        if (auto ok = appendToArray(reader, writer, form, "Fields", Object::makeRef(fieldRef)); !ok)
            return std::unexpected(ok.error());
        form.set("SigFlags", Object::makeInt(3));
        if (formEntry.isDict()) {
            catalog.set("AcroForm", form);
        } else {
            const Ref formRef = writer.allocate();
            writer.put(formRef, form);
            catalog.set("AcroForm", Object::makeRef(formRef));
        }
    }
    if (catalogChanged)
        writer.put(rootRef, catalog);

    auto written = writer.write(options.input, out);
    if (!written)
        return std::unexpected(written.error());
    const qint64 sigBody = written->bodyOffsets.value(sigRef.num);
    PreparedLayout layout;
    layout.contentsStart = sigBody + contentsAt;
    layout.contentsEnd = layout.contentsStart + contentsBytes * 2 + 2;
    layout.fileSize = written->size;
    layout.ranges = {ByteRange{0, layout.contentsStart},
                     ByteRange{layout.contentsEnd, layout.fileSize - layout.contentsEnd}};
    const QByteArray byteRange =
        ("[0 " + QByteArray::number(layout.contentsStart) + ' ' + QByteArray::number(layout.contentsEnd) +
         ' ' + QByteArray::number(layout.fileSize - layout.contentsEnd) + ']')
            .leftJustified(kByteRangeWidth, ' ');
    if (!out.seek(sigBody + byteRangeAt) || out.write(byteRange) != byteRange.size() || !out.flush())
        return fail(
            QStringLiteral("io.write_failed"),
            Tr::tr("The signed file could not be written. Check free disk space and write permission."),
            out.errorString());
    return layout;
}

} // namespace sic::pades
