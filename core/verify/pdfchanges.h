#pragma once

#include "base/error.h"
#include "pdf/reader.h"

#include <QStringList>

namespace sic::verify {

// What later incremental updates did to a signed revision, from harmless to not allowed
// (ordered: a higher level includes the lower ones).
enum class PdfChangeLevel
{
    None,
    ValidationData,
    Signatures,
    FormFill,
    Annotations,
    Other
};

struct PdfChanges
{
    PdfChangeLevel level = PdfChangeLevel::None;
    QStringList descriptions; // translated, one per kind of change
    bool pagesChanged = false;
    QList<int> pages; // 1-based pages touched by changes of level Other
    // The signature's own dictionary compared with the signed revision's: keys whose value differs
    // (e.g. "Reason", "M"), or the field now points at a dictionary that was not signed.
    QStringList signatureKeysChanged;
    bool signatureDictionaryReplaced = false;
    struct AddedAnnotation
    {
        int object = 0;
        int page = 0;         // 1-based
        double rect[4] = {0}; // /Rect in default user space
    };
    QList<AddedAnnotation> addedAnnotations; // non-widget annotations new since the signed revision
    QList<AddedAnnotation> allowedWidgets;   // form and signature widgets whose change was allowed
};

// Compares the revision ending at signedEnd with the newest revision, object by object: every
// new, changed or freed object is judged by every place that uses it in either revision
// (core/verify/pdfgraph.h) against what may change after signing. `signatureObject` is the
// signature dictionary verified (0: none), checked for consistency with the signed revision.
Result<PdfChanges> changesAfter(const QString &path, qint64 signedEnd, pdf::Reader &newest,
                                int signatureObject = 0);

// Whether a DocMDP permission level (1, 2, 3) allows changes of this level. Validation data and
// document timestamps are always allowed (PAdES, ETSI EN 319 142-1 5.4).
bool docMdpAllows(int permission, PdfChangeLevel level);

// Whether the revision ending at `end` already has a /DSS dictionary.
bool dssPresentAt(const QString &path, qint64 end);

} // namespace sic::verify
