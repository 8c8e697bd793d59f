// Online revocation (OCSP from AIA, CRL from CRL DP) end to end against a real sic-devrssp: a PKI
// is made at test time whose certificates point at this test's server, signatures are made with
// `openssl cms -sign`, and the verifier has no revocation data but what it fetches.

#include "devrssp.h"

#include "base/clock.h"
#include "verify/onlinerevocation.h"
#include "verify/verifier.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/pem.h>

using namespace sic::verify;

namespace {

QString runTool(const QString &program, const QStringList &args, const QProcessEnvironment &env = {},
                int timeoutMs = 120000)
{
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("%1 %2 failed: %3")
            .arg(program, args.join(u' '), QString::fromLocal8Bit(p.readAllStandardError()));
    return {};
}

sic::ossl::X509Ptr readPem(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pem = f.readAll(); // the BIO reads it in place
    sic::ossl::Bio bio = sic::ossl::memBio(pem);
    return sic::ossl::X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

} // namespace

class TestVerifyOnline : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_pki;
    QString m_base; // https://127.0.0.1:PORT, also inside the certificates
    quint16 m_port = 0;
    QProcess m_serve;
    TrustStore m_trust;

    QString path(const QString &rel) const { return m_tmp.filePath(rel); }

    OnlineRevocationFetcher::Options fetchOptions(int timeoutMs = 15000) const
    {
        OnlineRevocationFetcher::Options o;
        o.timeoutMs = timeoutMs;
        // The development RSSP speaks https only, with a certificate from the test root.
        o.extraTlsCaCertificates = QSslCertificate::fromPath(m_pki + QStringLiteral("/trust/root.pem"));
        return o;
    }

    VerifyOptions offlineOptions() const
    {
        VerifyOptions o;
        o.context.trust = &m_trust;
        o.context.clock = &sic::SystemClock::instance();
        o.dataFiles << path(QStringLiteral("data.txt"));
        return o;
    }

