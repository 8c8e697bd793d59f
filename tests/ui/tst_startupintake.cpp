// Files handed to the app at start-up (sic FILE..., sic --verify FILE..., the desktop entry's Sign
// and Verify actions; app/sic/main.cpp feeds them to the AppContext): the real window opens on the
// screen that deals with them, with the files already there.
#include "appcontext.h"
#include "appdriver.h"
#include "samplepdf.h"
#include "verifyviewmodel.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(SicPlugin)
Q_IMPORT_QML_PLUGIN(Sic_UiPlugin)

using namespace sic;
using namespace sic::ui;

class TestStartupIntake : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void noFilesOpensHome();
    void filesToSignOpenSign();
    void filesToVerifyOpenVerify();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<AppContext> m_context;
    QUrl m_pdf;
};

void TestStartupIntake::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC));
    m_context = std::make_unique<AppContext>(SettingsStore(m_dir->filePath(QStringLiteral("settings.ini")),
                                                           m_dir->filePath(QStringLiteral("policy.ini"))),
                                             m_dir->filePath(QStringLiteral("history.jsonl")), *m_clock);
    QFile f(m_dir->filePath(QStringLiteral("契約書.pdf")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(test::samplePdf({{QStringLiteral("page one")}}));
    m_pdf = QUrl::fromLocalFile(f.fileName());
}

void TestStartupIntake::cleanup()
{
    m_context.reset();
    m_clock.reset();
    m_dir.reset();
}

namespace {
// The file of the page the window shows (Main.qml's pages[currentPage].source).
QString pageShown(AppDriver &app)
{
    QObject *window = app.window();
    const QVariantList pages = window->property("pages").toList();
    const int index = window->property("currentPage").toInt();
    return pages.value(index).toMap().value(QStringLiteral("source")).toString();
}
} // namespace

void TestStartupIntake::noFilesOpensHome()
{
    AppDriver app(*m_context);
    QString why;
    QVERIFY2(app.load(&why), qPrintable(why));
    QCOMPARE(pageShown(app), QStringLiteral("pages/StartPage.qml"));
}

void TestStartupIntake::filesToSignOpenSign()
{
    QCOMPARE(m_context->intake({m_pdf}), 1);
    AppDriver app(*m_context);
    QString why;
    QVERIFY2(app.load(&why), qPrintable(why));
    QCOMPARE(pageShown(app), QStringLiteral("pages/SignPage.qml"));
    QCOMPARE(m_context->documents()->count(), 1);
    auto *verifier = app.window()->findChild<VerifyViewModel *>();
    QVERIFY(verifier);
    QCOMPARE(verifier->count(), 0);
}

void TestStartupIntake::filesToVerifyOpenVerify()
{
    m_context->intakeForVerify({m_pdf});
    AppDriver app(*m_context);
    QString why;
    QVERIFY2(app.load(&why), qPrintable(why));
    QCOMPARE(pageShown(app), QStringLiteral("pages/VerifyPage.qml"));
    auto *verifier = app.window()->findChild<VerifyViewModel *>();
    QVERIFY(verifier);
    QCOMPARE(verifier->count(), 1);
    // Not a document to sign, and taken once: a second window would not verify it again.
    QCOMPARE(m_context->documents()->count(), 0);
    QVERIFY(m_context->takeVerifyIntake().isEmpty());
    // The verification started; let it end before the window goes.
    QVERIFY(AppDriver::waitFor([&] { return !verifier->busy(); }, 30000));
}

QTEST_MAIN(TestStartupIntake)
#include "tst_startupintake.moc"
