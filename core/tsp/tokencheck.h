#pragma once

#include "base/error.h"
#include "crypto/hashalgorithm.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace sic::tsp {

// DER TimeStampReq: SHA-2 imprint, the given nonce (big-endian, positive), certReq true.
Result<QByteArray> makeRequest(const QByteArray &digest, HashAlgorithm alg, const QByteArray &nonce);

struct TokenInfo
{
    QByteArray token; // DER ContentInfo (SignedData with TSTInfo)
    QDateTime genTime;
    QString tsaSubject;
};

// Checks an RFC 3161 TimeStampResp: status granted, then everything checkToken checks.
Result<TokenInfo> checkResponse(const QByteArray &responseDer, const QByteArray &digest, HashAlgorithm alg,
                                const QByteArray &nonce, const QString &trustPemPath);

// Checks a bare token (e.g. from CSC signatures/timestamp): the imprint matches digest, the nonce
// matches when one is given, the TSA's signature verifies, the TSA certificate has the critical
// extended key usage timeStamping and chains to the anchors in trustPemPath.
Result<TokenInfo> checkToken(const QByteArray &tokenDer, const QByteArray &digest, HashAlgorithm alg,
                             const QByteArray &nonce, const QString &trustPemPath);

} // namespace sic::tsp
