#include "pades/pdfpermissions.h"

#include "pdf/parser.h"
#include <QSet>

namespace sic::pades {

namespace {

constexpr int kMaxFieldDepth = 32;
constexpr int kMaxFields = 100000;

std::unexpected<Error> refused(QString code, QString message, QString detail = {})
{
    return fail(std::move(code), std::move(message), std::move(detail));
}

// Looks at the /Reference transforms of a signature dictionary.
Result<void> checkTransforms(pdf::Reader &reader, const pdf::Object &sigDict)
{
    auto refs = reader.resolvedGet(sigDict, "Reference");
    if (!refs)
        return std::unexpected(refs.error());
    if (!refs->isArray())
        return {};
    for (const auto &r : refs->array) {
        auto ref = reader.resolve(r);
        if (!ref)
            return std::unexpected(ref.error());
        auto params = reader.resolvedGet(*ref, "TransformParams");
        if (!params)
            return std::unexpected(params.error());
        const pdf::Object &method = ref->get("TransformMethod");
        if (method.isName("DocMDP")) {
            const pdf::Object &p = params->get("P");
            if (p.isInt() && p.integer == 1)
                return refused(
                    QStringLiteral("pades.certified_no_changes"),
                    Tr::tr("This document is certified by its author and allows no changes, not even "
                           "another signature. It cannot be signed."),
                    QStringLiteral("DocMDP /P 1"));
        } else if (method.isName("FieldMDP") && params->get("Action").isName("All")) {
            return refused(
                QStringLiteral("pades.fields_locked"),
                Tr::tr("An earlier signature locks every form field of this document, so no further "
                       "signature can be added."),
                QStringLiteral("FieldMDP /Action /All"));
        }
    }
    return {};
}

// Each field object once: a field tree that is really a DAG or has cycles is walked in linear time.
Result<void> walkFields(pdf::Reader &reader, const pdf::Object &fields, const QString &prefix, int depth,
                        QStringList *names, bool checkLocks, int &count, QSet<int> &visited)
{
    if (depth > kMaxFieldDepth)
        return pdf::malformed(QStringLiteral("form fields nested too deeply"));
    auto list = reader.resolve(fields);
    if (!list)
        return std::unexpected(list.error());
    if (!list->isArray())
        return {};
    for (const auto &f : list->array) {
        if (++count > kMaxFields)
            return pdf::malformed(QStringLiteral("too many form fields"));
        if (f.isRef()) {
            if (visited.contains(f.ref.num))
                continue;
            visited.insert(f.ref.num);
        }
        auto field = reader.resolve(f);
        if (!field)
            return std::unexpected(field.error());
        if (!field->isDict())
            continue;
        const pdf::Object &t = field->get("T");
        const QString partial = t.isString() ? pdf::textString(t.bytes) : QString();
        const QString full =
            prefix.isEmpty() ? partial : (partial.isEmpty() ? prefix : prefix + u'.' + partial);
        if (names && !partial.isEmpty())
            names->append(full);
        if (checkLocks && field->get("FT").isName("Sig")) {
            auto value = reader.resolvedGet(*field, "V");
            if (!value)
                return std::unexpected(value.error());
            if (value->isDict()) {
                if (auto ok = checkTransforms(reader, *value); !ok)
                    return ok;
                // A /Lock on a signed field takes effect once it is signed.
                auto lock = reader.resolvedGet(*field, "Lock");
                if (!lock)
                    return std::unexpected(lock.error());
                if (lock->isDict() && lock->get("Action").isName("All"))
                    return refused(
                        QStringLiteral("pades.fields_locked"),
                        Tr::tr("An earlier signature locks every form field of this document, so no "
                               "further signature can be added."),
                        QStringLiteral("signature field /Lock /Action /All"));
            }
        }
        if (field->has("Kids")) {
            if (auto ok = walkFields(reader, field->get("Kids"), full, depth + 1, names, checkLocks, count,
                                     visited);
                !ok)
                return ok;
        }
    }
    return {};
}

Result<pdf::Object> acroForm(pdf::Reader &reader)
{
    auto catalog = reader.object(reader.trailer().get("Root").ref);
    if (!catalog)
        return catalog;
    if (!catalog->isDict())
        return pdf::malformed(QStringLiteral("the document catalog is not a dictionary"));
    return reader.resolvedGet(*catalog, "AcroForm");
}

} // namespace

Result<void> checkSignable(pdf::Reader &reader)
{
    if (reader.trailer().has("Encrypt"))
        return refused(QStringLiteral("pades.encrypted"),
                       Tr::tr("This PDF is encrypted (password-protected). Remove the protection with the "
                              "application that created it, then sign the unprotected copy."));
    auto catalog = reader.object(reader.trailer().get("Root").ref);
    if (!catalog)
        return std::unexpected(catalog.error());
    if (!catalog->isDict())
        return pdf::malformed(QStringLiteral("the document catalog is not a dictionary"));
    auto perms = reader.resolvedGet(*catalog, "Perms");
    if (!perms)
        return std::unexpected(perms.error());
    if (perms->isDict()) {
        auto docMdp = reader.resolvedGet(*perms, "DocMDP");
        if (!docMdp)
            return std::unexpected(docMdp.error());
        if (docMdp->isDict()) {
            if (auto ok = checkTransforms(reader, *docMdp); !ok)
                return ok;
        }
    }
    auto form = acroForm(reader);
    if (!form)
        return std::unexpected(form.error());
    int count = 0;
    QSet<int> visited;
    if (form->isDict())
        return walkFields(reader, form->get("Fields"), QString(), 0, nullptr, true, count, visited);
    return {};
}

Result<bool> hasSignatures(pdf::Reader &reader)
{
    auto catalog = reader.object(reader.trailer().get("Root").ref);
    if (!catalog)
        return std::unexpected(catalog.error());
    auto perms = reader.resolvedGet(*catalog, "Perms");
    if (!perms)
        return std::unexpected(perms.error());
    if (perms->isDict() && perms->has("DocMDP"))
        return true;
    auto form = acroForm(reader);
    if (!form)
        return std::unexpected(form.error());
    auto fields = form->isDict() ? reader.resolvedGet(*form, "Fields") : Result<pdf::Object>(pdf::Object());
    if (!fields)
        return std::unexpected(fields.error());
    // Signature fields are almost always top-level; a nested one is caught by the verifier.
    for (const auto &f : fields->isArray() ? fields->array : std::vector<pdf::Object>{}) {
        auto field = reader.resolve(f);
        if (!field)
            return std::unexpected(field.error());
        if (field->isDict() && field->get("FT").isName("Sig") && field->has("V"))
            return true;
    }
    return false;
}

Result<QStringList> fieldNames(pdf::Reader &reader)
{
    QStringList names;
    auto form = acroForm(reader);
    if (!form)
        return std::unexpected(form.error());
    int count = 0;
    if (form->isDict()) {
        QSet<int> visited;
        if (auto ok = walkFields(reader, form->get("Fields"), QString(), 0, &names, false, count, visited);
            !ok)
            return std::unexpected(ok.error());
    }
    return names;
}

} // namespace sic::pades
