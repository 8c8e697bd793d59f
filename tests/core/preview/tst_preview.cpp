// The preview's domain API against real inputs: PDFs written at test time (and encrypted by qpdf),
// XML in UTF-8 and Shift_JIS, and hostile XML.
#include "preview/filemetadata.h"
#include "preview/pageimageid.h"
#include "preview/pdfpreview.h"
#include "preview/xmlpreview.h"
#include "samplepdf.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace sic;
using namespace sic::preview;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Share of pixels in rect darker than mid-grey.
double inkIn(const QImage &image, const QRect &rect)
{
    const QRect r = rect.intersected(image.rect());
    qint64 dark = 0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    }
    return r.isEmpty() ? 0.0 : double(dark) / double(r.width() * r.height());
}

} // namespace

class TestPreview : public QObject
{
    Q_OBJECT
private slots:
    void pdfPagesAndSizes();
    void pdfRenderShowsText_data();
    void pdfRenderShowsText();
    void pdfRenderIsCapped();
    void pdfRendersInParallel();
    void pdfEncryptedIsRefused();
    void pdfMalformedIsRefused();
    void xmlFormatted();
    void xmlShiftJis();
    void xmlPreservesSpaceAndMixedContent();
    void xmlTruncated();
    void xmlHostileRefused_data();
    void xmlHostileRefused();
    void xmlTooLarge();
    void metadata();
    void pageIdRoundTrip();
};

void TestPreview::pdfPagesAndSizes()
{
    auto doc = PdfDocument::fromData(test::samplePdf(
        {{QStringLiteral("One")}, {QStringLiteral("Two")}, {QStringLiteral("Three")}}, 612, 792));
    QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().toString()));
    QCOMPARE((*doc)->pageCount(), 3);
    QCOMPARE((*doc)->pageSize(0), QSizeF(612, 792));
    QCOMPARE((*doc)->pageSize(2), QSizeF(612, 792));
    QVERIFY((*doc)->pageSize(3).isEmpty());
    QVERIFY((*doc)->pageSize(-1).isEmpty());
    const auto bad = (*doc)->render(3, 72);
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, QStringLiteral("preview.pdf_page"));
}

void TestPreview::pdfRenderShowsText_data()
{
    QTest::addColumn<double>("dpi");
    QTest::newRow("72 dpi") << 72.0;
    QTest::newRow("150 dpi") << 150.0;
}

void TestPreview::pdfRenderShowsText()
{
    QFETCH(double, dpi);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("見積書 1.pdf"));
    QVERIFY(
        writeFile(path, test::samplePdf({{QStringLiteral("HELLO PREVIEW"), QStringLiteral("second line")}})));
    auto doc = PdfDocument::open(path);
    QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().toString()));
    const auto image = (*doc)->render(0, dpi);
    QVERIFY(image);
    const double s = dpi / 72.0;
    QCOMPARE(image->width(), qRound(300 * s));
    QCOMPARE(image->height(), qRound(200 * s));
    // The title's caps sit between its baseline (50 pt from the top) and ~26 pt above it.
    const QRect title(QPointF(20 * s, 24 * s).toPoint(), QPointF(250 * s, 50 * s).toPoint());
    const double ink = inkIn(*image, title);
    QVERIFY2(ink > 0.05, qPrintable(QStringLiteral("ink %1").arg(ink)));
    // Below the text the page is blank paper.
    QCOMPARE(inkIn(*image, QRect(QPointF(0, 120 * s).toPoint(), QPointF(299 * s, 199 * s).toPoint())), 0.0);
    QCOMPARE(qGray(image->pixel(image->width() - 2, image->height() - 2)), 255);

    const auto byWidth = (*doc)->renderToWidth(0, 600);
    QVERIFY(byWidth);
    QCOMPARE(byWidth->width(), 600);
    QCOMPARE(byWidth->height(), 400);
}

void TestPreview::pdfRenderIsCapped()
{
    // A 200 x 200 inch poster at 600 dpi would be 14 Gpixel.
    auto doc = PdfDocument::fromData(test::samplePdf({{QStringLiteral("Poster")}}, 14400, 14400));
    QVERIFY(doc);
    const auto image = (*doc)->render(0, 600);
    QVERIFY(image);
    QVERIFY(qint64(image->width()) * image->height() <= PdfDocument::kMaxPixels);
    QVERIFY(image->width() > 1000);
}

void TestPreview::pdfRendersInParallel()
{
    // One document shared by several threads: the lock must serialize Poppler.
    auto doc = PdfDocument::fromData(test::samplePdf(
        {{QStringLiteral("A")}, {QStringLiteral("B")}, {QStringLiteral("C")}, {QStringLiteral("D")}}));
    QVERIFY(doc);
    std::shared_ptr<PdfDocument> shared = *doc;
    std::atomic_int ok = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 5; ++i) {
                const auto image = shared->render((t + i) % 4, 96);
                if (image && !image->isNull() && shared->pageSize(t).width() == 300)
                    ++ok;
            }
        });
    }
    for (auto &t : threads)
        t.join();
    QCOMPARE(ok.load(), 20);
}

