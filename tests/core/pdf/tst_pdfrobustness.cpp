// Damaged inputs: truncations and byte flips of valid files must end in a typed error or a
// usable reader, never a crash or a hang (run under ASan/UBSan in CI).
#include "../pades/pdffixtures.h"

#include "pades/pdfpermissions.h"
#include "pdf/incrementalwriter.h"
#include "pdf/reader.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace sic;
using namespace sic::pdf;
using namespace sic::test;

class TestPdfRobustness : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_opened = 0;
    int m_refused = 0;

    void exercise(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("mutant.pdf"));
        QVERIFY(writeFile(path, bytes));
        auto reader = Reader::open(path);
        if (!reader) {
            ++m_refused;
            QVERIFY2(reader.error().code.startsWith(QLatin1String("pdf.")), qPrintable(reader.error().code));
            return;
        }
        ++m_opened;
        Reader &r = **reader;
        for (const auto &[num, entry] : r.xref()) {
            auto o = r.object(Ref{num, entry.kind == XrefEntry::Kind::InFile ? entry.gen : 0});
            if (o && o->type == Object::Type::Stream)
                (void)r.streamData(*o);
        }
        (void)pades::checkSignable(r);
        (void)pades::fieldNames(r);
        IncrementalWriter w(r);
        Object dict = Object::makeDict();
        dict.set("Test", Object::makeInt(1));
        w.put(w.allocate(), dict);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        (void)w.write(path, buffer);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void mutations_data()
    {
        QTest::addColumn<QByteArray>("original");
        MiniPdf form;
        form.withForm = true;
        form.pages = 2;
        QTest::newRow("classic with form") << miniPdf(form);
        QTest::newRow("hybrid with object stream") << hybridPdf();
    }

    void mutations()
    {
        QFETCH(QByteArray, original);
        m_opened = m_refused = 0;
        exercise(original);
        QCOMPARE(m_opened, 1);
        for (qsizetype cut = 0; cut < original.size(); cut += 7)
            exercise(original.left(cut));
        QRandomGenerator rng(20261121);
        for (int i = 0; i < 400; ++i) {
            QByteArray m = original;
            const int flips = 1 + int(rng.bounded(4));
            for (int f = 0; f < flips; ++f)
                m[qsizetype(rng.bounded(quint32(m.size())))] = char(rng.bounded(256));
            exercise(m);
        }
        QVERIFY(m_refused > 0);
        qInfo() << "opened" << m_opened << "refused" << m_refused;
    }
};

QTEST_GUILESS_MAIN(TestPdfRobustness)
#include "tst_pdfrobustness.moc"
