#include "verify/xmlsignaturevalue.h"

#include "crypto/ossl.h"
#include "xml/xmlutil.h"

#include <openssl/core_names.h>
#include <openssl/param_build.h>

#include <openssl/ecdsa.h>
#include <openssl/rsa.h>

namespace sic::verify {

QString XmlSignatureMethod::displayName() const
{
    const QString h = QString::fromLatin1(hashInfo(hash).name).toUpper();
    switch (scheme) {
    case Scheme::RsaPkcs1:
        return QStringLiteral("RSA PKCS#1 v1.5 with %1").arg(h);
    case Scheme::RsaPss:
        return QStringLiteral("RSA-PSS with %1").arg(h);
    case Scheme::Ecdsa:
        break;
    }
    return QStringLiteral("ECDSA with %1").arg(h);
}

std::optional<XmlSignatureMethod> xmlSignatureMethod(const QString &uri)
{
    using S = XmlSignatureMethod::Scheme;
    static const struct
    {
        const char *uri;
        HashAlgorithm hash;
        S scheme;
    } table[] = {
        {"http://www.w3.org/2000/09/xmldsig#rsa-sha1", HashAlgorithm::Sha1, S::RsaPkcs1},
        {"http://www.w3.org/2001/04/xmldsig-more#rsa-sha224", HashAlgorithm::Sha224, S::RsaPkcs1},
        {"http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", HashAlgorithm::Sha256, S::RsaPkcs1},
        {"http://www.w3.org/2001/04/xmldsig-more#rsa-sha384", HashAlgorithm::Sha384, S::RsaPkcs1},
        {"http://www.w3.org/2001/04/xmldsig-more#rsa-sha512", HashAlgorithm::Sha512, S::RsaPkcs1},
        {"http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1", HashAlgorithm::Sha256, S::RsaPss},
        {"http://www.w3.org/2007/05/xmldsig-more#sha384-rsa-MGF1", HashAlgorithm::Sha384, S::RsaPss},
        {"http://www.w3.org/2007/05/xmldsig-more#sha512-rsa-MGF1", HashAlgorithm::Sha512, S::RsaPss},
        {"http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha1", HashAlgorithm::Sha1, S::Ecdsa},
        {"http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha224", HashAlgorithm::Sha224, S::Ecdsa},
        {"http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256", HashAlgorithm::Sha256, S::Ecdsa},
        {"http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384", HashAlgorithm::Sha384, S::Ecdsa},
        {"http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512", HashAlgorithm::Sha512, S::Ecdsa},
    };
    for (const auto &e : table) {
        if (uri == QLatin1String(e.uri))
            return XmlSignatureMethod{e.hash, e.scheme};
    }
    return std::nullopt;
}

namespace {

QByteArray ecdsaRawToDer(const QByteArray &raw)
{
    if (raw.isEmpty() || raw.size() % 2)
        return {};
    const int half = int(raw.size() / 2);
    const auto *p = reinterpret_cast<const unsigned char *>(raw.constData());
    ossl::EcdsaSig sig(ECDSA_SIG_new());
    BIGNUM *r = BN_bin2bn(p, half, nullptr);
    BIGNUM *s = BN_bin2bn(p + half, half, nullptr);
    if (!r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return {};
    }
    return ossl::toDer(sig.get(), i2d_ECDSA_SIG);
}

} // namespace

bool verifyXmlSignatureValue(EVP_PKEY *key, const XmlSignatureMethod &method, const QByteArray &signedInfo,
                             const QByteArray &signatureValue)
{
    if (!key)
        return false;
    QByteArray sig = signatureValue;
    if (method.scheme == XmlSignatureMethod::Scheme::Ecdsa) {
        if (!EVP_PKEY_is_a(key, "EC"))
            return false;
        sig = ecdsaRawToDer(signatureValue);
    } else if (!EVP_PKEY_is_a(key, "RSA") && !EVP_PKEY_is_a(key, "RSA-PSS")) {
        return false;
    }
    ossl::MdCtx ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr;
    if (EVP_DigestVerifyInit(ctx.get(), &pctx, evpMd(method.hash), nullptr, key) != 1) {
        ossl::lastError();
        return false;
    }
    if (method.scheme == XmlSignatureMethod::Scheme::RsaPss) {
        EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING);
        EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST);
        EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, evpMd(method.hash));
    }
    const int rc = EVP_DigestVerify(
        ctx.get(), reinterpret_cast<const unsigned char *>(sig.constData()), size_t(sig.size()),
        reinterpret_cast<const unsigned char *>(signedInfo.constData()), size_t(signedInfo.size()));
    ossl::lastError();
    return rc == 1;
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
