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
    void strictDer_data();
    void strictDer();
    void highBitIntegers();
    void fieldBytesOfKeys();
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

// Hand-written DER: each row one way of encoding (or mis-encoding) an ECDSA-Sig-Value.
void TestEcdsa::strictDer_data()
{
    QTest::addColumn<QByteArray>("hex");
    QTest::addColumn<bool>("strict");
    QTest::newRow("minimal valid") << QByteArray("3006020101020101") << true;
    QTest::newRow("high-bit r with its zero") << QByteArray("300702020080020101") << true;
    QTest::newRow("high-bit r without its zero (negative)") << QByteArray("3006020180020101") << false;
    QTest::newRow("extra leading zero") << QByteArray("300702020001020101") << false;
    QTest::newRow("r zero") << QByteArray("3006020100020101") << false;
    QTest::newRow("s zero") << QByteArray("3006020101020100") << false;
    QTest::newRow("long-form length") << QByteArray("308106020101020101") << false;
    QTest::newRow("indefinite length") << QByteArray("3080020101020101"
                                                     "0000")
                                       << false;
    QTest::newRow("outer length too long") << QByteArray("3007020101020101") << false;
    QTest::newRow("outer length too short") << QByteArray("3005020101020101") << false;
    QTest::newRow("trailing byte") << QByteArray("300602010102010100") << false;
    QTest::newRow("three integers") << QByteArray("3009020101020101020101") << false;
    QTest::newRow("one integer") << QByteArray("3003020101") << false;
    QTest::newRow("SET instead of SEQUENCE") << QByteArray("3106020101020101") << false;
    QTest::newRow("OCTET STRING inside") << QByteArray("3006040101020101") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("64 bytes that are no DER") << QByteArray(128, '3') << false;
}

void TestEcdsa::strictDer()
{
    QFETCH(QByteArray, hex);
    QFETCH(bool, strict);
    const QByteArray der = QByteArray::fromHex(hex);
    QCOMPARE(isEcdsaDer(der), strict);
    QCOMPARE(ecdsaDerToRaw(der, 32).has_value(), strict);
    if (strict) // the one encoding: back to the same bytes
        QCOMPARE(*ecdsaRawToDer(*ecdsaDerToRaw(der, 32)), der);
}

// r and s whose top bit is set need a leading zero byte in DER and none in r||s.
void TestEcdsa::highBitIntegers()
{
    const QByteArray raw = QByteArray(32, '\xff') + QByteArray(31, '\0') + QByteArray(1, '\x80');
    const auto der = ecdsaRawToDer(raw);
    QVERIFY(der);
    QCOMPARE(der->toHex(),
             QByteArray("3027022100") + QByteArray(32, '\xff').toHex() + QByteArray("02020080"));
    QVERIFY(isEcdsaDer(*der));
    QCOMPARE(*ecdsaDerToRaw(*der, 32), raw);
    // The same r||s with the halves the wrong length for the field.
    QVERIFY(!ecdsaDerToRaw(*der, 31));
    QCOMPARE(ecdsaDerToRaw(*der, 33)->size(), 66);
    // Wrong r||s lengths.
    QVERIFY(!ecdsaRawToDer(raw.left(63)));
    QVERIFY(!ecdsaRawToDer(QByteArray(64, '\0')));
}

void TestEcdsa::fieldBytesOfKeys()
{
    ossl::PKey p256(EVP_EC_gen("P-256"));
    ossl::PKey p521(EVP_EC_gen("P-521"));
    ossl::PKey rsa(EVP_RSA_gen(2048));
    QCOMPARE(ecdsaFieldBytes(p256.get()), 32);
    QCOMPARE(ecdsaFieldBytes(p521.get()), 66);
    QCOMPARE(ecdsaFieldBytes(rsa.get()), 0);
    QCOMPARE(ecdsaFieldBytes(nullptr), 0);
}

QTEST_GUILESS_MAIN(TestEcdsa)
#include "tst_ecdsa.moc"
