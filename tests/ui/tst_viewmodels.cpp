#include "appcontext.h"
#include "crypto/digest.h"
#include "documentsviewmodel.h"
#include "historyviewmodel.h"
#include "settingsviewmodel.h"

#include <QFile>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

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
    void settingsSystemTrust();
    void historyNewestFirstAndLimit();
    void historyReportsTampering();
    void historyExport();
    void documentsHashOffTheGuiThread();
    void documentsRefuseFoldersAndDuplicates();
    void documentsRemoveWhileHashing();
    void intakeFromThePlatform();
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

void TestViewModels::settingsSystemTrust()
{
    Fixture f;
    SettingsViewModel vm;
    vm.setContext(&f.context);
    QVERIFY(!vm.useSystemTrust()); // off unless asked
    QVERIFY(!vm.isLocked(QStringLiteral("useSystemTrust")));
    QSignalSpy edited(&vm, &SettingsViewModel::edited);
    QVERIFY(vm.setProperty("useSystemTrust", true)); // as QML writes it
    QCOMPARE(edited.count(), 1);
    QVERIFY(vm.dirty());
    QVERIFY(vm.save());
    QVERIFY(f.context.settingsStore().load().useSystemTrust);
    vm.setUseSystemTrust(false);
    vm.revert();
    QVERIFY(vm.property("useSystemTrust").toBool());

    // The administrator forbids it: shown locked with the policy's value, and saving keeps it.
    QFile policy(f.context.settingsStore().policyFile());
    QVERIFY(policy.open(QIODevice::WriteOnly));
    policy.write("[General]\nuseSystemTrust=false\n");
    policy.close();
    SettingsViewModel locked;
    locked.setContext(&f.context);
    QVERIFY(locked.isLocked(QStringLiteral("useSystemTrust")));
    QVERIFY(locked.lockedKeys().contains(QStringLiteral("useSystemTrust")));
    QVERIFY(!locked.useSystemTrust());
    locked.setUseSystemTrust(true);
    QVERIFY(locked.save());
    QVERIFY(!locked.useSystemTrust());
    QVERIFY(!f.context.settingsStore().load().useSystemTrust);
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

void TestViewModels::documentsHashOffTheGuiThread()
{
    QTemporaryDir dir;
    const QString small = dir.filePath(QStringLiteral("契約書.pdf"));
    const QString big = dir.filePath(QStringLiteral("big.xml"));
    QFile f(small);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("%PDF-1.7\n%%EOF\n");
    f.close();
    QFile g(big);
    QVERIFY(g.open(QIODevice::WriteOnly));
    QVERIFY(g.resize(48 << 20));
    g.close();

    DocumentsViewModel vm;
    QSignalSpy progress(&vm, &DocumentsViewModel::dataChanged);
    QCOMPARE(vm.addUrls({QUrl::fromLocalFile(small), QUrl::fromLocalFile(big)}), 2);
    QCOMPARE(vm.count(), 2);
    QCOMPARE(vm.data(vm.index(0), DocumentsViewModel::StateRole).toString(), QStringLiteral("hashing"));
    QVERIFY(!vm.allReady());
    QTRY_VERIFY_WITH_TIMEOUT(vm.allReady(), 30000);
    for (int row = 0; row < 2; ++row) {
        const QString path = vm.data(vm.index(row), DocumentsViewModel::PathRole).toString();
        const auto expected = digestFile(path, HashAlgorithm::Sha256);
        QCOMPARE(vm.data(vm.index(row), DocumentsViewModel::Sha256Role).toString(),
                 QString::fromLatin1(expected->toHex()));
    }
    QCOMPARE(vm.data(vm.index(0), DocumentsViewModel::KindRole).toString(), QStringLiteral("pdf"));
    QCOMPARE(vm.data(vm.index(0), DocumentsViewModel::TypeRole).toString(), QStringLiteral("PDF"));
    QCOMPARE(vm.data(vm.index(1), DocumentsViewModel::KindRole).toString(), QStringLiteral("xml"));
    QCOMPARE(vm.data(vm.index(1), DocumentsViewModel::BytesRole).toLongLong(), qint64(48 << 20));
    QVERIFY(vm.data(vm.index(0), DocumentsViewModel::Sha256ShortRole).toString().contains(QChar(0x2026)));
    QVERIFY(progress.count() >= 3); // progress of the big file, then both results
}

void TestViewModels::documentsRefuseFoldersAndDuplicates()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("a.xml"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("<a/>");
    f.close();
    DocumentsViewModel vm;
    QVERIFY(!vm.addPath(dir.path()));
    QVERIFY(vm.errorMessage().contains(QStringLiteral("folder")));
    QVERIFY(vm.addPath(file));
    QVERIFY(vm.errorMessage().isEmpty());
    QVERIFY(!vm.addPath(file));
    QVERIFY(vm.errorMessage().contains(QStringLiteral("already")));
    QVERIFY(!vm.addPath(dir.filePath(QStringLiteral("missing.pdf"))));
    QCOMPARE(vm.count(), 1);
    QCOMPARE(vm.paths(), QStringList{QFileInfo(file).canonicalFilePath()});
}

void TestViewModels::documentsRemoveWhileHashing()
{
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.bin"));
    QFile g(big);
    QVERIFY(g.open(QIODevice::WriteOnly));
    QVERIFY(g.resize(qint64(1) << 30));
    g.close();
    DocumentsViewModel vm;
    QVERIFY(vm.addPath(big));
    vm.remove(0);
    QCOMPARE(vm.count(), 0);
    QVERIFY(!vm.allReady());
    // The worker sees the cancel flag at its next buffer and its late result is dropped.
    QTRY_VERIFY_WITH_TIMEOUT(QThreadPool::globalInstance()->activeThreadCount() == 0, 30000);
    QCOMPARE(vm.count(), 0);
}

// "Open with" on macOS/iOS arrives as QFileOpenEvent; it lands in the same documents list.
void TestViewModels::intakeFromThePlatform()
{
    Fixture f;
    const QString file = f.dir.filePath(QStringLiteral("共有.pdf"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("%PDF-1.4\n");
    out.close();
    QFileOpenEvent event(QUrl::fromLocalFile(file));
    QVERIFY(f.context.eventFilter(&f.context, &event));
    QCOMPARE(f.context.documents()->count(), 1);
    QCOMPARE(f.context.intake({QUrl::fromLocalFile(f.dir.path())}), 0); // a folder is refused
    QCOMPARE(f.context.documents()->count(), 1);
}

QTEST_GUILESS_MAIN(TestViewModels)
#include "tst_viewmodels.moc"
