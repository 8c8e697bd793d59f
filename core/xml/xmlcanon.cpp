#include "xml/xmlcanon.h"

#include <libxml/c14n.h>
#include <libxml/xmlIO.h>

#include <vector>

namespace sic::xml {
namespace {

int visibleCallback(void *user, xmlNodePtr node, xmlNodePtr parent)
{
    const auto *pred = static_cast<const NodePredicate *>(user);
    if (node && node->type == XML_NAMESPACE_DECL)
        return (*pred)(parent, true) ? 1 : 0;
    return (*pred)(node, false) ? 1 : 0;
}

int writeToByteArray(void *context, const char *buffer, int len)
{
    static_cast<QByteArray *>(context)->append(buffer, len);
    return len;
}

int closeNothing(void *)
{
    return 0;
}

} // namespace

std::optional<C14nMethod> c14nFromUri(const QString &uri)
{
    if (uri == QLatin1String("http://www.w3.org/TR/2001/REC-xml-c14n-20010315"))
        return C14nMethod{C14n::Inclusive10, false};
    if (uri == QLatin1String("http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments"))
        return C14nMethod{C14n::Inclusive10, true};
    if (uri == QLatin1String("http://www.w3.org/2006/12/xml-c14n11"))
        return C14nMethod{C14n::Inclusive11, false};
    if (uri == QLatin1String("http://www.w3.org/2006/12/xml-c14n11#WithComments"))
        return C14nMethod{C14n::Inclusive11, true};
    if (uri == QLatin1String("http://www.w3.org/2001/10/xml-exc-c14n#"))
        return C14nMethod{C14n::Exclusive10, false};
    if (uri == QLatin1String("http://www.w3.org/2001/10/xml-exc-c14n#WithComments"))
        return C14nMethod{C14n::Exclusive10, true};
    return std::nullopt;
}

bool isInside(xmlNode *node, xmlNode *element)
{
    if (!element)
        return false;
    for (xmlNode *n = node; n; n = n->parent) {
        if (n == element)
            return true;
        if (n->type == XML_DOCUMENT_NODE)
            break;
    }
    return false;
}

NodePredicate subtreeSet(xmlNode *element, xmlNode *exclude, bool keepComments)
{
    return [element, exclude, keepComments](xmlNode *node, bool) {
        if (!keepComments && node->type == XML_COMMENT_NODE)
            return false;
        if (element && !isInside(node, element))
            return false;
        return !(exclude && isInside(node, exclude));
    };
}

Result<QByteArray> canonicalize(xmlDoc *doc, const NodePredicate &nodes, C14nMethod method,
                                const QList<QByteArray> &inclusivePrefixes)
{
    QByteArray out;
    xmlOutputBufferPtr buf = xmlOutputBufferCreateIO(writeToByteArray, closeNothing, &out, nullptr);
    if (!buf)
        return fail(QStringLiteral("xml.c14n"), Tr::tr("The XML could not be canonicalized."));
    std::vector<xmlChar *> prefixes;
    for (const QByteArray &p : inclusivePrefixes)
        prefixes.push_back(reinterpret_cast<xmlChar *>(const_cast<char *>(p.constData())));
    prefixes.push_back(nullptr);
    const int mode = method.mode == C14n::Exclusive10   ? XML_C14N_EXCLUSIVE_1_0
                     : method.mode == C14n::Inclusive11 ? XML_C14N_1_1
                                                        : XML_C14N_1_0;
    NodePredicate pred = nodes;
    const int rc = xmlC14NExecute(
        doc, visibleCallback, &pred, mode,
        method.mode == C14n::Exclusive10 && inclusivePrefixes.size() ? prefixes.data() : nullptr,
        method.withComments ? 1 : 0, buf);
    const int closeRc = xmlOutputBufferClose(buf);
    if (rc < 0 || closeRc < 0)
        return fail(QStringLiteral("xml.c14n"), Tr::tr("The XML could not be canonicalized."));
    return out;
}

Result<QByteArray> canonicalizeSubtree(xmlNode *element, C14nMethod method,
                                       const QList<QByteArray> &inclusivePrefixes)
{
    return canonicalize(element->doc, subtreeSet(element, nullptr, method.withComments), method,
                        inclusivePrefixes);
}

} // namespace sic::xml
