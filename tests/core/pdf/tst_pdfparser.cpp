// The tokenizer and object parser on in-memory inputs.
#include "pdf/flate.h"
#include "pdf/object.h"
#include "pdf/parser.h"

#include <QTest>

using namespace sic;
using namespace sic::pdf;

class TestPdfParser : public QObject
{
    Q_OBJECT

    static Result<Object> parse(const QByteArray &text)
    {
        Source src(text);
        Parser p(src);
        return p.parseObject();
    }

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("serialized");
        QTest::newRow("int") << QByteArray("  -42 ") << QByteArray("-42");
        QTest::newRow("real keeps text") << QByteArray("3.140") << QByteArray("3.140");
        QTest::newRow("ref") << QByteArray("12 0 R") << QByteArray("12 0 R");
        QTest::newRow("two ints not a ref") << QByteArray("[12 0 13]") << QByteArray("[12 0 13]");
        QTest::newRow("name with #xx") << QByteArray("/A#20B#23") << QByteArray("/A#20B#23");
        QTest::newRow("literal escapes")
            << QByteArray("(a\\(b\\)\\\\c\\n)") << QByteArray("<612862295C630A>");
        QTest::newRow("balanced parens") << QByteArray("(a(b)c)") << QByteArray("(a\\(b\\)c)");
        QTest::newRow("octal") << QByteArray("(\\101\\102)") << QByteArray("(AB)");
        QTest::newRow("hex odd digits") << QByteArray("<41 42 4>") << QByteArray("<414240>");
        QTest::newRow("nested") << QByteArray("<</A [1 2 <</B true /C null>>] /D (x) % comment\n /E 1 0 R>>")
                                << QByteArray("<</A [1 2 <</B true>>]/D (x)/E 1 0 R>>");
        QTest::newRow("empty dict") << QByteArray("<<>>") << QByteArray("<<>>");
    }

    void roundTrip()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, serialized);
        auto o = parse(input);
        QVERIFY2(o, qPrintable(o ? QString() : o.error().detail));
        QCOMPARE(o->serialize(), serialized);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("unterminated string") << QByteArray("(abc");
        QTest::newRow("unterminated dict") << QByteArray("<< /A 1");
        QTest::newRow("bad hex") << QByteArray("<4G>");
        QTest::newRow("non-name key") << QByteArray("<< 1 2 >>");
        QTest::newRow("stray >") << QByteArray(">");
        QTest::newRow("too deep") << QByteArray(200, '[');
        QTest::newRow("empty") << QByteArray();
    }

    void malformed()
    {
        QFETCH(QByteArray, input);
        auto o = parse(input);
        QVERIFY(!o);
        QCOMPARE(o.error().code, QStringLiteral("pdf.malformed"));
    }

    void indirectStream()
    {
        const QByteArray text = "7 0 obj\n<< /Length 5 >>\nstream\r\nhello\nendstream\nendobj\n";
        Source src(text);
        Parser p(src);
        auto o = p.parseIndirect({7, 0});
        QVERIFY(o);
        QCOMPARE(o->type, Object::Type::Stream);
        QCOMPARE(text.mid(o->streamOffset, 5), QByteArray("hello"));
        Parser wrong(src);
        QVERIFY(!wrong.parseIndirect({8, 0}));
    }

    void textStrings()
    {
        const Object ascii = Object::makeText(QStringLiteral("Signature1"));
        QCOMPARE(ascii.serialize(), QByteArray("(Signature1)"));
        const Object jp = Object::makeText(QStringLiteral("署名"));
        QCOMPARE(jp.serialize(), QByteArray("<FEFF7F72540D>"));
        QCOMPARE(textString(jp.bytes), QStringLiteral("署名"));
        auto parsed = parse(jp.serialize());
        QCOMPARE(textString(parsed->bytes), QStringLiteral("署名"));
    }

    void flatePredictor()
    {
        // Two rows of 3 bytes with PNG "Up" prediction, as qpdf writes xref streams.
        const QByteArray raw = QByteArray::fromHex("02010203"
                                                   "02010101");
        Object dict = Object::makeDict();
        dict.set("Filter", Object::makeName("FlateDecode"));
        Object parms = Object::makeDict();
        parms.set("Predictor", Object::makeInt(12));
        parms.set("Columns", Object::makeInt(3));
        dict.set("DecodeParms", parms);
        auto decoded = decodeStream(dict, deflate(raw), 1024);
        QVERIFY(decoded);
        QCOMPARE(decoded->toHex(), QByteArray("010203020304"));
        QVERIFY(!inflate(deflate(QByteArray(4096, 'x')), 100));
    }
};

QTEST_GUILESS_MAIN(TestPdfParser)
#include "tst_pdfparser.moc"
