#pragma once

#include <QByteArray>

#include <optional>

typedef struct evp_pkey_st EVP_PKEY;

namespace sic {

// ECDSA signature values come in two shapes: DER ECDSA-Sig-Value (CMS, PKCS#11 wrappers, most
// RSSPs) and raw r||s with each half left-padded to the field size (XML Signature, some RSSPs).
// The one conversion between them, strict both ways: a value has exactly one accepted encoding,
// so that two byte strings never pass for the same signature.

// True when the bytes are exactly one DER ECDSA-Sig-Value: SEQUENCE of two positive INTEGERs in
// minimal encoding (a high-bit integer needs its leading zero, no extra zeros), definite minimal
// lengths, nothing after it, neither integer zero.
bool isEcdsaDer(QByteArrayView bytes);
// DER -> r||s, each half padded to fieldBytes (32 for P-256, 48 for P-384, 66 for P-521);
// nullopt if the DER is not strict or an integer does not fit the field.
std::optional<QByteArray> ecdsaDerToRaw(QByteArrayView der, int fieldBytes);
// r||s (non-empty, even length, neither half zero) -> strict DER.
std::optional<QByteArray> ecdsaRawToDer(QByteArrayView raw);
// The byte length of one half of r||s for an EC key (its field size); 0 for any other key.
int ecdsaFieldBytes(const EVP_PKEY *key);

} // namespace sic
