#include "settings/settings.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace sic;

namespace {
AppSettings sample()
{
    AppSettings s;
    RsspProfile dev;
    dev.name = QStringLiteral("開発用 RSSP");
    dev.url = QUrl(QStringLiteral("https://127.0.0.1:8443/csc/v2"));
    dev.caBundle = QStringLiteral("/tmp/root.pem");
    dev.spkiSha256 = {QString::fromLatin1(QByteArray(32, 'a').toBase64())};
    RsspProfile prod;
    prod.name = QStringLiteral("Production");
    prod.url = QUrl(QStringLiteral("https://rssp.example.jp/csc/v1"));
    s.rssps = {dev, prod};
    s.selectedRssp = dev.name;
    s.tsaUrl = QUrl(QStringLiteral("https://127.0.0.1:8443/tsa"));
    s.trustAnchors = QStringLiteral("/etc/sic/anchors.pem");
    s.onlineRevocation = true;
    s.useSystemTrust = true;
    s.language = QStringLiteral("ja");
    s.idleTimeoutMinutes = 30;
    s.outputFolder = QStringLiteral("/home/u/署名済み");
    s.defaultLevel = QStringLiteral("B-B");
    return s;
}

void writePolicy(const QString &path, const QByteArray &ini)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(ini);
}
} // namespace

class TestSettings : public QObject
{
    Q_OBJECT
private slots:
    void defaults();
    void roundTrip();
    void policyLocksAndWins();
    void systemTrustLockedByPolicy();
    void systemPolicyFiles_data();
    void systemPolicyFiles();
    void platformPolicyFollowsXdg();
    void administratorPolicyOutranksOthers();
    void shippedPolicyFiles();
    void invalid_data();
    void invalid();
};

void TestSettings::defaults()
{
    QTemporaryDir dir;
    SettingsStore store(dir.filePath(QStringLiteral("u.ini")), dir.filePath(QStringLiteral("none.ini")));
    const AppSettings s = store.load();
    QCOMPARE(s, AppSettings());
    QCOMPARE(s.idleTimeoutMinutes, 15);
    QVERIFY(!s.useSystemTrust); // the OS web CAs are not trusted for documents unless asked
    QVERIFY(store.lockedKeys().isEmpty());
}

void TestSettings::roundTrip()
{
    QTemporaryDir dir;
    SettingsStore store(dir.filePath(QStringLiteral("sub/u.ini")), dir.filePath(QStringLiteral("none.ini")));
    QVERIFY(store.save(sample()));
    QCOMPARE(store.load(), sample());
    // Nothing secret-shaped is ever written: the file holds only the fields above.
    QFile f(store.userFile());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray ini = f.readAll();
    QVERIFY(!ini.contains("token"));
    QVERIFY(!ini.contains("pin="));
}

void TestSettings::policyLocksAndWins()
{
    QTemporaryDir dir;
    const QString policy = dir.filePath(QStringLiteral("policy.ini"));
    writePolicy(policy,
                "[General]\nidleTimeoutMinutes=5\nonlineRevocation=false\n"
                "rssps\\size=1\nrssps\\1\\name=Corp\nrssps\\1\\url=https://rssp.corp.example/csc/v2\n");
    SettingsStore store(dir.filePath(QStringLiteral("u.ini")), policy);
    QVERIFY(store.isLocked(SettingKey::IdleTimeoutMinutes));
    QVERIFY(store.isLocked(SettingKey::Rssps));
    QVERIFY(!store.isLocked(SettingKey::Language));
    QCOMPARE(store.lockedKeys(), (QStringList{QStringLiteral("rssps"), QStringLiteral("onlineRevocation"),
                                              QStringLiteral("idleTimeoutMinutes")}));

    AppSettings wanted = sample();
    wanted.selectedRssp.clear();
    QVERIFY(store.save(wanted));
    const AppSettings got = store.load();
    QCOMPARE(got.idleTimeoutMinutes, 5);
    QCOMPARE(got.onlineRevocation, false);
    QCOMPARE(got.rssps.size(), 1);
    QCOMPARE(got.rssps.first().name, QStringLiteral("Corp"));
    QCOMPARE(got.language, QStringLiteral("ja")); // unlocked: the user's value
    // The locked values were not copied into the user's file either.
    QSettings user(store.userFile(), QSettings::IniFormat);
    QVERIFY(!user.contains(QStringLiteral("idleTimeoutMinutes")));
}

