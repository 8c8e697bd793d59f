// The operating system's trust store, used only when asked (TrustStore::loadSystem): pointed at a
// bundle made at test time through SSL_CERT_FILE / SSL_CERT_DIR, as OpenSSL itself reads them.

#include "verifycorpus.h"

#include "base/clock.h"
#include "verify/reports.h"
#include "verify/truststore.h"
#include "verify/verifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sic;
using namespace sic::verify;
using namespace sic::testing;

class TestVerifySystemTrust : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void loadsTheBundleAsSystemAnchors();
    void configuredWinsOverSystem();
    void pathToAnchor_data();
    void pathToAnchor();
    void systemOnlyWithoutPath();
    void hashedFolderWhenNoFile();
    void unavailable();
    void reports();

private:
    QString pki(const QString &rel) const { return m_pki + u'/' + rel; }
    QString out(const QString &name) const { return m_dir.filePath(name); }
    void pointAt(const QString &file, const QString &dir);
    FileReport verify(const TrustStore &trust) const;

    QString m_pki;
    QTemporaryDir m_dir;
    QString m_bundle; // the test root and an unrelated CA, as a system bundle would hold them
    QString m_otherCa;
    QString m_emptyDir;
};

void TestVerifySystemTrust::initTestCase()
{
    m_pki = qEnvironmentVariable("SIC_BUILD_DIR") + QStringLiteral("/test-pki");
    QVERIFY2(QFile::exists(pki(QStringLiteral("pki.json"))),
             qPrintable(QStringLiteral("test PKI missing at %1 (run the pki fixture)").arg(m_pki)));
    QVERIFY(m_dir.isValid());
    QVERIFY(writeAll(out(QStringLiteral("data.txt")), "The contract text, 契約書.\n"));
    ToolResult r =
        runTool(QStringLiteral("openssl"),
                {QStringLiteral("cms"), QStringLiteral("-sign"), QStringLiteral("-binary"),
                 QStringLiteral("-cades"), QStringLiteral("-md"), QStringLiteral("sha256"),
                 QStringLiteral("-in"), out(QStringLiteral("data.txt")), QStringLiteral("-signer"),
                 pki(QStringLiteral("signers/rsa2048.pem")), QStringLiteral("-inkey"),
                 pki(QStringLiteral("signers/rsa2048.key")), QStringLiteral("-certfile"),
                 pki(QStringLiteral("intermediate/ca.pem")), QStringLiteral("-outform"),
                 QStringLiteral("DER"), QStringLiteral("-out"), out(QStringLiteral("rsa2048.p7s"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    m_otherCa = out(QStringLiteral("other-ca.pem"));
    r = runTool(QStringLiteral("openssl"),
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                 QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                 QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=Some Web CA"),
                 QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-keyout"),
                 out(QStringLiteral("other-ca.key")), QStringLiteral("-out"), m_otherCa});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    m_bundle = out(QStringLiteral("ca-certificates.crt"));
    QVERIFY(writeAll(m_bundle, readAll(m_otherCa) + readAll(pki(QStringLiteral("root/ca.pem")))));
    m_emptyDir = out(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(m_emptyDir));
}

void TestVerifySystemTrust::pointAt(const QString &file, const QString &dir)
{
    qputenv("SSL_CERT_FILE", QFile::encodeName(file));
    qputenv("SSL_CERT_DIR", QFile::encodeName(dir));
}

void TestVerifySystemTrust::init()
{
    pointAt(m_bundle, m_emptyDir);
}

void TestVerifySystemTrust::cleanup()
{
    qunsetenv("SSL_CERT_FILE");
    qunsetenv("SSL_CERT_DIR");
}

FileReport TestVerifySystemTrust::verify(const TrustStore &trust) const
{
    static ManualClock clock(QDateTime::currentDateTimeUtc()); // the PKI is generated relative to now
    VerifyOptions o;
    o.context.trust = &trust;
    o.context.clock = &clock;
    o.context.extraRevocation.crls << readAll(pki(QStringLiteral("intermediate/crl.der")));
    o.dataFiles << out(QStringLiteral("data.txt"));
    return verifyFile(out(QStringLiteral("rsa2048.p7s")), o);
}

void TestVerifySystemTrust::loadsTheBundleAsSystemAnchors()
{
    TrustStore trust;
    QVERIFY(!trust.systemLoaded());
    const auto n = trust.loadSystem();
    QVERIFY2(n.has_value(), n ? "" : qPrintable(n.error().toString()));
    QCOMPARE(*n, 2);
    QVERIFY(trust.systemLoaded());
    QCOMPARE(trust.systemAnchorCount(), 2);
    QCOMPARE(trust.configuredAnchorCount(), 0);
    QVERIFY(trust.anchors().isEmpty()); // counted, not listed
    QCOMPARE(trust.certificates().size(), size_t(2));
    const auto root = ossl::x509FromPem(readAll(pki(QStringLiteral("root/ca.pem"))));
    QVERIFY(root);
    QVERIFY(trust.contains(root.get()));
    QVERIFY(trust.isSystemAnchor(root.get()));
    // Loading again adds nothing.
    QCOMPARE(trust.loadSystem().value_or(-1), 2);
}

// Configured before or after the system store, an anchor the user chose is not "only the system's".
void TestVerifySystemTrust::configuredWinsOverSystem()
{
    const auto root = ossl::x509FromPem(readAll(pki(QStringLiteral("root/ca.pem"))));
    const auto other = ossl::x509FromPem(readAll(m_otherCa));
    for (bool systemFirst : {false, true}) {
        TrustStore trust;
        if (systemFirst)
            QVERIFY(trust.loadSystem());
        QVERIFY(trust.load(pki(QStringLiteral("trust/root.pem"))));
        if (!systemFirst)
            QVERIFY(trust.loadSystem());
        QVERIFY(!trust.isSystemAnchor(root.get()));
        QVERIFY(trust.isSystemAnchor(other.get()));
        QCOMPARE(trust.systemAnchorCount(), 1);
        QCOMPARE(trust.configuredAnchorCount(), 1);
        QCOMPARE(trust.anchors().size(), 1);
        QCOMPARE(trust.anchors().first().commonName, QStringLiteral("SIC Test Root CA"));
    }
}

void TestVerifySystemTrust::pathToAnchor_data()
{
    QTest::addColumn<bool>("configured");
    QTest::addColumn<bool>("system");
    QTest::addColumn<QString>("result");
    QTest::addColumn<bool>("systemWarning");
    QTest::newRow("nothing trusted") << false << false << "INDETERMINATE/NO_CERTIFICATE_CHAIN_FOUND" << false;
    QTest::newRow("system store only") << false << true << "TOTAL_PASSED/" << true;
    QTest::newRow("configured root") << true << false << "TOTAL_PASSED/" << false;
    QTest::newRow("configured root and system store") << true << true << "TOTAL_PASSED/" << false;
}

void TestVerifySystemTrust::pathToAnchor()
{
    QFETCH(bool, configured);
    QFETCH(bool, system);
    QFETCH(QString, result);
    QFETCH(bool, systemWarning);
    TrustStore trust;
    if (configured)
        QVERIFY(trust.load(pki(QStringLiteral("trust/root.pem"))));
    if (system)
        QVERIFY(trust.loadSystem());
    const FileReport r = verify(trust);
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->toString()) : "");
    QCOMPARE(r.signatures.size(), 1);
    const SignatureReport &s = r.signatures.first();
    const QString got = indicationName(s.indication) + u'/' + subIndicationName(s.subIndication);
    QVERIFY2(got == result, qPrintable(got + QStringLiteral(": ") + s.reason));
    const bool warned = std::any_of(s.warnings.begin(), s.warnings.end(), [](const QString &w) {
        return w.contains(QLatin1String("operating system's web certificate authorities"));
    });
    QCOMPARE(warned, systemWarning);
    if (s.indication == Indication::TotalPassed) {
        QCOMPARE(s.chain.last().commonName, QStringLiteral("SIC Test Root CA"));
        QCOMPARE(s.verdict(), systemWarning ? Verdict::ValidWithWarnings : Verdict::Valid);
    }
}

void TestVerifySystemTrust::systemOnlyWithoutPath()
{
    const QString onlyOther = out(QStringLiteral("only-other.crt"));
    QVERIFY(writeAll(onlyOther, readAll(m_otherCa)));
    pointAt(onlyOther, m_emptyDir);
    TrustStore trust;
    QCOMPARE(trust.loadSystem().value_or(-1), 1);
    const FileReport r = verify(trust);
    QCOMPARE(r.signatures.size(), 1);
    const SignatureReport &s = r.signatures.first();
    QCOMPARE(s.subIndication, SubIndication::NoCertificateChainFound);
    QVERIFY2(s.reason.contains(QLatin1String("operating system")), qPrintable(s.reason));
    QVERIFY(s.warnings.isEmpty());
}

// No usable file: the folder, with the hashed names of an OpenSSL certificate folder.
void TestVerifySystemTrust::hashedFolderWhenNoFile()
{
    const QString dir = out(QStringLiteral("hashed"));
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(QFile::copy(pki(QStringLiteral("root/ca.pem")), dir + QStringLiteral("/0a1b2c3d.0")));
    QVERIFY(writeAll(dir + QStringLiteral("/README"), "not a certificate"));
    pointAt(out(QStringLiteral("no-such-bundle.crt")), dir);
    TrustStore trust;
    const auto n = trust.loadSystem();
    QVERIFY2(n.has_value(), n ? "" : qPrintable(n.error().toString()));
    QCOMPARE(*n, 1);
    const FileReport r = verify(trust);
    QCOMPARE(r.signatures.first().indication, Indication::TotalPassed);
}

void TestVerifySystemTrust::unavailable()
{
    pointAt(out(QStringLiteral("no-such-bundle.crt")), m_emptyDir);
    TrustStore trust;
    const auto n = trust.loadSystem();
    QVERIFY(!n);
    QCOMPARE(n.error().code, QStringLiteral("trust.system_unavailable"));
    QVERIFY(n.error().detail.contains(QLatin1String("no-such-bundle.crt")));
    QVERIFY(!trust.systemLoaded());
    QVERIFY(trust.isEmpty());
}

void TestVerifySystemTrust::reports()
{
    TrustStore trust;
    QVERIFY(trust.load(pki(QStringLiteral("trust/root.pem"))));
    ReportMeta plain;
    setTrust(plain, trust);
    QVERIFY(trust.loadSystem());
    const QList<FileReport> files{verify(trust)};
    ReportMeta meta;
    meta.generator = QStringLiteral("test");
    meta.validationTime = QDateTime::currentDateTimeUtc();
    setTrust(meta, trust);

    const QJsonObject json = QJsonDocument::fromJson(reportToJson(files, meta)).object();
    QCOMPARE(json.value(QStringLiteral("schemaVersion")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("schemaMinorVersion")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("trustAnchors")).toArray().size(), 1);
    const QJsonObject sys = json.value(QStringLiteral("systemTrustStore")).toObject();
    QCOMPARE(sys.value(QStringLiteral("used")).toBool(), true);
    QCOMPARE(sys.value(QStringLiteral("count")).toInt(), 1); // the root is configured, not counted twice
    const QJsonObject without = QJsonDocument::fromJson(reportToJson(files, plain))
                                    .object()
                                    .value(QStringLiteral("systemTrustStore"))
                                    .toObject();
    QCOMPARE(without.value(QStringLiteral("used")).toBool(true), false);
    QCOMPARE(without.value(QStringLiteral("count")).toInt(-1), 0);

    const QString html = QString::fromUtf8(reportToHtml(files, meta));
    QVERIFY(html.contains(QStringLiteral("SIC Test Root CA")));
    // (Without a translator the numerus form reads "certificate(s)".)
    QVERIFY2(html.contains(QStringLiteral("and the operating system's trust store (1 certificate")),
             qPrintable(html));
    QVERIFY(!html.contains(QStringLiteral("Some Web CA"))); // system CAs are not listed one by one
    QVERIFY(!QString::fromUtf8(reportToHtml(files, plain)).contains(QStringLiteral("operating system")));
}

QTEST_GUILESS_MAIN(TestVerifySystemTrust)
#include "tst_verify_systemtrust.moc"
