#include "verify/pdfchanges.h"

#include "verify/pdfgraph.h"

#include <QFile>
#include <QSet>

#include <optional>

namespace sic::verify {
namespace {

using pdf::Object;

// One object whose revision differs: absent `before` = new, absent `now` = freed.
struct Change
{
    std::optional<Object> before;
    std::optional<Object> now;
};

struct Verdict
{
    PdfChangeLevel level = PdfChangeLevel::None;
    QString text; // empty: nothing to say (the change is accounted for elsewhere)
};

// Keys that carry producer bookkeeping and never change what is displayed.
bool ignorableKey(const QByteArray &key)
{
    return key == "ITXT" || key == "LastModified" || key == "PieceInfo";
}

// A serialization in which dictionary key order does not matter.
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

struct Analysis
{
    pdf::Reader &newest;
    pdf::Reader &old;
    PdfGraph gNew;
    PdfGraph gOld;
    QHash<int, Change> changes;
    QHash<int, Verdict> fieldVerdicts; // changed fields and widgets, judged before their appearances
    QSet<QString> lockedFields;        // fully qualified names locked by FieldMDP of existing signatures
    bool lockAll = false;
    PdfChanges out;
    QSet<QString> seen;
    QSet<int> pages;

    void note(const Verdict &v, int page = 0)
    {
        if (v.level > out.level)
            out.level = v.level;
        if (v.level == PdfChangeLevel::Other && page > 0)
            pages.insert(page);
        if (!v.text.isEmpty() && !seen.contains(v.text)) {
            seen.insert(v.text);
            out.descriptions << v.text;
        }
    }

    // Whether a value of the signed revision and one of the newest are the same, following
    // references (a reference to an unchanged object is the same object). Bounded: an
    // undecided comparison counts as different.
    bool same(const Object &a, const Object &b, int depth, int &budget)
    {
        if (--budget < 0 || depth > 16)
            return false;
        // The same object number is the same object: what changed in it is judged on its own.
        if (a.isRef() && b.isRef() && a.ref.num == b.ref.num)
            return true;
        Object ra = a, rb = b;
        if (a.isRef()) {
            auto r = old.resolve(a);
            if (!r)
                return false;
            ra = *r;
        }
        if (b.isRef()) {
            auto r = newest.resolve(b);
            if (!r)
                return false;
            rb = *r;
        }
        if (ra.type != rb.type) {
            const bool numbers = (ra.type == Object::Type::Int || ra.type == Object::Type::Real) &&
                                 (rb.type == Object::Type::Int || rb.type == Object::Type::Real);
            return numbers && ra.serialize().toDouble() == rb.serialize().toDouble();
        }
        switch (ra.type) {
        case Object::Type::Array:
            if (ra.array.size() != rb.array.size())
                return false;
            for (size_t i = 0; i < ra.array.size(); ++i)
                if (!same(ra.array[i], rb.array[i], depth + 1, budget))
                    return false;
            return true;
        case Object::Type::Dict:
        case Object::Type::Stream: {
            if (ra.dict.size() != rb.dict.size())
                return false;
            for (const auto &e : ra.dict)
                if (!rb.has(e.key) || !same(e.value, rb.get(e.key), depth + 1, budget))
                    return false;
            if (ra.type == Object::Type::Stream) {
                auto da = old.streamData(ra);
                auto db = newest.streamData(rb);
                return da && db && *da == *db;
            }
            return true;
        }
        default:
            return canonical(ra) == canonical(rb);
        }
    }

    QSet<QByteArray> changedKeys(const Object &before, const Object &now)
    {
        QSet<QByteArray> keys;
        int budget = 20000;
        for (const auto &e : before.dict)
            if (!ignorableKey(e.key) && (!now.has(e.key) || !same(e.value, now.get(e.key), 0, budget)))
                keys.insert(e.key);
        for (const auto &e : now.dict)
            if (!ignorableKey(e.key) && !before.has(e.key))
                keys.insert(e.key);
        return keys;
    }

    static bool subsetOf(const QSet<QByteArray> &keys, std::initializer_list<const char *> allowed)
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

