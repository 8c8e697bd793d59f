// Byte-level pieces of the CSC client: PKCE, Base64 flavours, CMS detection, and the check of
// returned signature values (ECDSA in both encodings). PSS parameters and the OID table are
// core/crypto's (tests/core/crypto/tst_signaturescheme.cpp).
#include "crypto/ecdsa.h"
#include "csc/cscerror.h"
#include "csc/encoding.h"
#include "csc/pkce.h"
#include "csc/signaturecheck.h"
#include "testkeys.h"

#include <QTest>

#include <openssl/cms.h>

using namespace sic;
using namespace sic::csc;

class TstCscEncoding : public QObject
{
    Q_OBJECT
private slots:
    void pkceRfc7636Vector()
    {
        // RFC 7636 Appendix B (the value printed there; cross-checked with Python hashlib).
        QCOMPARE(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }
    void pkceGenerated()
    {
        const Pkce a = Pkce::generate();
        const Pkce b = Pkce::generate();
        QCOMPARE(a.verifier.size(), 43);
        QVERIFY(a.verifier != b.verifier);
        QCOMPARE(a.challenge, Pkce::challengeFor(a.verifier));
        for (char c : a.verifier)
            QVERIFY2(
                QByteArray("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_").contains(c),
                "verifier must be base64url");
    }

    void base64Any_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        const QByteArray bytes = QByteArray::fromHex("fbff3e00fe");
        QTest::newRow("standard padded") << bytes.toBase64() << bytes << true;
        QTest::newRow("standard unpadded") << bytes.toBase64(QByteArray::OmitTrailingEquals) << bytes << true;
        QTest::newRow("url unpadded") << base64Url(bytes) << bytes << true;
        QTest::newRow("url padded") << bytes.toBase64(QByteArray::Base64UrlEncoding) << bytes << true;
        QTest::newRow("with newlines") << QByteArray("+/8+\nAP4=") << bytes << true;
        QTest::newRow("garbage") << QByteArray("not*base64") << QByteArray() << false;
        QTest::newRow("bad length") << QByteArray("AAAAA") << QByteArray() << false;
    }
    void base64Any()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        const auto decoded = decodeBase64Any(text);
        QCOMPARE(decoded.has_value(), valid);
        if (valid)
            QCOMPARE(*decoded, bytes);
    }
    void base64UrlHasNoPlusSlashOrPadding()
    {
        const QByteArray b64 = base64Url(QByteArray::fromHex("fbff3e00fe"));
        QCOMPARE(b64, QByteArray("-_8-AP4"));
    }

    void ecdsaRawDer_data()
    {
        QTest::addColumn<QByteArray>("curve");
        QTest::addColumn<int>("field");
        QTest::newRow("P-256") << QByteArray("P-256") << 32;
        QTest::newRow("P-384") << QByteArray("P-384") << 48;
    }
    void ecdsaRawDer()
    {
        QFETCH(QByteArray, curve);
        QFETCH(int, field);
        const TestKey k = TestKey::make("EC", curve.constData());
        const SignatureScheme scheme{SignatureScheme::Kind::Ecdsa, HashAlgorithm::Sha256};
        const QByteArray digest = digestBytes(HashAlgorithm::Sha256, "hello");
        for (int i = 0; i < 20; ++i) { // r or s with a leading zero byte shows up within a few tries
            const QByteArray der = k.sign(scheme, digest);
            QVERIFY(isEcdsaDer(der));
            const auto raw = ecdsaDerToRaw(der, field);
            QVERIFY(raw);
            QCOMPARE(raw->size(), 2 * field);
            QVERIFY(!isEcdsaDer(*raw));
            const auto back = ecdsaRawToDer(*raw);
            QVERIFY(back);
            QCOMPARE(*back, der);
            // The client accepts both encodings and always hands out DER.
            const auto fromRaw = checkSignatureValue(k.certDer, scheme, digest, *raw);
            QVERIFY2(fromRaw, qPrintable(fromRaw ? QString() : fromRaw.error().toString()));
            QCOMPARE(*fromRaw, der);
        }
        QVERIFY(!ecdsaRawToDer(QByteArray(2 * field, '\0'))); // r = s = 0 is no signature
        QVERIFY(!ecdsaRawToDer(QByteArray(3, '\1')));
    }

    void cmsDetected()
    {
        const QByteArray payload("payload"); // the BIO reads it in place: it must outlive the BIO
        ossl::Bio data = ossl::memBio(payload);
        ossl::Cms cms(CMS_data_create(data.get(), CMS_BINARY));
        QVERIFY(cms);
        const QByteArray der = ossl::toDer(cms.get(), i2d_CMS_ContentInfo);
        QVERIFY(looksLikeCms(der));
        const TestKey k = TestKey::make("RSA", "2048");
        const QByteArray digest = digestBytes(HashAlgorithm::Sha256, "x");
        const auto r = checkSignatureValue(
            k.certDer, {SignatureScheme::Kind::RsaPkcs1, HashAlgorithm::Sha256}, digest, der);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("csc.cms_instead_of_raw"));
        // A bare value is not mistaken for CMS.
        QVERIFY(!looksLikeCms(k.sign({SignatureScheme::Kind::RsaPkcs1, HashAlgorithm::Sha256}, digest)));
    }

    void signatureCheck_data()
    {
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QByteArray>("param");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("alg");
        QTest::newRow("rsa pkcs1 sha256")
            << QByteArray("RSA") << QByteArray("2048") << int(SignatureScheme::Kind::RsaPkcs1)
            << int(HashAlgorithm::Sha256);
        QTest::newRow("rsa pss sha384") << QByteArray("RSA") << QByteArray("2048")
                                        << int(SignatureScheme::Kind::RsaPss) << int(HashAlgorithm::Sha384);
        QTest::newRow("ecdsa p256") << QByteArray("EC") << QByteArray("P-256")
                                    << int(SignatureScheme::Kind::Ecdsa) << int(HashAlgorithm::Sha256);
        QTest::newRow("ecdsa p384 sha512") << QByteArray("EC") << QByteArray("P-384")
                                           << int(SignatureScheme::Kind::Ecdsa) << int(HashAlgorithm::Sha512);
    }
    void signatureCheck()
    {
        QFETCH(QByteArray, type);
        QFETCH(QByteArray, param);
        QFETCH(int, kind);
        QFETCH(int, alg);
        const TestKey k = TestKey::make(type.constData(), param.constData());
        const SignatureScheme scheme{SignatureScheme::Kind(kind), HashAlgorithm(alg)};
        const QByteArray d1 = digestBytes(scheme.hash, "one");
        const QByteArray d2 = digestBytes(scheme.hash, "two");
        const QByteArray v1 = k.sign(scheme, d1);
        const QByteArray v2 = k.sign(scheme, d2);
        QVERIFY(checkSignatureValue(k.certDer, scheme, d1, v1));
        // Swapped: a valid value for another digest.
        auto swapped = checkSignatureValue(k.certDer, scheme, d1, v2);
        QVERIFY(!swapped);
        QCOMPARE(swapped.error().code, QStringLiteral("csc.signature_rejected"));
        // Corrupted.
        QByteArray bad = v1;
        bad[bad.size() / 2] = char(bad[bad.size() / 2] ^ 0x01);
        QVERIFY(!checkSignatureValue(k.certDer, scheme, d1, bad));
        // Garbage and empty.
        QVERIFY(!checkSignatureValue(k.certDer, scheme, d1, QByteArray("\x01\x02\x03", 3)));
        QVERIFY(!checkSignatureValue(k.certDer, scheme, d1, QByteArray()));
        // Another key's valid signature.
        const TestKey other = TestKey::make(type.constData(), param.constData());
        QVERIFY(!checkSignatureValue(k.certDer, scheme, d1, other.sign(scheme, d1)));
    }

    void spkiPin()
    {
        const TestKey k = TestKey::make("EC", "P-256");
        const QByteArray pin = spkiSha256(k.certDer);
        QCOMPARE(pin.size(), 32);
        ossl::X509Ptr cert = ossl::x509FromDer(k.certDer);
        const QByteArray spki = ossl::toDer(X509_get_X509_PUBKEY(cert.get()), i2d_X509_PUBKEY);
        QCOMPARE(pin, digestBytes(HashAlgorithm::Sha256, spki));
        QVERIFY(spkiSha256("not a certificate").isEmpty());
    }

    void formEncodingKeepsBase64()
    {
        const QByteArray enc = formEncode({{QStringLiteral("hashes"), QStringLiteral("a+b/c=,d")},
                                           {QStringLiteral("x y"), QStringLiteral("&")}});
        QCOMPARE(enc, QByteArray("hashes=a%2Bb%2Fc%3D%2Cd&x%20y=%26"));
    }
};

QTEST_GUILESS_MAIN(TstCscEncoding)
#include "tst_cscencoding.moc"
