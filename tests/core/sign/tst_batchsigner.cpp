// N documents -> N digests -> ceil(N / maxDigestsPerAuthorization) authorizations -> N signed files.
#include "../pades/pdffixtures.h"
#include "localhashsigner.h"

#include "pades/padessession.h"
#include "sign/batchsigner.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace sic;
using namespace sic::test;

class TestBatchSigner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pki;
    QString m_nss;

    QList<BatchItemResult> run(HashSigner &signer, const QStringList &inputs)
    {
        std::vector<std::unique_ptr<SigningSession>> sessions;
        for (const QString &in : inputs) {
            PadesOptions o;
            o.input = in;
            o.output = in.chopped(4) + QStringLiteral("-signed.pdf");
            sessions.push_back(std::make_unique<PadesSession>(o));
        }
        BatchSigner batch(signer, std::move(sessions));
        std::optional<QList<BatchItemResult>> results;
        batch.start([&](QList<BatchItemResult> r) { results = std::move(r); });
        if (!QTest::qWaitFor([&] { return results.has_value(); }, 60000))
            return {};
        return *results;
    }

    QStringList inputs(const QString &prefix, int n)
    {
        QStringList list;
        for (int i = 0; i < n; ++i) {
            MiniPdf mp;
            mp.pages = i + 1;
            list << m_dir.filePath(QStringLiteral("%1%2.pdf").arg(prefix).arg(i));
            writeFile(list.last(), miniPdf(mp));
        }
        return list;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pki = testPkiDir();
        m_nss = makeNssDb(m_dir.filePath(QStringLiteral("nss")), m_pki);
    }

    void splitsByAuthorizationSize_data()
    {
        QTest::addColumn<int>("documents");
        QTest::addColumn<int>("maxPerAuthorization");
        QTest::addColumn<int>("authorizations");
        QTest::newRow("one by one") << 3 << 1 << 3;
        QTest::newRow("2 per authorization") << 5 << 2 << 3;
        QTest::newRow("all at once") << 4 << 10 << 1;
    }

    void splitsByAuthorizationSize()
    {
        QFETCH(int, documents);
        QFETCH(int, maxPerAuthorization);
        QFETCH(int, authorizations);
        auto signer = LocalHashSigner::fromPki(m_pki, QStringLiteral("ecp256"),
                                               {SignatureScheme::Kind::Ecdsa, HashAlgorithm::Sha256});
        signer->setMaxDigestsPerAuthorization(maxPerAuthorization);
        const QString prefix = QStringLiteral("b%1-%2-").arg(documents).arg(maxPerAuthorization);
        const auto results = run(*signer, inputs(prefix, documents));
        QCOMPARE(results.size(), documents);
        QCOMPARE(signer->authorizations(), authorizations);
        for (const auto &r : results) {
            QVERIFY2(r.output, qPrintable(r.output ? QString() : r.output.error().toString()));
            const QString problem = checkSignedPdf(*r.output, m_nss, m_pki, 1, m_dir.path());
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

    void badDocumentDoesNotStopTheOthers()
    {
        auto signer = LocalHashSigner::fromPki(m_pki, QStringLiteral("rsa2048"), {});
        signer->setMaxDigestsPerAuthorization(5);
        QStringList list = inputs(QStringLiteral("mixed"), 2);
        const QString broken = m_dir.filePath(QStringLiteral("mixed-broken.pdf"));
        writeFile(broken, "not a pdf");
        list.insert(1, broken);
        const auto results = run(*signer, list);
        QCOMPARE(results.size(), 3);
        QVERIFY(results[0].output);
        QVERIFY(!results[1].output);
        QCOMPARE(results[1].output.error().code, QStringLiteral("pdf.not_pdf"));
        QCOMPARE(results[1].inputs, QStringList{broken});
        QVERIFY(results[2].output);
        QCOMPARE(signer->authorizations(), 1);
    }

    void failedAuthorizationFailsItsChunkOnly()
    {
        auto signer = LocalHashSigner::fromPki(m_pki, QStringLiteral("rsa2048"), {});
        signer->setCorrupt(true);
        const QStringList list = inputs(QStringLiteral("corrupt"), 2);
        const auto results = run(*signer, list);
        QCOMPARE(results.size(), 2);
        for (const auto &r : results) {
            QVERIFY(!r.output);
            QCOMPARE(r.output.error().code, QStringLiteral("sign.bad_signature_value"));
        }
        for (const QString &in : list)
            QVERIFY(!QFile::exists(in.chopped(4) + QStringLiteral("-signed.pdf")));
        QCOMPARE(QDir(m_dir.path())
                     .entryList({QStringLiteral("*.sic-prepared")}, QDir::Hidden | QDir::Files)
                     .size(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestBatchSigner)
#include "tst_batchsigner.moc"
