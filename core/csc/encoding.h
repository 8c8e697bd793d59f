#pragma once

#include "base/error.h"
#include "crypto/hashalgorithm.h"

#include <QByteArray>
#include <QList>

#include <optional>
#include <utility>

// Byte-level tolerances and encodings the CSC client needs: services differ in Base64 flavour,
// ECDSA value encoding and sometimes wrap values in CMS (see docs/csc-client.md, "Interop").
namespace sic::csc {

// Decodes standard Base64 or base64url, padded or not, ignoring whitespace. nullopt if invalid.
std::optional<QByteArray> decodeBase64Any(QByteArrayView text);
QByteArray base64Url(QByteArrayView bytes); // unpadded, RFC 4648 section 5

// ECDSA: raw r||s (each fieldBytes long) to DER ECDSA-Sig-Value and back.
std::optional<QByteArray> ecdsaRawToDer(QByteArrayView raw);
std::optional<QByteArray> ecdsaDerToRaw(QByteArrayView der, int fieldBytes);
// True if the bytes are exactly one DER ECDSA-Sig-Value.
bool isEcdsaDer(QByteArrayView der);
// True if the bytes are a CMS/PKCS#7 ContentInfo (a whole signature container).
bool looksLikeCms(QByteArrayView bytes);

// DER RSASSA-PSS-params for MGF1 with the same hash, salt = digest length, trailer 1.
QByteArray pssParams(HashAlgorithm hash);

// SHA-256 over the certificate's SubjectPublicKeyInfo (HPKP / "pin-sha256"); empty if not a certificate.
QByteArray spkiSha256(const QByteArray &certDer);

// application/x-www-form-urlencoded (also a valid URL query): every byte but the unreserved
// characters percent-encoded, so that Base64's '+' and '/' survive.
QByteArray formEncode(const QList<std::pair<QString, QString>> &items);

// Cryptographically random bytes.
QByteArray randomBytes(int count);

} // namespace sic::csc
