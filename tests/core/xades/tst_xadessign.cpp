#include "xadestestutil.h"

#include "xades/xadessession.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTemporaryDir>

using namespace sic;
using namespace sic::test;
using namespace sic::xades;

namespace {

const QString kXadesSignedProps = QStringLiteral("http://uri.etsi.org/01903/v1.3.2#:SignedProperties");

// xmlsec1 (an implementation we did not write) verifies the signature node with the given Id, or
// the first one, trusting only the test root.
ToolResult xmlsecVerify(const QString &file, const QString &nodeId = {})
{
    const QString pki = testPkiDir();
    QStringList args{QStringLiteral("--verify"),
                     QStringLiteral("--trusted-pem"),
                     pki + QStringLiteral("/trust/root.pem"),
                     QStringLiteral("--untrusted-pem"),
                     pki + QStringLiteral("/intermediate/ca.pem"),
                     QStringLiteral("--id-attr:Id"),
                     kXadesSignedProps,
                     QStringLiteral("--id-attr:Id"),
                     QStringLiteral("http://www.w3.org/2000/09/xmldsig#:Object")};
    if (!nodeId.isEmpty())
        args << QStringLiteral("--id-attr:Id")
             << QStringLiteral("http://www.w3.org/2000/09/xmldsig#:Signature") << QStringLiteral("--node-id")
             << nodeId;
    args << QFileInfo(file).fileName();
    // A detached signature names its file relative to itself.
    return runTool(QStringLiteral("xmlsec1"), args, {}, QFileInfo(file).absolutePath());
}

// xadesjs (npm, pinned in tests/xadesjs) verifies every signature in the file.
ToolResult xadesjsVerify(const QString &file, const QString &detachedData = {})
{
    const QString dir = qEnvironmentVariable("SIC_XADESJS_DIR");
    QStringList args{dir + QStringLiteral("/verify.mjs"), file};
    if (!detachedData.isEmpty())
        args << detachedData;
    return runTool(QStringLiteral("node"), args);
}

SignatureScheme scheme(SignatureScheme::Kind kind, HashAlgorithm h)
{
    return SignatureScheme{kind, h};
}

const QByteArray kPlain =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<invoice><id>42</id><total>100</total></invoice>\n";

} // namespace

class TestXadesSign : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void enveloped_data();
    void enveloped();
    void keysAndAlgorithms_data();
    void keysAndAlgorithms();
    void envelopingAndDetached_data();
    void envelopingAndDetached();
    void tamperingIsDetected_data();
    void tamperingIsDetected();
    void parallelSignatureKeepsTheFirstValid();
    void refusesHostileXml_data();
    void refusesHostileXml();
    void outputRules();

private:
    QString sign(const QString &input, XadesOptions options,
                 const QString &signerName = QStringLiteral("rsa2048"), SignatureScheme s = {});
};

void TestXadesSign::initTestCase()
{
    QVERIFY2(QFile::exists(testPkiDir() + QStringLiteral("/pki.json")), "the test PKI fixture did not run");
    QVERIFY2(QFile::exists(qEnvironmentVariable("SIC_XADESJS_DIR") + QStringLiteral("/node_modules/xadesjs")),
             "the xadesjs fixture did not run (tests/xadesjs/install.sh)");
}

QString TestXadesSign::sign(const QString &input, XadesOptions options, const QString &signerName,
                            SignatureScheme s)
{
    auto signer = LocalHashSigner::fromPki(testPkiDir(), signerName, s);
    if (!signer) {
        qWarning("no signer %s", qPrintable(signerName));
        return {};
    }
    XadesSession session(input, options);
    auto result = signWith(session, *signer);
    if (!result) {
        qWarning("signing failed: %s", qPrintable(result.error().toString()));
        return {};
    }
    return *result;
}