    static QString keyList(const QSet<QByteArray> &keys)
    {
        QStringList names;
        for (const QByteArray &k : keys)
            names << u'/' + QString::fromLatin1(k);
        names.sort();
        return names.join(QStringLiteral(", "));
    }

    Object oldCatalog()
    {
        auto c = old.resolve(old.trailer().get("Root"));
        return c && c->isDict() ? *c : Object::makeDict();
    }
    Object oldResolved(const Object &dict, const char *key)
    {
        auto v = old.resolve(dict.get(key));
        return v ? *v : Object::null();
    }
    Object newResolved(const Object &dict, const char *key)
    {
        auto v = newest.resolve(dict.get(key));
        return v ? *v : Object::null();
    }

    QString qualifiedName(pdf::Reader &r, const Object &field)
    {
        QStringList parts;
        Object cur = field;
        for (int depth = 0; depth < 16 && cur.isDict(); ++depth) {
            if (cur.get("T").isString())
                parts.prepend(QString::fromLatin1(cur.get("T").bytes));
            auto parent = r.resolve(cur.get("Parent"));
            if (!parent || !parent->isDict())
                break;
            cur = *parent;
        }
        return parts.join(u'.');
    }

    // --- the rules ---------------------------------------------------------------------------

    Verdict fieldsArray(const Object &before, const Object &now)
    {
        QSet<int> kept;
        if (before.isArray())
            for (const Object &e : before.array)
                if (e.isRef())
                    kept.insert(e.ref.num);
        bool onlySignatures = now.isArray();
        if (now.isArray())
            for (const Object &e : now.array) {
                if (e.isRef() && kept.remove(e.ref.num))
                    continue;
                auto added = newest.resolve(e);
                onlySignatures =
                    onlySignatures && added && added->isDict() && pdfFieldType(newest, *added) == "Sig";
            }
        if (onlySignatures && kept.isEmpty())
            return {PdfChangeLevel::Signatures, Tr::tr("form definition updated for a signature")};
        return {PdfChangeLevel::Other, Tr::tr("form fields were added or removed")};
    }

    Verdict acroForm(const Object &before, const Object &now)
    {
        if (!before.isDict())
            return fieldsArray(Object::null(), newResolved(now, "Fields"));
        const auto keys = changedKeys(before, now);
        if (keys.isEmpty())
            return {};
        if (!subsetOf(keys, {"Fields", "SigFlags", "NeedAppearances", "DR", "DA"}))
            return {PdfChangeLevel::Other,
                    Tr::tr("the interactive form was changed (%1)").arg(keyList(keys))};
        if (keys.contains("Fields"))
            return fieldsArray(oldResolved(before, "Fields"), newResolved(now, "Fields"));
        return {PdfChangeLevel::Signatures, Tr::tr("form definition updated for a signature")};
    }

    Verdict catalog(const Object &now)
    {
        const Object before = oldCatalog();
        const auto keys = changedKeys(before, now);
        Verdict worst;
        auto take = [&](const Verdict &v) {
            if (v.level >= worst.level)
                worst = v;
        };
        QSet<QByteArray> other;
        for (const QByteArray &k : keys) {
            if (k == "DSS" || k == "Extensions" || k == "Metadata" || k == "Version")
                take({PdfChangeLevel::ValidationData, Tr::tr("validation data (DSS) added or updated")});
            else if (k == "AcroForm")
                take(acroForm(oldResolved(before, "AcroForm"), newResolved(now, "AcroForm")));
            else if (k == "Perms" || k == "StructTreeRoot" || k == "MarkInfo")
                take({PdfChangeLevel::Signatures, Tr::tr("form definition updated for a signature")});
            else if (k == "Names") {
                const Object names = newResolved(now, "Names");
                if (names.isDict() && !names.has("JavaScript") && !names.has("EmbeddedFiles"))
                    take({PdfChangeLevel::Annotations, Tr::tr("document name tree updated")});
                else
                    other.insert(k);
            } else
                other.insert(k);
        }
        if (!other.isEmpty())
            take(
                {PdfChangeLevel::Other, Tr::tr("the document catalog was changed (%1)").arg(keyList(other))});
        return worst;
    }

