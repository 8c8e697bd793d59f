#pragma once

#include <QByteArray>

namespace sic::csc {

// PKCE (RFC 7636) with S256; Qt 6.4's network auth module has no helper for it.
struct Pkce
{
    QByteArray verifier;  // 43 base64url characters from 32 random bytes
    QByteArray challenge; // base64url(SHA-256(verifier)), unpadded

    static Pkce generate();
    static QByteArray challengeFor(const QByteArray &verifier);
};

} // namespace sic::csc
