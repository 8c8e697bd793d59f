#pragma once

#include "base/error.h"
#include "sign/hashsigner.h"
#include "xades/xadesoptions.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sic::xades {

inline constexpr char kXadesNs[] = "http://uri.etsi.org/01903/v1.3.2#";
inline constexpr char kExcC14n[] = "http://www.w3.org/2001/10/xml-exc-c14n#";
inline constexpr char kSignedPropertiesType[] = "http://uri.etsi.org/01903#SignedProperties";

// Everything the ds:Signature element states, before any digest is known.
struct SignatureParts
{
    QString id; // "id-<random>"; every other Id derives from it
    Packaging packaging = Packaging::Enveloped;
    SignatureScheme scheme;
    QList<QByteArray> chain; // DER, end-entity first
    QDateTime signingTime;
    ProductionPlace place;
    QStringList claimedRoles;
    QString mimeType;
    QString detachedUri;       // Detached: the document's URI relative to the signature file
    QByteArray documentDigest; // Enveloping and Detached: known before the tree exists
};

// The Ids used in the template, so that callers can find the elements again.
struct SignatureIds
{
    QString signature, signedInfo, signatureValue, documentReference, signedProperties, object;
};
SignatureIds idsFor(const QString &id);

// The ds:Signature element as serialized XML (namespace declarations on it), with empty
// DigestValue for the SignedProperties (and, for Enveloped, the document) reference, an empty
// SignatureValue, and, for Enveloping, an empty ds:Object the caller fills with the Base64
// content. Fails for a malformed certificate.
Result<QByteArray> signatureTemplate(const SignatureParts &parts);

} // namespace sic::xades
