// The demo account card: the dev RSSP's init JSON read, the current TOTP code at the context's
// clock (RFC 6238 appendix B secret), nothing shown without a file or with a broken one.
#include "appcontext.h"
#include "demoaccount.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sic;
using namespace sic::ui;

class TestDemoAccount : public QObject
{
    Q_OBJECT
private slots:
    void showsAccountAndCurrentCode();
    void nothingWithoutAUsableFile_data();
    void nothingWithoutAUsableFile();
};

namespace {

struct Fixture
{
    QTemporaryDir dir;
    ManualClock clock{QDateTime::fromSecsSinceEpoch(59, Qt::UTC)};
    AppContext context{
        SettingsStore(dir.filePath(QStringLiteral("u.ini")), dir.filePath(QStringLiteral("p.ini"))),
        dir.filePath(QStringLiteral("history.jsonl")), clock};

    QString write(const QByteArray &content)
    {
        const QString path = dir.filePath(QStringLiteral("init.json"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        return path;
    }
};

} // namespace

void TestDemoAccount::showsAccountAndCurrentCode()
{
    Fixture f;
    // base32("12345678901234567890"), the RFC 6238 SHA-1 key: at T=59 the 8-digit code is 94287082.
    f.context.setDemoAccountFile(f.write(R"({"user":"demo","password":"pw","pin":"1234",
        "totp_secret":"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"})"));
    DemoAccount account;
    QSignalSpy changed(&account, &DemoAccount::changed);
    account.setContext(&f.context);
    QCOMPARE(changed.count(), 1);
    QVERIFY(account.available());
    QCOMPARE(account.user(), QStringLiteral("demo"));
    QCOMPARE(account.password(), QStringLiteral("pw"));
    QCOMPARE(account.pin(), QStringLiteral("1234"));
    QCOMPARE(account.otp(), QStringLiteral("287082"));
    QCOMPARE(account.otpSecondsLeft(), 1);
    f.clock.set(QDateTime::fromSecsSinceEpoch(1111111109, Qt::UTC)); // 07081804 in the RFC
    QCOMPARE(account.otp(), QStringLiteral("081804"));
    QCOMPARE(account.otpSecondsLeft(), 1);
    f.clock.advance(1);
    QCOMPARE(account.otpSecondsLeft(), 30);
    // The card refreshes itself once a second.
    QSignalSpy ticks(&account, &DemoAccount::otpChanged);
    QVERIFY(ticks.wait(2000));
}

void TestDemoAccount::nothingWithoutAUsableFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("writeFile");
    QTest::newRow("no file") << QByteArray() << false;
    QTest::newRow("not JSON") << QByteArray("user=demo") << true;
    QTest::newRow("no user") << QByteArray(R"({"password":"pw"})") << true;
}

void TestDemoAccount::nothingWithoutAUsableFile()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, writeFile);
    Fixture f;
    f.context.setDemoAccountFile(writeFile ? f.write(content)
                                           : f.dir.filePath(QStringLiteral("missing.json")));
    DemoAccount account;
    account.setContext(&f.context);
    QVERIFY(!account.available());
    QVERIFY(account.otp().isEmpty());
}

QTEST_GUILESS_MAIN(TestDemoAccount)
#include "tst_demoaccount.moc"
