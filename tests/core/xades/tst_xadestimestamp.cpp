#include "xadestestutil.h"

#include "csc/cscclient.h"
#include "csc/csctimestampsource.h"
#include "csc/networktransport.h"
#include "devrssp.h"
#include "tsp/tspclient.h"
#include "xades/xadessession.h"
#include "xml/xmlcanon.h"
#include "xml/xmlparser.h"
#include "xml/xmlutil.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace sic;
using namespace sic::test;
using namespace sic::xades;

// XAdES B-T against the development RSSP's RFC 3161 service: the time-stamp covers the canonical
// ds:SignatureValue, and `openssl ts -verify` (not our code) confirms it.
class TestXadesTimestamp : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void signatureTimeStamp_data();
    void signatureTimeStamp();
    void unreachableTsaLeavesNoFile();
    void timestampFromTheRsspOverCsc();

private:
    QTemporaryDir m_dir;
    DevRssp m_rssp;
};

void TestXadesTimestamp::initTestCase()
{
    const auto started = m_rssp.start(m_dir.filePath(QStringLiteral("rssp")));
    QVERIFY2(started.ok(), qPrintable(started.error));
}

void TestXadesTimestamp::signatureTimeStamp_data()
{
    QTest::addColumn<int>("packaging");
    QTest::newRow("enveloped") << int(Packaging::Enveloped);
    QTest::newRow("enveloping") << int(Packaging::Enveloping);
    QTest::newRow("detached") << int(Packaging::Detached);
}

void TestXadesTimestamp::signatureTimeStamp()
{
    QFETCH(int, packaging);
    const QString pki = testPkiDir();
    TspClient tsa({QUrl(m_rssp.ready().value(QStringLiteral("tsa")).toString()),
                   m_rssp.ready().value(QStringLiteral("ca_bundle")).toString(),
                   pki + QStringLiteral("/trust/root.pem")});
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("doc.xml"));
    writeFile(input, "<doc><p>時刻印の試験</p></doc>");
    XadesOptions options;
    options.packaging = Packaging(packaging);
    options.level = SignatureLevel::B_T;
    options.timestampSource = &tsa;
    auto signer = LocalHashSigner::fromPki(pki, QStringLiteral("rsa2048"), {});
    XadesSession session(input, options);
    const auto out = signWith(session, *signer);
    QVERIFY2(out, out ? "" : qPrintable(out.error().toString()));

    auto doc = xml::parseUntrusted(readFile(*out));
    QVERIFY(doc);
    const auto values = xml::descendants(xmlDocGetRootElement(doc->get()), xml::kDsigNs, "SignatureValue");
    QCOMPARE(values.size(), 1);
    const auto stamps = xml::descendants(xmlDocGetRootElement(doc->get()), kXadesNs, "EncapsulatedTimeStamp");
    QCOMPARE(stamps.size(), 1);
    QVERIFY(stamps.first()->parent &&
            xml::localName(stamps.first()->parent) == QLatin1String("SignatureTimeStamp"));
    const auto canonical = xml::canonicalizeSubtree(values.first(), {xml::C14n::Exclusive10, false});
    QVERIFY(canonical);
    writeFile(dir.filePath(QStringLiteral("sigvalue.c14n")), *canonical);
    writeFile(dir.filePath(QStringLiteral("token.der")), *xml::base64(xml::text(stamps.first())));
    const auto verified = runTool(QStringLiteral("openssl"),
                                  {QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-in"),
                                   dir.filePath(QStringLiteral("token.der")), QStringLiteral("-token_in"),
                                   QStringLiteral("-data"), dir.filePath(QStringLiteral("sigvalue.c14n")),
                                   QStringLiteral("-CAfile"), pki + QStringLiteral("/trust/root.pem"),
                                   QStringLiteral("-untrusted"), pki + QStringLiteral("/tsa/tsa.chain.pem")});
    QVERIFY2(verified.exitCode == 0 && verified.out.contains("Verification: OK"), verified.out.constData());

    // Adding the time-stamp must not disturb the signature itself.
    const auto xmlsec = runTool(
        QStringLiteral("xmlsec1"),
        {QStringLiteral("--verify"), QStringLiteral("--trusted-pem"), pki + QStringLiteral("/trust/root.pem"),
         QStringLiteral("--untrusted-pem"), pki + QStringLiteral("/intermediate/ca.pem"),
         QStringLiteral("--id-attr:Id"), QStringLiteral("http://uri.etsi.org/01903/v1.3.2#:SignedProperties"),
         QStringLiteral("--id-attr:Id"), QStringLiteral("http://www.w3.org/2000/09/xmldsig#:Object"),
         QFileInfo(*out).fileName()},
        {}, dir.path());
    QVERIFY2(xmlsec.exitCode == 0, xmlsec.out.constData());
}

