// `sic-cli sign` end to end against sic-devrssp: secrets on stdin, JSON results, exit codes.
#include "../csc/cscintegration.h"
#include "journal/history.h"
#include "onlinepki.h"
#include "pdffixtures.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

using namespace sic::test;

class TestPadesCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    DevRssp m_rssp;
    QString m_nss;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run sign(const QStringList &args, const QByteArray &stdinData)
    {
        QProcess p;
        // The signing journal goes to the test's folder, not the user's.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_tmp.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SIC_CLI_BINARY), QStringList{QStringLiteral("sign")} + args);
        Run r;
        if (!p.waitForStarted(10000))
            return r;
        p.write(stdinData);
        p.closeWriteChannel();
        p.waitForFinished(120000);
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    QStringList common(const QString &outDir) const { return common(m_rssp, outDir); }
    static QStringList common(const DevRssp &rssp, const QString &outDir)
    {
        return {QStringLiteral("--rssp"),          rssp.cscV2(),
                QStringLiteral("--ca-bundle"),     rssp.ready().value(QStringLiteral("ca_bundle")).toString(),
                QStringLiteral("--tsa-trust"),     rssp.pkiDir() + QStringLiteral("/trust"),
                QStringLiteral("--user"),          rssp.user(),
                QStringLiteral("--credential"),    QStringLiteral("cred-rsa2048-totp"),
                QStringLiteral("--out"),           outDir,
                QStringLiteral("--secrets-stdin"), QStringLiteral("--json")};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const auto started = m_rssp.start(m_tmp.filePath(QStringLiteral("rssp")));
        QVERIFY2(started.ok(), qPrintable(started.error));
        m_nss = makeNssDb(m_tmp.filePath(QStringLiteral("nss")), m_rssp.pkiDir());
    }

    void signsTwoFilesAtLevelBT()
    {
        const QString outDir = m_tmp.filePath(QStringLiteral("out"));
        QDir().mkpath(outDir);
        QStringList files;
        for (int i = 0; i < 2; ++i) {
            files << m_tmp.filePath(QStringLiteral("doc%1.pdf").arg(i));
            writeFile(files.last(), miniPdf());
        }
        const QByteArray secrets = "password=" + m_rssp.password().toUtf8() +
                                   "\npin=" + m_rssp.pin().toUtf8() + "\notp=" + m_rssp.nextTotp().toUtf8() +
                                   "\n";
        const Run r =
            sign(common(outDir) +
                     QStringList{QStringLiteral("--level"), QStringLiteral("B-T"), QStringLiteral("--tsa"),
                                 m_rssp.ready().value(QStringLiteral("tsa")).toString(),
                                 QStringLiteral("--reason"), QStringLiteral("承認")} +
                     files,
                 secrets);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray results =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 2);
        for (const auto &v : results) {
            const QString out = v.toObject().value(QStringLiteral("signedDocument")).toString();
            QVERIFY(out.startsWith(outDir));
            const QString problem = checkSignedPdf(out, m_nss, m_rssp.pkiDir(), 1, m_tmp.path());
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        // No secret reaches the output.
        QVERIFY(!r.out.contains(m_rssp.pin().toUtf8()) && !r.err.contains(m_rssp.password().toUtf8()));
        // The CLI writes the signing journal the GUI writes: one line per document.
        const sic::History journal(m_tmp.filePath(QStringLiteral("data/sic/sic/history.jsonl")),
                                   sic::SystemClock::instance());
        const auto entries = journal.entries();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->first().result, QStringLiteral("ok"));
        QCOMPARE(entries->first().level, QStringLiteral("B-T"));
        QCOMPARE(entries->first().credential, QStringLiteral("cred-rsa2048-totp"));
    }

    // --online: the verification of the output fetches OCSP responses and CRLs from the URLs in the
    // certificates (this PKI's point at the RSSP's plain-HTTP port) and reads "valid"; offline the
    // same signature cannot be confirmed.
    void onlineVerificationSaysValid()
    {
        QString error;
        const std::optional<OnlinePki> pki =
            OnlinePki::make(m_tmp.filePath(QStringLiteral("online-pki")), &error);
        QVERIFY2(pki, qPrintable(error));
        DevRssp rssp;
        const auto started = rssp.start(m_tmp.filePath(QStringLiteral("rssp-online")),
                                        DevRssp::Options{.pkiDir = pki->dir, .pkiPort = pki->port});
        QVERIFY2(started.ok(), qPrintable(started.error));
        const QString file = m_tmp.filePath(QStringLiteral("doc-online.pdf"));
        writeFile(file, miniPdf());
        const QRegularExpression verdict(QStringLiteral("verification +([a-z-]+):"));
        for (const bool online : {true, false}) {
            const QString outDir =
                m_tmp.filePath(online ? QStringLiteral("online") : QStringLiteral("offline"));
            QDir().mkpath(outDir);
            QStringList args = common(rssp, outDir);
            args.removeAll(QStringLiteral("--json")); // the lines a person reads
            if (online)
                args << QStringLiteral("--online");
            const QByteArray secrets = "password=" + rssp.password().toUtf8() +
                                       "\npin=" + rssp.pin().toUtf8() + "\notp=" + rssp.nextTotp().toUtf8() +
                                       "\n";
            const Run r = sign(args << file, secrets);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const auto m = verdict.match(QString::fromUtf8(r.out));
            QVERIFY2(m.hasMatch(), r.out.constData());
            QCOMPARE(m.captured(1), online ? QStringLiteral("valid") : QStringLiteral("cannot-be-confirmed"));
        }
    }

    void wrongPasswordIsAServiceError()
    {
        const QString outDir = m_tmp.filePath(QStringLiteral("out2"));
        QDir().mkpath(outDir);
        const QString file = m_tmp.filePath(QStringLiteral("doc-x.pdf"));
        writeFile(file, miniPdf());
        const Run r = sign(common(outDir) << file, "password=wrong\npin=0\notp=0\n");
        QCOMPARE(r.exitCode, 4);
        QVERIFY(QDir(outDir).isEmpty());
    }

    // The process dies (SIGKILL) while its prepared file is being written: nothing may appear at
    // the output path, because only a complete file is ever renamed there.
    void killedWhileWritingLeavesNoOutput()
    {
        const QString outDir = m_tmp.filePath(QStringLiteral("killed"));
        QDir().mkpath(outDir);
        const QString input = m_tmp.filePath(QStringLiteral("big.pdf"));
        const QByteArray payload(160 << 20, 'x');
        const QByteArray pdf = pdfFromObjects(
            {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
             "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>",
             "<< /Length " + QByteArray::number(payload.size()) + " >>\nstream\n" + payload + "\nendstream"});
        QVERIFY(writeFile(input, pdf));
        QProcess p;
        // The signing journal goes to the test's folder, not the user's.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_tmp.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SIC_CLI_BINARY), QStringList{QStringLiteral("sign")} + common(outDir)
                                                    << input);
        QVERIFY(p.waitForStarted(10000));
        p.write("password=" + m_rssp.password().toUtf8() + "\npin=" + m_rssp.pin().toUtf8() +
                "\notp=" + m_rssp.nextTotp().toUtf8() + "\n");
        QVERIFY(p.waitForBytesWritten(10000)); // the loop below runs no event loop to flush it
        p.closeWriteChannel();
        bool seen = false;
        QElapsedTimer t;
        t.start();
        while (!seen && p.state() == QProcess::Running && t.elapsed() < 60000) {
            seen = !QDir(outDir)
                        .entryList({QStringLiteral(".*.sic-prepared")}, QDir::Files | QDir::Hidden)
                        .isEmpty();
            if (!seen)
                QThread::usleep(200);
        }
        QVERIFY2(seen, "the prepared file was never seen; the process ended first");
        p.kill();
        QVERIFY(p.waitForFinished(10000));
        QVERIFY(!QFile::exists(QDir(outDir).filePath(QStringLiteral("big-signed.pdf"))));
        QCOMPARE(QFileInfo(input).size(), qint64(pdf.size())); // the input is untouched
    }

    void usageErrors()
    {
        QCOMPARE(sign({QStringLiteral("x.pdf")}, {}).exitCode, 3);
        QStringList noStdin = common(m_tmp.path());
        noStdin.removeAll(QStringLiteral("--secrets-stdin"));
        QCOMPARE(sign(noStdin << QStringLiteral("x.pdf"), {}).exitCode, 3);
        QCOMPARE(sign(common(m_tmp.path())
                          << QStringLiteral("--level") << QStringLiteral("B-X") << QStringLiteral("x.pdf"),
                      {})
                     .exitCode,
                 3);
    }
};

QTEST_GUILESS_MAIN(TestPadesCli)
#include "tst_padescli.moc"
