// RFC 6238 TOTP (core/crypto/otp.h, which the development RSSP uses), checked against the RFC's test vectors
// (tst_totp_oathtool compares with oathtool).

#include "crypto/otp.h"

#include <QTest>

class TestTotp : public QObject
{
    Q_OBJECT
private slots:
    void rfc6238_data();
    void rfc6238();
    void base32RoundTrip_data();
    void base32RoundTrip();
    void base32RejectsGarbage();
};

void TestTotp::rfc6238_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("code");
    // RFC 6238 Appendix B, SHA-1 rows (8 digits)
    QTest::newRow("59") << qint64(59) << "94287082";
    QTest::newRow("1111111109") << qint64(1111111109) << "07081804";
    QTest::newRow("1111111111") << qint64(1111111111) << "14050471";
    QTest::newRow("1234567890") << qint64(1234567890) << "89005924";
    QTest::newRow("2000000000") << qint64(2000000000) << "69279037";
    QTest::newRow("20000000000") << qint64(20000000000) << "65353130";
}

void TestTotp::rfc6238()
{
    QFETCH(qint64, time);
    QFETCH(QString, code);
    QCOMPARE(sic::otp::hotp("12345678901234567890", sic::otp::totpStep(time), 8), code);
}

void TestTotp::base32RoundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    // RFC 4648 section 10 (without padding)
    QTest::newRow("f") << QByteArray("f") << "MY";
    QTest::newRow("fo") << QByteArray("fo") << "MZXQ";
    QTest::newRow("foo") << QByteArray("foo") << "MZXW6";
    QTest::newRow("foob") << QByteArray("foob") << "MZXW6YQ";
    QTest::newRow("fooba") << QByteArray("fooba") << "MZXW6YTB";
    QTest::newRow("foobar") << QByteArray("foobar") << "MZXW6YTBOI";
}

void TestTotp::base32RoundTrip()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QCOMPARE(sic::otp::base32Encode(bytes), text);
    QCOMPARE(sic::otp::base32Decode(text).value_or(QByteArray("x")), bytes);
    QCOMPARE(sic::otp::base32Decode(text.toLower() + QStringLiteral("==")).value_or(QByteArray("x")), bytes);
}

void TestTotp::base32RejectsGarbage()
{
    QVERIFY(!sic::otp::base32Decode(QStringLiteral("MZ1W")));
    QVERIFY(!sic::otp::base32Decode(QStringLiteral("MZ!W")));
}

QTEST_GUILESS_MAIN(TestTotp)
#include "tst_otp.moc"
