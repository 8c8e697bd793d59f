#include "csc/pkce.h"

#include "crypto/hashalgorithm.h"
#include "csc/encoding.h"

namespace sic::csc {

Pkce Pkce::generate()
{
    Pkce p;
    p.verifier = base64Url(randomBytes(32));
    p.challenge = challengeFor(p.verifier);
    return p;
}

QByteArray Pkce::challengeFor(const QByteArray &verifier)
{
    return base64Url(digestBytes(HashAlgorithm::Sha256, verifier));
}

} // namespace sic::csc