    bool locked(const Object &field)
    {
        if (lockAll)
            return true;
        return !lockedFields.isEmpty() && lockedFields.contains(qualifiedName(newest, field));
    }

    Verdict field(int num, const Change &ch)
    {
        const Object &now = *ch.now;
        const bool signature = pdfFieldType(newest, now) == "Sig";
        if (!ch.before)
            return signature ? Verdict{PdfChangeLevel::Signatures, Tr::tr("signature field added")}
                             : Verdict{PdfChangeLevel::Other,
                                       Tr::tr("a form field was added (object %1)").arg(num)};
        const auto keys = changedKeys(*ch.before, now);
        if (keys.isEmpty())
            return {};
        if (signature) {
            if (ch.before->has("V") && keys.contains("V"))
                return {
                    PdfChangeLevel::Other,
                    Tr::tr("a signed signature field now points at another signature dictionary (object %1)")
                        .arg(num)};
            if (subsetOf(keys, {"V", "AP", "AS", "MK", "DA", "F", "Lock", "SV", "Ff"}))
                return {PdfChangeLevel::Signatures, Tr::tr("a signature field was filled in")};
            return {PdfChangeLevel::Other,
                    Tr::tr("the definition of a signature field was changed (%1)").arg(keyList(keys))};
        }
        bool valueChanged = keys.contains("V") || keys.contains("AS") || keys.contains("I");
        if (!valueChanged && now.get("Parent").isRef()) {
            // A widget of a field: its value lives in the parent.
            if (auto p = changes.find(now.get("Parent").ref.num); p != changes.end() && p->before && p->now)
                valueChanged = changedKeys(*p->before, *p->now).contains("V");
        }
        if (!subsetOf(keys, {"V", "AP", "AS", "MK", "DV", "I"}))
            return {PdfChangeLevel::Other,
                    Tr::tr("the definition of a form field was changed (%1)").arg(keyList(keys))};
        if (!valueChanged)
            return {PdfChangeLevel::Other,
                    Tr::tr("the appearance of a form field was replaced without changing its value")};
        if (locked(now))
            return {PdfChangeLevel::Other,
                    Tr::tr("a form field locked by a signature (FieldMDP) was changed: %1")
                        .arg(qualifiedName(newest, now))};
        return {PdfChangeLevel::FormFill, Tr::tr("form fields were filled in")};
    }

    Verdict annots(const Object &before, const Object &now, int page)
    {
        QSet<int> kept;
        if (before.isArray())
            for (const Object &e : before.array)
                if (e.isRef())
                    kept.insert(e.ref.num);
        bool onlySignatures = true, any = false;
        if (now.isArray())
            for (const Object &e : now.array) {
                if (e.isRef() && kept.remove(e.ref.num))
                    continue;
                any = true;
                auto a = newest.resolve(e);
                onlySignatures = onlySignatures && a && a->isDict() && a->get("Subtype").isName("Widget") &&
                                 pdfFieldType(newest, *a) == "Sig";
            }
        Q_UNUSED(page);
        if (!kept.isEmpty())
            return {PdfChangeLevel::Annotations, Tr::tr("annotations were changed")};
        if (!any)
            return {};
        return onlySignatures ? Verdict{PdfChangeLevel::Signatures, Tr::tr("signature field added to a page")}
                              : Verdict{PdfChangeLevel::Annotations, Tr::tr("annotations added to a page")};
    }

    Verdict page(int num, const Change &ch, int pageNo)
    {
        if (!ch.before || !ch.now) {
            out.pagesChanged = true;
            return {PdfChangeLevel::Other, Tr::tr("a page was added or removed (page %1)").arg(pageNo)};
        }
        Q_UNUSED(num);
        const auto keys = changedKeys(*ch.before, *ch.now);
        Verdict worst;
        for (const QByteArray &k : keys) {
            Verdict v;
            if (k == "Annots")
                v = annots(oldResolved(*ch.before, "Annots"), newResolved(*ch.now, "Annots"), pageNo);
            else if (k == "Resources" && resourcesExtended(*ch.before, *ch.now))
                v = {PdfChangeLevel::Signatures,
                     Tr::tr("page resources extended for a signature appearance")};
            else
                v = {PdfChangeLevel::Other, Tr::tr("the content of page %1 was changed (/%2)")
                                                .arg(pageNo)
                                                .arg(QString::fromLatin1(k))};
            if (v.level >= worst.level)
                worst = v;
        }
        return worst;
    }

