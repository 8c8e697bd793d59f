#pragma once

#include "base/error.h"
#include "xml/xmlptr.h"

#include <QByteArray>

namespace sic::xml {

// Limits for untrusted XML. libxml2 without XML_PARSE_HUGE already caps depth (256) and
// text node size (10 MB); these add a whole-document cap and our own depth cap.
struct ParseLimits
{
    qint64 maxBytes = 256ll * 1024 * 1024;
    int maxDepth = 200;
    // Keep CDATA sections as such (a signer writes the document back and should not rewrite
    // them); a verifier does not care, since canonical XML turns them into text anyway.
    bool keepCData = false;
};

// Parses untrusted XML: no network, no DTD loading, no entity substitution, no huge mode, and
// any DOCTYPE that declares an entity or points to an external DTD is refused outright (XXE and
// entity-expansion bombs never reach the tree). Error codes: "xml.malformed", "xml.dtd_entities",
// "xml.external_dtd", "xml.too_large", "xml.too_deep".
Result<Doc> parseUntrusted(const QByteArray &bytes, const ParseLimits &limits = {});

} // namespace sic::xml
