// CMS SignedData with an external signature value, verified by OpenSSL's own CMS code.
#include "localhashsigner.h"

#include "cms/der.h"
#include "cms/signeddata.h"
#include "crypto/ossl.h"

#include <QTest>

#include <openssl/pem.h>

using namespace sic;
using namespace sic::test;

class TestSignedData : public QObject
{
    Q_OBJECT

    QString m_pki;

    static QByteArray signSync(HashSigner &signer, const QByteArray &digest)
    {
        std::optional<Result<QList<QByteArray>>> got;
        signer.signDigests({digest}, [&](Result<QList<QByteArray>> r) { got = std::move(r); });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, 10000) || !*got)
            return {};
        return (*got)->value(0);
    }

    bool opensslVerifies(const QByteArray &cmsDer, const QByteArray &content, QString *error)
    {
        const auto *p = reinterpret_cast<const unsigned char *>(cmsDer.constData());
        ossl::Cms cms(d2i_CMS_ContentInfo(nullptr, &p, long(cmsDer.size())));
        if (!cms) {
            *error = ossl::lastError();
            return false;
        }
        ossl::X509Store store(X509_STORE_new());
        X509_STORE_load_file(store.get(), (m_pki + QStringLiteral("/root/ca.pem")).toLocal8Bit().constData());
        X509_STORE_set_purpose(store.get(), X509_PURPOSE_ANY);
        ossl::Bio data = ossl::memBio(content);
        const bool ok = CMS_verify(cms.get(), nullptr, store.get(), data.get(), nullptr, CMS_BINARY) == 1;
        if (!ok)
            *error = ossl::lastError();
        return ok;
    }

