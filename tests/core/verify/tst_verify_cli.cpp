// sic-cli verify as a user runs it: exit codes, one line per signature, reports, many files.

#include "verifycorpus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sic::testing;

class TestVerifyCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void reportsWritten();
    void systemTrust();
    void manyFiles();
    void sealedReport();

private:
    ToolResult cli(const QStringList &args)
    {
        return runTool(m_cli, QStringList{QStringLiteral("verify")} + args);
    }
    QString out(const QString &name) const { return m_dir.filePath(name); }
    QString m_cli;
    QString m_pki;
    QTemporaryDir m_dir;
};

void TestVerifyCli::initTestCase()
{
    const QString build = qEnvironmentVariable("SIC_BUILD_DIR");
    m_cli = build + QStringLiteral("/app/sic-cli/sic-cli");
    m_pki = build + QStringLiteral("/test-pki");
    // A missing binary or fixture is a broken setup, not a reason to pass quietly.
    QVERIFY2(QFile::exists(m_cli), qPrintable(QStringLiteral("sic-cli not built at %1").arg(m_cli)));
    QVERIFY2(QFile::exists(m_pki + QStringLiteral("/pki.json")),
             qPrintable(QStringLiteral("test PKI missing at %1").arg(m_pki)));
    QVERIFY(writeAll(out(QStringLiteral("doc.txt")), "signed text\n"));
    QVERIFY(writeAll(out(QStringLiteral("other.txt")), "other text\n"));
    const ToolResult r =
        runTool(QStringLiteral("openssl"),
                {QStringLiteral("cms"), QStringLiteral("-sign"), QStringLiteral("-binary"),
                 QStringLiteral("-cades"), QStringLiteral("-md"), QStringLiteral("sha256"),
                 QStringLiteral("-in"), out(QStringLiteral("doc.txt")), QStringLiteral("-signer"),
                 m_pki + QStringLiteral("/signers/rsa2048.pem"), QStringLiteral("-inkey"),
                 m_pki + QStringLiteral("/signers/rsa2048.key"), QStringLiteral("-certfile"),
                 m_pki + QStringLiteral("/intermediate/ca.pem"), QStringLiteral("-outform"),
                 QStringLiteral("DER"), QStringLiteral("-out"), out(QStringLiteral("doc.txt.p7s"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFile::copy(out(QStringLiteral("doc.txt.p7s")), out(QStringLiteral("other.txt.p7s"))));
    QVERIFY(writeAll(out(QStringLiteral("unsigned.xml")), "<r>nothing signed</r>"));
    QVERIFY(writeAll(out(QStringLiteral("broken.xml")), "<r><unclosed></r>"));
}

void TestVerifyCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QString trust = QStringLiteral("--trust=") + m_pki + QStringLiteral("/trust/root.pem");
    const QString crl = QStringLiteral("--revocation=") + m_pki + QStringLiteral("/intermediate/crl.der");
    const QString ok = out(QStringLiteral("doc.txt.p7s")), tampered = out(QStringLiteral("other.txt.p7s"));
    QTest::newRow("valid") << QStringList{trust, crl, ok} << 0;
    QTest::newRow("tampered") << QStringList{trust, crl, tampered} << 1;
    QTest::newRow("no anchors") << QStringList{crl, ok} << 2;
    QTest::newRow("no revocation data") << QStringList{trust, ok} << 2;
    QTest::newRow("no signature") << QStringList{trust, crl, out(QStringLiteral("unsigned.xml"))} << 2;
    QTest::newRow("missing file") << QStringList{trust, crl, out(QStringLiteral("missing.pdf"))} << 3;
    QTest::newRow("malformed xml") << QStringList{trust, crl, out(QStringLiteral("broken.xml"))} << 3;
    QTest::newRow("valid and missing")
        << QStringList{trust, crl, ok, out(QStringLiteral("missing.pdf"))} << 3;
    QTest::newRow("failed and missing")
        << QStringList{trust, crl, tampered, out(QStringLiteral("missing.pdf"))} << 1;
    QTest::newRow("valid and indeterminate")
        << QStringList{trust, crl, ok, out(QStringLiteral("unsigned.xml"))} << 2;
    QTest::newRow("no file") << QStringList{trust} << 3;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate"), ok} << 3;
    QTest::newRow("bad trust path") << QStringList{QStringLiteral("--trust=/nonexistent/anchors.pem"), ok}
                                    << 3;
    QTest::newRow("bad language") << QStringList{QStringLiteral("--lang=fr"), ok} << 3;
    QTest::newRow("online and offline")
        << QStringList{QStringLiteral("--online"), QStringLiteral("--offline"), ok} << 3;
}

void TestVerifyCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const ToolResult r = cli(args);
    QVERIFY2(r.exitCode == exitCode,
             qPrintable(QStringLiteral("exit %1, want %2\n%3%4")
                            .arg(r.exitCode)
                            .arg(exitCode)
                            .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err))));
}

