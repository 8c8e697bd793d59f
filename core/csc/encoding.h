#pragma once

#include "base/error.h"
#include "crypto/hashalgorithm.h"

#include <QByteArray>
#include <QList>

#include <optional>
#include <utility>

// Byte-level tolerances and encodings the CSC client needs: services differ in Base64 flavour
// and sometimes wrap values in CMS (see docs/csc-client.md, "Interop"). ECDSA encodings and PSS
// parameters are core/crypto's (ecdsa.h, signaturescheme.h).
namespace sic::csc {

// Decodes standard Base64 or base64url, padded or not, ignoring whitespace. nullopt if invalid.
std::optional<QByteArray> decodeBase64Any(QByteArrayView text);
QByteArray base64Url(QByteArrayView bytes); // unpadded, RFC 4648 section 5

// True if the bytes are a CMS/PKCS#7 ContentInfo (a whole signature container).
bool looksLikeCms(QByteArrayView bytes);

// SHA-256 over the certificate's SubjectPublicKeyInfo (HPKP / "pin-sha256"); empty if not a certificate.
QByteArray spkiSha256(const QByteArray &certDer);

// application/x-www-form-urlencoded (also a valid URL query): every byte but the unreserved
// characters percent-encoded, so that Base64's '+' and '/' survive.
QByteArray formEncode(const QList<std::pair<QString, QString>> &items);

// Cryptographically random bytes.
QByteArray randomBytes(int count);

} // namespace sic::csc