void TestXadesSign::enveloped_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("plain") << kPlain << "UTF-8";
    QTest::newRow("default namespace")
        << QByteArray("<Invoice "
                      "xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"><ID>1</ID></Invoice>")
        << "UTF-8";
    QTest::newRow("prefixed namespaces")
        << QByteArray(
               "<inv:Invoice xmlns:inv=\"urn:example:inv\" xmlns:cbc=\"urn:example:cbc\"><cbc:ID>1</cbc:ID>"
               "<cbc:Note xml:lang=\"en\">n</cbc:Note></inv:Invoice>")
        << "UTF-8";
    QTest::newRow("comments and CDATA")
        << QByteArray(
               "<doc><!-- a comment --><script><![CDATA[if (a < b && c) { x(); }]]></script>\n  <p>t</p>\n"
               "<!-- another --></doc>")
        << "UTF-8";
    QTest::newRow("Japanese UTF-8")
        << QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><契約書><当事者>山田 太郎</当事者>"
                          "<金額 通貨=\"円\">１０００</金額></契約書>")
               .toUtf8()
        << "UTF-8";
    QStringEncoder toSjis("Shift_JIS");
    QTest::newRow("Japanese Shift_JIS")
        << QByteArray(
               toSjis(QStringLiteral("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><契約書><当事者>山田 太郎"
                                     "</当事者><備考>ｶﾀｶﾅと漢字</備考></契約書>")))
        << "Shift_JIS";
}

void TestXadesSign::enveloped()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, encoding);
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("doc.xml"));
    writeFile(input, xml);
    XadesOptions options;
    options.place = {QStringLiteral("千代田区"), QStringLiteral("東京都"), QStringLiteral("100-0001"),
                     QStringLiteral("JP")};
    options.claimedRoles = {QStringLiteral("代表取締役")};
    const QString out = sign(input, options);
    QVERIFY(!out.isEmpty());
    QCOMPARE(out, dir.filePath(QStringLiteral("doc-signed.xml")));
    QCOMPARE(readFile(input), xml); // the original is untouched

    const auto verified = xmlsecVerify(out);
    QVERIFY2(verified.exitCode == 0, verified.out.constData());
    const auto js = xadesjsVerify(out);
    QVERIFY2(js.exitCode == 0, js.out.constData());

    const QByteArray signedBytes = readFile(out);
    QVERIFY2(signedBytes.contains(QByteArray("encoding=\"") + encoding.toLatin1() + '"'),
             signedBytes.left(100).constData());
    // The text reads the same in the document's own encoding, and the signature is the root's last child.
    QStringDecoder decode(encoding.toLatin1().constData());
    const QString text = decode(signedBytes);
    QStringDecoder decodeIn(encoding.toLatin1().constData());
    const QString original = decodeIn(xml);
    if (original.contains(QStringLiteral("山田 太郎")))
        QVERIFY(text.contains(QStringLiteral("山田 太郎")));
    QVERIFY(text.trimmed().endsWith(
        QStringLiteral("</ds:Signature>") +
        original.trimmed().mid(original.trimmed().lastIndexOf(QStringLiteral("</")))));
    QVERIFY(text.contains(QStringLiteral("<xades:City>千代田区</xades:City>")));
    QVERIFY(text.contains(QStringLiteral("<xades:ClaimedRole>代表取締役</xades:ClaimedRole>")));
    QCOMPARE(text.count(QStringLiteral("xmlns:xades=")), 1);
    if (original.contains(QStringLiteral("<![CDATA[")))
        QVERIFY(text.contains(QStringLiteral("<![CDATA[if (a < b && c) { x(); }]]>")));
    if (original.contains(QStringLiteral("<!--")))
        QVERIFY(text.contains(QStringLiteral("<!-- a comment -->")));
}

void TestXadesSign::keysAndAlgorithms_data()
{
    using K = SignatureScheme::Kind;
    QTest::addColumn<QString>("signerName");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("hash");
    QTest::addColumn<QString>("methodUri");
    QTest::newRow("RSA 2048 sha256") << "rsa2048" << int(K::RsaPkcs1) << int(HashAlgorithm::Sha256)
                                     << "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
    QTest::newRow("RSA 3072 sha512") << "rsa3072" << int(K::RsaPkcs1) << int(HashAlgorithm::Sha512)
                                     << "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512";
    QTest::newRow("ECDSA P-256 sha256") << "ecp256" << int(K::Ecdsa) << int(HashAlgorithm::Sha256)
                                        << "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256";
    QTest::newRow("ECDSA P-384 sha384") << "ecp384" << int(K::Ecdsa) << int(HashAlgorithm::Sha384)
                                        << "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384";
    QTest::newRow("Japanese subject") << "japanese" << int(K::RsaPkcs1) << int(HashAlgorithm::Sha256)
                                      << "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
}

