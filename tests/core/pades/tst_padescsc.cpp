// PAdES through the real seam: CscHashSigner against a running sic-devrssp, a batch under one
// authorization, and B-T with the service's own /tsa.
#include "../csc/cscintegration.h"
#include "pdffixtures.h"

#include "csc/cschashsigner.h"
#include "csc/networktransport.h"
#include "pades/padessession.h"
#include "sign/batchsigner.h"
#include "tsp/tspclient.h"

#include <QTemporaryDir>

using namespace sic;
using namespace sic::csc;
using namespace sic::test;

class TestPadesCsc : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    DevRssp m_rssp;
    QString m_pki;
    QString m_nss;
    std::unique_ptr<NetworkTransport> m_net;
    std::unique_ptr<CscClient> m_client;

    QList<BatchItemResult> signAll(HashSigner &signer, const QStringList &inputs, TimestampSource *tsa)
    {
        std::vector<std::unique_ptr<SigningSession>> sessions;
        for (const QString &in : inputs) {
            PadesOptions o;
            o.input = in;
            o.output = in.chopped(4) + QStringLiteral("-signed.pdf");
            o.level = tsa ? SignatureLevel::B_T : SignatureLevel::B_B;
            o.timestamps = tsa;
            o.reason = QStringLiteral("承認");
            sessions.push_back(std::make_unique<PadesSession>(o));
        }
        BatchSigner batch(signer, std::move(sessions));
        std::optional<QList<BatchItemResult>> results;
        batch.start([&](QList<BatchItemResult> r) { results = std::move(r); });
        if (!QTest::qWaitFor([&] { return results.has_value(); }, 120000))
            return {};
        return *results;
    }

    QStringList inputs(const QString &prefix, int n)
    {
        QStringList list;
        for (int i = 0; i < n; ++i) {
            list << m_tmp.filePath(QStringLiteral("%1%2.pdf").arg(prefix).arg(i));
            const QString src = list.last() + QStringLiteral(".src");
            writeFile(src, miniPdf());
            runTool(QStringLiteral("qpdf"),
                    {i % 2 ? QStringLiteral("--object-streams=generate") : QStringLiteral("--linearize"), src,
                     list.last()});
        }
        return list;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const auto started = m_rssp.start(m_tmp.filePath(QStringLiteral("rssp")));
        QVERIFY2(started.ok(), qPrintable(started.error));
        m_pki = m_rssp.pkiDir();
        m_nss = makeNssDb(m_tmp.filePath(QStringLiteral("nss")), m_pki);
        TlsPolicy policy;
        policy.extraCaCertificates = m_rssp.caCertificates();
        m_net = std::make_unique<NetworkTransport>(policy);
        m_client = std::make_unique<CscClient>(*m_net, QUrl(m_rssp.cscV2()));
        Waiter<ServiceInfo> info;
        m_client->connectService(info.cb());
        QVERIFY(info.wait() && info.ok());
        Waiter<void> in;
        m_client->loginBasic(m_rssp.user(), m_rssp.password().toUtf8(), in.cb());
        QVERIFY2(in.wait() && in.ok(), in.why().constData());
    }

    void batchUnderOneAuthorization_data()
    {
        QTest::addColumn<QString>("credential");
        QTest::addColumn<bool>("timestamp");
        QTest::newRow("rsa B-B") << "cred-rsa2048-totp" << false;
        QTest::newRow("rsa B-T") << "cred-rsa2048-totp" << true;
    }

    void batchUnderOneAuthorization()
    {
        QFETCH(QString, credential);
        QFETCH(bool, timestamp);
        Waiter<Credential> cred;
        m_client->credentialInfo(credential, cred.cb());
        QVERIFY2(cred.wait() && cred.ok(), cred.why().constData());
        LambdaPrompter prompter;
        prompter.answer = [this](const FactorRequest &) {
            return FactorAnswer{FactorAnswer::Action::Submit, m_rssp.pin().toUtf8(),
                                m_rssp.nextTotp().toUtf8()};
        };
        CscHashSigner signer(*m_client, cred.v(), prompter, nullptr, {});
        TspClient tsa({QUrl(m_rssp.ready().value(QStringLiteral("tsa")).toString()),
                       m_rssp.ready().value(QStringLiteral("ca_bundle")).toString(),
                       m_pki + QStringLiteral("/root/ca.pem")});
        const QStringList list = inputs(QStringLiteral("%1-%2-").arg(credential).arg(timestamp), 3);
        const auto results = signAll(signer, list, timestamp ? &tsa : nullptr);
        QCOMPARE(results.size(), 3);
        QCOMPARE(prompter.requests.size(), 1); // multisign: one PIN + OTP for the whole batch
        for (const auto &r : results) {
            QVERIFY2(r.output, qPrintable(r.output ? QString() : r.output.error().toString()));
            const QString problem = checkSignedPdf(*r.output, m_nss, m_pki, 1, m_tmp.path());
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

    void wrongOtpLeavesNoFiles()
    {
        Waiter<Credential> cred;
        m_client->credentialInfo(QStringLiteral("cred-rsa2048-totp"), cred.cb());
        QVERIFY(cred.wait() && cred.ok());
        LambdaPrompter prompter;
        prompter.answer = [this](const FactorRequest &r) {
            if (r.lastError)
                return FactorAnswer{}; // the user gives up after the first wrong code
            return FactorAnswer{FactorAnswer::Action::Submit, m_rssp.pin().toUtf8(), QByteArray("000000")};
        };
        CscHashSigner signer(*m_client, cred.v(), prompter, nullptr, {});
        const QStringList list = inputs(QStringLiteral("wrongotp-"), 2);
        const auto results = signAll(signer, list, nullptr);
        QCOMPARE(results.size(), 2);
        for (const auto &r : results)
            QVERIFY(!r.output);
        for (const QString &in : list)
            QVERIFY(!QFile::exists(in.chopped(4) + QStringLiteral("-signed.pdf")));
    }
};

QTEST_GUILESS_MAIN(TestPadesCsc)
#include "tst_padescsc.moc"
