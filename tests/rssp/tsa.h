#pragma once

// RFC 3161 time-stamping with OpenSSL's TS_RESP_CTX, signed by PKIDIR/tsa, time from the server clock.

#include "base/error.h"
#include "crypto/hashalgorithm.h"
#include "crypto/ossl.h"

#include <QDateTime>

namespace rssp {

class Tsa
{
public:
    static sic::Result<Tsa> load(const QString &pkiDir);
    // A DER TimeStampResp for a DER TimeStampReq (a rejection response if the request is bad).
    QByteArray reply(const QByteArray &query, const QDateTime &now) const;
    // The DER token (ContentInfo) for a hash, as signatures/timestamp returns it.
    sic::Result<QByteArray> token(const QByteArray &hash, sic::HashAlgorithm alg, const QByteArray &nonce,
                                  const QDateTime &now) const;

private:
    sic::ossl::X509Ptr m_cert;
    sic::ossl::PKey m_key;
    sic::ossl::X509Stack m_chain;
};

} // namespace rssp
