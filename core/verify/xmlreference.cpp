#include "verify/xmlreference.h"

#include "base/regularfile.h"
#include "xml/xmllimits.h"
#include "xml/xmlptr.h"
#include "xml/xmlutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QUrl>

#include <libxml/xpathInternals.h>

#include <memory>

namespace sic::verify {
namespace {

using xml::kDsigNs;
using Status = ReferenceOutcome::Status;

constexpr char kEnveloped[] = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";
constexpr char kBase64[] = "http://www.w3.org/2000/09/xmldsig#base64";
constexpr char kXPath[] = "http://www.w3.org/TR/1999/REC-xpath-19991116";
constexpr char kXPathFilter2[] = "http://www.w3.org/2002/06/xmldsig-filter2";

// The data flowing through a transform chain: a node set of the document or octets.
struct Data
{
    bool isNodeSet = true;
    xml::NodePredicate nodes;
    QByteArray octets;
};

// Binds every in-scope namespace of `from` so that XPath expressions in transforms resolve prefixes
// as their author wrote them.
void registerNamespaces(xmlXPathContext *ctx, xmlNode *from)
{
    for (xmlNode *n = from; n && n->type == XML_ELEMENT_NODE; n = n->parent) {
        for (xmlNs *ns = n->nsDef; ns; ns = ns->next) {
            if (ns->prefix && !xmlXPathNsLookup(ctx, ns->prefix))
                xmlXPathRegisterNs(ctx, ns->prefix, ns->href);
        }
    }
}

// XPath transform: keep the nodes of the input for which the expression is true. Namespace nodes
// are judged by their element (libxml2 cannot use them as context nodes).
struct XPathFilter
{
    xml::XPathContext ctx;
    xml::XPathComp comp;
    QHash<xmlNode *, bool> cache;
    bool eval(xmlNode *node)
    {
        auto it = cache.constFind(node);
        if (it != cache.constEnd())
            return *it;
        ctx->node = node;
        const bool v = xmlXPathCompiledEvalToBoolean(comp.get(), ctx.get()) == 1;
        cache.insert(node, v);
        return v;
    }
};

// XPath Filter 2.0: a node is in a filter's set when it or an ancestor was selected.
struct SubtreeSet
{
    QSet<xmlNode *> roots;
    bool contains(xmlNode *node) const
    {
        for (xmlNode *n = node; n; n = n->parent) {
            if (roots.contains(n))
                return true;
            if (n->type == XML_DOCUMENT_NODE)
                break;
        }
        return false;
    }
};

std::optional<QByteArray> octetsOf(const Data &d, xmlDoc *doc, const QString &error, QString &detail)
{
    if (!d.isNodeSet)
        return d.octets;
    auto c = xml::canonicalize(doc, d.nodes, xml::C14nMethod{});
    if (!c) {
        detail = error;
        return std::nullopt;
    }
    return *c;
}

QString stringValue(xmlDoc *doc, const xml::NodePredicate &nodes)
{
    QString out;
    for (xmlNode *n : xml::descendants(xmlDocGetRootElement(doc))) {
        for (xmlNode *c = n->children; c; c = c->next) {
            if (c->type == XML_TEXT_NODE && nodes(c, false))
                out += QString::fromUtf8(reinterpret_cast<const char *>(c->content));
        }
    }
    return out;
}

} // namespace

ReferenceOutcome processReference(xmlNode *reference, xmlNode *signature, const DetachedData &detached)
{
    ReferenceOutcome out;
    xmlDoc *doc = reference->doc;
    out.uri = xml::attribute(reference, "URI");
    out.type = xml::attribute(reference, "Type");
    const bool hasUri = xml::hasAttribute(reference, "URI");

    Data data;
    if (hasUri && out.uri.isEmpty()) {
        data.nodes = xml::subtreeSet(nullptr, nullptr, false);
        out.target = xmlDocGetRootElement(doc);
    } else if (out.uri == QLatin1String("#xpointer(/)")) {
        data.nodes = xml::subtreeSet(nullptr, nullptr, true);
        out.target = xmlDocGetRootElement(doc);
    } else if (out.uri.startsWith(u'#')) {
        QString id = out.uri.mid(1);
        bool keepComments = false;
        if (id.startsWith(QLatin1String("xpointer(id(")) && id.endsWith(QLatin1String("))"))) {
            id = id.mid(12, id.size() - 14);
            if (id.size() >= 2 && (id.front() == u'\'' || id.front() == u'"'))
                id = id.mid(1, id.size() - 2);
            keepComments = true;
        }
        const QList<xmlNode *> found = xml::elementsById(doc, id);
        if (found.isEmpty()) {
            out.status = Status::NotFound;
            out.detail = QStringLiteral("no element has Id \"%1\"").arg(id);
            return out;
        }
        if (found.size() > 1) {
            out.status = Status::Ambiguous;
            out.detail = QStringLiteral("%1 elements have Id \"%2\"").arg(found.size()).arg(id);
            return out;
        }
        out.target = found.first();
        data.nodes = xml::subtreeSet(out.target, nullptr, keepComments);
    } else if (hasUri) {
        // Detached content: only what the user gave, or a plain relative file name next to the signature.
        QString path = detached.files.value(out.uri);
        if (path.isEmpty()) {
            const QString name = QUrl::fromPercentEncoding(out.uri.toUtf8());
            path = detached.files.value(QFileInfo(name).fileName());
            if (path.isEmpty() && detached.allowBaseDir && !name.contains(QLatin1String("..")) &&
                !name.contains(u':') && !name.startsWith(u'/') && !detached.baseDir.isEmpty())
                path = QDir(detached.baseDir).filePath(name);
            // Named by the signature itself: only a regular file inside the signature's folder (not
            // a FIFO that blocks, a device read without end, or a link out of the folder).
            if (!path.isEmpty() && (!requireRegularFile(path) || !isInsideFolder(path, detached.baseDir)))
                path.clear();
        }
        QFile f(path);
        if (path.isEmpty() || !requireRegularFile(path) || !f.open(QIODevice::ReadOnly)) {
            out.status = Status::NotFound;
            out.detail = QStringLiteral("detached content \"%1\" not available").arg(out.uri);
            return out;
        }
        data.isNodeSet = false;
        data.octets = f.readAll();
    } else {
        out.status = Status::NotFound;
        out.detail = QStringLiteral("reference without URI");
        return out;
    }

    std::vector<std::shared_ptr<XPathFilter>> keepAlive;
    for (xmlNode *t :
         xml::children(xml::firstChild(reference, kDsigNs, "Transforms"), kDsigNs, "Transform")) {
        const QString alg = xml::attribute(t, "Algorithm");
        if (alg == QLatin1String(kEnveloped)) {
            if (!data.isNodeSet) {
                out.detail = QStringLiteral("enveloped-signature transform over octets");
                return out;
            }
            // The signature is removed from the data it is part of; data that is itself inside
            // the signature (moved into a ds:Object) loses nothing, as in Apache Santuario (DSS),
            // and the signature check then reports that the document is not what is signed.
            if (!out.target || xml::isInside(signature, out.target))
                data.nodes = [prev = data.nodes, signature](xmlNode *n, bool ns) {
                    return prev(n, ns) && !xml::isInside(n, signature);
                };
        } else if (auto c14n = xml::c14nFromUri(alg)) {
            if (!data.isNodeSet) {
                // Octets to canonicalize would have to be parsed again; signers do not do this.
                out.status = Status::Unsupported;
                out.detail = QStringLiteral("canonicalization of octets");
                return out;
            }
            QList<QByteArray> prefixes;
            if (xmlNode *inc =
                    xml::firstChild(t, "http://www.w3.org/2001/10/xml-exc-c14n#", "InclusiveNamespaces")) {
                for (const QString &p : xml::attribute(inc, "PrefixList").split(u' ', Qt::SkipEmptyParts))
                    prefixes << p.toUtf8();
            }
            auto bytes = xml::canonicalize(doc, data.nodes, *c14n, prefixes);
            if (!bytes) {
                out.detail = bytes.error().toString();
                return out;
            }
            data.isNodeSet = false;
            data.octets = *bytes;
        } else if (alg == QLatin1String(kBase64)) {
            const QString text =
                data.isNodeSet ? stringValue(doc, data.nodes) : QString::fromLatin1(data.octets);
            const auto decoded = xml::base64(text);
            if (!decoded) {
                out.detail = QStringLiteral("base64 transform over data that is not Base64");
                return out;
            }
            data.isNodeSet = false;
            data.octets = *decoded;
        } else if (alg == QLatin1String(kXPath)) {
            xmlNode *expr = xml::firstChild(t, kDsigNs, "XPath");
            if (!expr || !data.isNodeSet) {
                out.detail = QStringLiteral("XPath transform without expression or over octets");
                return out;
            }
            auto f = std::make_shared<XPathFilter>();
            f->ctx.reset(xmlXPathNewContext(doc));
            // Bounded over all the nodes it is evaluated for (the count is kept per context).
            f->ctx->opLimit = xml::xpathOperationLimit();
            registerNamespaces(f->ctx.get(), expr);
            f->comp.reset(xmlXPathCtxtCompile(
                f->ctx.get(), reinterpret_cast<const xmlChar *>(xml::text(expr).toUtf8().constData())));
            if (!f->comp) {
                out.detail = QStringLiteral("XPath expression does not compile");
                return out;
            }
            keepAlive.push_back(f);
            data.nodes = [prev = data.nodes, f](xmlNode *n, bool ns) {
                return prev(n, ns) && f->eval(n);
            };
        } else if (alg == QLatin1String(kXPathFilter2)) {
            if (!data.isNodeSet) {
                out.detail = QStringLiteral("XPath Filter 2.0 over octets");
                return out;
            }
            for (xmlNode *x : xml::children(t, kXPathFilter2, "XPath")) {
                const QString op = xml::attribute(x, "Filter");
                xml::XPathContext ctx(xmlXPathNewContext(doc));
                ctx->opLimit = xml::xpathOperationLimit();
                registerNamespaces(ctx.get(), x);
                ctx->node = reinterpret_cast<xmlNode *>(doc);
                xml::XPathObject res(xmlXPathEvalExpression(
                    reinterpret_cast<const xmlChar *>(xml::text(x).toUtf8().constData()), ctx.get()));
                if (!res || res->type != XPATH_NODESET) {
                    out.detail = QStringLiteral("XPath Filter 2.0 expression is not a node set");
                    return out;
                }
                auto set = std::make_shared<SubtreeSet>();
                for (int i = 0; res->nodesetval && i < res->nodesetval->nodeNr; ++i)
                    set->roots.insert(res->nodesetval->nodeTab[i]);
                if (op == QLatin1String("intersect"))
                    data.nodes = [prev = data.nodes, set](xmlNode *n, bool ns) {
                        return prev(n, ns) && set->contains(n);
                    };
                else if (op == QLatin1String("subtract"))
                    data.nodes = [prev = data.nodes, set](xmlNode *n, bool ns) {
                        return prev(n, ns) && !set->contains(n);
                    };
                else if (op == QLatin1String("union"))
                    data.nodes = [prev = data.nodes, set](xmlNode *n, bool ns) {
                        return prev(n, ns) || set->contains(n);
                    };
                else {
                    out.detail = QStringLiteral("unknown XPath Filter 2.0 operation %1").arg(op);
                    return out;
                }
            }
        } else {
            out.status = Status::Unsupported;
            out.detail = QStringLiteral("unsupported transform %1").arg(alg);
            return out;
        }
    }

    QString detail;
    const auto octets = octetsOf(data, doc, QStringLiteral("canonicalization failed"), detail);
    if (!octets) {
        out.detail = detail;
        return out;
    }
    out.data = *octets;
    xmlNode *dm = xml::firstChild(reference, kDsigNs, "DigestMethod");
    out.digestAlgorithm = hashFromXmlDsigUri(xml::attribute(dm, "Algorithm"));
    if (!out.digestAlgorithm) {
        out.status = Status::Unsupported;
        out.detail = QStringLiteral("unsupported digest method %1").arg(xml::attribute(dm, "Algorithm"));
        return out;
    }
    const auto expected = xml::base64(xml::text(xml::firstChild(reference, kDsigNs, "DigestValue")));
    // A DigestValue that is not Base64 cannot match: the reference is not intact.
    out.status = expected && digestBytes(*out.digestAlgorithm, out.data) == *expected
                     ? Status::Ok
                     : Status::DigestMismatch;
    return out;
}

} // namespace sic::verify
