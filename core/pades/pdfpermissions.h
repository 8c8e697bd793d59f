#pragma once

#include "base/error.h"
#include "pdf/reader.h"

#include <QStringList>

namespace sic::pades {

// Refuses documents that must not receive another signature: encrypted files, documents
// certified with DocMDP P=1 (no changes at all), and forms where a FieldMDP lock with
// /Action /All covers every field, the new signature field included.
Result<void> checkSignable(pdf::Reader &reader);

// Whether the document already carries a signed signature field or a certification: a
// certification signature must be the first one.
Result<bool> hasSignatures(pdf::Reader &reader);

// Fully qualified names of every field in the AcroForm (to choose a unique new name).
Result<QStringList> fieldNames(pdf::Reader &reader);

} // namespace sic::pades
