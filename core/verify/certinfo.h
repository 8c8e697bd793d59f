#pragma once

#include "crypto/x509text.h" // names and times, as everywhere else
#include "verify/report.h"

#include <QByteArray>
#include <QDateTime>

#include <openssl/asn1.h>
#include <openssl/x509.h>

namespace sic::verify {

CertificateInfo certificateInfo(const X509 *cert);
QString sha256Fingerprint(const X509 *cert); // "AB:CD:..."
bool isSelfIssued(const X509 *cert);
bool isCa(const X509 *cert);

} // namespace sic::verify
