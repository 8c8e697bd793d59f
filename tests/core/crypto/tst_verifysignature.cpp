// "Does this value verify under this scheme": values made by OpenSSL here with fresh keys.
#include "crypto/ecdsa.h"
#include "crypto/ossl.h"
#include "crypto/verifysignature.h"

#include <QTest>

#include <openssl/rsa.h>

using namespace sic;
using K = SignatureScheme::Kind;
using H = HashAlgorithm;
using R = SignatureFailure::Reason;

namespace {

QByteArray sign(EVP_PKEY *key, const SignatureScheme &s, const QByteArray &digest, PssParameters pss)
{
    ossl::PKeyCtx ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    EVP_PKEY_sign_init(ctx.get());
    if (s.kind == K::RsaPkcs1)
        EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING);
    if (s.kind == K::RsaPss)
        EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PSS_PADDING);
    EVP_PKEY_CTX_set_signature_md(ctx.get(), evpMd(s.hash));
    if (s.kind == K::RsaPss) {
        EVP_PKEY_CTX_set_rsa_mgf1_md(ctx.get(), evpMd(pss.mgf1Hash));
        EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx.get(), pss.saltLength);
    }
    size_t len = 0;
    const auto *d = reinterpret_cast<const unsigned char *>(digest.constData());
    EVP_PKEY_sign(ctx.get(), nullptr, &len, d, size_t(digest.size()));
    QByteArray out(qsizetype(len), '\0');
    EVP_PKEY_sign(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len, d, size_t(digest.size()));
    out.resize(qsizetype(len));
    return out;
}

} // namespace

