#pragma once

#include "verify/evaluation.h"
#include "verify/xmlreference.h"

#include <libxml/tree.h>

namespace sic::verify {

// Gathers the evidence for one ds:Signature: references, SignedInfo and SignatureValue,
// the XAdES properties, timestamps and validation data.
SignatureEvidence checkXmlSignature(xmlNode *signature, const ValidationContext &context,
                                    const DetachedData &detached);

} // namespace sic::verify
