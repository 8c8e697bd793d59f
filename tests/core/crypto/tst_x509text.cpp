// Certificate names and times as every screen and report shows them (crypto/x509text.h).
#include "crypto/ossl.h"
#include "crypto/x509text.h"

#include <QTest>

using namespace sic;

namespace {

// A name entry in an exact ASN.1 string type: OpenSSL would otherwise pick the type itself.
void addEntry(X509_NAME *name, int nid, int type, const QByteArray &bytes)
{
    QVERIFY(X509_NAME_add_entry_by_NID(name, nid, type,
                                       reinterpret_cast<const unsigned char *>(bytes.constData()),
                                       int(bytes.size()), -1, 0) == 1);
}

QByteArray utf16be(const QString &s)
{
    QByteArray out;
    for (QChar c : s)
        out.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    return out;
}

const QString kYamada = QStringLiteral("山田 太郎");
const QString kCompany = QStringLiteral("株式会社サンプル");

} // namespace

class TestX509Text : public QObject
{
    Q_OBJECT
private slots:
    void japaneseStringTypes_data()
    {
        QTest::addColumn<int>("type");
        QTest::newRow("UTF8String") << V_ASN1_UTF8STRING;
        QTest::newRow("BMPString") << V_ASN1_BMPSTRING;
    }
    // The same Japanese name, encoded as UTF8String or as BMPString (older Japanese CAs), prints
    // the same: characters, not \XX escapes or UTF-16 bytes.
    void japaneseStringTypes()
    {
        QFETCH(int, type);
        ossl::X509Name name(X509_NAME_new());
        auto bytes = [type](const QString &s) {
            return type == V_ASN1_BMPSTRING ? utf16be(s) : s.toUtf8();
        };
        addEntry(name.get(), NID_countryName, V_ASN1_PRINTABLESTRING, "JP");
        addEntry(name.get(), NID_organizationName, type, bytes(kCompany));
        addEntry(name.get(), NID_commonName, type, bytes(kYamada));
        QCOMPARE(x509CommonName(name.get()), kYamada);
        QCOMPARE(x509NameToString(name.get()), QStringLiteral("CN=%1,O=%2,C=JP").arg(kYamada, kCompany));
    }

    // RFC 4514 specials are escaped, other ASCII is not; a missing CN is empty.
    void escapingAndAbsence()
    {
        ossl::X509Name name(X509_NAME_new());
        addEntry(name.get(), NID_organizationName, V_ASN1_UTF8STRING, "Sato, Suzuki & Co+");
        QCOMPARE(x509NameToString(name.get()), QStringLiteral("O=Sato\\, Suzuki & Co\\+"));
        QCOMPARE(x509CommonName(name.get()), QString());
        QCOMPARE(x509CommonName(nullptr), QString());
        QCOMPARE(x509NameToString(nullptr), QString());
    }

    void timesAndSerial()
    {
        ossl::Ptr<ASN1_TIME, ASN1_TIME_free> utc(ASN1_TIME_new());
        QVERIFY(ASN1_TIME_set_string(utc.get(), "491231235959Z") == 1); // UTCTime, 2049
        QCOMPARE(asn1TimeToDateTime(utc.get()), QDateTime(QDate(2049, 12, 31), QTime(23, 59, 59), Qt::UTC));
        QVERIFY(ASN1_TIME_set_string(utc.get(), "20500101000000Z") == 1); // GeneralizedTime
        QCOMPARE(asn1TimeToDateTime(utc.get()), QDateTime(QDate(2050, 1, 1), QTime(0, 0), Qt::UTC));
        QVERIFY(!asn1TimeToDateTime(nullptr).isValid());
        ossl::X509Ptr cert(X509_new());
        ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 0x1a2b);
        QCOMPARE(x509SerialHex(cert.get()), QStringLiteral("1A2B"));
        QCOMPARE(x509SerialHex(nullptr), QString());
    }
};

QTEST_GUILESS_MAIN(TestX509Text)
#include "tst_x509text.moc"
