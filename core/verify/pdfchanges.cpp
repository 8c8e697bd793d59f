#include "verify/pdfchanges.h"

#include <QFile>
#include <QSet>

namespace sic::verify {
namespace {

using pdf::Object;

struct Context
{
    pdf::Reader &newest;
    pdf::Reader &old;
    QSet<int> dssObjects;
    int catalog = 0;
    int acroForm = 0;
    int fields = 0; // the AcroForm's /Fields array when it is an object of its own
    int info = 0;
    int metadata = 0;
    PdfChanges changes;
    QSet<QString> seen;

    void note(PdfChangeLevel level, const QString &text)
    {
        if (level > changes.level)
            changes.level = level;
        if (!seen.contains(text)) {
            seen.insert(text);
            changes.descriptions << text;
        }
    }
};

QSet<QByteArray> changedKeysRaw(const Object &a, const Object &b);

// A serialization in which dictionary key order does not matter: producers rewrite dictionaries
// in any order without changing them.
QByteArray canonical(const Object &o)
{
    switch (o.type) {
    case Object::Type::Array: {
        QByteArray out("[");
        for (const Object &e : o.array)
            out += canonical(e) + ' ';
        return out + ']';
    }
    case Object::Type::Dict:
    case Object::Type::Stream: {
        QList<QByteArray> parts;
        for (const auto &e : o.dict)
            parts << '/' + e.key + ' ' + canonical(e.value);
        std::sort(parts.begin(), parts.end());
        return "<<" + parts.join(' ') + ">>";
    }
    case Object::Type::String:
        return '(' + o.bytes.toHex() + ')';
    default:
        return o.serialize();
    }
}

// Keys that carry producer bookkeeping and never change what is displayed.
bool ignorableKey(const QByteArray &key)
{
    return key == "ITXT" || key == "LastModified" || key == "PieceInfo";
}

QSet<QByteArray> changedKeys(const Object &a, const Object &b)
{
    QSet<QByteArray> keys = changedKeysRaw(a, b);
    for (auto it = keys.begin(); it != keys.end();)
        it = ignorableKey(*it) ? keys.erase(it) : std::next(it);
    return keys;
}

QSet<QByteArray> changedKeysRaw(const Object &a, const Object &b)
{
    QSet<QByteArray> keys;
    for (const auto &e : a.dict)
        if (!b.has(e.key) || canonical(b.get(e.key)) != canonical(e.value))
            keys.insert(e.key);
    for (const auto &e : b.dict)
        if (!a.has(e.key))
            keys.insert(e.key);
    return keys;
}

bool subsetOf(const QSet<QByteArray> &keys, std::initializer_list<const char *> allowed)
{
    for (const QByteArray &k : keys) {
        bool ok = false;
        for (const char *a : allowed)
            ok = ok || k == a;
        if (!ok)
            return false;
    }
    return true;
}

QByteArray fieldType(pdf::Reader &r, const Object &field)
{
    Object cur = field;
    for (int depth = 0; depth < 16; ++depth) {
        if (cur.get("FT").isName())
            return cur.get("FT").bytes;
        auto parent = r.resolve(cur.get("Parent"));
        if (!parent || !parent->isDict())
            break;
        cur = *parent;
    }
    return {};
}

void collectRefs(pdf::Reader &r, const Object &o, QSet<int> &into, int depth)
{
    if (depth > 6)
        return;
    if (o.isRef()) {
        if (into.contains(o.ref.num))
            return;
        into.insert(o.ref.num);
        if (auto v = r.resolve(o))
            collectRefs(r, *v, into, depth + 1);
        return;
    }
    if (o.isArray())
        for (const Object &e : o.array)
            collectRefs(r, e, into, depth + 1);
    if (o.isDict())
        for (const auto &e : o.dict)
            collectRefs(r, e.value, into, depth + 1);
}

void classify(Context &c, int num, const Object &now, const Object *before)
{
    const QByteArray type = now.get("Type").isName() ? now.get("Type").bytes : QByteArray();
    if (type == "XRef" || type == "ObjStm")
        return;
    if (c.dssObjects.contains(num))
        return c.note(PdfChangeLevel::ValidationData, Tr::tr("validation data (DSS) added or updated"));
    if (num == c.info || num == c.metadata)
        return; // document information and XMP metadata: not part of what is shown
    if (type == "Sig" || type == "DocTimeStamp") {
        if (before)
            return c.note(PdfChangeLevel::Other, Tr::tr("an existing signature dictionary was changed"));
        return type == "DocTimeStamp"
                   ? c.note(PdfChangeLevel::ValidationData, Tr::tr("document timestamp added"))
                   : c.note(PdfChangeLevel::Signatures, Tr::tr("signature added"));
    }
    if (num == c.catalog && before) {
        const auto keys = changedKeys(now, *before);
        if (subsetOf(keys, {"DSS", "Extensions"}))
            return c.note(PdfChangeLevel::ValidationData, Tr::tr("validation data (DSS) added or updated"));
        if (subsetOf(keys, {"DSS", "Extensions", "AcroForm", "Metadata", "Perms"}))
            return c.note(PdfChangeLevel::Signatures, Tr::tr("form definition updated for a signature"));
        // A name tree (destinations for new annotations) is harmless unless it brings scripts or files.
        if (subsetOf(keys, {"DSS", "Extensions", "AcroForm", "Metadata", "Perms", "Names"})) {
            auto names = c.newest.resolve(now.get("Names"));
            if (names && names->isDict() && !names->has("JavaScript") && !names->has("EmbeddedFiles"))
                return c.note(PdfChangeLevel::Annotations, Tr::tr("document name tree updated"));
        }
        return c.note(PdfChangeLevel::Other, Tr::tr("the document catalog was changed"));
    }
    if (num == c.acroForm && before) {
        if (subsetOf(changedKeys(now, *before), {"Fields", "SigFlags", "NeedAppearances", "DR", "DA"}))
            return c.note(PdfChangeLevel::Signatures, Tr::tr("form definition updated for a signature"));
        return c.note(PdfChangeLevel::Other, Tr::tr("the interactive form was changed"));
    }
    if (num == c.fields && before && now.isArray() && before->isArray()) {
        // An indirect /Fields array: keeping every field and adding signature fields is what
        // signing does; anything else adds or removes form fields.
        QSet<int> kept;
        for (const Object &e : before->array)
            if (e.isRef())
                kept.insert(e.ref.num);
        bool onlySignatures = true;
        for (const Object &e : now.array) {
            if (e.isRef() && kept.remove(e.ref.num))
                continue;
            auto added = c.newest.resolve(e);
            onlySignatures =
                onlySignatures && added && added->isDict() && fieldType(c.newest, *added) == "Sig";
        }
        if (onlySignatures && kept.isEmpty())
            return c.note(PdfChangeLevel::Signatures, Tr::tr("form definition updated for a signature"));
        return c.note(PdfChangeLevel::Other, Tr::tr("form fields were added or removed"));
    }
    if (before && now.isArray() && before->isArray()) {
        // An indirect /Annots array (pdfsig and others write one): judged by what was added.
        QSet<int> kept;
        for (const Object &e : before->array)
            if (e.isRef())
                kept.insert(e.ref.num);
        bool annotations = !now.array.empty(), onlySignatures = true;
        for (const Object &e : now.array) {
            auto a = e.isRef() ? c.newest.resolve(e) : Result<Object>(Object::null());
            annotations =
                annotations && a && a->isDict() && (a->get("Type").isName("Annot") || a->has("Rect"));
            if (!annotations || kept.remove(e.ref.num))
                continue;
            onlySignatures =
                onlySignatures && a->get("Subtype").isName("Widget") && fieldType(c.newest, *a) == "Sig";
        }
        if (annotations && onlySignatures && kept.isEmpty())
            return c.note(PdfChangeLevel::Signatures, Tr::tr("signature field added to a page"));
        if (annotations)
            return c.note(PdfChangeLevel::Annotations, kept.isEmpty() ? Tr::tr("annotations added to a page")
                                                                      : Tr::tr("annotations were changed"));
    }
    if (type == "Pages") {
        if (before && changedKeys(now, *before).isEmpty())
            return;
        if (before && !changedKeys(now, *before).contains("Kids") &&
            !changedKeys(now, *before).contains("Count"))
            return c.note(PdfChangeLevel::Other, Tr::tr("the page tree was changed"));
        c.changes.pagesChanged = true;
        return c.note(PdfChangeLevel::Other, Tr::tr("pages were added, removed or reordered"));
    }
    if (type == "Page") {
        if (!before)
            return c.note(PdfChangeLevel::Other, Tr::tr("a page was added"));
        const auto keys = changedKeys(now, *before);
        if (keys.isEmpty())
            return;
        if (!subsetOf(keys, {"Annots"}))
            return c.note(PdfChangeLevel::Other, Tr::tr("the content of a page was changed"));
        // Which annotations are new: signature widgets only, or anything else.
        QSet<int> oldAnnots;
        if (auto a = c.old.resolve(before->get("Annots")); a && a->isArray())
            for (const Object &e : a->array)
                if (e.isRef())
                    oldAnnots.insert(e.ref.num);
        bool onlySignatures = true;
        if (auto a = c.newest.resolve(now.get("Annots")); a && a->isArray()) {
            for (const Object &e : a->array) {
                if (!e.isRef() || oldAnnots.contains(e.ref.num))
                    continue;
                auto annot = c.newest.resolve(e);
                onlySignatures = onlySignatures && annot && annot->get("Subtype").isName("Widget") &&
                                 fieldType(c.newest, *annot) == "Sig";
            }
        }
        return onlySignatures ? c.note(PdfChangeLevel::Signatures, Tr::tr("signature field added to a page"))
                              : c.note(PdfChangeLevel::Annotations, Tr::tr("annotations added to a page"));
    }
    const bool isAnnot = type == "Annot" || (now.has("Subtype") && now.has("Rect"));
    const QByteArray ft =
        (isAnnot || now.has("FT") || now.has("T")) ? fieldType(c.newest, now) : QByteArray();
    if (ft == "Sig")
        return c.note(PdfChangeLevel::Signatures,
                      before ? Tr::tr("a signature field was filled in") : Tr::tr("signature field added"));
    if (!ft.isEmpty()) {
        // Filling in a field that was signed is allowed; adding a field is not.
        if (!before)
            return c.note(PdfChangeLevel::Other, Tr::tr("a form field was added"));
        // A new appearance for an unchanged value shows something the signer never saw (shadow attack).
        const auto keys = changedKeys(now, *before);
        if (keys.contains("AP") && !keys.contains("V"))
            return c.note(PdfChangeLevel::Other,
                          Tr::tr("the appearance of a form field was replaced without changing its value"));
        return c.note(PdfChangeLevel::FormFill, Tr::tr("form fields were filled in"));
    }
    if (isAnnot)
        return c.note(PdfChangeLevel::Annotations,
                      before ? Tr::tr("annotations were changed") : Tr::tr("annotations were added"));
    if (!before)
        return; // a new object only matters through a changed object that refers to it
    if (now.type == Object::Type::Stream)
        return c.note(PdfChangeLevel::Other, Tr::tr("an existing content or appearance stream was replaced"));
    c.note(PdfChangeLevel::Other, Tr::tr("objects of the signed revision were changed"));
}

} // namespace

bool docMdpAllows(int permission, PdfChangeLevel level)
{
    switch (permission) {
    case 1:
        return level <= PdfChangeLevel::ValidationData;
    case 2:
        return level <= PdfChangeLevel::FormFill;
    case 3:
        return level <= PdfChangeLevel::Annotations;
    default:
        return true;
    }
}

namespace {
// A revision as a file of its own: the reader sees the file as if it ended at `end`.
Result<std::unique_ptr<pdf::Reader>> openRevision(const QString &path, qint64 end)
{
    auto reader = pdf::Reader::open(path, pdf::Reader::Mode::Lenient, end);
    if (!reader)
        return fail(QStringLiteral("pdf.revision_unreadable"),
                    Tr::tr("The signed revision cannot be read on its own."), reader.error().detail);
    return reader;
}
} // namespace

bool dssPresentAt(const QString &path, qint64 end)
{
    auto reader = openRevision(path, end);
    if (!reader)
        return false;
    auto root = (*reader)->resolve((*reader)->trailer().get("Root"));
    return root && root->isDict() && !root->get("DSS").isNull();
}

Result<PdfChanges> changesAfter(const QString &path, qint64 signedEnd, pdf::Reader &newest)
{
    if (signedEnd >= newest.fileSize())
        return PdfChanges{};
    auto old = openRevision(path, signedEnd);
    if (!old)
        return std::unexpected(old.error());

    Context c{newest, **old, {}, 0, 0, 0, 0, 0, {}, {}};
    const Object &trailer = newest.trailer();
    c.catalog = trailer.get("Root").isRef() ? trailer.get("Root").ref.num : 0;
    c.info = trailer.get("Info").isRef() ? trailer.get("Info").ref.num : 0;
    if (auto root = newest.resolve(trailer.get("Root")); root && root->isDict()) {
        if (root->get("AcroForm").isRef())
            c.acroForm = root->get("AcroForm").ref.num;
        if (auto form = newest.resolve(root->get("AcroForm")); form && form->get("Fields").isRef())
            c.fields = form->get("Fields").ref.num;
        if (root->get("Metadata").isRef())
            c.metadata = root->get("Metadata").ref.num;
        collectRefs(newest, root->get("DSS"), c.dssObjects, 0);
    }

    const auto &oldXref = (*old)->xref();
    for (const auto &[num, entry] : newest.xref()) {
        const auto it = oldXref.find(num);
        const bool existed = it != oldXref.end() && it->second.kind != pdf::XrefEntry::Kind::Free;
        if (entry.kind == pdf::XrefEntry::Kind::Free) {
            if (existed)
                c.note(PdfChangeLevel::Other, Tr::tr("objects of the signed revision were deleted"));
            continue;
        }
        // Same place in the file means the same bytes: the prefix is identical.
        if (existed && entry.kind == pdf::XrefEntry::Kind::InFile && it->second.kind == entry.kind &&
            it->second.offset == entry.offset)
            continue;
        auto now = newest.object({num, entry.kind == pdf::XrefEntry::Kind::InFile ? entry.gen : 0});
        if (!now)
            continue;
        std::optional<Object> before;
        if (existed) {
            auto b =
                (*old)->object({num, it->second.kind == pdf::XrefEntry::Kind::InFile ? it->second.gen : 0});
            if (b)
                before = *b;
        }
        if (before && canonical(*before) == canonical(*now)) {
            if (now->type != Object::Type::Stream)
                continue;
            auto sa = newest.streamData(*now);
            auto sb = (*old)->streamData(*before);
            if (sa && sb && *sa == *sb)
                continue;
        }
        classify(c, num, *now, before ? &*before : nullptr);
    }
    return c.changes;
}

} // namespace sic::verify