void TestVerifyCli::reportsWritten()
{
    const ToolResult r =
        cli({QStringLiteral("--trust=") + m_pki + QStringLiteral("/trust/root.pem"),
             QStringLiteral("--revocation=") + m_pki + QStringLiteral("/intermediate/crl.der"),
             QStringLiteral("--json=") + out(QStringLiteral("r.json")),
             QStringLiteral("--html=") + out(QStringLiteral("r.html")),
             QStringLiteral("--csv=") + out(QStringLiteral("r.csv")), out(QStringLiteral("doc.txt.p7s")),
             out(QStringLiteral("other.txt.p7s")), out(QStringLiteral("missing.xml"))});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out.count('\n'), 2); // one line per signature
    QVERIFY(r.out.contains("TOTAL_PASSED") && r.out.contains("HASH_FAILURE"));
    QVERIFY(r.err.contains("missing.xml"));
    const QJsonObject json = QJsonDocument::fromJson(readAll(out(QStringLiteral("r.json")))).object();
    QCOMPARE(json.value(QStringLiteral("files")).toArray().size(), 3);
    QVERIFY(readAll(out(QStringLiteral("r.html"))).contains("SIC Test Signer rsa2048"));
    QCOMPARE(readAll(out(QStringLiteral("r.csv"))).count('\n'), 4);
}

// --seal-p12: every report written gets a detached CAdES seal made with the helpdesk's PKCS#12 key
// (the test PKI's signer); our verifier and openssl cms both verify it, a byte changed in the
// report is caught, a wrong password is refused without writing a seal.
void TestVerifyCli::sealedReport()
{
    const QString p12 = out(QStringLiteral("seal.p12"));
    const ToolResult exported =
        runTool(QStringLiteral("openssl"),
                {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
                 m_pki + QStringLiteral("/signers/rsa2048.key"), QStringLiteral("-in"),
                 m_pki + QStringLiteral("/signers/rsa2048.pem"), QStringLiteral("-certfile"),
                 m_pki + QStringLiteral("/intermediate/ca.pem"), QStringLiteral("-passout"),
                 QStringLiteral("pass:s3cret"), QStringLiteral("-out"), p12});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    auto run = [&](const QByteArray &password, const QString &json) {
        QProcess p;
        p.start(m_cli, {QStringLiteral("verify"),
                        QStringLiteral("--trust=") + m_pki + QStringLiteral("/trust/root.pem"),
                        QStringLiteral("--json=") + json,
                        QStringLiteral("--etsi-report=") + json + QStringLiteral(".xml"),
                        QStringLiteral("--seal-p12=") + p12, out(QStringLiteral("doc.txt.p7s"))});
        p.write("seal-password=" + password + "\n");
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return p.exitCode();
    };
    const QString json = out(QStringLiteral("sealed.json"));
    QCOMPARE(run("s3cret", json), 2); // no revocation data given: TRY_LATER, the report is still written
    QVERIFY(QFile::exists(json + QStringLiteral(".p7s")) && QFile::exists(json + QStringLiteral(".xml.p7s")));
    const QStringList trust{QStringLiteral("--trust=") + m_pki + QStringLiteral("/trust/root.pem"),
                            QStringLiteral("--revocation=") + m_pki +
                                QStringLiteral("/intermediate/crl.der")};
    ToolResult v = cli(trust + QStringList{QStringLiteral("--data=") + json, json + QStringLiteral(".p7s")});
    QVERIFY2(v.exitCode == 0 && v.out.contains("TOTAL_PASSED"), v.out.constData());
    const ToolResult o =
        runTool(QStringLiteral("openssl"),
                {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-inform"),
                 QStringLiteral("DER"), QStringLiteral("-in"), json + QStringLiteral(".p7s"),
                 QStringLiteral("-content"), json, QStringLiteral("-binary"), QStringLiteral("-CAfile"),
                 m_pki + QStringLiteral("/trust/root.pem"), QStringLiteral("-purpose"), QStringLiteral("any"),
                 QStringLiteral("-out"), QStringLiteral("/dev/null")});
    QVERIFY2(o.exitCode == 0, o.err.constData());
    QByteArray report = readAll(json);
    report[report.size() / 2] = report[report.size() / 2] == 'x' ? 'y' : 'x';
    QVERIFY(writeAll(json, report));
    v = cli(trust + QStringList{QStringLiteral("--data=") + json, json + QStringLiteral(".p7s")});
    QVERIFY2(v.exitCode == 1 && v.out.contains("HASH_FAILURE"), v.out.constData());
    const QString other = out(QStringLiteral("unsealed.json"));
    QCOMPARE(run("wrong", other), 3);
    QVERIFY(QFile::exists(other) && !QFile::exists(other + QStringLiteral(".p7s")));
}