// An administrator can forbid (or impose) the OS trust store; the user's choice is then ignored.
void TestSettings::systemTrustLockedByPolicy()
{
    QTemporaryDir dir;
    const QString policy = dir.filePath(QStringLiteral("policy.ini"));
    writePolicy(policy, "[General]\nuseSystemTrust=false\n");
    SettingsStore store(dir.filePath(QStringLiteral("u.ini")), policy);
    QVERIFY(store.isLocked(SettingKey::UseSystemTrust));
    QCOMPARE(store.lockedKeys(), QStringList{QStringLiteral("useSystemTrust")});
    AppSettings wanted = sample();
    QVERIFY(wanted.useSystemTrust);
    QVERIFY(store.save(wanted));
    QCOMPARE(store.load().useSystemTrust, false);
    QSettings user(store.userFile(), QSettings::IniFormat);
    QVERIFY(!user.contains(QStringLiteral("useSystemTrust")));
    QVERIFY(user.contains(QStringLiteral("onlineRevocation"))); // unlocked keys were saved

    writePolicy(policy, "[General]\nuseSystemTrust=true\n");
    QVERIFY(store.load().useSystemTrust);
}

void TestSettings::systemPolicyFiles_data()
{
    QTest::addColumn<QString>("xdgConfigDirs");
    QTest::addColumn<QStringList>("files");
    const QString etc = QStringLiteral("/etc/xdg/sic/policy.ini");
    QTest::newRow("unset") << QString() << QStringList{etc};
    QTest::newRow("default") << "/etc/xdg" << QStringList{etc};
    QTest::newRow("image defaults after /etc/xdg")
        << "/usr/local/etc/xdg:/etc/xdg/"
        << QStringList{etc, QStringLiteral("/usr/local/etc/xdg/sic/policy.ini")};
    // A list without /etc/xdg (a user's attempt to hide the administrator's file) still reads it, first.
    QTest::newRow("without /etc/xdg")
        << "/home/u/fake" << QStringList{etc, QStringLiteral("/home/u/fake/sic/policy.ini")};
    QTest::newRow("relative and empty entries ignored")
        << "relative/dir::/opt/b//" << QStringList{etc, QStringLiteral("/opt/b/sic/policy.ini")};
}

void TestSettings::systemPolicyFiles()
{
    QFETCH(QString, xdgConfigDirs);
    QFETCH(QStringList, files);
    QCOMPARE(SettingsStore::systemPolicyFiles(xdgConfigDirs), files);
}

// What the installed app does: forPlatform() reads $XDG_CONFIG_DIRS, and a policy file found there
// locks its keys.
void TestSettings::platformPolicyFollowsXdg()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    QSKIP("the XDG policy location is the Linux one");
#else
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("xdg/sic"))));
    writePolicy(dir.filePath(QStringLiteral("xdg/sic/policy.ini")), "[General]\ndefaultLevel=B-B\n");
    const QByteArray saved = qgetenv("XDG_CONFIG_DIRS");
    qputenv("XDG_CONFIG_DIRS", dir.filePath(QStringLiteral("xdg")).toLocal8Bit());
    const SettingsStore store = SettingsStore::forPlatform();
    qputenv("XDG_CONFIG_DIRS", saved);
    QCOMPARE(store.policyFile(), QStringLiteral("/etc/xdg/sic/policy.ini"));
    QCOMPARE(store.policyFiles().size(), 2);
    QVERIFY(store.isLocked(SettingKey::DefaultLevel));
    QCOMPARE(store.load().defaultLevel, QStringLiteral("B-B"));
#endif
}

// Of two policy files, the administrator's (first) wins for a key both set; the second can only
// lock what the first leaves open. Nothing from either reaches the user's file.
void TestSettings::administratorPolicyOutranksOthers()
{
    QTemporaryDir dir;
    const QString admin = dir.filePath(QStringLiteral("admin.ini"));
    const QString other = dir.filePath(QStringLiteral("other.ini"));
    writePolicy(admin, "[General]\nidleTimeoutMinutes=5\n");
    writePolicy(other, "[General]\nidleTimeoutMinutes=240\nlanguage=en\n");
    SettingsStore store(dir.filePath(QStringLiteral("u.ini")), QStringList{admin, other});
    QCOMPARE(store.lockedKeys(),
             (QStringList{QStringLiteral("language"), QStringLiteral("idleTimeoutMinutes")}));
    QVERIFY(store.save(sample()));
    const AppSettings got = store.load();
    QCOMPARE(got.idleTimeoutMinutes, 5);
    QCOMPARE(got.language, QStringLiteral("en"));
    QCOMPARE(got.outputFolder, sample().outputFolder);
    QSettings user(store.userFile(), QSettings::IniFormat);
    QVERIFY(!user.contains(QStringLiteral("idleTimeoutMinutes")));
    QVERIFY(!user.contains(QStringLiteral("language")));
}