void TestXadesSign::keysAndAlgorithms()
{
    QFETCH(QString, signerName);
    QFETCH(int, kind);
    QFETCH(int, hash);
    QFETCH(QString, methodUri);
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("doc.xml"));
    writeFile(input, kPlain);
    const QString out = sign(input, {}, signerName, scheme(SignatureScheme::Kind(kind), HashAlgorithm(hash)));
    QVERIFY(!out.isEmpty());
    QVERIFY(readFile(out).contains(methodUri.toUtf8()));
    const auto verified = xmlsecVerify(out);
    QVERIFY2(verified.exitCode == 0, verified.out.constData());
    const auto js = xadesjsVerify(out);
    QVERIFY2(js.exitCode == 0, js.out.constData());
}

void TestXadesSign::envelopingAndDetached_data()
{
    QTest::addColumn<int>("packaging");
    QTest::addColumn<QString>("signerName");
    QTest::newRow("enveloping RSA") << int(Packaging::Enveloping) << "rsa2048";
    QTest::newRow("enveloping ECDSA") << int(Packaging::Enveloping) << "ecp256";
    QTest::newRow("detached RSA") << int(Packaging::Detached) << "rsa2048";
    QTest::newRow("detached ECDSA P-384") << int(Packaging::Detached) << "ecp384";
}

void TestXadesSign::envelopingAndDetached()
{
    QFETCH(int, packaging);
    QFETCH(QString, signerName);
    QTemporaryDir dir;
    // Any file: binary bytes, a name with a space and Japanese.
    const QString input = dir.filePath(QStringLiteral("見積書 2026.bin"));
    QByteArray bytes;
    for (int i = 0; i < 300000; ++i)
        bytes.append(char((i * 7919) & 0xff));
    writeFile(input, bytes);
    XadesOptions options;
    options.packaging = Packaging(packaging);
    const bool ec = signerName.startsWith(QLatin1String("ec"));
    const QString out =
        sign(input, options, signerName,
             scheme(ec ? SignatureScheme::Kind::Ecdsa : SignatureScheme::Kind::RsaPkcs1,
                    signerName == QLatin1String("ecp384") ? HashAlgorithm::Sha384 : HashAlgorithm::Sha256));
    QVERIFY(!out.isEmpty());
    QCOMPARE(readFile(input), bytes);
    const auto verified = xmlsecVerify(out);
    QVERIFY2(verified.exitCode == 0, verified.out.constData());
    const auto js = xadesjsVerify(out, Packaging(packaging) == Packaging::Detached ? input : QString());
    QVERIFY2(js.exitCode == 0, js.out.constData());
    if (Packaging(packaging) == Packaging::Detached) {
        // The signature names the file relatively; a changed file no longer verifies.
        QVERIFY(readFile(out).contains("URI=\"%E8%A6%8B%E7%A9%8D%E6%9B%B8%202026.bin\""));
        bytes[1000] = char(bytes[1000] ^ 1);
        writeFile(input, bytes);
        QVERIFY(xmlsecVerify(out).exitCode != 0);
    }
}

void TestXadesSign::tamperingIsDetected_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::newRow("document content") << QByteArray("<total>100</total>") << QByteArray("<total>900</total>");
    QTest::newRow("signing time in SignedProperties")
        << QByteArray("<xades:SigningTime>2") << QByteArray("<xades:SigningTime>1");
    QTest::newRow("certificate in KeyInfo")
        << QByteArray("<ds:X509Certificate>MII") << QByteArray("<ds:X509Certificate>MIJ");
}

void TestXadesSign::tamperingIsDetected()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("doc.xml"));
    writeFile(input, kPlain);
    const QString out = sign(input, {});
    QVERIFY(!out.isEmpty());
    QCOMPARE(xmlsecVerify(out).exitCode, 0);
    QByteArray bytes = readFile(out);
    QVERIFY2(bytes.contains(from), from.constData());
    bytes.replace(bytes.indexOf(from), from.size(), to);
    writeFile(out, bytes);
    QVERIFY(xmlsecVerify(out).exitCode != 0);
    QVERIFY(xadesjsVerify(out).exitCode != 0);
}

