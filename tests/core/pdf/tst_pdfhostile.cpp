// The PDF reader over every PDF of tests/hostile/make_hostile.py (issue #13), strict and lenient,
// reading every object and decoding every stream it lists: each file ends in an answer (an object
// or an error) within seconds. In the asan preset this is the UBSan run over hostile numbers
// (near-2^63 subsections, lengths, byte ranges, object-stream offsets): no signed overflow.
#include "pdf/reader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sic;
using namespace sic::pdf;

class TestPdfHostile : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QProcess p;
        p.start(QStringLiteral("python3"), {QStringLiteral(SIC_HOSTILE_SCRIPT), QStringLiteral("--list")});
        QVERIFY(p.waitForFinished(60000));
        QStringList pdfs;
        for (const QString &name :
             QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts))
            if (name.startsWith(QLatin1String("pdf-")))
                pdfs << name;
        QVERIFY(pdfs.size() >= 20);
        QProcess gen;
        gen.start(QStringLiteral("python3"),
                  QStringList{QStringLiteral(SIC_HOSTILE_SCRIPT), QStringLiteral("--out"), m_dir.path()} +
                      pdfs);
        QVERIFY(gen.waitForFinished(120000));
        QCOMPARE(gen.exitCode(), 0);
    }

    void everyObjectOfEveryFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("mode");
        for (const QString &f : QDir(m_dir.path()).entryList({QStringLiteral("*.pdf")}, QDir::Files)) {
            QTest::newRow(qPrintable(f + QStringLiteral(" strict")))
                << m_dir.filePath(f) << int(Reader::Mode::Strict);
            QTest::newRow(qPrintable(f + QStringLiteral(" lenient")))
                << m_dir.filePath(f) << int(Reader::Mode::Lenient);
        }
    }

    void everyObjectOfEveryFile()
    {
        QFETCH(QString, path);
        QFETCH(int, mode);
        QElapsedTimer t;
        t.start();
        auto reader = Reader::open(path, Reader::Mode(mode));
        int read = 0, failed = 0;
        if (reader) {
            for (const auto &[num, e] : (*reader)->xref()) {
                if (e.kind == XrefEntry::Kind::Free)
                    continue;
                auto obj = (*reader)->object(Ref{num, e.kind == XrefEntry::Kind::InFile ? e.gen : 0});
                if (obj && obj->type == Object::Type::Stream)
                    obj = (*reader)->streamData(*obj) ? obj : Result<Object>(std::unexpected(Error{}));
                ++(obj ? read : failed);
                if ((*reader)->budget().exceeded())
                    break;
            }
            if (Reader::Mode(mode) == Reader::Mode::Lenient)
                (void)(*reader)->objectHeaders();
        }
        QVERIFY2(t.elapsed() < 10000, qPrintable(QStringLiteral("%1 ms").arg(t.elapsed())));
        qInfo("%s: %s, %d objects read, %d failed, %lld ms", qPrintable(QFileInfo(path).fileName()),
              reader ? "opened" : qPrintable(reader.error().code), read, failed, qint64(t.elapsed()));
    }
};

QTEST_GUILESS_MAIN(TestPdfHostile)
#include "tst_pdfhostile.moc"
