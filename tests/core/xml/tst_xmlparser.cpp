#include "xml/xmlcanon.h"
#include "xml/xmlparser.h"
#include "xml/xmlutil.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace sic;

class TestXmlParser : public QObject
{
    Q_OBJECT

private slots:
    void hostile_data();
    void hostile();
    void wellFormedAccepted();
    void doctypeWithoutEntitiesAccepted();
    void duplicateIds();
    void canonicalization_data();
    void canonicalization();
    void base64Strict();
};

void TestXmlParser::hostile_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("code");

    // A local secret an XXE would try to read: if the parser followed it, the test would see it.
    QByteArray lol = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n";
    for (int i = 1; i < 10; ++i) {
        lol += "<!ENTITY lol" + QByteArray::number(i) + " \"";
        for (int j = 0; j < 10; ++j)
            lol += "&lol" + (i == 1 ? QByteArray() : QByteArray::number(i - 1)) + ";";
        lol += "\">\n";
    }
    lol += "]>\n<lolz>&lol9;</lolz>";
    QTest::newRow("billion laughs") << lol << "xml.dtd_entities";
    QTest::newRow("xxe file") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM "
                                            "\"file:///etc/passwd\">]><r>&x;</r>")
                              << "xml.dtd_entities";
    QTest::newRow("xxe parameter entity")
        << QByteArray("<!DOCTYPE r [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/x.dtd\"> %p;]><r/>")
        << "xml.dtd_entities";
    QTest::newRow("external dtd") << QByteArray("<!DOCTYPE r SYSTEM \"http://127.0.0.1:9/r.dtd\"><r/>")
                                  << "xml.external_dtd";
    QTest::newRow("public dtd") << QByteArray("<!DOCTYPE r PUBLIC \"-//X//Y\" \"file:///etc/passwd\"><r/>")
                                << "xml.external_dtd";
    QTest::newRow("not closed") << QByteArray("<a><b></a>") << "xml.malformed";
    QTest::newRow("empty") << QByteArray() << "xml.malformed";
    QTest::newRow("text only") << QByteArray("hello") << "xml.malformed";
    QTest::newRow("truncated") << QByteArray("<?xml version=\"1.0\"?><ds:Signature xmlns:ds=\"x\"><ds:Sig")
                               << "xml.malformed";
    QTest::newRow("undeclared entity") << QByteArray("<r>&undefined;</r>") << "xml.malformed";
    QTest::newRow("deep nesting") << QByteArray(300, '<').replace("<", "<a>") +
                                         QByteArray(300, ' ').replace(" ", "</a>")
                                  << "xml.malformed";
    QByteArray deep;
    for (int i = 0; i < 220; ++i)
        deep += "<a>";
    for (int i = 0; i < 220; ++i)
        deep += "</a>";
    QTest::newRow("deeper than our cap") << deep << "xml.too_deep";
}

void TestXmlParser::hostile()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, code);
    QElapsedTimer timer;
    timer.start();
    auto doc = xml::parseUntrusted(xml);
    QVERIFY(!doc);
    QCOMPARE(doc.error().code, code);
    QVERIFY(!doc.error().message.isEmpty());
    QVERIFY2(timer.elapsed() < 5000, "hostile XML must be refused quickly");
}

void TestXmlParser::wellFormedAccepted()
{
    auto doc = xml::parseUntrusted("<?xml version=\"1.0\"?><r xmlns=\"urn:x\"><a Id=\"one\">t&amp;x</a></r>");
    QVERIFY(doc);
    xmlNode *root = xmlDocGetRootElement(doc->get());
    QVERIFY(xml::is(root, "urn:x", "r"));
    QCOMPARE(xml::text(xml::firstChild(root, "urn:x", "a")), QStringLiteral("t&x"));
    QCOMPARE(xml::elementsById(doc->get(), QStringLiteral("one")).size(), 1);
}

void TestXmlParser::doctypeWithoutEntitiesAccepted()
{
    auto doc = xml::parseUntrusted("<!DOCTYPE r [<!ELEMENT r ANY>]><r/>");
    QVERIFY2(doc.has_value(), doc ? "" : qPrintable(doc.error().toString()));
}

void TestXmlParser::duplicateIds()
{
    auto doc = xml::parseUntrusted("<r><a Id=\"x\"/><b><c ID=\"x\"/></b><d id=\"y\"/></r>");
    QVERIFY(doc);
    QCOMPARE(xml::elementsById(doc->get(), QStringLiteral("x")).size(), 2);
    QCOMPARE(xml::elementsById(doc->get(), QStringLiteral("y")).size(), 1);
    QCOMPARE(xml::elementsById(doc->get(), QStringLiteral("z")).size(), 0);
}

// Expected outputs follow the W3C C14N rules (attribute order, namespace rendering, empty elements).
void TestXmlParser::canonicalization_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray doc =
        "<root xmlns=\"urn:d\" xmlns:u=\"urn:u\"><!-- c --><e b=\"2\" a=\"1\"/><u:f>x</u:f></root>";
    QTest::newRow("c14n 1.0") << doc << "http://www.w3.org/TR/2001/REC-xml-c14n-20010315"
                              << QByteArray("<root xmlns=\"urn:d\" xmlns:u=\"urn:u\"><e a=\"1\" b=\"2\"></e>"
                                            "<u:f>x</u:f></root>");
    QTest::newRow("c14n 1.0 with comments")
        << doc << "http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments"
        << QByteArray("<root xmlns=\"urn:d\" xmlns:u=\"urn:u\"><!-- c --><e a=\"1\" "
                      "b=\"2\"></e><u:f>x</u:f></root>");
    QTest::newRow("exclusive") << doc << "http://www.w3.org/2001/10/xml-exc-c14n#"
                               << QByteArray("<root xmlns=\"urn:d\"><e a=\"1\" b=\"2\"></e><u:f "
                                             "xmlns:u=\"urn:u\">x</u:f></root>");
    QTest::newRow("c14n 1.1") << doc << "http://www.w3.org/2006/12/xml-c14n11"
                              << QByteArray("<root xmlns=\"urn:d\" xmlns:u=\"urn:u\"><e a=\"1\" b=\"2\"></e>"
                                            "<u:f>x</u:f></root>");
}

void TestXmlParser::canonicalization()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, uri);
    QFETCH(QByteArray, expected);
    auto doc = xml::parseUntrusted(xml);
    QVERIFY(doc);
    const auto method = xml::c14nFromUri(uri);
    QVERIFY(method);
    auto out = xml::canonicalizeSubtree(xmlDocGetRootElement(doc->get()), *method);
    QVERIFY(out);
    QCOMPARE(*out, expected);
}

void TestXmlParser::base64Strict()
{
    QCOMPARE(xml::base64(QStringLiteral(" aGVs\nbG8= ")).value_or(QByteArray()), QByteArray("hello"));
    QVERIFY(!xml::base64(QStringLiteral("aGVs*bG8=")));
    QVERIFY(!xml::base64(QStringLiteral("aGVsbG8")) ||
            xml::base64(QStringLiteral("aGVsbG8")) == QByteArray("hello"));
}

QTEST_GUILESS_MAIN(TestXmlParser)
#include "tst_xmlparser.moc"
