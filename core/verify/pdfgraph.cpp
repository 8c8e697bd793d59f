#include "verify/pdfgraph.h"

#include <QSet>

#include <deque>

namespace sic::verify {
namespace {

using pdf::Object;

constexpr int kMaxDepth = 48; // nesting of direct objects inside one object

struct Walker
{
    pdf::Reader &r;
    PdfGraph g;
    int budget;
    std::deque<std::pair<pdf::Ref, PdfUse>> queue;

    bool spend()
    {
        if (budget-- > 0)
            return true;
        g.truncated = true;
        return false;
    }

    int pageOf(int num) const { return g.pageNumbers.value(num, 0); }

    // A reference reached in a role: recorded, and walked once per role.
    void reach(pdf::Ref ref, const PdfUse &use)
    {
        QList<PdfUse> &list = g.uses[ref.num];
        if (list.contains(use) || !spend())
            return;
        list << use;
        queue.emplace_back(ref, use);
    }

    PdfUse annotationRole(const Object &elem, int page)
    {
        const int num = elem.isRef() ? elem.ref.num : 0;
        auto a = r.resolve(elem);
        if (a && a->isDict() && (a->get("Subtype").isName("Widget") || a->has("FT")))
            return {PdfZone::Field, num, page};
        return {PdfZone::Annotation, num, page};
    }

    // A list whose elements each take a role of their own (/Fields, /Kids, /Annots).
    template <typename RoleOf>
    void list(const Object &v, PdfZone arrayZone, int page, RoleOf roleOf, int depth)
    {
        if (v.isRef()) {
            reach(v.ref, {arrayZone, 0, page});
            return; // walked when the array object itself is visited (arrayZone)
        }
        if (!v.isArray() || depth > kMaxDepth)
            return;
        for (const Object &e : v.array)
            visit(e, roleOf(e), depth + 1);
    }

    // Every value under `v` in the same role (keys that point back up the tree are not followed).
    void same(const Object &v, const PdfUse &use, int depth)
    {
        if (depth > kMaxDepth || !spend())
            return;
        if (v.isRef())
            return reach(v.ref, use);
        if (v.isArray())
            for (const Object &e : v.array)
                same(e, use, depth + 1);
        if (v.isDict())
            for (const auto &e : v.dict) {
                if (e.key == "Parent" || e.key == "P" || e.key == "Pg" || e.key == "Obj" || e.key == "Stm" ||
                    e.key == "StmOwn" || e.key == "IRT" || (use.zone == PdfZone::SigValue && e.key == "Data"))
                    continue;
                same(e.value, use, depth + 1);
            }
    }

