// The development RSSP's TOTP codes agree with oathtool (what authenticator apps agree with).

#include "crypto/otp.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

class TestTotpOathtool : public QObject
{
    Q_OBJECT
private slots:
    void matchesOathtool_data();
    void matchesOathtool();
};

void TestTotpOathtool::matchesOathtool_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("when");
    QTest::newRow("2026") << "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
                          << "2026-01-01 00:00:00 UTC";
    QTest::newRow("window edge") << "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                                 << "2030-06-15 12:34:59 UTC";
    QTest::newRow("short secret") << "MZXW6YTBOI"
                                  << "2024-02-29 23:59:30 UTC";
}

void TestTotpOathtool::matchesOathtool()
{
    QFETCH(QString, secret);
    QFETCH(QString, when);
    // .ci/install-deps installs oathtool; without it this independent check would not run at all.
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("oathtool")).isEmpty(),
             "oathtool is not installed (Debian package oathtool)");
    QProcess p;
    p.start(QStringLiteral("oathtool"),
            {QStringLiteral("--totp"), QStringLiteral("-b"), secret, QStringLiteral("--now"), when});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    const QString expected = QString::fromLatin1(p.readAllStandardOutput()).trimmed();
    const QDateTime t = QDateTime::fromString(when.chopped(4), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QDateTime utc(t.date(), t.time(), Qt::UTC);
    const auto key = sic::otp::base32Decode(secret);
    QVERIFY(key);
    QCOMPARE(sic::otp::totp(*key, utc.toSecsSinceEpoch()), expected);
}

QTEST_GUILESS_MAIN(TestTotpOathtool)
#include "tst_otp_oathtool.moc"