void TestXadesSign::parallelSignatureKeepsTheFirstValid()
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("doc.xml"));
    writeFile(input, kPlain);
    const QString first = sign(input, {});
    QVERIFY(!first.isEmpty());
    XadesOptions second;
    second.output = dir.filePath(QStringLiteral("doc-signed-twice.xml"));
    const QString out = sign(first, second, QStringLiteral("ecp256"),
                             scheme(SignatureScheme::Kind::Ecdsa, HashAlgorithm::Sha256));
    QVERIFY(!out.isEmpty());
    const QByteArray bytes = readFile(out);
    QCOMPARE(bytes.count("<ds:Signature "), 2);
    QRegularExpression ids(QStringLiteral("<ds:Signature [^>]*Id=\"([^\"]+)\""));
    auto it = ids.globalMatch(QString::fromUtf8(bytes));
    int checked = 0;
    while (it.hasNext()) {
        const QString id = it.next().captured(1);
        const auto verified = xmlsecVerify(out, id);
        QVERIFY2(verified.exitCode == 0, qPrintable(id + u' ' + QString::fromUtf8(verified.out)));
        ++checked;
    }
    QCOMPARE(checked, 2);
    const auto js = xadesjsVerify(out);
    QVERIFY2(js.exitCode == 0 && js.out.count("valid") == 2, js.out.constData());
}

void TestXadesSign::refusesHostileXml_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::newRow("billion laughs") << QByteArray(
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">"
        "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;\">]><lolz>&lol3;</lolz>");
    QTest::newRow("XXE file") << QByteArray(
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file://SENTINEL\">]>"
        "<r>&x;</r>");
    QTest::newRow("external DTD") << QByteArray(
        "<?xml version=\"1.0\"?><!DOCTYPE r SYSTEM \"http://127.0.0.1:9/x.dtd\">"
        "<r/>");
    QTest::newRow("not XML") << QByteArray("%PDF-1.7\n");
}

void TestXadesSign::refusesHostileXml()
{
    QFETCH(QByteArray, xml);
    QTemporaryDir dir;
    const QString sentinel = dir.filePath(QStringLiteral("sentinel.txt"));
    writeFile(sentinel, "TOP-SECRET-SENTINEL");
    xml.replace("SENTINEL", sentinel.toUtf8());
    const QString input = dir.filePath(QStringLiteral("doc.xml"));
    writeFile(input, xml);
    auto signer = LocalHashSigner::fromPki(testPkiDir(), QStringLiteral("rsa2048"), {});
    XadesSession session(input, {});
    auto prepared = session.prepare({signer->certificateChain(), signer->scheme()});
    QVERIFY(!prepared);
    QCOMPARE(prepared.error().code, QStringLiteral("xades.not_xml"));
    QVERIFY(!prepared.error().message.isEmpty());
    QVERIFY(!QFile::exists(session.outputPath()));
    QVERIFY(!prepared.error().detail.contains(QStringLiteral("TOP-SECRET")));
}

void TestXadesSign::outputRules()
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("doc.xml"));
    writeFile(input, kPlain);
    auto signer = LocalHashSigner::fromPki(testPkiDir(), QStringLiteral("rsa2048"), {});

    XadesOptions same;
    same.output = input;
    auto r = XadesSession(input, same).prepare({signer->certificateChain(), signer->scheme()});
    QCOMPARE(r.error().code, QStringLiteral("io.output_is_input"));

    writeFile(dir.filePath(QStringLiteral("doc-signed.xml")), "keep me");
    r = XadesSession(input, {}).prepare({signer->certificateChain(), signer->scheme()});
    QCOMPARE(r.error().code, QStringLiteral("io.output_exists"));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("doc-signed.xml"))), QByteArray("keep me"));

    XadesOptions overwrite;
    overwrite.overwrite = true;
    QVERIFY(!sign(input, overwrite).isEmpty());
    QVERIFY(readFile(dir.filePath(QStringLiteral("doc-signed.xml"))).contains("ds:Signature"));

    XadesOptions bt;
    bt.level = SignatureLevel::B_T;
    bt.output = dir.filePath(QStringLiteral("bt.xml"));
    r = XadesSession(input, bt).prepare({signer->certificateChain(), signer->scheme()});
    QCOMPARE(r.error().code, QStringLiteral("sign.no_tsa"));

    // A level the format does not declare is refused before anything is built, as PAdES does.
    XadesOptions lt;
    lt.level = SignatureLevel::B_LT;
    lt.output = dir.filePath(QStringLiteral("lt.xml"));
    r = XadesSession(input, lt).prepare({signer->certificateChain(), signer->scheme()});
    QCOMPARE(r.error().code, QStringLiteral("sign.level_unsupported"));

    const QStringList leftovers = QDir(dir.path()).entryList(QDir::Files);
    QCOMPARE(leftovers, (QStringList{QStringLiteral("doc-signed.xml"), QStringLiteral("doc.xml")}));
}

QTEST_GUILESS_MAIN(TestXadesSign)
#include "tst_xadessign.moc"