    // New page resources that keep every old entry as it was and only add names: the content
    // stream, which did not change, cannot use what was added.
    bool resourcesExtended(const Object &before, const Object &now)
    {
        const Object a = oldResolved(before, "Resources"), b = newResolved(now, "Resources");
        if (!a.isDict() || !b.isDict())
            return false;
        int budget = 20000;
        for (const auto &e : a.dict) {
            if (!b.has(e.key))
                return false;
            Object ea = e.value, eb = b.get(e.key);
            if (same(ea, eb, 0, budget))
                continue;
            auto ra = old.resolve(ea);
            auto rb = newest.resolve(eb);
            if (!ra || !rb || !ra->isDict() || !rb->isDict() || ra->type != Object::Type::Dict)
                return false;
            for (const auto &inner : ra->dict)
                if (!rb->has(inner.key) || !same(inner.value, rb->get(inner.key), 0, budget))
                    return false;
        }
        return true;
    }

    Verdict judge(int num, const Change &ch, const PdfUse &use)
    {
        const bool existed = ch.before.has_value();
        switch (use.zone) {
        case PdfZone::Catalog:
            return ch.now ? catalog(*ch.now)
                          : Verdict{PdfChangeLevel::Other, Tr::tr("the document catalog was removed")};
        case PdfZone::Info:
        case PdfZone::Metadata:
            return {};
        case PdfZone::Dss:
        case PdfZone::Extensions:
            return {PdfChangeLevel::ValidationData, Tr::tr("validation data (DSS) added or updated")};
        case PdfZone::Perms:
            return {PdfChangeLevel::Signatures, Tr::tr("form definition updated for a signature")};
        case PdfZone::StructTree:
            return {PdfChangeLevel::Signatures, Tr::tr("the document's tag structure was updated")};
        case PdfZone::Names:
            return {PdfChangeLevel::Annotations, Tr::tr("document name tree updated")};
        case PdfZone::AcroForm:
            if (!ch.now)
                return {PdfChangeLevel::Other, Tr::tr("the interactive form was removed")};
            return acroForm(existed ? *ch.before : oldResolved(oldCatalog(), "AcroForm"), *ch.now);
        case PdfZone::FormResources:
            return existed ? Verdict{PdfChangeLevel::FormFill, Tr::tr("form resources updated")} : Verdict{};
        case PdfZone::FieldsArray:
            if (!ch.now)
                return {PdfChangeLevel::Other, Tr::tr("form fields were added or removed")};
            return fieldsArray(existed ? *ch.before : Object::null(), *ch.now);
        case PdfZone::Field:
            if (!ch.now)
                return {PdfChangeLevel::Other, Tr::tr("a form field was removed (object %1)").arg(num)};
            return fieldVerdicts.value(num);
        case PdfZone::SigValue: {
            if (!existed) {
                const bool docTs = ch.now && (ch.now->get("Type").isName("DocTimeStamp") ||
                                              ch.now->get("SubFilter").isName("ETSI.RFC3161"));
                return docTs ? Verdict{PdfChangeLevel::ValidationData, Tr::tr("document timestamp added")}
                             : Verdict{PdfChangeLevel::Signatures, Tr::tr("signature added")};
            }
            const QString keys = ch.now ? keyList(changedKeys(*ch.before, *ch.now)) : QStringLiteral("-");
            return {
                PdfChangeLevel::Other,
                Tr::tr("an existing signature dictionary was changed (object %1: %2)").arg(num).arg(keys)};
        }
        case PdfZone::FieldAppearance: {
            if (changes.contains(use.owner)) {
                const Verdict owner = fieldVerdicts.value(use.owner);
                return {owner.level, {}};
            }
            if (!existed)
                return {}; // reached from an unchanged field only if the field refers to a number reused now
            return {PdfChangeLevel::Other,
                    Tr::tr("an appearance stream was replaced while its field stayed unchanged (object %1)")
                        .arg(num)};
        }
        case PdfZone::Annotation:
            if (!existed && ch.now && use.page > 0)
                if (auto r = newest.resolve(ch.now->get("Rect")); r && r->isArray() && r->array.size() == 4) {
                    PdfChanges::AddedAnnotation added{num, use.page, {}};
                    for (int i = 0; i < 4; ++i)
                        added.rect[i] = r->array[size_t(i)].serialize().toDouble();
                    bool known = false;
                    for (const auto &a : out.addedAnnotations)
                        known = known || a.object == num;
                    if (!known)
                        out.addedAnnotations << added;
                }
            return existed ? Verdict{PdfChangeLevel::Annotations, Tr::tr("annotations were changed")}
                           : Verdict{PdfChangeLevel::Annotations, Tr::tr("annotations were added")};
        case PdfZone::AnnotationContent:
            return existed ? Verdict{PdfChangeLevel::Annotations, Tr::tr("annotations were changed")}
                           : Verdict{};
        case PdfZone::AnnotsArray:
            if (!ch.now)
                return {PdfChangeLevel::Annotations, Tr::tr("annotations were changed")};
            return annots(existed ? *ch.before : Object::null(), *ch.now, use.page);
        case PdfZone::PageTree:
            if (!existed || !ch.now) {
                out.pagesChanged = true;
                return {PdfChangeLevel::Other, Tr::tr("pages were added, removed or reordered")};
            }
            if (const auto keys = changedKeys(*ch.before, *ch.now); !keys.isEmpty()) {
                if (keys.contains("Kids") || keys.contains("Count")) {
                    out.pagesChanged = true;
                    return {PdfChangeLevel::Other, Tr::tr("pages were added, removed or reordered")};
                }
                return {PdfChangeLevel::Other, Tr::tr("the page tree was changed (%1)").arg(keyList(keys))};
            }
            return {};
        case PdfZone::Page:
            return page(num, ch, use.page);
        case PdfZone::PageContent:
            if (!existed)
                return {};
            if (use.page > 0)
                return {PdfChangeLevel::Other,
                        Tr::tr("the content of page %1 was changed (object %2)").arg(use.page).arg(num)};
            return {PdfChangeLevel::Other,
                    Tr::tr("resources shared by pages were changed (object %1)").arg(num)};
        case PdfZone::CatalogOther:
        case PdfZone::Unknown:
            return existed ? Verdict{PdfChangeLevel::Other,
                                     Tr::tr("a document-level object was changed (object %1)").arg(num)}
                           : Verdict{};
        }
        return {PdfChangeLevel::Other, Tr::tr("objects of the signed revision were changed")};
    }

