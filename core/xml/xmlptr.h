#pragma once

// Owning RAII wrappers for libxml2 handles. Nothing outside core/xml frees a libxml2 pointer by hand.

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

#include "base/handle.h"

#include <memory>

namespace sic::xml {

template <auto FreeFn>
using Deleter = HandleDeleter<FreeFn>;
template <typename T, auto FreeFn>
using Ptr = Handle<T, FreeFn>;

using Doc = Ptr<xmlDoc, xmlFreeDoc>;
using ParserCtxt = Ptr<xmlParserCtxt, xmlFreeParserCtxt>;
using XPathContext = Ptr<xmlXPathContext, xmlXPathFreeContext>;
using XPathObject = Ptr<xmlXPathObject, xmlXPathFreeObject>;
using XPathComp = Ptr<xmlXPathCompExpr, xmlXPathFreeCompExpr>;

inline void freeXmlChar(xmlChar *p)
{
    xmlFree(p);
}
using XmlString = Ptr<xmlChar, freeXmlChar>;

} // namespace sic::xml
