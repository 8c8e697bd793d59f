// The verify screen with the "useSystemTrust" setting: the OS trust store (pointed at a bundle made
// here through SSL_CERT_FILE) is loaded only when the setting is on, the notice says what is trusted,
// and a signer reached only through it carries the warning.
#include "appcontext.h"
#include "resultviewmodel.h"
#include "signingflow.h"
#include "verifycorpus.h"
#include "verifyviewmodel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sic;
using namespace sic::ui;
using namespace sic::testing;

class TestVerifySystemTrust : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void notice_data();
    void notice();
    void signerThroughTheSystemStore();
    void resultCheckFollowsTheSetting();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A fresh context (its own settings files) with these verification settings.
    std::unique_ptr<AppContext> context(const QString &trustAnchors, bool useSystemTrust);

    QTemporaryDir m_dir;
    QString m_pki;
    ManualClock m_clock{QDateTime::currentDateTimeUtc()}; // the PKI is generated relative to now
    int m_contexts = 0;
};

void TestVerifySystemTrust::initTestCase()
{
    m_pki = qEnvironmentVariable("SIC_BUILD_DIR") + QStringLiteral("/test-pki");
    QVERIFY2(QFile::exists(m_pki + QStringLiteral("/pki.json")),
             qPrintable(QStringLiteral("test PKI missing at %1 (run the pki fixture)").arg(m_pki)));
    QVERIFY(m_dir.isValid());
    QVERIFY(writeAll(path(QStringLiteral("doc.txt")), "signed text\n"));
    const ToolResult r = runTool(
        QStringLiteral("openssl"),
        {QStringLiteral("cms"), QStringLiteral("-sign"), QStringLiteral("-binary"), QStringLiteral("-cades"),
         QStringLiteral("-md"), QStringLiteral("sha256"), QStringLiteral("-nodetach"), QStringLiteral("-in"),
         path(QStringLiteral("doc.txt")), QStringLiteral("-signer"),
         m_pki + QStringLiteral("/signers/rsa2048.pem"), QStringLiteral("-inkey"),
         m_pki + QStringLiteral("/signers/rsa2048.key"), QStringLiteral("-certfile"),
         m_pki + QStringLiteral("/intermediate/ca.pem"), QStringLiteral("-outform"), QStringLiteral("DER"),
         QStringLiteral("-out"), path(QStringLiteral("doc.p7m"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(writeAll(path(QStringLiteral("system.crt")), readAll(m_pki + QStringLiteral("/root/ca.pem"))));
    QVERIFY(QDir().mkpath(path(QStringLiteral("no-certs"))));
}

void TestVerifySystemTrust::cleanup()
{
    qunsetenv("SSL_CERT_FILE");
    qunsetenv("SSL_CERT_DIR");
}

std::unique_ptr<AppContext> TestVerifySystemTrust::context(const QString &trustAnchors, bool useSystemTrust)
{
    const QString dir = path(QStringLiteral("ctx%1").arg(++m_contexts));
    auto ctx = std::make_unique<AppContext>(
        SettingsStore(dir + QStringLiteral("/u.ini"), dir + QStringLiteral("/p.ini")),
        dir + QStringLiteral("/h.jsonl"), m_clock);
    AppSettings s = ctx->settingsStore().load();
    s.trustAnchors = trustAnchors;
    s.useSystemTrust = useSystemTrust;
    s.onlineRevocation = false;
    if (!ctx->settingsStore().save(s))
        return nullptr;
    return ctx;
}

void TestVerifySystemTrust::notice_data()
{
    QTest::addColumn<bool>("anchors");
    QTest::addColumn<bool>("system");
    QTest::addColumn<bool>("systemReadable");
    QTest::addColumn<QString>("noticeContains"); // empty: no notice
    // The store is there, but not asked for: still nothing trusted.
    QTest::newRow("nothing, store present") << false << false << true << "No trust anchors are set";
    QTest::newRow("system only") << false << true << true << "Only the operating system's";
    QTest::newRow("system unreadable") << false << true << false << "could not be loaded";
    QTest::newRow("anchors") << true << false << true << "";
    QTest::newRow("anchors and system") << true << true << true << "";
    QTest::newRow("anchors, system unreadable")
        << true << true << false << "only the configured trust anchors";
}

void TestVerifySystemTrust::notice()
{
    QFETCH(bool, anchors);
    QFETCH(bool, system);
    QFETCH(bool, systemReadable);
    QFETCH(QString, noticeContains);
    qputenv("SSL_CERT_FILE", QFile::encodeName(path(systemReadable ? QStringLiteral("system.crt")
                                                                   : QStringLiteral("no-such.crt"))));
    qputenv("SSL_CERT_DIR", QFile::encodeName(path(QStringLiteral("no-certs"))));
    auto ctx = context(anchors ? m_pki + QStringLiteral("/trust/root.pem") : QString(), system);
    QVERIFY(ctx);
    VerifyViewModel vm;
    vm.setContext(ctx.get());
    QCOMPARE(vm.addPaths({path(QStringLiteral("doc.p7m"))}), 1);
    if (noticeContains.isEmpty())
        QVERIFY2(vm.notice().isEmpty(), qPrintable(vm.notice()));
    else
        QVERIFY2(vm.notice().contains(noticeContains), qPrintable(vm.notice()));
    QTRY_VERIFY_WITH_TIMEOUT(!vm.busy(), 60000);
}

void TestVerifySystemTrust::signerThroughTheSystemStore()
{
    qputenv("SSL_CERT_FILE", QFile::encodeName(path(QStringLiteral("system.crt"))));
    qputenv("SSL_CERT_DIR", QFile::encodeName(path(QStringLiteral("no-certs"))));
    for (bool configured : {false, true}) {
        auto ctx = context(configured ? m_pki + QStringLiteral("/trust/root.pem") : QString(), true);
        QVERIFY(ctx);
        VerifyViewModel vm;
        vm.setContext(ctx.get());
        QCOMPARE(vm.addPaths({path(QStringLiteral("doc.p7m"))}), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!vm.busy(), 60000);
        const QVariantList sigs = vm.data(vm.index(0), VerifyViewModel::SignaturesRole).toList();
        QCOMPARE(sigs.size(), 1);
        const QStringList warnings = sigs.first().toMap().value(QStringLiteral("warnings")).toStringList();
        const bool warned = std::any_of(warnings.begin(), warnings.end(), [](const QString &w) {
            return w.contains(QLatin1String("operating system's web certificate authorities"));
        });
        QCOMPARE(warned, !configured); // a configured anchor is the user's choice: no warning

        const QString json = path(QStringLiteral("report%1.json").arg(configured));
        QVERIFY(vm.exportJson(QUrl::fromLocalFile(json)));
        const QJsonObject root = QJsonDocument::fromJson(readAll(json)).object();
        const QJsonObject sys = root.value(QStringLiteral("systemTrustStore")).toObject();
        QCOMPARE(sys.value(QStringLiteral("used")).toBool(), true);
        QCOMPARE(sys.value(QStringLiteral("count")).toInt(), configured ? 0 : 1);
    }
}

// The check right after signing (the result screen) trusts what the Verify screen trusts: the OS
// store only when the setting is on.
void TestVerifySystemTrust::resultCheckFollowsTheSetting()
{
    qputenv("SSL_CERT_FILE", QFile::encodeName(path(QStringLiteral("system.crt"))));
    qputenv("SSL_CERT_DIR", QFile::encodeName(path(QStringLiteral("no-certs"))));
    for (bool useSystem : {false, true}) {
        SigningFlow flow;
        QList<BatchItemResult> items{
            BatchItemResult{{path(QStringLiteral("doc.txt"))}, path(QStringLiteral("doc.p7m"))}};
        bool presented = false;
        flow.result()->present(items, {QStringLiteral("demo"), QStringLiteral("CN"), QStringLiteral("CN=CN")},
                               {QString(), useSystem}, m_clock, {}, [&presented] { presented = true; });
        QTRY_VERIFY_WITH_TIMEOUT(presented, 60000);
        const QVariantMap row = flow.result()->results().value(0).toMap();
        // Without any anchor the chain cannot be traced; with the OS store (holding the test root) it
        // can, and what is left open is the revocation status (offline, nothing embedded).
        QCOMPARE(row.value(QStringLiteral("verdict")).toString(), QStringLiteral("cannot-be-confirmed"));
        const QString reason = row.value(QStringLiteral("verificationReason")).toString();
        QVERIFY2(
            reason.contains(useSystem ? QLatin1String("revocation") : QLatin1String("trusted authority")),
            qPrintable(reason));
    }
}

QTEST_MAIN(TestVerifySystemTrust)
#include "tst_verifysystemtrust.moc"
