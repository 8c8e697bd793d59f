#pragma once

#include "crypto/ossl.h"
#include "verify/evaluation.h"
#include "xml/xmlcanon.h"

#include <QDateTime>
#include <QList>

#include <libxml/tree.h>

namespace sic::verify {

bool isXadesNamespace(const QString &uri);

// The XAdES QualifyingProperties of one ds:Signature, read but not yet judged.
struct XadesProperties
{
    xmlNode *qualifyingProperties = nullptr;
    xmlNode *signedProperties = nullptr;
    xmlNode *unsignedSignatureProperties = nullptr;
    QString version; // "1.3.2", "1.1.1", ...
    QDateTime signingTime;
    bool hasSigningCertificate = false; // SigningCertificate or SigningCertificateV2 present
    struct CertDigest
    {
        std::optional<HashAlgorithm> alg;
        QByteArray value;
    };
    QList<CertDigest> signingCertDigests; // first is the signing certificate
    std::vector<ossl::X509Ptr> certificateValues;
    RevocationData revocationValues;
    bool hasCertificateValues = false;
    bool hasRevocationValues = false;
    bool hasTimeStampValidationData = false;
    QList<xmlNode *> signatureTimeStamps;
    QList<xmlNode *> archiveTimeStamps;
};

// Finds the QualifyingProperties that target this signature (Target="#Id", in one of its
// ds:Object children) and reads it.
XadesProperties readXadesProperties(xmlNode *signature);

// True if cert matches the digest (SigningCertificate(V2)/Cert/CertDigest).
bool matchesCertDigest(X509 *cert, const XadesProperties::CertDigest &digest);

// The RFC 3161 token and canonicalization of a XAdES timestamp element.
struct XadesTimestampToken
{
    QByteArray der;
    xml::C14nMethod c14n;
    bool ok = false;
};
XadesTimestampToken readTimestampToken(xmlNode *timestampElement);

} // namespace sic::verify
