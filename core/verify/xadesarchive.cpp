#include "verify/xadesarchive.h"

#include "xml/xmlutil.h"

namespace sic::verify {

using xml::kDsigNs;

QByteArray archiveTimestampInput(xmlNode *sig, const XadesProperties &props, xmlNode *atst,
                                 const QList<ReferenceOutcome> &references, const xml::C14nMethod &method,
                                 bool onlyUnreferencedObjects)
{
    QByteArray out;
    auto c14n = [&](xmlNode *n) {
        if (auto bytes = xml::canonicalizeSubtree(n, method))
            out += *bytes;
    };
    for (const ReferenceOutcome &r : references)
        out += r.data;
    c14n(xml::firstChild(sig, kDsigNs, "SignedInfo"));
    c14n(xml::firstChild(sig, kDsigNs, "SignatureValue"));
    if (xmlNode *ki = xml::firstChild(sig, kDsigNs, "KeyInfo"))
        c14n(ki);
    for (xmlNode *prop : xml::children(props.unsignedSignatureProperties)) {
        if (prop == atst)
            break;
        c14n(prop);
    }
    for (xmlNode *obj : xml::children(sig, kDsigNs, "Object")) {
        if (props.qualifyingProperties && props.qualifyingProperties->parent == obj)
            continue;
        if (onlyUnreferencedObjects) {
            bool referenced = false;
            for (const ReferenceOutcome &r : references)
                referenced = referenced || (r.target && xml::isInside(r.target, obj));
            if (referenced)
                continue;
        }
        c14n(obj);
    }
    return out;
}

} // namespace sic::verify
