#include "xml/xmlparser.h"

#include <libxml/parserInternals.h>

#include <mutex>

namespace sic::xml {
namespace {

struct Guard
{
    bool entityDeclared = false;
    bool externalSubset = false;
    internalSubsetSAXFunc origInternalSubset = nullptr;
};

// The SAX user data is the parser context itself (xmlCtxtRead*), so the guard lives in _private.
Guard *guardOf(void *ctx)
{
    return static_cast<Guard *>(static_cast<xmlParserCtxtPtr>(ctx)->_private);
}

void onEntityDecl(void *ctx, const xmlChar *, int, const xmlChar *, const xmlChar *, xmlChar *)
{
    guardOf(ctx)->entityDeclared = true;
    xmlStopParser(static_cast<xmlParserCtxtPtr>(ctx));
}

void onInternalSubset(void *ctx, const xmlChar *name, const xmlChar *externalId, const xmlChar *systemId)
{
    Guard *g = guardOf(ctx);
    if (externalId || systemId) {
        g->externalSubset = true;
        xmlStopParser(static_cast<xmlParserCtxtPtr>(ctx));
        return;
    }
    if (g->origInternalSubset)
        g->origInternalSubset(ctx, name, externalId, systemId);
}

// libxml2 calls this after every DOCTYPE; only one that names an external DTD is refused.
void onExternalSubset(void *ctx, const xmlChar *, const xmlChar *externalId, const xmlChar *systemId)
{
    if (!externalId && !systemId)
        return;
    guardOf(ctx)->externalSubset = true;
    xmlStopParser(static_cast<xmlParserCtxtPtr>(ctx));
}

// Never resolve anything from outside the document.
xmlParserInputPtr noExternalEntities(const char *, const char *, xmlParserCtxtPtr)
{
    return nullptr;
}

int depthOf(xmlNode *node, int limit)
{
    int best = 0;
    // Iterative walk: a hostile document must not blow our stack either.
    xmlNode *cur = node;
    int depth = 0;
    while (cur) {
        if (cur->type == XML_ELEMENT_NODE && depth > best) {
            best = depth;
            if (best > limit)
                return best;
        }
        if (cur->children && cur->type == XML_ELEMENT_NODE) {
            cur = cur->children;
            ++depth;
            continue;
        }
        while (cur && !cur->next) {
            cur = cur->parent;
            --depth;
            if (cur == node->parent || depth < 0)
                return best;
        }
        if (cur)
            cur = cur->next;
    }
    return best;
}

} // namespace

Result<Doc> parseUntrusted(const QByteArray &bytes, const ParseLimits &limits)
{
    if (bytes.size() > limits.maxBytes)
        return fail(QStringLiteral("xml.too_large"),
                    Tr::tr("The XML document is too large to be verified safely."),
                    QStringLiteral("%1 bytes, limit %2").arg(bytes.size()).arg(limits.maxBytes));

    ParserCtxt ctxt(xmlNewParserCtxt());
    if (!ctxt)
        return fail(QStringLiteral("xml.internal"), Tr::tr("The XML parser could not be started."));
    Guard guard;
    ctxt->_private = &guard;
    guard.origInternalSubset = ctxt->sax->internalSubset;
    ctxt->sax->entityDecl = onEntityDecl;
    ctxt->sax->internalSubset = onInternalSubset;
    ctxt->sax->externalSubset = onExternalSubset;
    // The loader is global to the process: installing it once (nothing in the app ever wants an
    // external entity) avoids a save/restore that would race between parsing threads.
    static std::once_flag loaderInstalled;
    std::call_once(loaderInstalled, [] { xmlSetExternalEntityLoader(noExternalEntities); });

    // Deliberately absent: XML_PARSE_NOENT, XML_PARSE_DTDLOAD, XML_PARSE_DTDATTR, XML_PARSE_HUGE,
    // XML_PARSE_XINCLUDE.
    const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                        (limits.keepCData ? 0 : XML_PARSE_NOCDATA);
    Doc doc(xmlCtxtReadMemory(ctxt.get(), bytes.constData(), int(bytes.size()), nullptr, nullptr, options));
    ctxt->_private = nullptr;

    if (guard.entityDeclared)
        return fail(
            QStringLiteral("xml.dtd_entities"),
            Tr::tr("The XML document declares entities in a DOCTYPE; such documents are refused because "
                   "they can hide content or exhaust memory."));
    if (guard.externalSubset)
        return fail(
            QStringLiteral("xml.external_dtd"),
            Tr::tr("The XML document refers to an external DTD; such documents are refused because they "
                   "could make the verifier load outside content."));
    if (!doc || !ctxt->wellFormed) {
        const xmlError *e = xmlCtxtGetLastError(ctxt.get());
        QString detail;
        if (e && e->message)
            detail = QStringLiteral("line %1: %2").arg(e->line).arg(QString::fromUtf8(e->message).trimmed());
        return fail(QStringLiteral("xml.malformed"), Tr::tr("The file is not well-formed XML."), detail);
    }
    xmlNode *root = xmlDocGetRootElement(doc.get());
    if (!root)
        return fail(QStringLiteral("xml.malformed"), Tr::tr("The XML document has no root element."));
    if (depthOf(root, limits.maxDepth) > limits.maxDepth)
        return fail(QStringLiteral("xml.too_deep"),
                    Tr::tr("The XML document is nested too deeply to be verified."),
                    QStringLiteral("limit %1").arg(limits.maxDepth));
    return doc;
}

} // namespace sic::xml