class TestVerifySignature : public QObject
{
    Q_OBJECT
    ossl::PKey m_rsa{EVP_RSA_gen(2048)};
    ossl::PKey m_ec{EVP_EC_gen("P-256")};

private slots:
    void schemes_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("hash");
        QTest::newRow("pkcs1 sha256") << int(K::RsaPkcs1) << int(H::Sha256);
        QTest::newRow("pkcs1 sha512") << int(K::RsaPkcs1) << int(H::Sha512);
        QTest::newRow("pss sha256") << int(K::RsaPss) << int(H::Sha256);
        QTest::newRow("pss sha384") << int(K::RsaPss) << int(H::Sha384);
        QTest::newRow("ecdsa sha256") << int(K::Ecdsa) << int(H::Sha256);
        QTest::newRow("ecdsa sha1 (verifier only)") << int(K::Ecdsa) << int(H::Sha1);
    }
    void schemes()
    {
        QFETCH(int, kind);
        QFETCH(int, hash);
        const SignatureScheme s{K(kind), H(hash)};
        EVP_PKEY *key = s.kind == K::Ecdsa ? m_ec.get() : m_rsa.get();
        EVP_PKEY *otherKind = s.kind == K::Ecdsa ? m_rsa.get() : m_ec.get();
        const QByteArray d1 = digestBytes(s.hash, "one");
        const QByteArray d2 = digestBytes(s.hash, "two");
        const QByteArray v = sign(key, s, d1, PssParameters::forHash(s.hash));
        QVERIFY(verifySignatureValue(key, s, d1, v));
        auto r = verifySignatureValue(key, s, d2, v); // a value for another digest
        QVERIFY(!r);
        QCOMPARE(r.error().reason, R::Invalid);
        QByteArray flipped = v;
        flipped[flipped.size() / 2] = char(flipped.at(flipped.size() / 2) ^ 1);
        QVERIFY(!verifySignatureValue(key, s, d1, flipped));
        QVERIFY(!verifySignatureValue(key, s, d1, {}));
        r = verifySignatureValue(otherKind, s, d1, v);
        QVERIFY(!r);
        QCOMPARE(r.error().reason, R::KeyMismatch);
        r = verifySignatureValue(nullptr, s, d1, v);
        QCOMPARE(r.error().reason, R::KeyMismatch);
        r = verifySignatureValue(key, s, d1.left(d1.size() - 1), v);
        QVERIFY(!r);
        QCOMPARE(r.error().reason, R::BadParameters);
        // Another key of the same kind.
        ossl::PKey other(s.kind == K::Ecdsa ? EVP_EC_gen("P-256") : EVP_RSA_gen(2048));
        QVERIFY(!verifySignatureValue(other.get(), s, d1, v));
    }

    // PKCS#1 v1.5 and PSS are told apart: a value of one never passes as the other.
    void paddingIsPartOfTheScheme()
    {
        const QByteArray d = digestBytes(H::Sha256, "x");
        const QByteArray pkcs1 = sign(m_rsa.get(), {K::RsaPkcs1, H::Sha256}, d, {});
        const QByteArray pss =
            sign(m_rsa.get(), {K::RsaPss, H::Sha256}, d, PssParameters::forHash(H::Sha256));
        QVERIFY(!verifySignatureValue(m_rsa.get(), {K::RsaPss, H::Sha256}, d, pkcs1));
        QVERIFY(!verifySignatureValue(m_rsa.get(), {K::RsaPkcs1, H::Sha256}, d, pss));
        // A SHA-256 digest under a SHA-384 scheme is refused before OpenSSL sees it.
        QCOMPARE(verifySignatureValue(m_rsa.get(), {K::RsaPkcs1, H::Sha384}, d, pkcs1).error().reason,
                 R::BadParameters);
    }

    // Other PSS parameters: verified with the ones the value claims, refused with the defaults.
    void pssParametersHandledOnce()
    {
        const SignatureScheme s{K::RsaPss, H::Sha256};
        const QByteArray d = digestBytes(H::Sha256, "x");
        const PssParameters odd{H::Sha256, H::Sha1, 0};
        const QByteArray v = sign(m_rsa.get(), s, d, odd);
        QVERIFY(verifySignatureValue(m_rsa.get(), s, d, v, odd));
        QVERIFY(!verifySignatureValue(m_rsa.get(), s, d, v));
        // The PSS hash must be the digest's.
        const auto r = verifySignatureValue(m_rsa.get(), s, d, v, PssParameters{H::Sha384, H::Sha1, 0});
        QVERIFY(!r);
        QCOMPARE(r.error().reason, R::BadParameters);
        // A key made for PSS only (RSA-PSS type) takes PSS and nothing else.
        ossl::PKeyCtx gen(EVP_PKEY_CTX_new_from_name(nullptr, "RSA-PSS", nullptr));
        EVP_PKEY *made = nullptr;
        QVERIFY(gen && EVP_PKEY_keygen_init(gen.get()) == 1 &&
                EVP_PKEY_CTX_set_rsa_keygen_bits(gen.get(), 2048) == 1 &&
                EVP_PKEY_generate(gen.get(), &made) == 1);
        ossl::PKey pssKey(made);
        const QByteArray pv = sign(pssKey.get(), s, d, PssParameters::forHash(H::Sha256));
        QVERIFY(verifySignatureValue(pssKey.get(), s, d, pv));
        QCOMPARE(verifySignatureValue(pssKey.get(), {K::RsaPkcs1, H::Sha256}, d, pv).error().reason,
                 R::KeyMismatch);
    }

    // ECDSA values are strict DER: the same signature in BER or with a byte after it is refused,
    // and r||s must go through ecdsaRawToDer first.
    void ecdsaStrict()
    {
        const SignatureScheme s{K::Ecdsa, H::Sha256};
        const QByteArray d = digestBytes(H::Sha256, "x");
        const QByteArray v = sign(m_ec.get(), s, d, {});
        QVERIFY(verifySignatureValue(m_ec.get(), s, d, v));
        QVERIFY(!verifySignatureValue(m_ec.get(), s, d, v + QByteArray(1, '\0')));
        QByteArray ber = v; // the same SEQUENCE with a long-form length
        ber.insert(1, char(0x81));
        QVERIFY(!verifySignatureValue(m_ec.get(), s, d, ber));
        const auto raw = ecdsaDerToRaw(v, 32);
        QVERIFY(raw);
        QVERIFY(!verifySignatureValue(m_ec.get(), s, d, *raw));
        QVERIFY(verifySignatureValue(m_ec.get(), s, d, *ecdsaRawToDer(*raw)));
    }
};

QTEST_GUILESS_MAIN(TestVerifySignature)
#include "tst_verifysignature.moc"