    void visit(const Object &v, const PdfUse &use, int depth)
    {
        if (depth > kMaxDepth || !spend())
            return;
        if (v.isRef())
            return reach(v.ref, use);
        switch (use.zone) {
        case PdfZone::Catalog:
            return catalog(v, depth);
        case PdfZone::Names:
            if (!v.isDict())
                return same(v, use, depth);
            for (const auto &e : v.dict) {
                const bool active = e.key == "JavaScript" || e.key == "EmbeddedFiles";
                same(e.value, {active ? PdfZone::CatalogOther : PdfZone::Names, 0, 0}, depth + 1);
            }
            return;
        case PdfZone::AcroForm:
            if (!v.isDict())
                return;
            for (const auto &e : v.dict) {
                if (e.key == "Fields" || e.key == "CO") // CO: the calculation order, fields again
                    list(
                        e.value, PdfZone::FieldsArray, 0,
                        [](const Object &f) {
                            return PdfUse{PdfZone::Field, f.isRef() ? f.ref.num : 0, 0};
                        },
                        depth + 1);
                else if (e.key == "DR")
                    same(e.value, {PdfZone::FormResources, 0, 0}, depth + 1);
                else
                    same(e.value, {PdfZone::CatalogOther, 0, 0}, depth + 1);
            }
            return;
        case PdfZone::FieldsArray:
            if (v.isArray())
                for (const Object &f : v.array)
                    visit(f, {PdfZone::Field, f.isRef() ? f.ref.num : 0, 0}, depth + 1);
            return;
        case PdfZone::AnnotsArray:
            if (v.isArray())
                for (const Object &a : v.array)
                    visit(a, annotationRole(a, use.page), depth + 1);
            return;
        case PdfZone::Field:
            return field(v, use, depth);
        case PdfZone::Perms: // DocMDP / UR3: signature dictionaries
            if (v.isDict())
                for (const auto &e : v.dict)
                    visit(e.value, {PdfZone::SigValue, 0, 0}, depth + 1);
            return;
        case PdfZone::SigValue:
            if (!v.isDict())
                return same(v, use, depth);
            for (const auto &e : v.dict)
                if (e.key != "Data") // a DocMDP reference's /Data points back at the catalog
                    same(e.value, use, depth + 1);
            return;
        case PdfZone::PageTree:
            if (!v.isDict())
                return;
            for (const auto &e : v.dict) {
                if (e.key == "Parent")
                    continue;
                if (e.key == "Kids") {
                    if (auto kids = r.resolve(e.value); kids && kids->isArray())
                        for (const Object &k : kids->array) {
                            auto kid = r.resolve(k);
                            const bool node = kid && kid->isDict() && kid->get("Type").isName("Pages");
                            const int num = k.isRef() ? k.ref.num : 0;
                            visit(k, {node ? PdfZone::PageTree : PdfZone::Page, num, node ? 0 : pageOf(num)},
                                  depth + 1);
                        }
                    continue;
                }
                same(e.value, {PdfZone::PageContent, 0, 0}, depth + 1);
            }
            return;
        case PdfZone::Page:
            if (!v.isDict())
                return;
            for (const auto &e : v.dict) {
                if (e.key == "Parent" || e.key == "B")
                    continue;
                if (e.key == "Annots")
                    list(
                        e.value, PdfZone::AnnotsArray, use.page,
                        [&](const Object &a) { return annotationRole(a, use.page); }, depth + 1);
                else
                    same(e.value, {PdfZone::PageContent, 0, use.page}, depth + 1);
            }
            return;
        case PdfZone::Annotation:
            if (!v.isDict())
                return;
            for (const auto &e : v.dict) {
                if (e.key == "P" || e.key == "Parent" || e.key == "IRT")
                    continue;
                if (e.key == "Popup")
                    visit(e.value, annotationRole(e.value, use.page), depth + 1);
                else
                    same(e.value, {PdfZone::AnnotationContent, use.owner, use.page}, depth + 1);
            }
            return;
        default:
            return same(v, use, depth);
        }
    }

    void catalog(const Object &v, int depth)
    {
        if (!v.isDict())
            return;
        for (const auto &e : v.dict) {
            PdfZone z = PdfZone::CatalogOther;
            if (e.key == "Pages")
                z = PdfZone::PageTree;
            else if (e.key == "AcroForm")
                z = PdfZone::AcroForm;
            else if (e.key == "DSS")
                z = PdfZone::Dss;
            else if (e.key == "Metadata")
                z = PdfZone::Metadata;
            else if (e.key == "Extensions")
                z = PdfZone::Extensions;
            else if (e.key == "Perms")
                z = PdfZone::Perms;
            else if (e.key == "StructTreeRoot")
                z = PdfZone::StructTree;
            else if (e.key == "Names")
                z = PdfZone::Names;
            visit(e.value, {z, 0, 0}, depth + 1);
        }
    }

    void field(const Object &v, const PdfUse &use, int depth)
    {
        if (!v.isDict())
            return same(v, use, depth);
        const bool signature = pdfFieldType(r, v) == "Sig";
        for (const auto &e : v.dict) {
            if (e.key == "Parent" || e.key == "P")
                continue;
            if (e.key == "Kids")
                list(
                    e.value, PdfZone::FieldsArray, 0,
                    [](const Object &f) {
                        return PdfUse{PdfZone::Field, f.isRef() ? f.ref.num : 0, 0};
                    },
                    depth + 1);
            else if (e.key == "V" && signature)
                visit(e.value, {PdfZone::SigValue, use.owner, use.page}, depth + 1);
            else if (e.key == "AP" || e.key == "MK")
                same(e.value, {PdfZone::FieldAppearance, use.owner, use.page}, depth + 1);
            else if (e.key == "DR")
                same(e.value, {PdfZone::FormResources, 0, 0}, depth + 1);
            else
                same(e.value, use, depth + 1);
        }
    }

