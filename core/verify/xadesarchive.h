#pragma once

#include "verify/xadesproperties.h"
#include "verify/xmlreference.h"

namespace sic::verify {

// The octets an XAdES archive timestamp (xadesv141:ArchiveTimeStamp) covers, computed as
// EN 319 132-1 5.5.2 (and XAdES 1.4.1 8.2) prescribe: the referenced data after transforms,
// SignedInfo, SignatureValue, KeyInfo, the unsigned signature properties before it, and the
// ds:Object elements other than the one holding QualifyingProperties. onlyUnreferencedObjects
// gives the XAdES 1.3.2 variant (ds:Object elements no ds:Reference points to).
QByteArray archiveTimestampInput(xmlNode *signature, const XadesProperties &props, xmlNode *archiveTimestamp,
                                 const QList<ReferenceOutcome> &references, const xml::C14nMethod &method,
                                 bool onlyUnreferencedObjects);

} // namespace sic::verify
