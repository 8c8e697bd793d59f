// sic-cli credentials / sign-hash as a user or script runs them, against a real sic-devrssp.
#include "cscintegration.h"

#include "csc/encoding.h"
#include "csc/signaturecheck.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace sic;
using namespace sic::csc;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TstCscCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    DevRssp m_rssp;

    Run cli(const QStringList &args, const QByteArray &stdinData)
    {
        QProcess p;
        p.start(QStringLiteral(SIC_CLI_BINARY), args);
        p.write(stdinData);
        p.closeWriteChannel();
        Run r;
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 120000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    QStringList common(const QString &url) const
    {
        return {
            QStringLiteral("--rssp"),         url,
            QStringLiteral("--ca-bundle"),    m_rssp.ready().value(QStringLiteral("ca_bundle")).toString(),
            QStringLiteral("--user"),         m_rssp.user(),
            QStringLiteral("--secrets-stdin")};
    }
    QByteArray secrets(const QString &otp) const
    {
        return ("password=" + m_rssp.password() + "\npin=" + m_rssp.pin() + "\notp=" + otp + "\n").toUtf8();
    }
    QByteArray certOf(const QString &credential)
    {
        Session s;
        if (!s.open(m_rssp, m_rssp.cscV2()).isEmpty())
            return {};
        auto c = s.credential(credential);
        return c ? c->chain.value(0) : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const auto started = m_rssp.start(m_tmp.filePath(QStringLiteral("rssp")));
        QVERIFY2(started.ok(), qPrintable(started.error));
    }

    void listsCredentials()
    {
        const Run r = cli(QStringList{QStringLiteral("credentials")} + common(m_rssp.base()),
                          ("password=" + m_rssp.password() + "\n").toUtf8());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const char *id : {"cred-rsa2048-totp", "cred-rsa3072-totp", "cred-p256-oob", "cred-p384-totp",
                               "cred-rsa2048-oauth"})
            QVERIFY2(r.out.contains(QLatin1String(id)), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("RSA-2048")));
        QVERIFY(r.out.contains(QLatin1String("EC P-256")));
        QVERIFY(r.out.contains(QLatin1String("PIN + OTP-TOTP")));
        QVERIFY(r.out.contains(QLatin1String("PIN + OTP-OOB")));
        QVERIFY(r.out.contains(QLatin1String("level:     2")));
        QVERIFY(r.out.contains(QLatin1String("multisign: 100")));
        QVERIFY(!r.out.contains(m_rssp.password()) && !r.err.contains(m_rssp.password()));
    }

    void signsHashes_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("credential");
        QTest::addColumn<QString>("alg");
        QTest::newRow("v2 rsa totp") << "csc_v2"
                                     << "cred-rsa2048-totp"
                                     << "sha256";
        QTest::newRow("v1 p384 totp sha384") << "csc_v1"
                                             << "cred-p384-totp"
                                             << "sha384";
        QTest::newRow("v2 p256 oob via outbox") << "csc_v2"
                                                << "cred-p256-oob"
                                                << "sha256";
    }
    void signsHashes()
    {
        QFETCH(QString, url);
        QFETCH(QString, credential);
        QFETCH(QString, alg);
        const HashAlgorithm hash = *hashFromName(alg);
        QList<QByteArray> ds;
        QStringList args{QStringLiteral("sign-hash")};
        args += common(m_rssp.ready().value(url).toString());
        args << QStringLiteral("--credential") << credential << QStringLiteral("--hash-alg") << alg;
        for (int i = 0; i < 3; ++i) {
            ds << digestBytes(hash, credential.toUtf8() + QByteArray::number(i));
            args << QStringLiteral("--hash") << QString::fromLatin1(ds.last().toBase64());
        }
        const QString otp = credential.contains(QLatin1String("oob"))
                                ? QStringLiteral("outbox:") + m_rssp.outboxFile()
                                : m_rssp.nextTotp();
        const Run r = cli(args, secrets(otp));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        const QByteArray cert = certOf(credential);
        QVERIFY(!cert.isEmpty());
        const SignatureScheme scheme{credential.contains(QLatin1String("rsa"))
                                         ? SignatureScheme::Kind::RsaPkcs1
                                         : SignatureScheme::Kind::Ecdsa,
                                     hash};
        for (int i = 0; i < 3; ++i) {
            const auto check =
                checkSignatureValue(cert, scheme, ds[i], QByteArray::fromBase64(lines[i].toLatin1()));
            QVERIFY2(check, check ? "" : qPrintable(check.error().toString()));
        }
        QVERIFY(!r.err.contains(m_rssp.pin()) && !r.out.contains(m_rssp.pin()));
    }

    void failuresMapToExitCodes()
    {
        const QString hash = QString::fromLatin1(digestBytes(HashAlgorithm::Sha256, "x").toBase64());
        QStringList args{QStringLiteral("sign-hash")};
        args += common(m_rssp.cscV2());
        args << QStringLiteral("--credential") << QStringLiteral("cred-rsa2048-totp")
             << QStringLiteral("--hash") << hash;

        // Wrong PIN: the script is not asked again (no guessing towards a lockout); exit 4.
        const Run wrong = cli(
            args,
            ("password=" + m_rssp.password() + "\npin=99999999\notp=" + m_rssp.nextTotp() + "\n").toUtf8());
        QCOMPARE(wrong.exitCode, 4);
        QVERIFY2(wrong.err.contains(QLatin1String("csc.wrong_pin")), qPrintable(wrong.err));
        QVERIFY(!wrong.err.contains(QLatin1String("99999999")));

        // A swapped value from the service is never printed; exit 1.
        QVERIFY(m_rssp.setFault(QStringLiteral("swap-signatures")));
        QStringList two = args;
        two << QStringLiteral("--hash")
            << QString::fromLatin1(digestBytes(HashAlgorithm::Sha256, "y").toBase64());
        const Run swapped = cli(two, secrets(m_rssp.nextTotp()));
        QVERIFY(m_rssp.setFault(QStringLiteral("none")));
        QCOMPARE(swapped.exitCode, 1);
        QVERIFY(swapped.out.trimmed().isEmpty());
        QVERIFY2(swapped.err.contains(QLatin1String("csc.signature_rejected")), qPrintable(swapped.err));

        // Untrusted server: no --ca-bundle; exit 4 naming the certificate problem.
        const Run untrusted =
            cli({QStringLiteral("credentials"), QStringLiteral("--rssp"), m_rssp.base(),
                 QStringLiteral("--user"), m_rssp.user(), QStringLiteral("--secrets-stdin")},
                ("password=" + m_rssp.password() + "\n").toUtf8());
        QCOMPARE(untrusted.exitCode, 4);
        QVERIFY2(untrusted.err.contains(QLatin1String("csc.tls_failure")), qPrintable(untrusted.err));

        // Usage errors.
        QCOMPARE(cli({QStringLiteral("sign-hash"), QStringLiteral("--rssp"), m_rssp.base()}, {}).exitCode, 3);
        QStringList badHash = args;
        badHash << QStringLiteral("--hash") << QStringLiteral("AAAA");
        QCOMPARE(cli(badHash, {}).exitCode, 3);
    }

    void cleanupTestCase() { m_rssp.stop(); }
};

QTEST_GUILESS_MAIN(TstCscCli)
#include "tst_csc_cli.moc"
