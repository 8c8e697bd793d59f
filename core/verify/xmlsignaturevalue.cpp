#include "verify/xmlsignaturevalue.h"

#include "crypto/ecdsa.h"
#include "crypto/ossl.h"
#include "crypto/verifysignature.h"
#include "xml/xmlutil.h"

#include <openssl/core_names.h>
#include <openssl/param_build.h>

namespace sic::verify {

bool verifyXmlSignatureValue(EVP_PKEY *key, const SignatureScheme &method, const QByteArray &signedInfo,
                             const QByteArray &signatureValue)
{
    QByteArray sig = signatureValue;
    if (method.kind == SignatureScheme::Kind::Ecdsa) {
        const auto der = ecdsaRawToDer(signatureValue);
        if (!der)
            return false;
        sig = *der;
    }
    return bool(verifySignatureValue(key, method, digestBytes(method.hash, signedInfo), sig));
}

} // namespace sic::verify

namespace sic::verify {

ossl::PKey keyFromKeyValue(xmlNode *keyValue)
{
    xmlNode *rsa = xml::firstChild(keyValue, xml::kDsigNs, "RSAKeyValue");
    const auto n = xml::base64(xml::text(xml::firstChild(rsa, xml::kDsigNs, "Modulus")));
    const auto e = xml::base64(xml::text(xml::firstChild(rsa, xml::kDsigNs, "Exponent")));
    if (!rsa || !n || !e || n->isEmpty() || e->isEmpty())
        return {};
    ossl::BigNum bn(
        BN_bin2bn(reinterpret_cast<const unsigned char *>(n->constData()), int(n->size()), nullptr));
    ossl::BigNum be(
        BN_bin2bn(reinterpret_cast<const unsigned char *>(e->constData()), int(e->size()), nullptr));
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, bn.get());
    OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, be.get());
    OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(bld);
    OSSL_PARAM_BLD_free(bld);
    ossl::PKeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY *key = nullptr;
    if (ctx && params && EVP_PKEY_fromdata_init(ctx.get()) == 1)
        EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params);
    OSSL_PARAM_free(params);
    ossl::lastError();
    return ossl::PKey(key);
}

} // namespace sic::verify