    // What `sic-cli verify --online` does: list what lacks revocation data, fetch, verify again.
    void verifyOnline(const QString &file, const OnlineRevocationFetcher::Options &fo, FileReport *report,
                      OnlineRevocationResult *fetched)
    {
        VerifyOptions o = offlineOptions();
        o.context.online = true;
        RevocationNeeds needs;
        o.context.revocationNeeds = &needs;
        (void)verifyFile(file, o);
        QVERIFY2(!needs.isEmpty(),
                 "the signature carries no revocation data, so the fetch list cannot be empty");
        o.context.revocationNeeds = nullptr;

        OnlineRevocationFetcher fetcher(fo);
        bool done = false;
        fetcher.fetch(needs.targets(), [&](OnlineRevocationResult r) {
            *fetched = std::move(r);
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        for (const QString &p : fetched->problems)
            qInfo("fetch: %s", qPrintable(p));
        o.context.extraRevocation.append(fetched->data);
        *report = verifyFile(file, o);
        QVERIFY2(!report->error, qPrintable(report->error ? report->error->toString() : QString()));
        QCOMPARE(report->signatures.size(), 1);
    }

    void sign(const QString &signer, const QString &out)
    {
        const QString s = m_pki + QStringLiteral("/signers/") + signer;
        const QString err =
            runTool(QStringLiteral("openssl"),
                    {QStringLiteral("cms"), QStringLiteral("-sign"), QStringLiteral("-binary"),
                     QStringLiteral("-in"), path(QStringLiteral("data.txt")), QStringLiteral("-signer"),
                     s + QStringLiteral(".pem"), QStringLiteral("-inkey"), s + QStringLiteral(".key"),
                     QStringLiteral("-certfile"), m_pki + QStringLiteral("/intermediate/ca.pem"),
                     QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"), out});
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }

    void stopServer()
    {
        if (m_serve.state() == QProcess::NotRunning)
            return;
        m_serve.terminate();
        if (!m_serve.waitForFinished(15000)) {
            m_serve.kill();
            m_serve.waitForFinished(5000);
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            m_port = probe.serverPort();
        }
        m_base = QStringLiteral("https://127.0.0.1:%1").arg(m_port);
        m_pki = path(QStringLiteral("pki"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SIC_PKI_URL_BASE"), m_base);
        const QString makePki =
            qEnvironmentVariable("SIC_SOURCE_DIR") + QStringLiteral("/tests/data/make-pki.sh");
        QString err = runTool(QStringLiteral("bash"), {makePki, m_pki}, env, 300000);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        err = runTool(DevRssp::binary(),
                      {QStringLiteral("init"), QStringLiteral("--state"), path(QStringLiteral("rssp")),
                       QStringLiteral("--pki"), m_pki},
                      env);
        QVERIFY2(err.isEmpty(), qPrintable(err));

        env.insert(QStringLiteral("SIC_DEVRSSP_EXIT_WITH_PARENT"), QStringLiteral("1"));
        m_serve.setProcessEnvironment(env);
        m_serve.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const QString ready = path(QStringLiteral("ready.json"));
        m_serve.start(DevRssp::binary(), {QStringLiteral("serve"), QStringLiteral("--state"),
                                          path(QStringLiteral("rssp")), QStringLiteral("--port"),
                                          QString::number(m_port), QStringLiteral("--ready-file"), ready});
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(ready) || m_serve.state() == QProcess::NotRunning, 60000);
        QVERIFY2(QFile::exists(ready), "sic-devrssp serve did not start");

        QVERIFY(m_trust.load(m_pki + QStringLiteral("/trust/root.pem")).has_value());
        QFile data(path(QStringLiteral("data.txt")));
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write("contract text, signed at test time\n");
        data.close();
        sign(QStringLiteral("rsa2048"), path(QStringLiteral("good.p7s")));
        sign(QStringLiteral("revoked"), path(QStringLiteral("revoked.p7s")));
    }

    void cleanupTestCase() { stopServer(); }

    void urlsComeFromTheCertificate()
    {
        sic::ossl::X509Ptr cert = readPem(m_pki + QStringLiteral("/signers/rsa2048.pem"));
        QVERIFY(cert);
        QCOMPARE(OnlineRevocationFetcher::ocspUrls(cert.get()),
                 QStringList{m_base + QStringLiteral("/ocsp")});
        QCOMPARE(OnlineRevocationFetcher::crlUrls(cert.get()), QStringList{m_base + QStringLiteral("/crl")});
        sic::ossl::X509Ptr root = readPem(m_pki + QStringLiteral("/root/ca.pem"));
        QVERIFY(OnlineRevocationFetcher::ocspUrls(root.get()).isEmpty());
    }

    void offlineCannotCheck()
    {
        const FileReport r = verifyFile(path(QStringLiteral("good.p7s")), offlineOptions());
        QCOMPARE(r.signatures.size(), 1);
        QCOMPARE(r.signatures[0].subIndication, SubIndication::TryLater);
    }

    void goodSignerPassesWithOcsp()
    {
        FileReport r;
        OnlineRevocationResult fetched;
        verifyOnline(path(QStringLiteral("good.p7s")), fetchOptions(), &r, &fetched);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!fetched.data.ocspResponses.isEmpty());
        QVERIFY(!fetched.data.crls.isEmpty());
        const SignatureReport &s = r.signatures[0];
        QCOMPARE(s.indication, Indication::TotalPassed);
        QCOMPARE(s.revocation.source, RevocationSource::Ocsp);
        QCOMPARE(s.revocation.status, RevocationStatus::Good);
    }

    void revokedSignerIsRevokedByOcsp()
    {
        FileReport r;
        OnlineRevocationResult fetched;
        verifyOnline(path(QStringLiteral("revoked.p7s")), fetchOptions(), &r, &fetched);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!fetched.data.ocspResponses.isEmpty());
        QCOMPARE(r.signatures[0].revocation.status, RevocationStatus::Revoked);
        QCOMPARE(r.signatures[0].subIndication, SubIndication::RevokedNoPoe);

        // The OCSP answers alone (the CRL says the same and would otherwise be the one reported).
        VerifyOptions o = offlineOptions();
        o.context.online = true;
        o.context.extraRevocation.ocspResponses = fetched.data.ocspResponses;
        const FileReport byOcsp = verifyFile(path(QStringLiteral("revoked.p7s")), o);
        QCOMPARE(byOcsp.signatures.size(), 1);
        const SignatureReport &s = byOcsp.signatures[0];
        QCOMPARE(s.revocation.source, RevocationSource::Ocsp);
        QCOMPARE(s.revocation.status, RevocationStatus::Revoked);
        QVERIFY(s.revocation.revocationTime.isValid());
        // No timestamp proves the signature predates the revocation (EN 319 102-1).
        QCOMPARE(s.indication, Indication::Indeterminate);
        QCOMPARE(s.subIndication, SubIndication::RevokedNoPoe);
        QVERIFY2(s.reason.contains(QStringLiteral("revoked")), qPrintable(s.reason));
    }

    void crlAloneIsUsedWhenOcspFails()
    {
        // The CRL fetched for the good signer decides by itself (the OCSP answers are dropped).
        FileReport first;
        OnlineRevocationResult fetched;
        verifyOnline(path(QStringLiteral("good.p7s")), fetchOptions(), &first, &fetched);
        if (QTest::currentTestFailed())
            return;
        VerifyOptions o = offlineOptions();
        o.context.online = true;
        o.context.extraRevocation.crls = fetched.data.crls;
        const FileReport r = verifyFile(path(QStringLiteral("good.p7s")), o);
        QCOMPARE(r.signatures[0].indication, Indication::TotalPassed);
        QCOMPARE(r.signatures[0].revocation.source, RevocationSource::Crl);
    }

    void unreachableResponderIsReportedNotHung()
    {
        stopServer();
        QElapsedTimer t;
        t.start();
        FileReport r;
        OnlineRevocationResult fetched;
        verifyOnline(path(QStringLiteral("good.p7s")), fetchOptions(), &r, &fetched);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(t.elapsed() < 15000, "a refused connection must not wait for the timeout");
        QVERIFY(fetched.data.ocspResponses.isEmpty());
        QVERIFY(!fetched.problems.isEmpty());
        QVERIFY2(fetched.problems.join(u' ').contains(QStringLiteral("could not be reached")),
                 qPrintable(fetched.problems.join(u'\n')));
        const SignatureReport &s = r.signatures[0];
        QCOMPARE(s.subIndication, SubIndication::TryLater);
        QVERIFY2(s.reason.contains(QStringLiteral("could not be checked")), qPrintable(s.reason));
        QVERIFY2(s.reason.contains(QStringLiteral("online")), qPrintable(s.reason));
    }

    void silentResponderTimesOut()
    {
        stopServer();
        // Accepts connections and never answers: only the transfer timeout ends the requests.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, m_port));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = silent.nextPendingConnection())
                held << s;
        });
        QElapsedTimer t;
        t.start();
        FileReport r;
        OnlineRevocationResult fetched;
        verifyOnline(path(QStringLiteral("good.p7s")), fetchOptions(1500), &r, &fetched);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(t.elapsed() < 20000, qPrintable(QStringLiteral("took %1 ms").arg(t.elapsed())));
        QVERIFY(!held.isEmpty());
        QVERIFY2(fetched.problems.join(u' ').contains(QStringLiteral("did not answer")),
                 qPrintable(fetched.problems.join(u'\n')));
        QCOMPARE(r.signatures[0].subIndication, SubIndication::TryLater);
    }

    void cliReportsUnreachableResponder()
    {
        stopServer();
        QProcess cli;
        cli.start(qEnvironmentVariable("SIC_BUILD_DIR") + QStringLiteral("/app/sic-cli/sic-cli"),
                  {QStringLiteral("verify"), QStringLiteral("--online"), QStringLiteral("--trust"),
                   m_pki + QStringLiteral("/trust/root.pem"), QStringLiteral("--data"),
                   path(QStringLiteral("data.txt")), path(QStringLiteral("good.p7s"))});
        QVERIFY(cli.waitForFinished(60000));
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY2(out.contains(QStringLiteral("TRY_LATER")) &&
                     out.contains(QStringLiteral("could not be checked")),
                 qPrintable(out));
        QVERIFY2(err.contains(m_base + QStringLiteral("/ocsp")) &&
                     err.contains(QStringLiteral("could not be reached")),
                 qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestVerifyOnline)
#include "tst_verify_online.moc"
