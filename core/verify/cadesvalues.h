#pragma once

#include "crypto/ossl.h"
#include "verify/revocation.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <vector>

namespace sic::verify {

// CAdES validation data carried in a SignerInfo's unsigned attributes (EN 319 122-1 5.5):
// certificate-values and revocation-values, and whether an archive-time-stamp-v3 is there.
// The attributes are not signed, so a malformed value is ignored with a problem sentence rather
// than failing a signature whose signed parts are intact.
struct CadesValues
{
    std::vector<ossl::X509Ptr> certificates; // certificate-values
    RevocationData revocation;               // revocation-values; OCSP as DER OCSPResponse
    bool hasArchiveTimestampV3 = false;
    QStringList problems; // translated sentences, one per ignored value
};

CadesValues readCadesValues(CMS_SignerInfo *si);

// Every value of every unsigned attribute with the OID, as whole DER; a value that is not a
// SEQUENCE is given as an empty array, so that each caller decides what that means.
QList<QByteArray> unsignedAttributeValues(CMS_SignerInfo *si, const char *oid);

// The OCSP responses among SignedData's crls as OtherRevocationInfoFormat with
// id-ri-ocsp-response (RFC 5940), which OpenSSL's API does not expose. der: a ContentInfo.
// Whatever cannot be walked as DER gives nothing.
QList<QByteArray> otherRevInfoOcspResponses(const QByteArray &der);

// A BasicOCSPResponse wrapped as a successful OCSPResponse, so that one code path judges OCSP
// (checkRevocation takes OCSPResponse). Empty if basic does not decode.
QByteArray ocspResponseFromBasic(const QByteArray &basic);

} // namespace sic::verify
