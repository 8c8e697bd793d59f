#pragma once

#include "crypto/hashalgorithm.h"
#include "crypto/signaturescheme.h"

#include <QByteArray>
#include <QString>

#include <optional>

#include "crypto/ossl.h"

#include <libxml/tree.h>
#include <openssl/evp.h>

namespace sic::verify {

// Verifies an XMLDSig SignatureValue over canonical SignedInfo octets (crypto/verifysignature.h).
// ECDSA values are the raw r||s concatenation of RFC 4050/6931, converted to DER here. The
// SignatureMethod URI maps to a scheme through crypto's table (schemeFromXmlUri).
bool verifyXmlSignatureValue(EVP_PKEY *key, const SignatureScheme &method, const QByteArray &signedInfo,
                             const QByteArray &signatureValue);

// The public key of a ds:KeyValue (RSAKeyValue only); null if absent or unsupported.
ossl::PKey keyFromKeyValue(xmlNode *keyValue);

} // namespace sic::verify
