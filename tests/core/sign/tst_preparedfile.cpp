// PreparedFile clean-up (issue #13): stale prepared files of a killed run are removed (only ours,
// by name pattern and age), SIGTERM/SIGINT remove the one being written, and a commit without
// overwrite never replaces a file that appeared meanwhile.
#include "sign/outputfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace sic;
using namespace sic::sign;

class TestPreparedFile : public QObject
{
    Q_OBJECT

    static void touch(const QString &path, const QDateTime &mtime)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
        f.close();
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(mtime, QFileDevice::FileModificationTime));
    }

    static QStringList prepared(const QString &dir)
    {
        return QDir(dir).entryList({QStringLiteral("*.sic-prepared")}, QDir::Files | QDir::Hidden);
    }

private slots:
    void staleFilesAreRemovedOnlyWhenOursAndOld()
    {
        QTemporaryDir dir;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString old = dir.filePath(QStringLiteral(".a-signed.pdf.0123456789abcdef.sic-prepared"));
        const QString fresh = dir.filePath(QStringLiteral(".b-signed.pdf.0123456789abcdef.sic-prepared"));
        const QString foreign = dir.filePath(QStringLiteral(".notes.sic-prepared"));
        touch(old, now.addSecs(-PreparedFile::kStaleAfterSeconds - 60));
        touch(fresh, now.addSecs(-30));
        touch(foreign, now.addDays(-3));
        QCOMPARE(PreparedFile::removeStale(dir.path(), now), 1);
        QVERIFY(!QFile::exists(old));
        QVERIFY(QFile::exists(fresh));   // another run may still be preparing it
        QVERIFY(QFile::exists(foreign)); // not our name pattern
    }

    void createRemovesStaleNextToTheOutput()
    {
        QTemporaryDir dir;
        const QString old = dir.filePath(QStringLiteral(".x-signed.pdf.00000000000000ff.sic-prepared"));
        touch(old, QDateTime::currentDateTimeUtc().addDays(-1));
        auto pf = PreparedFile::create(dir.filePath(QStringLiteral("y-signed.pdf")));
        QVERIFY(pf);
        QVERIFY(!QFile::exists(old));
        QCOMPARE(prepared(dir.path()).size(), 1);
        (*pf)->discard();
        QCOMPARE(prepared(dir.path()).size(), 0);
    }

    void sigtermRemovesTheFileBeingWritten_data()
    {
        QTest::addColumn<int>("sig");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }

    void sigtermRemovesTheFileBeingWritten()
    {
        QFETCH(int, sig);
        QTemporaryDir dir;
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            // The signal's default action is restored for the child, then a prepared file is made
            // and the process is killed by the signal while it exists.
            std::signal(sig, SIG_DFL);
            auto pf = PreparedFile::create(dir.filePath(QStringLiteral("z-signed.pdf")));
            if (!pf)
                _exit(3);
            (*pf)->file().write(QByteArray(1 << 20, 'x'));
            (*pf)->file().flush();
            ::kill(::getpid(), sig);
            ::sleep(5);
            _exit(4); // not reached: the handler re-raises with the default action
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFSIGNALED(status));
        QCOMPARE(WTERMSIG(status), sig);
        QCOMPARE(prepared(dir.path()), QStringList());
    }

    void commitNeverReplacesAFileThatAppeared()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("c-signed.pdf"));
        auto pf = PreparedFile::create(out);
        QVERIFY(pf);
        (*pf)->file().write("new");
        touch(out, QDateTime::currentDateTimeUtc()); // someone else's file, after the checks
        auto ok = (*pf)->commit(out, false);
        QVERIFY(!ok);
        QCOMPARE(ok.error().code, QStringLiteral("io.output_exists"));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("x"));
    }
};

QTEST_GUILESS_MAIN(TestPreparedFile)
#include "tst_preparedfile.moc"
