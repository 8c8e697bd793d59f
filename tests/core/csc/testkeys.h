#pragma once

// Keys and self-signed certificates made at test time (no fixtures, no time bombs).

#include "crypto/hashalgorithm.h"
#include "crypto/ossl.h"
#include "sign/hashsigner.h"

#include <QByteArray>
#include <QDateTime>

#include <openssl/rsa.h>

struct TestKey
{
    sic::ossl::PKey key;
    QByteArray certDer;

    static TestKey make(const char *type, const char *param)
    {
        TestKey k;
        if (QByteArray(type) == "RSA")
            k.key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(QByteArray(param).toInt())));
        else
            k.key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", param));
        sic::ossl::X509Ptr cert(X509_new());
        X509_set_version(cert.get(), 2);
        ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 4711);
        X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
        X509_gmtime_adj(X509_getm_notAfter(cert.get()), 3600 * 24);
        X509_NAME *name = X509_get_subject_name(cert.get());
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>("Test Signer"), -1, -1, 0);
        X509_set_issuer_name(cert.get(), name);
        X509_set_pubkey(cert.get(), k.key.get());
        X509_sign(cert.get(), k.key.get(), EVP_sha256());
        k.certDer = sic::ossl::x509ToDer(cert.get());
        return k;
    }

    QByteArray sign(const sic::SignatureScheme &scheme, const QByteArray &digest) const
    {
        sic::ossl::PKeyCtx ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
        EVP_PKEY_sign_init(ctx.get());
        EVP_PKEY_CTX_set_signature_md(ctx.get(), sic::evpMd(scheme.hash));
        if (scheme.kind == sic::SignatureScheme::Kind::RsaPkcs1)
            EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING);
        if (scheme.kind == sic::SignatureScheme::Kind::RsaPss) {
            EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PSS_PADDING);
            EVP_PKEY_CTX_set_rsa_mgf1_md(ctx.get(), sic::evpMd(scheme.hash));
            EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx.get(), sic::hashInfo(scheme.hash).size);
        }
        size_t len = 0;
        const auto *d = reinterpret_cast<const unsigned char *>(digest.constData());
        EVP_PKEY_sign(ctx.get(), nullptr, &len, d, size_t(digest.size()));
        QByteArray out(qsizetype(len), '\0');
        EVP_PKEY_sign(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len, d,
                      size_t(digest.size()));
        out.resize(qsizetype(len));
        return out;
    }
};
