#include "verify/xmlverifier.h"

#include "verify/xmlsignaturecheck.h"
#include "xml/xmllimits.h"
#include "xml/xmlparser.h"
#include "xml/xmlutil.h"

namespace sic::verify {

FileReport verifyXml(const QString &path, const QByteArray &bytes, const ValidationContext &context,
                     const DetachedData &detached)
{
    FileReport report;
    report.path = path;
    report.format = FileFormat::Xml;
    auto doc = xml::parseUntrusted(bytes);
    if (!doc) {
        report.error = doc.error();
        return report;
    }
    // The work the signatures ask for is counted before any of it is done (xml/xmllimits.h).
    if (auto ok = xml::checkSignatureWork(doc->get()); !ok) {
        report.error = ok.error();
        return report;
    }
    xml::registerIdAttributes(doc->get());
    const QList<xmlNode *> signatures =
        xml::descendants(xmlDocGetRootElement(doc->get()), xml::kDsigNs, "Signature");
    for (xmlNode *sig : signatures) {
        SignatureEvidence ev = checkXmlSignature(sig, context, detached);
        report.signatures << evaluate(ev, context);
    }
    return report;
}

} // namespace sic::verify