// --system-trust reads the OS store as OpenSSL finds it; SSL_CERT_FILE points it at a bundle made
// here (sic-cli inherits this process's environment).
void TestVerifyCli::systemTrust()
{
    const QString bundle = out(QStringLiteral("system-bundle.crt"));
    QVERIFY(writeAll(bundle, readAll(m_pki + QStringLiteral("/root/ca.pem"))));
    QVERIFY(QDir().mkpath(out(QStringLiteral("no-certs"))));
    const QString crl = QStringLiteral("--revocation=") + m_pki + QStringLiteral("/intermediate/crl.der");
    const QString doc = out(QStringLiteral("doc.txt.p7s"));
    qputenv("SSL_CERT_FILE", QFile::encodeName(bundle));
    qputenv("SSL_CERT_DIR", QFile::encodeName(out(QStringLiteral("no-certs"))));
    const ToolResult with = cli({QStringLiteral("--system-trust"), crl,
                                 QStringLiteral("--json=") + out(QStringLiteral("sys.json")), doc});
    const ToolResult without = cli({crl, doc});
    qputenv("SSL_CERT_FILE", QFile::encodeName(out(QStringLiteral("no-such-bundle.crt"))));
    const ToolResult unavailable = cli({QStringLiteral("--system-trust"), crl, doc});
    qunsetenv("SSL_CERT_FILE");
    qunsetenv("SSL_CERT_DIR");

    QVERIFY2(with.exitCode == 0, with.out.constData());
    QVERIFY(with.out.contains("operating system's web certificate authorities"));
    const QJsonObject json = QJsonDocument::fromJson(readAll(out(QStringLiteral("sys.json")))).object();
    const QJsonObject sys = json.value(QStringLiteral("systemTrustStore")).toObject();
    QCOMPARE(sys.value(QStringLiteral("used")).toBool(), true);
    QCOMPARE(sys.value(QStringLiteral("count")).toInt(), 1);
    QVERIFY(json.value(QStringLiteral("trustAnchors")).toArray().isEmpty());
    const QJsonObject sig = json.value(QStringLiteral("files"))
                                .toArray()[0]
                                .toObject()[QStringLiteral("signatures")]
                                .toArray()[0]
                                .toObject();
    QCOMPARE(sig.value(QStringLiteral("verdict")).toString(), QStringLiteral("valid-with-warnings"));

    QCOMPARE(without.exitCode, 2); // not asked: the same environment trusts nothing
    QVERIFY(without.out.contains("NO_CERTIFICATE_CHAIN_FOUND"));
    QCOMPARE(unavailable.exitCode, 3);
    QVERIFY2(unavailable.err.contains("--system-trust") && unavailable.err.contains("no-such-bundle.crt"),
             unavailable.err.constData());
}

void TestVerifyCli::manyFiles()
{
    QStringList files;
    for (int i = 0; i < 300; ++i) {
        const QString name = out(QStringLiteral("many%1.xml").arg(i));
        QVERIFY(writeAll(name, i % 3 == 0 ? QByteArray("<bad") : QByteArray("<r/>")));
        files << name;
    }
    const ToolResult r = cli(files);
    QCOMPARE(r.exitCode, 3); // some files are malformed
    QCOMPARE(r.err.count('\n'), 100);
    QCOMPARE(r.out.count("no signature found"), 200);
}

QTEST_GUILESS_MAIN(TestVerifyCli)
#include "tst_verify_cli.moc"
