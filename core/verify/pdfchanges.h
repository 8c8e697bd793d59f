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
};

// Compares the objects of the revision ending at signedEnd with the newest revision, object by
// object, and classifies every new, changed or freed object.
Result<PdfChanges> changesAfter(const QString &path, qint64 signedEnd, pdf::Reader &newest);

// Whether a DocMDP permission level (1, 2, 3) allows changes of this level. Validation data and
// document timestamps are always allowed (PAdES, ETSI EN 319 142-1 5.4).
bool docMdpAllows(int permission, PdfChangeLevel level);

// Whether the revision ending at `end` already has a /DSS dictionary.
bool dssPresentAt(const QString &path, qint64 end);

} // namespace sic::verify