void TestPreview::pdfEncryptedIsRefused()
{
    const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
    if (qpdf.isEmpty())
        QFAIL("qpdf is not installed (see .ci/install-deps)");
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain.pdf"));
    const QString locked = dir.filePath(QStringLiteral("locked.pdf"));
    QVERIFY(writeFile(plain, test::samplePdf({{QStringLiteral("Secret")}})));
    QProcess p;
    p.start(qpdf, {QStringLiteral("--encrypt"), QStringLiteral("user-pw"), QStringLiteral("owner-pw"),
                   QStringLiteral("256"), QStringLiteral("--"), plain, locked});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const auto doc = PdfDocument::open(locked);
    QVERIFY(!doc);
    QCOMPARE(doc.error().code, QStringLiteral("preview.pdf_locked"));
    QVERIFY(doc.error().message.contains(QStringLiteral("password")));
}

void TestPreview::pdfMalformedIsRefused()
{
    QTemporaryDir dir;
    const QString junk = dir.filePath(QStringLiteral("junk.pdf"));
    QVERIFY(writeFile(junk, QByteArray("%PDF-1.7\nthis is not a PDF body at all\n").repeated(20)));
    const auto doc = PdfDocument::open(junk);
    QVERIFY(!doc);
    QVERIFY2(doc.error().code == QLatin1String("preview.pdf_unreadable") ||
                 doc.error().code == QLatin1String("preview.pdf_empty"),
             qPrintable(doc.error().code));
    const auto missing = PdfDocument::open(dir.filePath(QStringLiteral("gone.pdf")));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, QStringLiteral("preview.pdf_unreadable"));
}

void TestPreview::xmlFormatted()
{
    const auto out = formatXml("<?xml version=\"1.0\"?><a><b x=\"1\"><c>text</c></b><!-- note --><d/></a>");
    QVERIFY2(out, qPrintable(out ? QString() : out.error().toString()));
    QCOMPARE(out->text,
             QStringLiteral("<?xml version=\"1.0\"?>\n<a>\n  <b x=\"1\">\n    <c>text</c>\n  </b>\n"
                            "  <!-- note -->\n  <d/>\n</a>\n"));
    QVERIFY(!out->truncated);
    QVERIFY(out->encoding.isEmpty());

    // Already indented input with tabs is re-indented the same way.
    const auto again =
        formatXml("<a>\n\t<b x=\"1\">\n\t\t<c>text</c>\n\t</b>\n\t<!-- note -->\n\t<d/>\n</a>");
    QVERIFY(again);
    QCOMPARE(again->text, out->text.mid(out->text.indexOf(QLatin1Char('\n')) + 1));
}

void TestPreview::xmlShiftJis()
{
    // 日本語 and 表 (0x95 0x5C: its second byte is a backslash in ASCII) in Shift_JIS.
    const QByteArray sjis =
        "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><doc><title>\x93\xFA\x96\x7B\x8C\xEA"
        "</title><t a=\"\x95\x5C\"/></doc>";
    const auto out = formatXml(sjis);
    QVERIFY2(out, qPrintable(out ? QString() : out.error().toString()));
    QCOMPARE(out->encoding, QStringLiteral("Shift_JIS"));
    QVERIFY(out->text.startsWith(QStringLiteral("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n")));
    QVERIFY2(out->text.contains(QStringLiteral("<title>日本語</title>")), qPrintable(out->text));
    QVERIFY(out->text.contains(QStringLiteral("<t a=\"表\"/>")));
}

void TestPreview::xmlPreservesSpaceAndMixedContent()
{
    const auto out =
        formatXml("<a><p>Hello <b>big</b> world</p><pre xml:space=\"preserve\">\n  <x/>\n</pre></a>");
    QVERIFY(out);
    QVERIFY2(out->text.contains(QStringLiteral("<p>Hello <b>big</b> world</p>")), qPrintable(out->text));
    QVERIFY2(out->text.contains(QStringLiteral("<pre xml:space=\"preserve\">\n  <x/>\n</pre>")),
             qPrintable(out->text));
    const auto cdata = formatXml("<a><s><![CDATA[1 < 2]]></s></a>");
    QVERIFY(cdata);
    QVERIFY(cdata->text.contains(QStringLiteral("<![CDATA[1 < 2]]>")));
}

