#include "journal/history.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sic;

namespace {
HistoryEntry entry(const QString &doc, const QString &result)
{
    HistoryEntry e;
    e.action = QStringLiteral("sign");
    e.document = doc;
    e.documentSha256 = QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    e.output = doc + QStringLiteral(".signed.pdf");
    e.rssp = QStringLiteral("https://127.0.0.1:8443/csc/v2");
    e.user = QStringLiteral("demo");
    e.credential = QStringLiteral("cred-rsa2048-totp");
    e.signer = QStringLiteral("CN=山田 太郎,O=株式会社テスト,C=JP");
    e.level = QStringLiteral("PAdES B-T");
    e.result = result;
    return e;
}

QList<QByteArray> lines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().split('\n');
}

void writeLines(const QString &path, const QList<QByteArray> &ls)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(ls.join('\n'));
}
} // namespace

class TestJournal : public QObject
{
    Q_OBJECT
private slots:
    void appendsChainedRecords();
    void detectsTampering_data();
    void detectsTampering();
    void appendRefusesDamagedLog();
    void clockStampsEntries();
    void concurrentWritersKeepTheChain();
    void exports();
};

void TestJournal::appendsChainedRecords()
{
    QTemporaryDir dir;
    const ManualClock clock(QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC));
    History history(dir.filePath(QStringLiteral("history.jsonl")), clock);
    QVERIFY(history.record(entry(QStringLiteral("契約書.pdf"), QStringLiteral("ok"))));
    QVERIFY(history.record(entry(QStringLiteral("b.pdf"), QStringLiteral("failed"))));

    const auto all = history.entries();
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).document, QStringLiteral("契約書.pdf"));
    QCOMPARE(all->at(0).signer, QStringLiteral("CN=山田 太郎,O=株式会社テスト,C=JP"));
    QCOMPARE(all->at(1).result, QStringLiteral("failed"));

    const auto records = HashChainLog(dir.filePath(QStringLiteral("history.jsonl"))).readAll();
    QCOMPARE(records->at(0).value(QStringLiteral("seq")).toInteger(), 1);
    QCOMPARE(records->at(0).value(QStringLiteral("prev")).toString(), QString());
    QCOMPARE(records->at(1).value(QStringLiteral("prev")).toString(),
             records->at(0).value(QStringLiteral("hash")).toString());

    const auto check = history.verify();
    QVERIFY(check.intact);
    QCOMPARE(check.records, 2);
}

void TestJournal::detectsTampering_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("brokenLine");
    QTest::newRow("edited field") << "edit" << 2;
    QTest::newRow("line removed") << "remove" << 2;
    QTest::newRow("lines swapped") << "swap" << 1;
    QTest::newRow("garbage line") << "garbage" << 3;
    QTest::newRow("hash recomputed after edit") << "rehash" << 3;
}

void TestJournal::detectsTampering()
{
    QFETCH(QString, how);
    QFETCH(int, brokenLine);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.jsonl"));
    History history(path, SystemClock::instance());
    for (int i = 0; i < 4; ++i)
        QVERIFY(history.record(entry(QStringLiteral("doc%1.pdf").arg(i), QStringLiteral("ok"))));
    QVERIFY(history.verify().intact);

    QList<QByteArray> ls = lines(path);
    if (how == QLatin1String("edit")) {
        ls[1].replace("doc1.pdf", "evil.pdf");
    } else if (how == QLatin1String("remove")) {
        ls.removeAt(1);
    } else if (how == QLatin1String("swap")) {
        std::swap(ls[0], ls[1]);
    } else if (how == QLatin1String("garbage")) {
        ls[2] = "{not json";
    } else if (how == QLatin1String("rehash")) {
        // An attacker who edits a record and fixes its own hash still breaks the next link.
        QJsonObject o = QJsonDocument::fromJson(ls[1]).object();
        o.insert(QStringLiteral("document"), QStringLiteral("evil.pdf"));
        o.insert(QStringLiteral("hash"), HashChainLog::hashOf(o));
        ls[1] = QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    writeLines(path, ls);
    const auto check = history.verify();
    QVERIFY(!check.intact);
    QCOMPARE(check.firstBrokenLine, brokenLine);
    QVERIFY(!check.reason.isEmpty());
}

void TestJournal::appendRefusesDamagedLog()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.jsonl"));
    writeLines(path, {"this is not a record", ""});
    History history(path, SystemClock::instance());
    const auto r = history.record(entry(QStringLiteral("a.pdf"), QStringLiteral("ok")));
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("journal.corrupt"));
    QCOMPARE(lines(path).first(), QByteArray("this is not a record"));
}

