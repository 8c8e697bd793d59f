#pragma once

// Issues end-entity certificates for HSM keys with the test PKI's issuing CA
// (PKIDIR/intermediate/ca.pem + ca.key).

#include "base/error.h"
#include "crypto/ossl.h"
#include "crypto/x509text.h"

#include <QDateTime>
#include <QString>

namespace rssp {

struct IssuedCert
{
    QByteArray der;
    QString serialHex; // upper case
    QString subject;   // RFC 4514 style
    QDateTime notBefore;
    QDateTime notAfter;
};

class Ca
{
public:
    static sic::Result<Ca> load(const QString &pkiDir);
    // urlBase (e.g. "http://127.0.0.1:8443") adds CRL DP and OCSP AIA; empty = omit them.
    sic::Result<IssuedCert> issue(EVP_PKEY *publicKey, const QString &commonName, const QDateTime &now,
                                  const QString &urlBase) const;
    X509 *cert() const { return m_cert.get(); }

private:
    sic::ossl::X509Ptr m_cert;
    sic::ossl::PKey m_key;
};

// The app's own formatting (crypto/x509text.h): the service names certificates as the client does.
using sic::asn1TimeToDateTime;
using sic::x509NameToString;
QString serialToHex(const ASN1_INTEGER *serial);

} // namespace rssp