    // FieldMDP locks of the signatures that already exist in the signed revision.
    void readLocks()
    {
        for (auto it = gOld.uses.cbegin(); it != gOld.uses.cend(); ++it) {
            bool isSig = false, isField = false;
            for (const PdfUse &u : it.value()) {
                isSig = isSig || u.zone == PdfZone::SigValue;
                isField = isField || u.zone == PdfZone::Field;
            }
            auto o = pdfObjectByNumber(old, it.key());
            if (!o || !o->isDict())
                continue;
            QList<Object> params;
            if (isSig)
                if (auto refs = old.resolve(o->get("Reference")); refs && refs->isArray())
                    for (const Object &r : refs->array)
                        if (auto ref = old.resolve(r);
                            ref && ref->isDict() && ref->get("TransformMethod").isName("FieldMDP"))
                            if (auto p = old.resolve(ref->get("TransformParams")); p && p->isDict())
                                params << *p;
            if (isField && o->has("V"))
                if (auto lock = old.resolve(o->get("Lock")); lock && lock->isDict())
                    params << *lock;
            for (const Object &p : params) {
                QStringList names;
                if (auto f = old.resolve(p.get("Fields")); f && f->isArray())
                    for (const Object &n : f->array)
                        if (n.isString())
                            names << QString::fromLatin1(n.bytes);
                if (p.get("Action").isName("All"))
                    lockAll = true;
                else if (p.get("Action").isName("Include"))
                    for (const QString &n : names)
                        lockedFields.insert(n);
                else if (p.get("Action").isName("Exclude")) {
                    // Every field but the listed ones: named by what is not locked.
                    for (auto f = gNew.uses.cbegin(); f != gNew.uses.cend(); ++f)
                        for (const PdfUse &u : f.value())
                            if (u.zone == PdfZone::Field)
                                if (auto field = pdfObjectByNumber(newest, f.key());
                                    field && field->has("T")) {
                                    const QString name = qualifiedName(newest, *field);
                                    if (!names.contains(name))
                                        lockedFields.insert(name);
                                }
                }
            }
        }
    }