void TestPreview::xmlTruncated()
{
    QByteArray big = "<list>";
    for (int i = 0; i < 5000; ++i)
        big += "<item n=\"" + QByteArray::number(i) + "\">value</item>";
    big += "</list>";
    XmlPreviewLimits limits;
    limits.maxChars = 10000;
    const auto out = formatXml(big, limits);
    QVERIFY(out);
    QVERIFY(out->truncated);
    QVERIFY(out->text.size() <= 10000);
    QVERIFY(out->totalChars > 100000);
    QVERIFY(out->text.endsWith(QLatin1Char('\n'))); // cut at a line end
    QVERIFY(out->text.contains(QStringLiteral("  <item n=\"0\">value</item>\n")));
    QVERIFY(!out->text.contains(QStringLiteral("<item n=\"4999\">")));
    limits.maxChars = 1 << 20;
    const auto whole = formatXml(big, limits);
    QVERIFY(whole && !whole->truncated);
    QCOMPARE(whole->totalChars, whole->text.size());
    QVERIFY(whole->text.contains(QStringLiteral("<item n=\"4999\">")));
}

void TestPreview::xmlHostileRefused_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("code");
    QTest::newRow("xxe file") << QByteArray(
                                     "<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>")
                              << QStringLiteral("preview.xml_refused");
    QTest::newRow("billion laughs")
        << QByteArray("<!DOCTYPE a [<!ENTITY l \"lol\"><!ENTITY l1 \"&l;&l;&l;&l;&l;&l;&l;&l;&l;&l;\">"
                      "<!ENTITY l2 \"&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;\">]><a>&l2;</a>")
        << QStringLiteral("preview.xml_refused");
    QTest::newRow("external dtd") << QByteArray("<!DOCTYPE a SYSTEM \"http://127.0.0.1:1/x.dtd\"><a/>")
                                  << QStringLiteral("preview.xml_refused");
    QTest::newRow("not xml") << QByteArray("%PDF-1.7 <a>") << QStringLiteral("preview.xml_malformed");
    QTest::newRow("unclosed") << QByteArray("<a><b></a>") << QStringLiteral("preview.xml_malformed");
}

void TestPreview::xmlHostileRefused()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, code);
    const auto out = formatXml(xml);
    QVERIFY(!out);
    QCOMPARE(out.error().code, code);
    QVERIFY(!out.error().message.isEmpty());
}

void TestPreview::xmlTooLarge()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.xml"));
    QVERIFY(writeFile(path, "<a>" + QByteArray(4096, 'x') + "</a>"));
    XmlPreviewLimits limits;
    limits.maxInputBytes = 1024;
    const auto out = formatXmlFile(path, limits);
    QVERIFY(!out);
    QCOMPARE(out.error().code, QStringLiteral("preview.xml_too_large"));
    const auto missing = formatXmlFile(dir.filePath(QStringLiteral("gone.xml")));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, QStringLiteral("preview.xml_unreadable"));
}

void TestPreview::metadata()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("メモ.txt"));
    QVERIFY(writeFile(path, "hello\n"));
    const FileMetadata m = fileMetadata(path);
    QVERIFY(m.exists);
    QCOMPARE(m.name, QStringLiteral("メモ.txt"));
    QCOMPARE(m.bytes, 6);
    QCOMPARE(m.mimeType, QStringLiteral("text/plain"));
    QVERIFY(m.modified.isValid());
    QCOMPARE(previewKind(m.mimeType), QStringLiteral("other"));
    QCOMPARE(previewKind(QStringLiteral("application/pdf")), QStringLiteral("pdf"));
    QCOMPARE(previewKind(QStringLiteral("application/xml")), QStringLiteral("xml"));
    QCOMPARE(previewKind(QStringLiteral("image/svg+xml")), QStringLiteral("xml"));
    const FileMetadata gone = fileMetadata(dir.filePath(QStringLiteral("gone")));
    QVERIFY(!gone.exists);
    QCOMPARE(gone.bytes, -1);
}

void TestPreview::pageIdRoundTrip()
{
    const PageImageId id{QStringLiteral("/tmp/a b/契約書 (最終)/x#1?.pdf"), 12, QStringLiteral("ab12")};
    const QString text = pageImageId(id);
    QVERIFY(!text.contains(QLatin1Char(' ')));
    QCOMPARE(text.count(QLatin1Char('/')), 2);
    const auto back = parsePageImageId(text);
    QVERIFY(back);
    QCOMPARE(back->path, id.path);
    QCOMPARE(back->page, 12);
    QCOMPARE(back->revision, id.revision);
    QVERIFY(!parsePageImageId(QStringLiteral("x/1")));
    QVERIFY(!parsePageImageId(QStringLiteral("!!!/1/x")));
    QVERIFY(!parsePageImageId(text.section(QLatin1Char('/'), 0, 0) + QStringLiteral("/-1/x")));
}

QTEST_GUILESS_MAIN(TestPreview)
#include "tst_preview.moc"
