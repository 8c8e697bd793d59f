#include "xades/signaturetemplate.h"

#include "cms/der.h"
#include "crypto/ossl.h"

#include <QUuid>

namespace sic::xades {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QString digestMethod(HashAlgorithm alg)
{
    return QStringLiteral("<ds:DigestMethod Algorithm=\"%1\"/>").arg(QLatin1String(hashInfo(alg).xmlDsigUri));
}

// IssuerSerial ::= SEQUENCE { issuer GeneralNames, serialNumber CertificateSerialNumber }, with the
// issuer as one directoryName ([4], explicit because Name is a CHOICE).
QByteArray issuerSerialDer(X509 *cert)
{
    const QByteArray issuer = ossl::toDer(X509_get_issuer_name(cert), i2d_X509_NAME);
    const QByteArray serial = ossl::toDer(X509_get0_serialNumber(cert), i2d_ASN1_INTEGER);
    if (issuer.isEmpty() || serial.isEmpty())
        return {};
    return der::sequence({der::sequence({der::context(4, issuer)}), serial});
}

QString placeXml(const ProductionPlace &p)
{
    if (p.isEmpty())
        return {};
    QString xml = QStringLiteral("<xades:SignatureProductionPlaceV2>");
    auto add = [&](const char *name, const QString &v) {
        if (!v.isEmpty())
            xml += QStringLiteral("<xades:%1>%2</xades:%1>").arg(QLatin1String(name), esc(v));
    };
    add("City", p.city);
    add("StateOrProvince", p.stateOrProvince);
    add("PostalCode", p.postalCode);
    add("CountryName", p.countryName);
    return xml + QStringLiteral("</xades:SignatureProductionPlaceV2>");
}

QString rolesXml(const QStringList &roles)
{
    if (roles.isEmpty())
        return {};
    QString xml = QStringLiteral("<xades:SignerRoleV2><xades:ClaimedRoles>");
    for (const QString &r : roles)
        xml += QStringLiteral("<xades:ClaimedRole>%1</xades:ClaimedRole>").arg(esc(r));
    return xml + QStringLiteral("</xades:ClaimedRoles></xades:SignerRoleV2>");
}

// The transforms of the document reference. Enveloped: the enveloped-signature transform, then an
// XPath transform that also leaves out every other ds:Signature, so that a later parallel
// signature does not break this one, then exclusive C14N. XPath 1.0 rather than XPath Filter 2.0
// because more verifiers (xadesjs among them) implement it. Enveloping: the Base64 transform gives
// back the file's bytes. Detached: the file's bytes as they are.
QString documentTransforms(Packaging packaging)
{
    switch (packaging) {
    case Packaging::Enveloped:
        return QStringLiteral(
                   "<ds:Transforms>"
                   "<ds:Transform Algorithm=\"http://www.w3.org/2000/09/xmldsig#enveloped-signature\"/>"
                   "<ds:Transform Algorithm=\"http://www.w3.org/TR/1999/REC-xpath-19991116\">"
                   "<ds:XPath>not(ancestor-or-self::ds:Signature)</ds:XPath></ds:Transform>"
                   "<ds:Transform Algorithm=\"%1\"/></ds:Transforms>")
            .arg(QLatin1String(kExcC14n));
    case Packaging::Enveloping:
        return QStringLiteral("<ds:Transforms><ds:Transform "
                              "Algorithm=\"http://www.w3.org/2000/09/xmldsig#base64\"/></ds:Transforms>");
    case Packaging::Detached:
        break;
    }
    return {};
}

} // namespace

SignatureIds idsFor(const QString &id)
{
    return {id,
            id + QStringLiteral("-signedinfo"),
            id + QStringLiteral("-sigvalue"),
            id + QStringLiteral("-ref0"),
            id + QStringLiteral("-signedprops"),
            id + QStringLiteral("-object")};
}

