#include "xml/xmlutil.h"

#include "xml/xmlptr.h"

#include <QHash>

#include <libxml/valid.h>

namespace sic::xml {

bool is(const xmlNode *node, const char *ns, const char *name)
{
    if (!node || node->type != XML_ELEMENT_NODE)
        return false;
    if (name && xmlStrcmp(node->name, reinterpret_cast<const xmlChar *>(name)) != 0)
        return false;
    if (ns) {
        if (!node->ns || !node->ns->href)
            return false;
        if (xmlStrcmp(node->ns->href, reinterpret_cast<const xmlChar *>(ns)) != 0)
            return false;
    }
    return true;
}

QList<xmlNode *> children(xmlNode *parent, const char *ns, const char *localName)
{
    QList<xmlNode *> out;
    if (!parent)
        return out;
    for (xmlNode *c = parent->children; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE && (!localName || is(c, ns, localName)))
            out << c;
    }
    return out;
}

xmlNode *firstChild(xmlNode *parent, const char *ns, const char *localName)
{
    const auto list = children(parent, ns, localName);
    return list.isEmpty() ? nullptr : list.first();
}

QList<xmlNode *> descendants(xmlNode *root, const char *ns, const char *localName)
{
    QList<xmlNode *> out;
    if (!root)
        return out;
    QList<xmlNode *> stack{root};
    while (!stack.isEmpty()) {
        xmlNode *n = stack.takeLast();
        if (n->type == XML_ELEMENT_NODE && (!localName || is(n, ns, localName)))
            out << n;
        QList<xmlNode *> kids;
        for (xmlNode *c = n->children; c; c = c->next) {
            if (c->type == XML_ELEMENT_NODE)
                kids << c;
        }
        for (auto it = kids.rbegin(); it != kids.rend(); ++it)
            stack << *it;
    }
    return out;
}

QString attribute(const xmlNode *node, const char *name)
{
    if (!node)
        return {};
    XmlString v(xmlGetNoNsProp(node, reinterpret_cast<const xmlChar *>(name)));
    return v ? QString::fromUtf8(reinterpret_cast<const char *>(v.get())) : QString();
}

bool hasAttribute(const xmlNode *node, const char *name)
{
    return node && xmlHasNsProp(node, reinterpret_cast<const xmlChar *>(name), nullptr);
}

QString text(const xmlNode *node)
{
    if (!node)
        return {};
    XmlString v(xmlNodeGetContent(node));
    return v ? QString::fromUtf8(reinterpret_cast<const char *>(v.get())) : QString();
}

QString namespaceUri(const xmlNode *node)
{
    return node && node->ns && node->ns->href
               ? QString::fromUtf8(reinterpret_cast<const char *>(node->ns->href))
               : QString();
}

QString localName(const xmlNode *node)
{
    return node ? QString::fromUtf8(reinterpret_cast<const char *>(node->name)) : QString();
}

QList<xmlNode *> elementsById(xmlDoc *doc, const QString &id)
{
    QList<xmlNode *> out;
    if (id.isEmpty())
        return out;
    for (xmlNode *n : descendants(xmlDocGetRootElement(doc))) {
        for (const char *name : {"Id", "ID", "id"}) {
            if (hasAttribute(n, name) && attribute(n, name) == id) {
                out << n;
                break;
            }
        }
        // xml:id is an Id too (XPath id() and XPointer honour it).
        XmlString xid(xmlGetNsProp(n, reinterpret_cast<const xmlChar *>("id"), XML_XML_NAMESPACE));
        if (xid && QString::fromUtf8(reinterpret_cast<const char *>(xid.get())) == id && !out.contains(n))
            out << n;
    }
    return out;
}

std::optional<QByteArray> base64(const QString &text)
{
    QByteArray compact;
    compact.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == ' ' || u == '\t' || u == '\r' || u == '\n')
            continue;
        const bool ok = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') ||
                        u == '+' || u == '/' || u == '=';
        if (!ok)
            return std::nullopt;
        compact.append(char(u));
    }
    auto r = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    if (!r)
        return std::nullopt;
    return *r;
}

} // namespace sic::xml

namespace sic::xml {
void registerIdAttributes(xmlDoc *doc)
{
    QHash<QString, int> counts;
    QList<xmlAttr *> attrs;
    for (xmlNode *n : descendants(xmlDocGetRootElement(doc))) {
        for (xmlAttr *a = n->properties; a; a = a->next) {
            if (a->ns)
                continue;
            const QByteArray name(reinterpret_cast<const char *>(a->name));
            if (name != "Id" && name != "ID" && name != "id")
                continue;
            attrs << a;
            counts[attribute(n, name.constData())]++;
        }
    }
    for (xmlAttr *a : attrs) {
        const QString v = attribute(a->parent, reinterpret_cast<const char *>(a->name));
        if (counts.value(v) == 1 && !xmlGetID(doc, reinterpret_cast<const xmlChar *>(v.toUtf8().constData())))
            xmlAddID(nullptr, doc, reinterpret_cast<const xmlChar *>(v.toUtf8().constData()), a);
    }
}
} // namespace sic::xml
