#include "xml/xmllimits.h"

#include "xml/xmlutil.h"

namespace sic::xml {

namespace {
constexpr char kXPathFilter2Ns[] = "http://www.w3.org/2002/06/xmldsig-filter2";

bool isDsig(const xmlNode *n, const char *name)
{
    return n->ns && n->ns->href && xmlStrEqual(n->ns->href, reinterpret_cast<const xmlChar *>(kDsigNs)) &&
           xmlStrEqual(n->name, reinterpret_cast<const xmlChar *>(name));
}

qsizetype textLength(const xmlNode *n)
{
    qsizetype len = 0;
    for (const xmlNode *c = n->children; c; c = c->next)
        if (c->content)
            len += qsizetype(xmlStrlen(c->content));
    return len;
}
} // namespace

Result<void> checkSignatureWork(xmlDoc *doc, const BudgetLimits &limits)
{
    qint64 namespaces = 0, signatures = 0, references = 0;
    // An iterative walk: the tree is already depth-limited by the parser, but this must not be
    // the function that pays for a deep one.
    for (xmlNode *n = xmlDocGetRootElement(doc); n;) {
        if (n->type == XML_ELEMENT_NODE) {
            int here = 0;
            for (xmlNs *ns = n->nsDef; ns; ns = ns->next)
                ++here;
            if (here > kMaxNamespacesPerElement)
                return Budget::fail(QStringLiteral("%1 namespace declarations on one element").arg(here));
            namespaces += here;
            if (namespaces > limits.namespaceDeclarations)
                return Budget::fail(
                    QStringLiteral("more than %1 namespace declarations").arg(limits.namespaceDeclarations));
            if (isDsig(n, "Signature") && ++signatures > limits.signatures)
                return Budget::fail(
                    QStringLiteral("more than %1 signatures in one document").arg(limits.signatures));
            if (isDsig(n, "Reference")) {
                if (++references > limits.references)
                    return Budget::fail(QStringLiteral("more than %1 signature references in one document")
                                            .arg(limits.references));
                int transforms = 0;
                for (xmlNode *t : children(firstChild(n, kDsigNs, "Transforms"), kDsigNs, "Transform")) {
                    (void)t;
                    ++transforms;
                }
                if (transforms > limits.transforms)
                    return Budget::fail(QStringLiteral("%1 transforms in one reference").arg(transforms));
            }
            const bool xpath =
                isDsig(n, "XPath") ||
                (n->ns && n->ns->href &&
                 xmlStrEqual(n->ns->href, reinterpret_cast<const xmlChar *>(kXPathFilter2Ns)) &&
                 xmlStrEqual(n->name, reinterpret_cast<const xmlChar *>("XPath")));
            if (xpath && textLength(n) > limits.xpathLength)
                return Budget::fail(
                    QStringLiteral("an XPath expression of %1 characters").arg(textLength(n)));
        }
        if (n->children && n->type == XML_ELEMENT_NODE) {
            n = n->children;
            continue;
        }
        while (n && !n->next) {
            n = n->parent;
            if (n && n->type == XML_DOCUMENT_NODE)
                n = nullptr;
        }
        if (n)
            n = n->next;
    }
    return {};
}

unsigned long xpathOperationLimit(const BudgetLimits &limits)
{
    return static_cast<unsigned long>(limits.xpathNodes);
}

} // namespace sic::xml