Result<QByteArray> signatureTemplate(const SignatureParts &p)
{
    if (p.chain.isEmpty())
        return fail(QStringLiteral("xades.no_certificate"), Tr::tr("The signing certificate is missing."));
    ossl::X509Ptr cert = ossl::x509FromDer(p.chain.first());
    const QByteArray issuerSerial = cert ? issuerSerialDer(cert.get()) : QByteArray();
    if (issuerSerial.isEmpty())
        return fail(QStringLiteral("xades.bad_certificate"),
                    Tr::tr("The signing certificate could not be read."), ossl::lastError());
    const SignatureIds ids = idsFor(p.id);
    const HashAlgorithm h = p.scheme.hash;

    QString documentUri;
    switch (p.packaging) {
    case Packaging::Enveloped:
        documentUri = QString();
        break;
    case Packaging::Enveloping:
        documentUri = u'#' + ids.object;
        break;
    case Packaging::Detached:
        documentUri = p.detachedUri;
        break;
    }

    QString signedInfo =
        QStringLiteral("<ds:SignedInfo Id=\"%1\"><ds:CanonicalizationMethod Algorithm=\"%2\"/>"
                       "<ds:SignatureMethod Algorithm=\"%3\"/>")
            .arg(ids.signedInfo, QLatin1String(kExcC14n), signatureXmlUri(p.scheme));
    signedInfo += QStringLiteral("<ds:Reference Id=\"%1\" URI=\"%2\">%3%4<ds:DigestValue>%5</ds:DigestValue>"
                                 "</ds:Reference>")
                      .arg(ids.documentReference, esc(documentUri), documentTransforms(p.packaging),
                           digestMethod(h), b64(p.documentDigest));
    signedInfo +=
        QStringLiteral("<ds:Reference Type=\"%1\" URI=\"#%2\"><ds:Transforms><ds:Transform Algorithm=\"%3\"/>"
                       "</ds:Transforms>%4<ds:DigestValue></ds:DigestValue></ds:Reference></ds:SignedInfo>")
            .arg(QLatin1String(kSignedPropertiesType), ids.signedProperties, QLatin1String(kExcC14n),
                 digestMethod(h));

    QString keyInfo = QStringLiteral("<ds:KeyInfo><ds:X509Data>");
    for (const QByteArray &c : p.chain)
        keyInfo += QStringLiteral("<ds:X509Certificate>%1</ds:X509Certificate>").arg(b64(c));
    keyInfo += QStringLiteral("</ds:X509Data></ds:KeyInfo>");

    const QString signedProperties =
        QStringLiteral(
            "<xades:SignedProperties Id=\"%1\"><xades:SignedSignatureProperties>"
            "<xades:SigningTime>%2</xades:SigningTime>"
            "<xades:SigningCertificateV2><xades:Cert><xades:CertDigest>%3<ds:DigestValue>%4</ds:DigestValue>"
            "</xades:CertDigest><xades:IssuerSerialV2>%5</xades:IssuerSerialV2></xades:Cert>"
            "</xades:SigningCertificateV2>%6%7</xades:SignedSignatureProperties>"
            "<xades:SignedDataObjectProperties><xades:DataObjectFormat ObjectReference=\"#%8\">"
            "<xades:MimeType>%9</xades:MimeType></xades:DataObjectFormat></xades:SignedDataObjectProperties>"
            "</xades:SignedProperties>")
            .arg(ids.signedProperties, p.signingTime.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")),
                 digestMethod(HashAlgorithm::Sha256),
                 b64(digestBytes(HashAlgorithm::Sha256, p.chain.first())), b64(issuerSerial),
                 placeXml(p.place), rolesXml(p.claimedRoles), ids.documentReference, esc(p.mimeType));

    QString object;
    if (p.packaging == Packaging::Enveloping)
        object = QStringLiteral("<ds:Object Id=\"%1\" MimeType=\"%2\" "
                                "Encoding=\"http://www.w3.org/2000/09/xmldsig#base64\"></ds:Object>")
                     .arg(ids.object, esc(p.mimeType));

    const QString xml =
        QStringLiteral("<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\" Id=\"%1\">%2"
                       "<ds:SignatureValue Id=\"%3\"></ds:SignatureValue>%4%5"
                       "<ds:Object><xades:QualifyingProperties xmlns:xades=\"%6\" Target=\"#%1\">%7"
                       "</xades:QualifyingProperties></ds:Object></ds:Signature>")
            .arg(ids.signature, signedInfo, ids.signatureValue, keyInfo, object, QLatin1String(kXadesNs),
                 signedProperties);
    return xml.toUtf8();
}

} // namespace sic::xades