// The files the Debian package ships (installer/linux): the conffile /etc/xdg/sic/policy.ini locks
// nothing until an administrator edits it, and the example, once its lines are uncommented, names
// every key there is (so it cannot fall behind SettingKey) with values the settings accept.
void TestSettings::shippedPolicyFiles()
{
    const QString linux = qEnvironmentVariable("SIC_SOURCE_DIR") + QStringLiteral("/installer/linux/");
    QTemporaryDir dir;
    SettingsStore shipped(dir.filePath(QStringLiteral("u.ini")), linux + QStringLiteral("policy.ini"));
    QVERIFY(QFile::exists(shipped.policyFile()));
    QCOMPARE(shipped.lockedKeys(), QStringList());
    QCOMPARE(shipped.load(), AppSettings());

    QFile example(linux + QStringLiteral("policy.ini.example"));
    QVERIFY(example.open(QIODevice::ReadOnly));
    QByteArray uncommented;
    for (const QByteArray &line : example.readAll().split('\n'))
        uncommented += (line.startsWith(";") && line.contains('=') ? line.mid(1) : line) + '\n';
    const QString policy = dir.filePath(QStringLiteral("example.ini"));
    writePolicy(policy, uncommented);
    SettingsStore store(dir.filePath(QStringLiteral("u.ini")), policy);
    QCOMPARE(store.lockedKeys().size(), 10);
    const AppSettings s = store.load();
    QVERIFY(SettingsStore::validate(s));
    QCOMPARE(s.rssps.size(), 1);
    QCOMPARE(s.selectedRssp, s.rssps.first().name);
}

void TestSettings::invalid_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    QTest::newRow("http rssp") << "http-rssp"
                               << "settings.rssp_url";
    QTest::newRow("unnamed rssp") << "unnamed"
                                  << "settings.rssp_name";
    QTest::newRow("bad pin") << "pin"
                             << "settings.rssp_pin";
    QTest::newRow("unknown selection") << "selected"
                                       << "settings.selected_rssp";
    QTest::newRow("language") << "language"
                              << "settings.language";
    QTest::newRow("idle 0") << "idle"
                            << "settings.idle_timeout";
    QTest::newRow("level") << "level"
                           << "settings.level";
    QTest::newRow("tsa") << "tsa"
                         << "settings.tsa_url";
}

void TestSettings::invalid()
{
    QFETCH(QString, field);
    QFETCH(QString, code);
    AppSettings s = sample();
    if (field == QLatin1String("http-rssp"))
        s.rssps[1].url = QUrl(QStringLiteral("http://rssp.example.jp/csc/v1"));
    else if (field == QLatin1String("unnamed"))
        s.rssps[1].name = QStringLiteral("  ");
    else if (field == QLatin1String("pin"))
        s.rssps[0].spkiSha256 = {QStringLiteral("abc")};
    else if (field == QLatin1String("selected"))
        s.selectedRssp = QStringLiteral("nope");
    else if (field == QLatin1String("language"))
        s.language = QStringLiteral("fr");
    else if (field == QLatin1String("idle"))
        s.idleTimeoutMinutes = 0;
    else if (field == QLatin1String("level"))
        s.defaultLevel = QStringLiteral("B-X");
    else if (field == QLatin1String("tsa"))
        s.tsaUrl = QUrl(QStringLiteral("ftp://tsa"));
    QTemporaryDir dir;
    SettingsStore store(dir.filePath(QStringLiteral("u.ini")), dir.filePath(QStringLiteral("none.ini")));
    const auto r = store.save(s);
    QVERIFY(!r);
    QCOMPARE(r.error().code, code);
    QVERIFY(!r.error().message.isEmpty());
    QVERIFY(!QFile::exists(store.userFile()));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
