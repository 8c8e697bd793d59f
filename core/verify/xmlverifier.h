#pragma once

#include "verify/evaluation.h"
#include "verify/xmlreference.h"

namespace sic::verify {

// Verifies every ds:Signature (XAdES or plain XMLDSig, counter-signatures included) of an XML
// document. The bytes are parsed with the hardened parser; a parse failure is the file's error.
FileReport verifyXml(const QString &path, const QByteArray &bytes, const ValidationContext &context,
                     const DetachedData &detached);

} // namespace sic::verify
