#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

#include <libxml/tree.h>

namespace sic::xml {

inline constexpr char kDsigNs[] = "http://www.w3.org/2000/09/xmldsig#";

bool is(const xmlNode *node, const char *ns, const char *localName);
// Element children only.
QList<xmlNode *> children(xmlNode *parent, const char *ns = nullptr, const char *localName = nullptr);
xmlNode *firstChild(xmlNode *parent, const char *ns, const char *localName);
// All descendant elements (depth first, document order), optionally filtered by name.
QList<xmlNode *> descendants(xmlNode *root, const char *ns = nullptr, const char *localName = nullptr);
QString attribute(const xmlNode *node, const char *name);
bool hasAttribute(const xmlNode *node, const char *name);
QString text(const xmlNode *node);
QString namespaceUri(const xmlNode *node);
QString localName(const xmlNode *node);

// Elements whose Id, ID or id attribute equals id. More than one is an error for the caller
// (a wrapping attack or a broken document): callers must not pick one.
QList<xmlNode *> elementsById(xmlDoc *doc, const QString &id);

// Strict Base64 (XML whitespace allowed, nothing else). nullopt if the text is not Base64.
std::optional<QByteArray> base64(const QString &text);

} // namespace sic::xml

namespace sic::xml {
// Registers the unique Id/ID/id attributes as XML IDs so that XPath id() (XPath Filter 2.0
// transforms) finds them. Duplicates are left unregistered: nothing may pick one of them.
void registerIdAttributes(xmlDoc *doc);
} // namespace sic::xml
