#pragma once

#include "verify/report.h"

#include <QByteArray>
#include <QDateTime>

#include <openssl/asn1.h>
#include <openssl/x509.h>

namespace sic::verify {

CertificateInfo certificateInfo(const X509 *cert);
QString sha256Fingerprint(const X509 *cert); // "AB:CD:..."
QString nameToString(const X509_NAME *name);
QString commonNameOf(const X509_NAME *name);
QDateTime asn1TimeToDateTime(const ASN1_TIME *t);
bool isSelfIssued(const X509 *cert);
bool isCa(const X509 *cert);

} // namespace sic::verify