    void numberPages(const Object &node, int depth, QSet<int> &seen)
    {
        if (depth > 64 || !spend())
            return;
        auto n = r.resolve(node);
        if (!n || !n->isDict())
            return;
        const int num = node.isRef() ? node.ref.num : 0;
        if (num && seen.contains(num))
            return;
        if (num)
            seen.insert(num);
        if (n->get("Type").isName("Pages") || n->has("Kids")) {
            auto kids = r.resolve(n->get("Kids"));
            if (kids && kids->isArray())
                for (const Object &k : kids->array)
                    numberPages(k, depth + 1, seen);
            return;
        }
        if (num)
            g.pageNumbers.insert(num, int(g.pageNumbers.size()) + 1);
    }
};

// Zones whose values are walked as one piece (every reference followed in the same role).
bool pointerOnly(PdfZone z)
{
    switch (z) {
    case PdfZone::CatalogOther:
    case PdfZone::Unknown:
    case PdfZone::PageContent:
    case PdfZone::AnnotationContent:
    case PdfZone::FieldAppearance:
    case PdfZone::FormResources:
    case PdfZone::Names:
    case PdfZone::StructTree:
    case PdfZone::Info:
    case PdfZone::Metadata:
    case PdfZone::Extensions:
        return true;
    default:
        return false;
    }
}

// Objects that have a place of their own in the document structure.
bool structural(const Object &o)
{
    if (o.type != Object::Type::Dict)
        return false;
    const Object &type = o.get("Type");
    if (type.isName("Page") || type.isName("Pages") || type.isName("Annot") || type.isName("Sig") ||
        type.isName("DocTimeStamp") || type.isName("Catalog"))
        return true;
    return o.has("FT") || (o.has("Subtype") && o.has("Rect")) ||
           (o.has("T") && (o.has("Kids") || o.has("Parent")));
}

} // namespace

Result<pdf::Object> pdfObjectByNumber(pdf::Reader &reader, int num)
{
    const auto it = reader.xref().find(num);
    if (it == reader.xref().end() || it->second.kind == pdf::XrefEntry::Kind::Free)
        return Object::null();
    return reader.object({num, it->second.kind == pdf::XrefEntry::Kind::InFile ? it->second.gen : 0});
}

QByteArray pdfFieldType(pdf::Reader &reader, const pdf::Object &field)
{
    Object cur = field;
    for (int depth = 0; depth < 16; ++depth) {
        if (cur.get("FT").isName())
            return cur.get("FT").bytes;
        auto parent = reader.resolve(cur.get("Parent"));
        if (!parent || !parent->isDict())
            break;
        cur = *parent;
    }
    return {};
}

PdfGraph buildPdfGraph(pdf::Reader &reader, int budget)
{
    Walker w{reader, {}, budget, {}};
    const Object &trailer = reader.trailer();
    w.g.catalog = trailer.get("Root").isRef() ? trailer.get("Root").ref.num : 0;
    if (auto root = reader.resolve(trailer.get("Root")); root && root->isDict()) {
        QSet<int> seen;
        w.numberPages(root->get("Pages"), 0, seen);
    }
    for (const auto &e : trailer.dict) {
        if (e.key == "Prev" || e.key == "XRefStm" || e.key == "Size" || e.key == "ID" || e.key == "Type" ||
            e.key == "Index" || e.key == "W" || e.key == "Length" || e.key == "Filter" ||
            e.key == "DecodeParms" || e.key == "Encrypt")
            continue;
        const PdfZone z = e.key == "Root"   ? PdfZone::Catalog
                          : e.key == "Info" ? PdfZone::Info
                                            : PdfZone::Unknown;
        w.visit(e.value, {z, 0, 0}, 0);
    }
    while (!w.queue.empty()) {
        auto [ref, use] = w.queue.front();
        w.queue.pop_front();
        const int num = ref.num;
        auto o = reader.object(ref);
        if (!o)
            continue;
        if (pointerOnly(use.zone) && structural(*o)) {
            // A destination, an action or a tag pointing at a page, a field or an annotation: a
            // pointer, not a part. That object has a role of its own through its real place.
            w.g.uses[num].removeOne(use);
            if (w.g.uses[num].isEmpty())
                w.g.uses.remove(num);
            continue;
        }
        PdfUse self = use;
        if (self.zone == PdfZone::Field || self.zone == PdfZone::Annotation)
            self.owner = num;
        if (self.zone == PdfZone::Page)
            self.page = w.pageOf(num);
        w.visit(*o, self, 1);
    }
    return std::move(w.g);
}

} // namespace sic::verify
