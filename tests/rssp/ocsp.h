#pragma once

// OCSP responder for the issuing CA: statuses from PKIDIR/intermediate/index.txt plus the
// certificates this RSSP issued (all good unless revoked); signed by PKIDIR/ocsp.

#include "base/error.h"
#include "crypto/ossl.h"

#include <QDateTime>

namespace rssp {

class Store;

class Ocsp
{
public:
    static sic::Result<Ocsp> load(const QString &pkiDir);
    QByteArray respond(const QByteArray &request, const QDateTime &now, const Store &store) const;

private:
    QString m_index;
    sic::ossl::X509Ptr m_issuer;
    sic::ossl::X509Ptr m_cert;
    sic::ossl::PKey m_key;
};

} // namespace rssp
