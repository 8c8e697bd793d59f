#pragma once

// Owning RAII wrappers for every OpenSSL handle core uses. Code outside core/crypto and the
// format modules never sees a naked OpenSSL pointer that it must free.

#include <QByteArray>
#include <QString>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/ocsp.h>
#include <openssl/ts.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include "base/handle.h"

#include <memory>

namespace sic::ossl {

template <auto FreeFn>
using Deleter = HandleDeleter<FreeFn>;
template <typename T, auto FreeFn>
using Ptr = Handle<T, FreeFn>;

using Bio = Ptr<BIO, BIO_free_all>;
using Md = Ptr<EVP_MD, EVP_MD_free>;
using MdCtx = Ptr<EVP_MD_CTX, EVP_MD_CTX_free>;
using PKey = Ptr<EVP_PKEY, EVP_PKEY_free>;
using PKeyCtx = Ptr<EVP_PKEY_CTX, EVP_PKEY_CTX_free>;
using X509Ptr = Ptr<X509, X509_free>;
using X509Crl = Ptr<X509_CRL, X509_CRL_free>;
using X509Store = Ptr<X509_STORE, X509_STORE_free>;
using X509StoreCtx = Ptr<X509_STORE_CTX, X509_STORE_CTX_free>;
using X509Name = Ptr<X509_NAME, X509_NAME_free>;
using Cms = Ptr<CMS_ContentInfo, CMS_ContentInfo_free>;
using OcspRequest = Ptr<OCSP_REQUEST, OCSP_REQUEST_free>;
using OcspResponse = Ptr<OCSP_RESPONSE, OCSP_RESPONSE_free>;
using OcspBasic = Ptr<OCSP_BASICRESP, OCSP_BASICRESP_free>;
using OcspCertId = Ptr<OCSP_CERTID, OCSP_CERTID_free>;
using TsRequest = Ptr<TS_REQ, TS_REQ_free>;
using TsResponse = Ptr<TS_RESP, TS_RESP_free>;
using TsVerifyCtx = Ptr<TS_VERIFY_CTX, TS_VERIFY_CTX_free>;
using Pkcs7 = Ptr<PKCS7, PKCS7_free>;
using Asn1Integer = Ptr<ASN1_INTEGER, ASN1_INTEGER_free>;
using Asn1Object = Ptr<ASN1_OBJECT, ASN1_OBJECT_free>;
using Asn1OctetString = Ptr<ASN1_OCTET_STRING, ASN1_OCTET_STRING_free>;
using BigNum = Ptr<BIGNUM, BN_free>;
using EcdsaSig = Ptr<ECDSA_SIG, ECDSA_SIG_free>;

inline void freeX509Stack(STACK_OF(X509) * s)
{
    sk_X509_pop_free(s, X509_free);
}
using X509Stack = std::unique_ptr<STACK_OF(X509), Deleter<freeX509Stack>>;

// The last OpenSSL error queue as one line, and clears the queue. For support detail only.
QString lastError();

// A read-only memory BIO over bytes that outlive it.
Bio memBio(const QByteArray &bytes);
// Everything written to a memory BIO.
QByteArray bioBytes(BIO *bio);

// DER of any i2d-able object.
template <typename T, typename I2D>
QByteArray toDer(const T *obj, I2D i2d)
{
    unsigned char *out = nullptr;
    const int len = i2d(const_cast<T *>(obj), &out);
    if (len <= 0)
        return {};
    QByteArray der(reinterpret_cast<const char *>(out), len);
    OPENSSL_free(out);
    return der;
}

X509Ptr x509FromDer(const QByteArray &der);
X509Ptr x509FromPem(const QByteArray &pem);
QByteArray x509ToDer(const X509 *cert);

} // namespace sic::ossl

// Appended for the verifier (core/verify).
#include <openssl/ess.h>

namespace sic::ossl {
using TsTstInfo = Ptr<TS_TST_INFO, TS_TST_INFO_free>;
using EssSigningCert = Ptr<ESS_SIGNING_CERT, ESS_SIGNING_CERT_free>;
using EssSigningCertV2 = Ptr<ESS_SIGNING_CERT_V2, ESS_SIGNING_CERT_V2_free>;
using X509VerifyParam = Ptr<X509_VERIFY_PARAM, X509_VERIFY_PARAM_free>;
inline void freeCrlStack(STACK_OF(X509_CRL) * s)
{
    sk_X509_CRL_pop_free(s, X509_CRL_free);
}
using X509CrlStack = std::unique_ptr<STACK_OF(X509_CRL), Deleter<freeCrlStack>>;
} // namespace sic::ossl