void TestXadesTimestamp::unreachableTsaLeavesNoFile()
{
    // A port nobody listens on: the TSA call fails and nothing is written.
    TspClient tsa({QUrl(QStringLiteral("http://127.0.0.1:9/tsa")),
                   {},
                   testPkiDir() + QStringLiteral("/trust/root.pem"),
                   5000});
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("doc.xml"));
    writeFile(input, "<doc/>");
    XadesOptions options;
    options.level = SignatureLevel::B_T;
    options.timestampSource = &tsa;
    auto signer = LocalHashSigner::fromPki(testPkiDir(), QStringLiteral("ecp256"),
                                           {SignatureScheme::Kind::Ecdsa, HashAlgorithm::Sha256});
    XadesSession session(input, options);
    const auto out = signWith(session, *signer);
    QVERIFY(!out);
    QVERIFY(!QFile::exists(session.outputPath()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("doc.xml")});
}

// B-T with the token from the RSSP's CSC signatures/timestamp instead of a separate TSA.
void TestXadesTimestamp::timestampFromTheRsspOverCsc()
{
    const QString pki = testPkiDir();
    csc::TlsPolicy policy;
    policy.extraCaCertificates = m_rssp.caCertificates();
    csc::NetworkTransport transport(policy);
    csc::CscClient client(transport, QUrl(m_rssp.cscV2()));
    std::optional<Result<void>> login;
    client.connectService([&](Result<csc::ServiceInfo> info) {
        if (!info) {
            login = std::unexpected(info.error());
            return;
        }
        client.loginBasic(m_rssp.user(), m_rssp.password().toUtf8(), [&](Result<void> r) { login = r; });
    });
    QVERIFY(QTest::qWaitFor([&] { return login.has_value(); }, 20000));
    QVERIFY2(*login, login->has_value() ? "" : qPrintable(login->error().toString()));

    csc::CscTimestampSource tsa(client, pki + QStringLiteral("/trust/root.pem"));
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("doc.xml"));
    writeFile(input, "<doc/>");
    XadesOptions options;
    options.level = SignatureLevel::B_T;
    options.timestampSource = &tsa;
    auto signer = LocalHashSigner::fromPki(pki, QStringLiteral("ecp384"),
                                           {SignatureScheme::Kind::Ecdsa, HashAlgorithm::Sha384});
    XadesSession session(input, options);
    const auto out = signWith(session, *signer);
    QVERIFY2(out, out ? "" : qPrintable(out.error().toString()));
    auto doc = xml::parseUntrusted(readFile(*out));
    QVERIFY(doc);
    const auto stamps = xml::descendants(xmlDocGetRootElement(doc->get()), kXadesNs, "EncapsulatedTimeStamp");
    QCOMPARE(stamps.size(), 1);

    // The source checks what it hands over: with anchors that do not include the TSA's root, the
    // same service's token is refused.
    csc::CscTimestampSource untrusted(client, pki + QStringLiteral("/signers/selfsigned.pem"));
    std::optional<Result<QByteArray>> refused;
    untrusted.timestamp(QByteArray(32, 'a'), HashAlgorithm::Sha256, QByteArray::fromHex("0102030405060708"),
                        [&](Result<QByteArray> r) { refused = std::move(r); });
    QVERIFY(QTest::qWaitFor([&] { return refused.has_value(); }, 20000));
    QVERIFY(!*refused);
}

QTEST_GUILESS_MAIN(TestXadesTimestamp)
#include "tst_xadestimestamp.moc"
