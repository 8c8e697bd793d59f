#pragma once

#include "base/error.h"
#include "crypto/hashalgorithm.h"

#include <QByteArray>

#include <functional>

namespace sic {

// Anything that turns a message imprint into an RFC 3161 TimeStampToken: an HTTP TSA
// (TspClient) or the RSSP's CSC signatures/timestamp. Implementations check the token (status,
// nonce, imprint, TSA signature and trust) before they hand it over.
class TimestampSource
{
public:
    virtual ~TimestampSource() = default;
    using Callback = std::function<void(Result<QByteArray>)>; // DER ContentInfo (TimeStampToken)
    // digest: the message imprint made with alg; nonce: random bytes the token must echo.
    virtual void timestamp(const QByteArray &digest, HashAlgorithm alg, const QByteArray &nonce,
                           Callback done) = 0;
    virtual void cancel() {}
};

} // namespace sic
