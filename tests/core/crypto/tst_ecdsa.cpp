#include "crypto/ecdsa.h"
#include "crypto/ossl.h"

#include <QTest>

#include <openssl/ec.h>

using namespace sic;

class TestEcdsa : public QObject
{
    Q_OBJECT
private slots:
    void roundTripWithRealSignatures_data();
    void roundTripWithRealSignatures();
    void rejectsMalformed();
};

void TestEcdsa::roundTripWithRealSignatures_data()
{
    QTest::addColumn<QString>("curve");
    QTest::addColumn<int>("field");
    QTest::newRow("P-256") << "P-256" << 32;
    QTest::newRow("P-384") << "P-384" << 48;
    QTest::newRow("P-521") << "P-521" << 66;
}

// Real signatures from OpenSSL: small r or s values (leading zero bytes) occur in about 1 of 128
// signatures, so 400 of them exercise the padding both ways.
void TestEcdsa::roundTripWithRealSignatures()
{
    QFETCH(QString, curve);
    QFETCH(int, field);
    ossl::PKey key(EVP_EC_gen(curve.toLatin1().constData()));
    QVERIFY(key);
    const QByteArray digest(32, 'd');
    int shortHalves = 0;
    for (int i = 0; i < 400; ++i) {
        ossl::PKeyCtx ctx(EVP_PKEY_CTX_new(key.get(), nullptr));
        QVERIFY(EVP_PKEY_sign_init(ctx.get()) == 1);
        size_t len = 0;
        QVERIFY(EVP_PKEY_sign(ctx.get(), nullptr, &len,
                              reinterpret_cast<const unsigned char *>(digest.data()),
                              size_t(digest.size())) == 1);
        QByteArray der(qsizetype(len), Qt::Uninitialized);
        QVERIFY(EVP_PKEY_sign(ctx.get(), reinterpret_cast<unsigned char *>(der.data()), &len,
                              reinterpret_cast<const unsigned char *>(digest.data()),
                              size_t(digest.size())) == 1);
        der.truncate(qsizetype(len));
        QVERIFY(isEcdsaDer(der));
        const auto raw = ecdsaDerToRaw(der, field);
        QVERIFY(raw);
        QCOMPARE(raw->size(), 2 * field);
        if (raw->at(0) == 0 || raw->at(field) == 0)
            ++shortHalves;
        const auto back = ecdsaRawToDer(*raw);
        QVERIFY(back);
        QCOMPARE(*back, der);
    }
    qInfo("%d of 400 signatures had a half with a leading zero byte", shortHalves);
}

void TestEcdsa::rejectsMalformed()
{
    QVERIFY(!ecdsaRawToDer(QByteArray()));
    QVERIFY(!ecdsaRawToDer(QByteArray(63, 'x')));
    QVERIFY(!ecdsaDerToRaw(QByteArray(64, 'x'), 32));
    QVERIFY(!isEcdsaDer(QByteArray(64, 'x')));
    const auto der = ecdsaRawToDer(QByteArray(64, '\x11'));
    QVERIFY(der);
    QVERIFY(!isEcdsaDer(*der + QByteArray(1, '\0'))); // trailing garbage
    QVERIFY(!ecdsaDerToRaw(*der, 16));                // does not fit the field
}

QTEST_GUILESS_MAIN(TestEcdsa)
#include "tst_ecdsa.moc"
