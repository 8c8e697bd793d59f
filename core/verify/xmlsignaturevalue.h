#pragma once

#include "crypto/hashalgorithm.h"

#include <QByteArray>
#include <QString>

#include <optional>

#include "crypto/ossl.h"

#include <libxml/tree.h>
#include <openssl/evp.h>

namespace sic::verify {

// An XMLDSig SignatureMethod the verifier knows.
struct XmlSignatureMethod
{
    HashAlgorithm hash;
    enum class Scheme
    {
        RsaPkcs1,
        RsaPss,
        Ecdsa
    } scheme;
    QString displayName() const;
};

std::optional<XmlSignatureMethod> xmlSignatureMethod(const QString &uri);

// Verifies an XMLDSig SignatureValue over canonical SignedInfo octets. ECDSA values are the
// raw r||s concatenation of RFC 4050/6931, converted to DER here.
bool verifyXmlSignatureValue(EVP_PKEY *key, const XmlSignatureMethod &method, const QByteArray &signedInfo,
                             const QByteArray &signatureValue);

// The public key of a ds:KeyValue (RSAKeyValue only); null if absent or unsupported.
ossl::PKey keyFromKeyValue(xmlNode *keyValue);

} // namespace sic::verify