    void signatureConsistency(int sigObject)
    {
        if (!sigObject)
            return;
        int owner = 0;
        for (const PdfUse &u : gNew.uses.value(sigObject))
            if (u.zone == PdfZone::SigValue)
                owner = u.owner;
        if (!owner)
            return; // not reached from the form: nothing displays it
        auto oldField = pdfObjectByNumber(old, owner);
        if (oldField && oldField->isDict() && oldField->get("V").isRef() &&
            oldField->get("V").ref.num != sigObject) {
            out.signatureDictionaryReplaced = true;
            return;
        }
        auto before = pdfObjectByNumber(old, sigObject);
        auto now = pdfObjectByNumber(newest, sigObject);
        if (!before || !before->isDict()) {
            out.signatureDictionaryReplaced = true;
            return;
        }
        if (!now || !now->isDict())
            return;
        for (const QByteArray &k : changedKeys(*before, *now))
            out.signatureKeysChanged << QString::fromLatin1(k);
        out.signatureKeysChanged.sort();
    }
};

// A revision as a file of its own: the reader sees the file as if it ended at `end`.
// A revision's reader spends the budget of the newest one when given: one budget per document.
Result<std::unique_ptr<pdf::Reader>> openRevision(const QString &path, qint64 end,
                                                  std::shared_ptr<Budget> budget = {})
{
    auto reader = pdf::Reader::open(path, pdf::Reader::Mode::Lenient, end, std::move(budget));
    if (!reader)
        return fail(QStringLiteral("pdf.revision_unreadable"),
                    Tr::tr("The signed revision cannot be read on its own."), reader.error().detail);
    return reader;
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

bool dssPresentAt(const QString &path, qint64 end)
{
    auto reader = openRevision(path, end);
    if (!reader)
        return false;
    auto root = (*reader)->resolve((*reader)->trailer().get("Root"));
    return root && root->isDict() && !root->get("DSS").isNull();
}

Result<PdfChanges> changesAfter(const QString &path, qint64 signedEnd, pdf::Reader &newest,
                                int signatureObject)
{
    if (signedEnd >= newest.fileSize())
        return PdfChanges{};
    auto old = openRevision(path, signedEnd, newest.sharedBudget());
    if (!old)
        return std::unexpected(old.error());

    Analysis a{newest, **old, buildPdfGraph(newest), buildPdfGraph(**old), {}, {}, {}, false, {}, {}, {}};

    // What differs between the two revisions, object by object.
    const auto &oldXref = (*old)->xref();
    auto load = [](pdf::Reader &r, int num, const pdf::XrefEntry &e) -> std::optional<Object> {
        if (e.kind == pdf::XrefEntry::Kind::Free)
            return std::nullopt;
        auto o = r.object({num, e.kind == pdf::XrefEntry::Kind::InFile ? e.gen : 0});
        if (!o || o->isNull())
            return std::nullopt;
        return *o;
    };
    for (const auto &[num, entry] : newest.xref()) {
        const auto it = oldXref.find(num);
        const bool existed = it != oldXref.end() && it->second.kind != pdf::XrefEntry::Kind::Free;
        // Same place in the file means the same bytes: the prefix is identical.
        if (existed && entry.kind == pdf::XrefEntry::Kind::InFile && it->second.kind == entry.kind &&
            it->second.offset == entry.offset)
            continue;
        Change ch;
        ch.now = load(newest, num, entry);
        if (existed)
            ch.before = load(**old, num, it->second);
        if (!ch.now && !ch.before)
            continue;
        if (ch.now && ch.before && canonical(*ch.before) == canonical(*ch.now)) {
            if (ch.now->type != Object::Type::Stream)
                continue;
            auto sa = newest.streamData(*ch.now);
            auto sb = (*old)->streamData(*ch.before);
            if (sa && sb && *sa == *sb)
                continue;
        }
        const Object &any = ch.now ? *ch.now : *ch.before;
        if (any.get("Type").isName("XRef") || any.get("Type").isName("ObjStm"))
            continue;
        a.changes.insert(num, ch);
    }

    // The trailer: a /Root replaced is judged through the catalog. Keys of its own (producers
    // write some, e.g. /AdditionalStreams) show nothing; what they refer to is in the graph as
    // PdfZone::Unknown, so an object shared with them may not change.
    {
        const Object &t0 = (*old)->trailer(), &t1 = newest.trailer();
        if (canonical(t0.get("Root")) != canonical(t1.get("Root")) && t1.get("Root").isRef())
            if (auto c = newest.resolve(t1.get("Root")); c && c->isDict())
                a.note(a.catalog(*c));
    }

    a.readLocks();
    // Fields first: their appearances are judged by them.
    for (auto it = a.changes.cbegin(); it != a.changes.cend(); ++it) {
        if (!it->now)
            continue;
        for (const PdfUse &u : a.gNew.uses.value(it.key()))
            if (u.zone == PdfZone::Field) {
                a.fieldVerdicts.insert(it.key(), a.field(it.key(), *it));
                break;
            }
    }
    for (auto it = a.changes.cbegin(); it != a.changes.cend(); ++it) {
        QList<PdfUse> uses = a.gNew.uses.value(it.key());
        for (const PdfUse &u : a.gOld.uses.value(it.key()))
            if (!uses.contains(u))
                uses << u;
        if (uses.isEmpty())
            continue; // reached from nowhere in either revision: no viewer shows it
        // Every place that uses the object must allow the change; the worst one decides.
        QList<std::pair<Verdict, int>> verdicts;
        PdfChangeLevel worst = PdfChangeLevel::None;
        for (const PdfUse &u : uses) {
            const Verdict v = a.judge(it.key(), *it, u);
            worst = std::max(worst, v.level);
            verdicts.append({v, u.page});
            if (qEnvironmentVariableIsSet("SIC_DEBUG_PDFCHANGES"))
                qDebug("obj %d zone %d owner %d page %d -> %d %s", it.key(), int(u.zone), u.owner, u.page,
                       int(v.level), qPrintable(v.text));
        }
        if (worst <= PdfChangeLevel::FormFill && it->now)
            for (const PdfUse &u : uses)
                if (u.zone == PdfZone::Field && u.page > 0 && u.owner == it.key()) {
                    if (auto r = a.newest.resolve(it->now->get("Rect"));
                        r && r->isArray() && r->array.size() == 4) {
                        PdfChanges::AddedAnnotation w{it.key(), u.page, {}};
                        for (int i = 0; i < 4; ++i)
                            w.rect[i] = r->array[size_t(i)].serialize().toDouble();
                        a.out.allowedWidgets << w;
                    }
                    break;
                }
        bool appearance = false;
        for (const PdfUse &u : uses)
            appearance =
                appearance || u.zone == PdfZone::FieldAppearance || u.zone == PdfZone::AnnotationContent;
        if (appearance && worst == PdfChangeLevel::Other && verdicts.size() > 1) {
            // Shared: allowed for the field, not for the other place that shows it.
            int page = 0;
            for (const auto &[v, p] : verdicts)
                page = page ? page : p;
            a.note({worst, Tr::tr("an appearance stream that is also used elsewhere in the document was "
                                  "changed (object %1)")
                               .arg(it.key())},
                   page);
            continue;
        }
        for (const auto &[v, page] : verdicts)
            if (v.level == worst)
                a.note(v, page);
    }
    if (a.gNew.truncated || a.gOld.truncated)
        a.note({PdfChangeLevel::Other, Tr::tr("the document is too large to be analysed completely")});
    a.signatureConsistency(signatureObject);
    a.out.pages = QList<int>(a.pages.begin(), a.pages.end());
    std::sort(a.out.pages.begin(), a.out.pages.end());
    return a.out;
}

} // namespace sic::verify
