// The streaming reader and the incremental writer on files made by qpdf, checked by qpdf.
#include "../pades/pdffixtures.h"

#include "pdf/incrementalwriter.h"
#include "pdf/reader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sic;
using namespace sic::pdf;
using namespace sic::test;

class TestPdfReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString make(const QString &name, const QStringList &qpdfArgs)
    {
        const QString src = m_dir.filePath(QStringLiteral("src.pdf")), out = m_dir.filePath(name);
        MiniPdf mp;
        mp.pages = 3;
        mp.withForm = true;
        writeFile(src, miniPdf(mp));
        if (qpdfArgs.isEmpty())
            return src;
        const auto r = runTool(QStringLiteral("qpdf"), QStringList(qpdfArgs) << src << out);
        return r.exitCode == 0 ? out : QString();
    }

private slots:
    void reads_data()
    {
        QTest::addColumn<QStringList>("qpdfArgs");
        QTest::addColumn<bool>("xrefStream");
        QTest::newRow("hand-written") << QStringList() << false;
        QTest::newRow("classic") << QStringList{QStringLiteral("--object-streams=disable")} << false;
        QTest::newRow("object streams") << QStringList{QStringLiteral("--object-streams=generate")} << true;
        QTest::newRow("linearized") << QStringList{QStringLiteral("--linearize")} << false;
        QTest::newRow("linearized objstm")
            << QStringList{QStringLiteral("--linearize"), QStringLiteral("--object-streams=generate")}
            << true;
    }

    void reads()
    {
        QFETCH(QStringList, qpdfArgs);
        QFETCH(bool, xrefStream);
        const QString path = make(QStringLiteral("reads.pdf"), qpdfArgs);
        QVERIFY(!path.isEmpty());
        auto reader = Reader::open(path);
        QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().toString()));
        Reader &r = **reader;
        QCOMPARE(r.lastSectionIsStream(), xrefStream);
        auto catalog = r.object(r.trailer().get("Root").ref);
        QVERIFY(catalog && catalog->get("Type").isName("Catalog"));
        auto pages = r.resolvedGet(*catalog, "Pages");
        QVERIFY(pages && pages->get("Count").integer == 3);
        auto kids = r.resolvedGet(*pages, "Kids");
        QCOMPARE(kids->array.size(), size_t(3));
        for (const auto &k : kids->array) {
            auto page = r.resolve(k);
            QVERIFY(page && page->get("Type").isName("Page"));
        }
        auto form = r.resolvedGet(*catalog, "AcroForm");
        auto fields = r.resolvedGet(*form, "Fields");
        auto field = r.resolve(fields->array.at(0));
        QCOMPARE(textString(field->get("T").bytes), QStringLiteral("Name"));
        // The content stream decodes (qpdf may have compressed it).
        auto first = r.resolve(kids->array.at(0));
        auto content = r.resolvedGet(*first, "Contents");
        auto data = r.streamData(*content);
        QVERIFY(data && data->contains("Hello"));
    }

    void writesUpdateInTheSameStyle_data() { reads_data(); }

    void writesUpdateInTheSameStyle()
    {
        QFETCH(QStringList, qpdfArgs);
        QFETCH(bool, xrefStream);
        const QString in = make(QStringLiteral("in.pdf"), qpdfArgs);
        auto reader = Reader::open(in);
        QVERIFY(reader);
        Reader &r = **reader;
        IncrementalWriter w(r);
        const Ref rootRef = r.trailer().get("Root").ref;
        Object catalog = *r.object(rootRef);
        const Ref info = w.allocate();
        Object infoDict = Object::makeDict();
        infoDict.set("Title", Object::makeText(QStringLiteral("更新")));
        w.put(info, infoDict);
        catalog.set("Lang", Object::makeString("ja"));
        w.put(rootRef, catalog);
        const QString out = m_dir.filePath(QStringLiteral("updated.pdf"));
        QFile f(out);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        auto written = w.write(in, f);
        f.close();
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        // The original bytes are a prefix of the output.
        QVERIFY(readFile(out).startsWith(readFile(in)));
        const auto check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), out});
        QVERIFY2(check.exitCode == 0 && !check.output.contains("WARNING"), check.output.constData());
        const auto show = runTool(QStringLiteral("qpdf"),
                                  {QStringLiteral("--show-object=") + QString::number(rootRef.num), out});
        QVERIFY2(show.output.contains("/Lang (ja)"), show.output.constData());
        auto again = Reader::open(out);
        QVERIFY(again);
        QCOMPARE((*again)->lastSectionIsStream(), xrefStream);
        QCOMPARE((*again)->size(), info.num + (xrefStream ? 2 : 1));
        auto back = (*again)->object(info);
        QCOMPARE(textString(back->get("Title").bytes), QStringLiteral("更新"));
    }

    void hybrid()
    {
        const QString path = m_dir.filePath(QStringLiteral("hybrid.pdf"));
        writeFile(path, hybridPdf());
        QCOMPARE(runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}).exitCode, 0);
        auto reader = Reader::open(path);
        QVERIFY(reader);
        auto page = (*reader)->object({3, 0});
        QVERIFY2(page && page->get("Type").isName("Page"), "the page is only reachable through /XRefStm");
    }
};

QTEST_GUILESS_MAIN(TestPdfReader)
#include "tst_pdfreader.moc"
