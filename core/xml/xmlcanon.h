#pragma once

#include "base/error.h"

#include <QByteArray>
#include <QList>

#include <functional>
#include <optional>

#include <libxml/tree.h>

namespace sic::xml {

enum class C14n
{
    Inclusive10,
    Inclusive11,
    Exclusive10
};

struct C14nMethod
{
    C14n mode = C14n::Inclusive10;
    bool withComments = false;
};

// The canonicalization (or canonicalizing transform) named by an XMLDSig Algorithm URI.
std::optional<C14nMethod> c14nFromUri(const QString &uri);

// A node set in the XPath data model, given as a predicate. The predicate sees element, text,
// comment and PI nodes, attributes (node->type XML_ATTRIBUTE_NODE) and, for namespace nodes, the
// element that carries them (isNamespace = true).
using NodePredicate = std::function<bool(xmlNode *node, bool isNamespace)>;

// True when node is element or inside it (attributes count as inside their element).
bool isInside(xmlNode *node, xmlNode *element);

// A subtree as a node set: element and all its descendants, attributes and namespaces,
// minus anything inside `exclude` (the enveloped-signature transform), minus comments
// unless asked to keep them.
NodePredicate subtreeSet(xmlNode *element, xmlNode *exclude = nullptr, bool keepComments = false);

// Canonicalizes the node set of doc. inclusivePrefixes: the InclusiveNamespaces PrefixList of
// exclusive C14N.
Result<QByteArray> canonicalize(xmlDoc *doc, const NodePredicate &nodes, C14nMethod method,
                                const QList<QByteArray> &inclusivePrefixes = {});

// Canonicalizes the subtree rooted at element (the common case: SignedInfo, SignedProperties).
Result<QByteArray> canonicalizeSubtree(xmlNode *element, C14nMethod method,
                                       const QList<QByteArray> &inclusivePrefixes = {});

} // namespace sic::xml
