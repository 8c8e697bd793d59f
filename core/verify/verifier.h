#pragma once

#include "verify/evaluation.h"
#include "verify/xmlreference.h"

#include <QStringList>

namespace sic::verify {

struct VerifyOptions
{
    ValidationContext context;
    QStringList dataFiles; // detached content (XAdES detached, CAdES .p7s)
};

// Verifies one file of any supported kind (XML: XAdES/XMLDSig; CMS: CAdES .p7s/.p7m; PDF when the
// PDF reader is available). Never fails as a whole: problems with the file go into FileReport::error.
FileReport verifyFile(const QString &path, const VerifyOptions &options);

} // namespace sic::verify
