// The lenient reader (verification) rebuilds damaged cross-reference data from the object headers
// of the file; the strict reader (signing) keeps refusing the same files.
#include "damagedpdf.h"

#include "pdf/reader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sic;
using namespace sic::pdf;
using namespace sic::test;

namespace {

// Two revisions: the first has objects 1 (catalog), 2 (pages), 3 ("first"); the update rewrites
// the catalog and adds 4 ("second"). updatePrev is the update's /Prev (null = the right offset).
QByteArray twoRevisions(const QByteArray &updatePrev = {})
{
    QByteArray file;
    Revision first;
    first.objects[1] = "<< /Type /Catalog /Pages 2 0 R /First 3 0 R >>";
    first.objects[2] = "<< /Type /Pages /Kids [] /Count 0 >>";
    first.objects[3] = "(first)";
    first.size = 4;
    const qint64 xref = appendRevision(file, first);
    Revision update;
    update.objects[1] = "<< /Type /Catalog /Pages 2 0 R /First 3 0 R /Second 4 0 R >>";
    update.objects[4] = "(second)";
    update.size = 5;
    update.prev = updatePrev.isNull() ? QByteArray::number(xref) : updatePrev;
    appendRevision(file, update);
    return file;
}

// Bytes cut from the first object: every later offset (and startxref) is now wrong.
QByteArray shifted()
{
    QByteArray f = twoRevisions();
    return f.remove(f.indexOf("/First 3 0 R"), 12);
}

// The catalog and object 3 live in an object stream; the cross-reference data is useless.
QByteArray objectStreamOnly()
{
    const QByteArray members = "(first) << /Type /Catalog /Pages 2 0 R /First 3 0 R /Second 4 0 R >>";
    const QByteArray stmHead = "3 0 1 8 ";
    const QByteArray data = stmHead + members;
    QByteArray file = "%PDF-1.7\n";
    file += "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n";
    file += "4 0 obj\n(second)\nendobj\n";
    file += "5 0 obj\n<< /Type /ObjStm /N 2 /First " + QByteArray::number(stmHead.size()) + " /Length " +
            QByteArray::number(data.size()) + " >>\nstream\n" + data + "\nendstream\nendobj\n";
    file += "trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n999999\n%%EOF\n";
    return file;
}

} // namespace

class TestPdfRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("t.pdf"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    static QByteArray stringObject(Reader &r, int num)
    {
        auto o = r.object(Ref{num, 0});
        return o && o->isString() ? o->bytes : QByteArray("<missing>");
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void damaged_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("strictOpens");
        QTest::addColumn<bool>("recovered");
        QTest::addColumn<bool>("hasObject4"); // the update's object (and the newest catalog)
        QTest::newRow("intact") << twoRevisions() << true << false << true;
        QTest::newRow("update with /Prev 0") << twoRevisions("0") << false << true << true;
        QTest::newRow("update with /Prev into nothing") << twoRevisions("20") << false << true << true;
        QTest::newRow("update with /Prev past the end") << twoRevisions("99999999") << false << true << true;
        QTest::newRow("bytes cut: every offset wrong") << shifted() << false << true << true;
        QTest::newRow("objects in an object stream, no usable xref")
            << objectStreamOnly() << false << true << true;
        QByteArray noTrailer = twoRevisions();
        noTrailer.replace("trailer", "trailxr");
        noTrailer.replace("startxref", "startxrex");
        noTrailer.append("startxref\n5\n%%EOF\n");
        QTest::newRow("no trailer: the catalog by its /Type") << noTrailer << false << true << true;
    }

    void damaged()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, strictOpens);
        QFETCH(bool, recovered);
        QFETCH(bool, hasObject4);
        const QString path = write(bytes);
        QVERIFY(!path.isEmpty());

        auto strict = Reader::open(path, Reader::Mode::Strict);
        QCOMPARE(bool(strict), strictOpens);
        if (!strict)
            QVERIFY2(strict.error().code.startsWith(QLatin1String("pdf.")), qPrintable(strict.error().code));

        auto lenient = Reader::open(path, Reader::Mode::Lenient);
        QVERIFY2(lenient, lenient ? "" : qPrintable(lenient.error().toString()));
        Reader &r = **lenient;
        QCOMPARE(r.recovered(), recovered);
        auto root = r.resolve(r.trailer().get("Root"));
        QVERIFY(root && root->get("Type").isName("Catalog"));
        QCOMPARE(stringObject(r, 3), QByteArray("first"));
        QCOMPARE(root->has("Second"), hasObject4); // the newest catalog, not the first one
        QCOMPARE(stringObject(r, 4), QByteArray("second"));
        QVERIFY(r.size() > 4);
    }

    void headersListEveryVersion()
    {
        const QString path = write(twoRevisions("0"));
        auto r = Reader::open(path, Reader::Mode::Lenient);
        QVERIFY(r);
        int catalogs = 0, total = 0;
        for (const Reader::ObjectHeader &h : (*r)->objectHeaders()) {
            ++total;
            if (h.num == 1) {
                ++catalogs;
                auto o = (*r)->objectAt(h);
                QVERIFY(o && o->get("Type").isName("Catalog"));
                QCOMPARE(o->has("Second"), catalogs == 2);
            }
        }
        QCOMPARE(catalogs, 2);
        QCOMPARE(total, 5);
    }

    void limitReadsAnEarlierRevision_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("strict") << int(Reader::Mode::Strict);
        QTest::newRow("lenient") << int(Reader::Mode::Lenient);
    }

    void limitReadsAnEarlierRevision()
    {
        QFETCH(int, mode);
        const QByteArray file = twoRevisions();
        const qint64 firstEnd = file.indexOf("%%EOF\n") + 6;
        const QString path = write(file);
        auto r = Reader::open(path, Reader::Mode(mode), firstEnd);
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        QCOMPARE((*r)->fileSize(), firstEnd);
        QVERIFY(!(*r)->recovered());
        auto root = (*r)->resolve((*r)->trailer().get("Root"));
        QVERIFY(root && root->isDict() && !root->has("Second"));
        QCOMPARE(stringObject(**r, 3), QByteArray("first"));
        QCOMPARE(stringObject(**r, 4), QByteArray("<missing>"));
        auto whole = Reader::open(path, Reader::Mode(mode));
        QVERIFY(whole);
        QCOMPARE(stringObject(**whole, 4), QByteArray("second"));
    }

    void headerCutByChunkBoundary()
    {
        // Objects around the 1 MiB chunk boundary of the scan are each found exactly once.
        QByteArray file = "%PDF-1.7\n";
        file += "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n";
        file += "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n";
        int next = 3;
        while (file.size() < (1 << 20) + 200)
            file += QByteArray::number(next++) + " 0 obj\n(" + QByteArray(37, 'x') + ")\nendobj\n";
        file += "trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n0\n%%EOF\n";
        auto r = Reader::open(write(file), Reader::Mode::Lenient);
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(qsizetype((*r)->objectHeaders().size()), qsizetype(next - 1));
        QCOMPARE((*r)->size(), next);
        for (int n = 3; n < next; ++n)
            QCOMPARE(stringObject(**r, n), QByteArray(37, 'x'));
    }

    void nothingToRecover_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("header only") << QByteArray("%PDF-1.4\n%%EOF\n");
        QTest::newRow("objects but no catalog")
            << QByteArray("%PDF-1.4\n1 0 obj\n(x)\nendobj\nstartxref\n9\n%%EOF\n");
    }

    void nothingToRecover()
    {
        QFETCH(QByteArray, bytes);
        auto r = Reader::open(write(bytes), Reader::Mode::Lenient);
        QVERIFY(!r);
        QVERIFY2(r.error().code.startsWith(QLatin1String("pdf.")), qPrintable(r.error().code));
    }
};

QTEST_GUILESS_MAIN(TestPdfRecovery)
#include "tst_pdfrecovery.moc"
