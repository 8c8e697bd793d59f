#include "xadestestutil.h"

#include "sign/batchsigner.h"
#include "xades/xadessession.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace sic;
using namespace sic::test;
using namespace sic::xades;

// Several documents, several packagings, one authorization: the batch seam drives XAdES exactly
// as it drives PAdES.
class TestXadesBatch : public QObject
{
    Q_OBJECT
private slots:
    void oneAuthorizationForTheBatch();
    void splitAtMultisign();
    void aBadDocumentDoesNotStopTheOthers();

private:
    static QList<BatchItemResult> run(HashSigner &signer,
                                      std::vector<std::unique_ptr<SigningSession>> sessions);
};

QList<BatchItemResult> TestXadesBatch::run(HashSigner &signer,
                                           std::vector<std::unique_ptr<SigningSession>> sessions)
{
    BatchSigner batch(signer, std::move(sessions));
    std::optional<QList<BatchItemResult>> results;
    batch.start([&](QList<BatchItemResult> r) { results = std::move(r); });
    if (!QTest::qWaitFor([&] { return results.has_value(); }, 60000))
        return {};
    return *results;
}

void TestXadesBatch::oneAuthorizationForTheBatch()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("a.xml")), "<a>1</a>");
    writeFile(dir.filePath(QStringLiteral("b.xml")), "<b>2</b>");
    writeFile(dir.filePath(QStringLiteral("c.pdf")), "%PDF-1.4 not really");
    auto signer = LocalHashSigner::fromPki(testPkiDir(), QStringLiteral("rsa2048"), {});
    signer->setMaxDigestsPerAuthorization(10);
    std::vector<std::unique_ptr<SigningSession>> sessions;
    sessions.push_back(std::make_unique<XadesSession>(dir.filePath(QStringLiteral("a.xml")), XadesOptions{}));
    sessions.push_back(std::make_unique<XadesSession>(dir.filePath(QStringLiteral("b.xml")), XadesOptions{}));
    XadesOptions detached;
    detached.packaging = Packaging::Detached;
    sessions.push_back(std::make_unique<XadesSession>(dir.filePath(QStringLiteral("c.pdf")), detached));

    const auto results = run(*signer, std::move(sessions));
    QCOMPARE(results.size(), 3);
    for (const auto &r : results)
        QVERIFY2(r.output,
                 qPrintable(r.inputs.value(0) + u' ' + (r.output ? QString() : r.output.error().toString())));
    QCOMPARE(signer->authorizations(), 1);
    QCOMPARE(*results[2].output, dir.filePath(QStringLiteral("c.pdf.xades-detached.xml")));
    for (const auto &r : results) {
        const auto v =
            runTool(QStringLiteral("xmlsec1"),
                    {QStringLiteral("--verify"), QStringLiteral("--trusted-pem"),
                     testPkiDir() + QStringLiteral("/trust/root.pem"), QStringLiteral("--untrusted-pem"),
                     testPkiDir() + QStringLiteral("/intermediate/ca.pem"), QStringLiteral("--id-attr:Id"),
                     QStringLiteral("http://uri.etsi.org/01903/v1.3.2#:SignedProperties"),
                     QFileInfo(*r.output).fileName()},
                    {}, dir.path());
        QVERIFY2(v.exitCode == 0, v.out.constData());
    }
}

void TestXadesBatch::splitAtMultisign()
{
    QTemporaryDir dir;
    std::vector<std::unique_ptr<SigningSession>> sessions;
    for (int i = 0; i < 5; ++i) {
        const QString path = dir.filePath(QStringLiteral("d%1.xml").arg(i));
        writeFile(path, QStringLiteral("<d n=\"%1\"/>").arg(i).toUtf8());
        sessions.push_back(std::make_unique<XadesSession>(path, XadesOptions{}));
    }
    auto signer = LocalHashSigner::fromPki(testPkiDir(), QStringLiteral("ecp256"),
                                           {SignatureScheme::Kind::Ecdsa, HashAlgorithm::Sha256});
    signer->setMaxDigestsPerAuthorization(2);
    const auto results = run(*signer, std::move(sessions));
    QCOMPARE(results.size(), 5);
    for (const auto &r : results)
        QVERIFY(r.output);
    QCOMPARE(signer->authorizations(), 3); // 2 + 2 + 1
}

void TestXadesBatch::aBadDocumentDoesNotStopTheOthers()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("good.xml")), "<ok/>");
    writeFile(dir.filePath(QStringLiteral("bad.xml")), "<not closed");
    std::vector<std::unique_ptr<SigningSession>> sessions;
    sessions.push_back(
        std::make_unique<XadesSession>(dir.filePath(QStringLiteral("bad.xml")), XadesOptions{}));
    sessions.push_back(
        std::make_unique<XadesSession>(dir.filePath(QStringLiteral("good.xml")), XadesOptions{}));
    auto signer = LocalHashSigner::fromPki(testPkiDir(), QStringLiteral("rsa2048"), {});
    signer->setMaxDigestsPerAuthorization(10);
    const auto results = run(*signer, std::move(sessions));
    QCOMPARE(results.size(), 2);
    QVERIFY(!results[0].output);
    QCOMPARE(results[0].output.error().code, QStringLiteral("xades.not_xml"));
    QVERIFY(results[1].output);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("bad-signed.xml"))));
    QCOMPARE(signer->authorizations(), 1);
}

QTEST_GUILESS_MAIN(TestXadesBatch)
#include "tst_xadesbatch.moc"