private slots:
    void initTestCase() { m_pki = testPkiDir(); }

    void der()
    {
        QCOMPARE(der::oid("1.2.840.113549.1.7.2").toHex(), QByteArray("06092a864886f70d010702"));
        QCOMPARE(der::integer(0).toHex(), QByteArray("020100"));
        QCOMPARE(der::integer(128).toHex(), QByteArray("02020080"));
        QCOMPARE(der::integer(-1).toHex(), QByteArray("0201ff"));
        QCOMPARE(der::tlv(0x04, QByteArray(200, 'a')).left(3).toHex(), QByteArray("0481c8"));
        // SET OF is sorted by encoding, whatever the input order.
        QCOMPARE(der::setOf({der::integer(5), der::integer(1)}).toHex(), QByteArray("3106020101020105"));
    }

    void signAndVerify_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("hash");
        QTest::addColumn<QByteArray>("algOid");
        QTest::newRow("rsa pkcs1 sha256")
            << "rsa2048" << int(SignatureScheme::Kind::RsaPkcs1) << int(HashAlgorithm::Sha256)
            << QByteArray("sha256WithRSAEncryption");
        QTest::newRow("rsa pkcs1 sha512")
            << "rsa3072" << int(SignatureScheme::Kind::RsaPkcs1) << int(HashAlgorithm::Sha512)
            << QByteArray("sha512WithRSAEncryption");
        QTest::newRow("rsa pss sha256") << "rsa2048" << int(SignatureScheme::Kind::RsaPss)
                                        << int(HashAlgorithm::Sha256) << QByteArray("rsassaPss");
        QTest::newRow("ecdsa p256") << "ecp256" << int(SignatureScheme::Kind::Ecdsa)
                                    << int(HashAlgorithm::Sha256) << QByteArray("ecdsa-with-SHA256");
        QTest::newRow("ecdsa p384") << "ecp384" << int(SignatureScheme::Kind::Ecdsa)
                                    << int(HashAlgorithm::Sha384) << QByteArray("ecdsa-with-SHA384");
    }

    void signAndVerify()
    {
        QFETCH(QString, key);
        QFETCH(int, kind);
        QFETCH(int, hash);
        QFETCH(QByteArray, algOid);
        const SignatureScheme scheme{SignatureScheme::Kind(kind), HashAlgorithm(hash)};
        auto signer = LocalHashSigner::fromPki(m_pki, key, scheme);
        QVERIFY(signer);
        const QByteArray content = "the signed bytes of a document";
        auto sd =
            cms::SignedData::create(signer->certificateChain(), scheme, digestBytes(scheme.hash, content));
        QVERIFY(sd);
        // The digest that leaves the device is exactly the digest of the DER signed attributes.
        QCOMPARE(sd->dataToBeSignedDigest(), digestBytes(scheme.hash, sd->signedAttributes()));
        QCOMPARE(uchar(sd->signedAttributes().at(0)), uchar(0x31));
        const QByteArray value = signSync(*signer, sd->dataToBeSignedDigest());
        QVERIFY(!value.isEmpty());
        QByteArray wrong = value;
        wrong[5] = char(wrong[5] ^ 0x40);
        auto bad = sd->setSignatureValue(wrong);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, QStringLiteral("sign.bad_signature_value"));
        QVERIFY(sd->setSignatureValue(value));
        const QByteArray der = sd->toDer();
        QVERIFY(der.size() <= cms::SignedData::estimateSize(signer->certificateChain(), scheme, 0));
        QString error;
        QVERIFY2(opensslVerifies(der, content, &error), qPrintable(error));
        QVERIFY(!opensslVerifies(der, content + "x", &error));

        const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
        ossl::Cms cms(d2i_CMS_ContentInfo(nullptr, &p, long(der.size())));
        CMS_SignerInfo *si = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms.get()), 0);
        X509_ALGOR *sigAlg = nullptr;
        CMS_SignerInfo_get0_algs(si, nullptr, nullptr, nullptr, &sigAlg);
        const ASN1_OBJECT *obj = nullptr;
        X509_ALGOR_get0(&obj, nullptr, nullptr, sigAlg);
        QCOMPARE(QByteArray(OBJ_nid2ln(OBJ_obj2nid(obj))), algOid);
        QVERIFY(CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1) < 0);
        QVERIFY(CMS_signed_get_attr_by_NID(si, NID_id_smime_aa_signingCertificateV2, -1) >= 0);
        ossl::X509Stack certs(CMS_get1_certs(cms.get()));
        QCOMPARE(sk_X509_num(certs.get()), 2); // signer and issuing CA
    }

    void unsignedTimestampAttribute()
    {
        auto signer = LocalHashSigner::fromPki(m_pki, QStringLiteral("rsa2048"), {});
        const QByteArray content = "doc";
        auto sd = cms::SignedData::create(signer->certificateChain(), signer->scheme(),
                                          digestBytes(HashAlgorithm::Sha256, content));
        QVERIFY(sd->setSignatureValue(signSync(*signer, sd->dataToBeSignedDigest())));
        const QByteArray token = der::sequence(
            {der::oid("1.2.840.113549.1.7.2"), der::context(0, der::sequence({der::integer(3)}))});
        sd->setTimestampToken(token);
        const QByteArray der = sd->toDer();
        QString error;
        QVERIFY2(opensslVerifies(der, content, &error),
                 qPrintable(error)); // unsigned attributes are outside the signature
        const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
        ossl::Cms cms(d2i_CMS_ContentInfo(nullptr, &p, long(der.size())));
        CMS_SignerInfo *si = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms.get()), 0);
        QVERIFY(CMS_unsigned_get_attr_by_NID(si, NID_id_smime_aa_timeStampToken, -1) >= 0);
    }

    void schemeMustMatchKey()
    {
        auto signer = LocalHashSigner::fromPki(m_pki, QStringLiteral("rsa2048"), {});
        const SignatureScheme ec{SignatureScheme::Kind::Ecdsa, HashAlgorithm::Sha256};
        auto sd =
            cms::SignedData::create(signer->certificateChain(), ec, digestBytes(HashAlgorithm::Sha256, "x"));
        QVERIFY(sd);
        auto r = sd->setSignatureValue(QByteArray(256, 'a'));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("cms.scheme_mismatch"));
        QVERIFY(!cms::SignedData::create({}, ec, digestBytes(HashAlgorithm::Sha256, "x")));
        QVERIFY(!cms::SignedData::create(signer->certificateChain(), ec, QByteArray(5, 'x')));
    }
};

QTEST_GUILESS_MAIN(TestSignedData)
#include "tst_signeddata.moc"
