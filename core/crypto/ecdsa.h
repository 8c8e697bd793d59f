#pragma once

#include <QByteArray>

#include <optional>

namespace sic {

// ECDSA signature values come in two shapes: DER ECDSA-Sig-Value (CMS, PKCS#11 wrappers, most
// RSSPs) and raw r||s with each half left-padded to the field size (XML Signature, some RSSPs).

// DER -> r||s, each half padded to fieldBytes (32 for P-256, 48 for P-384, 66 for P-521).
std::optional<QByteArray> ecdsaDerToRaw(const QByteArray &der, int fieldBytes);
// r||s (even length) -> DER.
std::optional<QByteArray> ecdsaRawToDer(const QByteArray &raw);
// True when the bytes are exactly one DER ECDSA-Sig-Value (no trailing data).
bool isEcdsaDer(const QByteArray &bytes);

} // namespace sic
