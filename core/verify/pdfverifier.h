#pragma once

#include "verify/evaluation.h"

namespace sic::verify {

// Verifies every signature and document timestamp of a PDF (all revisions): ByteRange checks,
// CMS/RFC 3161 verification over the covered bytes, DSS validation data, levels, and what later
// revisions changed.
FileReport verifyPdf(const QString &path, const ValidationContext &context);

} // namespace sic::verify
