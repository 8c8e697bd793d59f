#pragma once

#include "base/error.h"

#include <QByteArray>
#include <QString>

namespace sic::verify {

// A seal over a report file, so that a ticket carries a tamper-evident result: a detached CAdES
// signature (CMS SignedData with signing-time and signing-certificate-v2, SHA-256), made with a key
// the helpdesk configures as a local PKCS#12 file. Verified like any .p7s (sic-cli verify
// REPORT.p7s --data REPORT, openssl cms -verify). Error codes: "seal.p12_unreadable" (missing, not
// PKCS#12 or wrong password), "seal.sign_failed".
Result<QByteArray> sealDetached(const QByteArray &report, const QString &p12Path, const QByteArray &password);

} // namespace sic::verify
