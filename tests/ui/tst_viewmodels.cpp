#include "appcontext.h"
#include "historyviewmodel.h"
#include "settingsviewmodel.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sic;
using namespace sic::ui;

namespace {
struct Fixture
{
    QTemporaryDir dir;
    ManualClock clock{QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC)};
    AppContext context{
        SettingsStore(dir.filePath(QStringLiteral("u.ini")), dir.filePath(QStringLiteral("p.ini"))),
        dir.filePath(QStringLiteral("h.jsonl")), clock};

    void record(const QString &doc, const QString &result)
    {
        HistoryEntry e;
        e.action = QStringLiteral("sign");
        e.document = doc;
        e.result = result;
        QVERIFY(context.history().record(e));
        clock.advance(60);
        emit context.historyChanged();
    }
};
} // namespace

class TestViewModels : public QObject
{
    Q_OBJECT
private slots:
    void settingsEditSaveRevert();
    void settingsInvalidValueShowsMessage();
    void settingsLockedByPolicy();
    void historyNewestFirstAndLimit();
    void historyReportsTampering();
    void historyExport();
};

void TestViewModels::settingsEditSaveRevert()
{
    Fixture f;
    SettingsViewModel vm;
    QSignalSpy saved(&f.context, &AppContext::settingsChanged);
    vm.setContext(&f.context);
    QVERIFY(!vm.dirty());
    vm.setRssp(QStringLiteral("Dev"), QStringLiteral("https://127.0.0.1:9443"), QString(), QString());
    vm.setSelectedRssp(QStringLiteral("Dev"));
    vm.setLanguage(QStringLiteral("ja"));
    QVERIFY(vm.dirty());
    QVERIFY(vm.save());
    QVERIFY(!vm.dirty());
    QCOMPARE(saved.count(), 1);
    QCOMPARE(f.context.settingsStore().load().selectedRssp, QStringLiteral("Dev"));
    QCOMPARE(f.context.settingsStore().load().language, QStringLiteral("ja"));

    vm.setIdleTimeoutMinutes(42);
    QVERIFY(vm.dirty());
    vm.revert();
    QCOMPARE(vm.idleTimeoutMinutes(), 15);
    QVERIFY(!vm.dirty());

    vm.removeRssp(QStringLiteral("Dev"));
    QVERIFY(vm.selectedRssp().isEmpty());
    QCOMPARE(vm.rssps().size(), 0);
}

void TestViewModels::settingsInvalidValueShowsMessage()
{
    Fixture f;
    SettingsViewModel vm;
    vm.setContext(&f.context);
    vm.setRssp(QStringLiteral("Plain"), QStringLiteral("http://rssp.example"), QString(), QString());
    QVERIFY(!vm.save());
    QVERIFY(vm.errorMessage().contains(QStringLiteral("https://")));
    QVERIFY(vm.dirty());
    QVERIFY(!QFile::exists(f.context.settingsStore().userFile()));
    // Editing clears the message.
    vm.removeRssp(QStringLiteral("Plain"));
    QVERIFY(vm.errorMessage().isEmpty());
}

void TestViewModels::settingsLockedByPolicy()
{
    Fixture f;
    QFile policy(f.context.settingsStore().policyFile());
    QVERIFY(policy.open(QIODevice::WriteOnly));
    policy.write("[General]\nidleTimeoutMinutes=5\n");
    policy.close();
    SettingsViewModel vm;
    vm.setContext(&f.context);
    QVERIFY(vm.isLocked(QStringLiteral("idleTimeoutMinutes")));
    QVERIFY(!vm.isLocked(QStringLiteral("language")));
    QCOMPARE(vm.lockedKeys(), QStringList{QStringLiteral("idleTimeoutMinutes")});
    QCOMPARE(vm.idleTimeoutMinutes(), 5);
    vm.setIdleTimeoutMinutes(99);
    QVERIFY(vm.save());
    QCOMPARE(vm.idleTimeoutMinutes(), 5);
}

void TestViewModels::historyNewestFirstAndLimit()
{
    Fixture f;
    HistoryViewModel vm;
    vm.setContext(&f.context);
    QCOMPARE(vm.count(), 0);
    f.record(QStringLiteral("a.pdf"), QStringLiteral("ok"));
    f.record(QStringLiteral("b.pdf"), QStringLiteral("failed"));
    f.record(QStringLiteral("c.pdf"), QStringLiteral("ok"));
    QCOMPARE(vm.count(), 3);
    QCOMPARE(vm.data(vm.index(0), HistoryViewModel::DocumentRole).toString(), QStringLiteral("c.pdf"));
    QCOMPARE(vm.data(vm.index(1), HistoryViewModel::SucceededRole).toBool(), false);
    QCOMPARE(vm.data(vm.index(1), HistoryViewModel::ResultRole).toString(), QStringLiteral("Failed"));
    vm.setLimit(2);
    QCOMPARE(vm.count(), 2);
    QCOMPARE(vm.data(vm.index(1), HistoryViewModel::DocumentRole).toString(), QStringLiteral("b.pdf"));
    QVERIFY(vm.chainIntact());
    QVERIFY(vm.roleNames().values().contains("document"));
}

void TestViewModels::historyReportsTampering()
{
    Fixture f;
    f.record(QStringLiteral("a.pdf"), QStringLiteral("ok"));
    f.record(QStringLiteral("b.pdf"), QStringLiteral("ok"));
    QFile file(f.dir.filePath(QStringLiteral("h.jsonl")));
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray all = file.readAll();
    all.replace("b.pdf", "x.pdf");
    file.seek(0);
    file.write(all);
    file.close();
    HistoryViewModel vm;
    vm.setContext(&f.context);
    QVERIFY(!vm.chainIntact());
    QVERIFY(vm.chainStatus().contains(QStringLiteral("entry 2")));
}

void TestViewModels::historyExport()
{
    Fixture f;
    f.record(QStringLiteral("a.pdf"), QStringLiteral("ok"));
    HistoryViewModel vm;
    vm.setContext(&f.context);
    QVERIFY(vm.exportCsv(QUrl::fromLocalFile(f.dir.filePath(QStringLiteral("out.csv")))));
    QVERIFY(QFile::exists(f.dir.filePath(QStringLiteral("out.csv"))));
    QVERIFY(!vm.exportJson(QUrl::fromLocalFile(f.dir.filePath(QStringLiteral("missing/out.json")))));
    QVERIFY(!vm.errorMessage().isEmpty());
}

QTEST_GUILESS_MAIN(TestViewModels)
#include "tst_viewmodels.moc"
