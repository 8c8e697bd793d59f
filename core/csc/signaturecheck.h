#pragma once

#include "base/error.h"
#include "crypto/signaturescheme.h"

#include <QByteArray>

namespace sic::csc {

// Accepts a signature value from the RSSP only if it verifies with OpenSSL against the end-entity
// certificate's public key and its own digest (crypto/verifysignature.h). ECDSA values given as
// raw r||s are converted to DER first; a CMS/PKCS#7 container instead of a bare value is refused
// with its own error. Returns the value in the form HashSigner promises (RSA raw, ECDSA DER).
Result<QByteArray> checkSignatureValue(const QByteArray &certDer, const SignatureScheme &scheme,
                                       const QByteArray &digest, const QByteArray &value);

} // namespace sic::csc