void TestJournal::clockStampsEntries()
{
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2031, 5, 6), QTime(7, 8, 9), Qt::UTC));
    History history(dir.filePath(QStringLiteral("h.jsonl")), clock);
    QVERIFY(history.record(entry(QStringLiteral("a.pdf"), QStringLiteral("ok"))));
    clock.advance(3600);
    QVERIFY(history.record(entry(QStringLiteral("b.pdf"), QStringLiteral("ok"))));
    const auto all = history.entries();
    QCOMPARE(all->at(0).time, QDateTime(QDate(2031, 5, 6), QTime(7, 8, 9), Qt::UTC));
    QCOMPARE(all->at(1).time, QDateTime(QDate(2031, 5, 6), QTime(8, 8, 9), Qt::UTC));
}

// Two processes appending at once must still produce one intact chain (the lock file serialises them).
void TestJournal::concurrentWritersKeepTheChain()
{
    if (qEnvironmentVariableIsSet("SIC_JOURNAL_CHILD")) {
        History history(qEnvironmentVariable("SIC_JOURNAL_CHILD"), SystemClock::instance());
        for (int i = 0; i < 50; ++i)
            QVERIFY(history.record(entry(QStringLiteral("child%1.pdf").arg(i), QStringLiteral("ok"))));
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.jsonl"));
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SIC_JOURNAL_CHILD"), path);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("concurrentWritersKeepTheChain")});
    QVERIFY(child.waitForStarted());
    History history(path, SystemClock::instance());
    for (int i = 0; i < 50; ++i)
        QVERIFY(history.record(entry(QStringLiteral("parent%1.pdf").arg(i), QStringLiteral("ok"))));
    QVERIFY(child.waitForFinished(60000));
    QCOMPARE(child.exitCode(), 0);
    const auto check = history.verify();
    QVERIFY2(check.intact, qPrintable(check.reason));
    QCOMPARE(check.records, 100);
}

void TestJournal::exports()
{
    QTemporaryDir dir;
    History history(dir.filePath(QStringLiteral("h.jsonl")), SystemClock::instance());
    auto e = entry(QStringLiteral("=HYPERLINK(\"x\").pdf"), QStringLiteral("ok"));
    QVERIFY(history.record(e));
    QVERIFY(history.record(entry(QStringLiteral("契約書.pdf"), QStringLiteral("ok"))));

    const QString csvPath = dir.filePath(QStringLiteral("h.csv"));
    QVERIFY(history.exportCsv(csvPath));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes);
    QVERIFY(text.contains(QStringLiteral("\"契約書.pdf\"")));
    QVERIFY2(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"x\"\").pdf\"")), qPrintable(text));
    QCOMPARE(text.count(QStringLiteral("\r\n")), 3);

    const QString jsonPath = dir.filePath(QStringLiteral("h.json"));
    QVERIFY(history.exportJson(jsonPath));
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("sic-history/1"));
    QCOMPARE(doc.value(QStringLiteral("chainIntact")).toBool(), true);
    QCOMPARE(doc.value(QStringLiteral("entries")).toArray().size(), 2);

    QVERIFY(!history.exportCsv(dir.filePath(QStringLiteral("no/such/folder/h.csv"))));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("no/such/folder/h.csv"))));
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
