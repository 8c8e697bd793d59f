#include "verify/xadesproperties.h"

#include "xml/xmlutil.h"

namespace sic::verify {

using xml::kDsigNs;

bool isXadesNamespace(const QString &uri)
{
    return uri.startsWith(QLatin1String("http://uri.etsi.org/01903/v"));
}

namespace {

// Children by local name in any XAdES namespace (1.1.1, 1.2.2, 1.3.2, 1.4.1 mix in one signature).
QList<xmlNode *> xadesChildren(xmlNode *parent, const char *name)
{
    QList<xmlNode *> out;
    for (xmlNode *c : xml::children(parent)) {
        if (xml::localName(c) == QLatin1String(name) && isXadesNamespace(xml::namespaceUri(c)))
            out << c;
    }
    return out;
}

xmlNode *xadesChild(xmlNode *parent, const char *name)
{
    const auto list = xadesChildren(parent, name);
    return list.isEmpty() ? nullptr : list.first();
}

// DigestMethod/DigestValue are ds: in 1.3.2 and later, but were XAdES-namespaced in 1.1.1.
xmlNode *anyChild(xmlNode *parent, const char *name)
{
    for (xmlNode *c : xml::children(parent)) {
        if (xml::localName(c) == QLatin1String(name))
            return c;
    }
    return nullptr;
}

} // namespace

XadesProperties readXadesProperties(xmlNode *signature)
{
    XadesProperties p;
    const QString target = QStringLiteral("#") + xml::attribute(signature, "Id");
    for (xmlNode *object : xml::children(signature, kDsigNs, "Object")) {
        for (xmlNode *qp : xadesChildren(object, "QualifyingProperties")) {
            if (xml::attribute(qp, "Target") == target && !p.qualifyingProperties)
                p.qualifyingProperties = qp;
        }
    }
    if (!p.qualifyingProperties)
        return p;
    const QString ns = xml::namespaceUri(p.qualifyingProperties);
    p.version = ns.mid(27).chopped(1).mid(1); // "http://uri.etsi.org/01903/v1.3.2#" -> "1.3.2"
    p.signedProperties = xadesChild(p.qualifyingProperties, "SignedProperties");
    xmlNode *ssp = xadesChild(p.signedProperties, "SignedSignatureProperties");
    if (xmlNode *st = xadesChild(ssp, "SigningTime"))
        p.signingTime = QDateTime::fromString(xml::text(st).trimmed(), Qt::ISODate).toUTC();
    xmlNode *sc = xadesChild(ssp, "SigningCertificateV2");
    if (!sc)
        sc = xadesChild(ssp, "SigningCertificate");
    p.hasSigningCertificate = sc != nullptr;
    for (xmlNode *cert : xadesChildren(sc, "Cert")) {
        xmlNode *cd = xadesChild(cert, "CertDigest");
        XadesProperties::CertDigest d;
        d.alg = hashFromXmlDsigUri(xml::attribute(anyChild(cd, "DigestMethod"), "Algorithm"));
        d.value = xml::base64(xml::text(anyChild(cd, "DigestValue"))).value_or(QByteArray());
        p.signingCertDigests << d;
    }

    xmlNode *up = xadesChild(p.qualifyingProperties, "UnsignedProperties");
    p.unsignedSignatureProperties = xadesChild(up, "UnsignedSignatureProperties");
    for (xmlNode *prop : xml::children(p.unsignedSignatureProperties)) {
        const QString name = xml::localName(prop);
        if (name == QLatin1String("SignatureTimeStamp")) {
            p.signatureTimeStamps << prop;
        } else if (name == QLatin1String("ArchiveTimeStamp")) {
            p.archiveTimeStamps << prop;
        } else if (name == QLatin1String("CertificateValues")) {
            p.hasCertificateValues = true;
            for (xmlNode *c : xadesChildren(prop, "EncapsulatedX509Certificate")) {
                if (auto der = xml::base64(xml::text(c)))
                    if (auto x = ossl::x509FromDer(*der))
                        p.certificateValues.push_back(std::move(x));
            }
        } else if (name == QLatin1String("RevocationValues")) {
            p.hasRevocationValues = true;
            for (xmlNode *c : xadesChildren(xadesChild(prop, "CRLValues"), "EncapsulatedCRLValue")) {
                if (auto der = xml::base64(xml::text(c)))
                    p.revocationValues.crls << *der;
            }
            for (xmlNode *c : xadesChildren(xadesChild(prop, "OCSPValues"), "EncapsulatedOCSPValue")) {
                if (auto der = xml::base64(xml::text(c)))
                    p.revocationValues.ocspResponses << *der;
            }
        } else if (name == QLatin1String("TimeStampValidationData")) {
            p.hasTimeStampValidationData = true;
            for (xmlNode *c :
                 xadesChildren(xadesChild(prop, "CertificateValues"), "EncapsulatedX509Certificate")) {
                if (auto der = xml::base64(xml::text(c)))
                    if (auto x = ossl::x509FromDer(*der))
                        p.certificateValues.push_back(std::move(x));
            }
        }
    }
    return p;
}

bool matchesCertDigest(X509 *cert, const XadesProperties::CertDigest &digest)
{
    if (!digest.alg || digest.value.isEmpty())
        return false;
    return digestBytes(*digest.alg, ossl::x509ToDer(cert)) == digest.value;
}

XadesTimestampToken readTimestampToken(xmlNode *ts)
{
    XadesTimestampToken t;
    // An empty Algorithm is read as an absent CanonicalizationMethod: the default, C14N 1.0
    // (EN 319 132-1 5.1.4.1; DSS accepts it too, dss2208).
    xmlNode *cm = xml::firstChild(ts, kDsigNs, "CanonicalizationMethod");
    if (cm && !xml::attribute(cm, "Algorithm").isEmpty()) {
        const auto m = xml::c14nFromUri(xml::attribute(cm, "Algorithm"));
        if (!m)
            return t;
        t.c14n = *m;
    }
    xmlNode *enc = xadesChild(ts, "EncapsulatedTimeStamp");
    const auto der = enc ? xml::base64(xml::text(enc)) : std::nullopt;
    if (!der)
        return t;
    t.der = *der;
    t.ok = true;
    return t;
}

} // namespace sic::verify
