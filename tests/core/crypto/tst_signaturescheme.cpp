// The one table of signature schemes, OIDs and XML Signature URIs, and the RSASSA-PSS parameters.
#include "crypto/ossl.h"
#include "crypto/signaturescheme.h"

#include <QTest>

#include <openssl/rsa.h>

using namespace sic;
using K = SignatureScheme::Kind;
using H = HashAlgorithm;

class TestSignatureScheme : public QObject
{
    Q_OBJECT
private slots:
    void oidsAndUris_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("hash");
        QTest::addColumn<QString>("oid");
        QTest::addColumn<QString>("uri");
        // Values from RFC 4055, RFC 5758 (OIDs) and RFC 6931 (URIs), written out, not derived.
        auto row = [](const char *name, K k, H h, const char *oid, const char *uri) {
            QTest::newRow(name) << int(k) << int(h) << QString::fromLatin1(oid) << QString::fromLatin1(uri);
        };
        row("rsa-sha1", K::RsaPkcs1, H::Sha1, "1.2.840.113549.1.1.5",
            "http://www.w3.org/2000/09/xmldsig#rsa-sha1");
        row("rsa-sha256", K::RsaPkcs1, H::Sha256, "1.2.840.113549.1.1.11",
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256");
        row("rsa-sha384", K::RsaPkcs1, H::Sha384, "1.2.840.113549.1.1.12",
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384");
        row("rsa-sha512", K::RsaPkcs1, H::Sha512, "1.2.840.113549.1.1.13",
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512");
        row("pss-sha256", K::RsaPss, H::Sha256, "1.2.840.113549.1.1.10",
            "http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1");
        row("pss-sha512", K::RsaPss, H::Sha512, "1.2.840.113549.1.1.10",
            "http://www.w3.org/2007/05/xmldsig-more#sha512-rsa-MGF1");
        row("ecdsa-sha256", K::Ecdsa, H::Sha256, "1.2.840.10045.4.3.2",
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256");
        row("ecdsa-sha384", K::Ecdsa, H::Sha384, "1.2.840.10045.4.3.3",
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384");
        row("ecdsa-sha512", K::Ecdsa, H::Sha512, "1.2.840.10045.4.3.4",
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512");
        row("ecdsa-sha1", K::Ecdsa, H::Sha1, "1.2.840.10045.4.1",
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha1");
    }
    void oidsAndUris()
    {
        QFETCH(int, kind);
        QFETCH(int, hash);
        QFETCH(QString, oid);
        QFETCH(QString, uri);
        const SignatureScheme s{K(kind), H(hash)};
        QCOMPARE(QString::fromLatin1(signatureOid(s)), oid);
        QCOMPARE(signatureXmlUri(s), uri);
        QCOMPARE(schemeFromXmlUri(uri), std::optional(s));
        // id-RSASSA-PSS does not carry the hash: it comes from the parameters.
        QCOMPARE(schemeFromOid(oid, s.kind == K::RsaPss ? std::optional(s.hash) : std::nullopt),
                 std::optional(s));
        QCOMPARE(schemeKindFromOid(oid), std::optional(s.kind));
        // OpenSSL agrees on the OID (its own table, not ours).
        if (s.kind != K::RsaPss) {
            int digestNid = 0, keyNid = 0;
            ossl::Asn1Object obj(OBJ_txt2obj(oid.toLatin1().constData(), 1));
            QVERIFY(OBJ_find_sigid_algs(OBJ_obj2nid(obj.get()), &digestNid, &keyNid) == 1);
            QCOMPARE(digestNid, EVP_MD_get_type(evpMd(s.hash)));
            QCOMPARE(keyNid, s.kind == K::Ecdsa ? NID_X9_62_id_ecPublicKey : NID_rsaEncryption);
        }
    }

    void oidsWithoutHash()
    {
        QVERIFY(!schemeFromOid(u"1.2.840.113549.1.1.10"));
        QCOMPARE(schemeFromOid(u"1.2.840.113549.1.1.1", H::Sha384),
                 std::optional(SignatureScheme{K::RsaPkcs1, H::Sha384}));
        QCOMPARE(schemeFromOid(u"1.2.840.10045.2.1", H::Sha256),
                 std::optional(SignatureScheme{K::Ecdsa, H::Sha256}));
        QVERIFY(!schemeFromOid(u"1.2.840.113549.1.1.1"));
        QVERIFY(!schemeFromOid(u"1.3.101.112")); // Ed25519: not a scheme the app knows
        QVERIFY(!schemeKindFromOid(u"1.3.101.112"));
        QCOMPARE(schemeKindFromOid(u"1.2.840.113549.1.1.4"), std::optional(K::RsaPkcs1)); // md5WithRSA: named
        QVERIFY(!schemeFromXmlUri(u"http://www.w3.org/2001/04/xmldsig-more#rsa-md5"));
        QVERIFY(signatureXmlUri({K::RsaPss, H::Sha1}).isEmpty()); // no URI the app accepts
    }

    void names()
    {
        QCOMPARE(schemeDisplayName({K::RsaPkcs1, H::Sha256}), QStringLiteral("RSA PKCS#1 v1.5 with SHA256"));
        QCOMPARE(schemeDisplayName({K::RsaPss, H::Sha384}), QStringLiteral("RSA-PSS with SHA384"));
        QCOMPARE(schemeDisplayName({K::Ecdsa, H::Sha512}), QStringLiteral("ECDSA with SHA512"));
    }

    void pssDer_data()
    {
        QTest::addColumn<int>("hash");
        QTest::newRow("sha256") << int(H::Sha256);
        QTest::newRow("sha384") << int(H::Sha384);
        QTest::newRow("sha512") << int(H::Sha512);
    }
    void pssDer()
    {
        QFETCH(int, hash);
        const auto h = H(hash);
        const QByteArray der = pssParametersDer(PssParameters::forHash(h));
        // OpenSSL reads what we wrote.
        const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
        ossl::Ptr<RSA_PSS_PARAMS, RSA_PSS_PARAMS_free> params(
            d2i_RSA_PSS_PARAMS(nullptr, &p, long(der.size())));
        QVERIFY(params);
        QCOMPARE(OBJ_obj2nid(params->hashAlgorithm->algorithm), EVP_MD_get_type(evpMd(h)));
        QVERIFY(!params->hashAlgorithm->parameter); // absent, RFC 5754
        QCOMPARE(OBJ_obj2nid(params->maskGenAlgorithm->algorithm), NID_mgf1);
        QCOMPARE(ASN1_INTEGER_get(params->saltLength), long(hashInfo(h).size));
        QVERIFY(!params->trailerField); // the default, left out as DER wants
        // And we read it back.
        QCOMPARE(parsePssParameters(der), std::optional(PssParameters::forHash(h)));
        // The exact bytes for SHA-256 (as PAdES has always written them).
        if (h == H::Sha256)
            QCOMPARE(der.toHex(),
                     QByteArray("3030a00d300b0609608648016503040201a11a301806092a864886f70d010108"
                                "300b0609608648016503040201a203020120"));
    }

    void pssParse()
    {
        QCOMPARE(parsePssParameters({}), std::optional(PssParameters{H::Sha1, H::Sha1, 20}));
        QCOMPARE(parsePssParameters(QByteArray::fromHex("3000")),
                 std::optional(PssParameters{H::Sha1, H::Sha1, 20}));
        // Salt 0 with SHA-384, MGF1 with SHA-256: legal, unusual, read as written.
        const QByteArray mixed = pssParametersDer({H::Sha384, H::Sha256, 0});
        QCOMPARE(parsePssParameters(mixed), std::optional(PssParameters{H::Sha384, H::Sha256, 0}));
        // Refused: trailing bytes, garbage, an unknown hash (MD5), trailer 2.
        QVERIFY(!parsePssParameters(mixed + QByteArray(1, '\0')));
        QVERIFY(!parsePssParameters(QByteArray("\x30\x05\x01", 3)));
        QVERIFY(!parsePssParameters(QByteArray::fromHex("3010a00e300c06082a864886f70d02050500")));
        QVERIFY(!parsePssParameters(QByteArray::fromHex("3005a303020102")));
    }
};

QTEST_GUILESS_MAIN(TestSignatureScheme)
#include "tst_signaturescheme.moc"
