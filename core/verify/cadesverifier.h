#pragma once

#include "verify/cmssigner.h"
#include "verify/evaluation.h"

#include <QStringList>

namespace sic::verify {

// A CMS/CAdES signature file (.p7s detached, .p7m enveloping; DER or PEM). Detached content is
// taken from dataFiles, or from the file next to it without the .p7s suffix.
FileReport verifyCms(const QString &path, const QByteArray &bytes, const ValidationContext &context,
                     const QStringList &dataFiles);

// The evidence for one CMS SignedData over content given by its digests; shared with PAdES.
SignatureEvidence checkCmsSignature(CmsSignedData &sd, const ContentDigest &content,
                                    const ValidationContext &context,
                                    const std::vector<X509 *> &extraCerts = {});

} // namespace sic::verify
