// End to end, the real app offscreen against the development RSSP: documents are added, previewed
// and confirmed, the user logs in (the test plays the system browser for the OAuth2 page), picks
// a credential, types PIN and TOTP, and signs; the result screen must show every item of guideline
// Appendix 3, and the output must verify with sic-cli (online revocation against the RSSP's own
// OCSP responder). Also a two-document batch with one authorization, the helpdesk Verify screen
// on a tampered file, and the progress step while the service takes its time (the dev RSSP's fault
// slow-sign): its rows, and cancelling there. Everything is driven through the QML controls
// (tests/ui/e2e/appdriver.h).
#include "appcontext.h"
#include "appdriver.h"
#include "cscintegration.h"
#include "devrssp.h"
#include "onlinepki.h"
#include "pdffixtures.h"
#include "screenscript.h"
#include "verifyviewmodel.h"

#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(SicPlugin)
Q_IMPORT_QML_PLUGIN(Sic_UiPlugin)

using namespace sic;
using namespace sic::ui;

namespace {

// Qt.openUrlExternally lands here instead of in a browser.
class BrowserHandler : public QObject
{
    Q_OBJECT
public:
    explicit BrowserHandler(TestBrowser &browser) : m_browser(browser) {}
    int opened = 0;
public slots:
    void openUrl(const QUrl &url)
    {
        ++opened;
        // Like a real browser: later, not inside the app's call.
        QTimer::singleShot(0, this, [this, url] { m_browser.browse(url); });
    }

private:
    TestBrowser &m_browser;
};

} // namespace

class TestEndToEnd : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addsFilesThroughTheFileDialog();
    void signsOnePdf();
    void signsABatchWithOneAuthorization();
    void signsWithAServiceThatReadsTheSpecDifferently();
    void verifyScreenFindsTampering();
    void showsProgressWhileTheServiceSigns();
    void cancelsWhileTheServiceSigns();

private:
    int sicCliVerify(const QString &file);
    // A PDF and an XML document, confirmed, signed with one authorization whose signHash answer the
    // dev RSSP holds back for `seconds`; returns once the progress step shows both being signed.
    bool startSlowBatch(int seconds, QStringList *inputs, QString *why);

    QTemporaryDir m_tmp;
    std::optional<OnlinePki> m_pki;
    DevRssp m_rssp;
    std::unique_ptr<TestBrowser> m_browser;
    std::unique_ptr<BrowserHandler> m_handler;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<AppDriver> m_app;
    QString m_signedPdf;
};

void TestEndToEnd::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QString error;
    m_pki = OnlinePki::make(m_tmp.filePath(QStringLiteral("pki")), &error);
    QVERIFY2(m_pki, qPrintable(error));
    DevRssp::Options options;
    options.pkiDir = m_pki->dir;
    options.pkiPort = m_pki->port;
    const DevRssp::Started started = m_rssp.start(m_tmp.filePath(QStringLiteral("rssp")), options);
    QVERIFY2(started.ok(), qPrintable(started.error));
    m_browser = std::make_unique<TestBrowser>(
        TestBrowser{m_rssp, m_rssp.pin(), [this] { return m_rssp.nextTotp(); }, QString(), QString(), 0});
    m_handler = std::make_unique<BrowserHandler>(*m_browser);
    QDesktopServices::setUrlHandler(QStringLiteral("https"), m_handler.get(), "openUrl");
}

void TestEndToEnd::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    SettingsStore store(m_dir->filePath(QStringLiteral("settings.ini")),
                        m_dir->filePath(QStringLiteral("policy.ini")));
    const AppSettings s =
        screens::devRsspSettings(store.load(), m_rssp, m_pki->dir + QStringLiteral("/trust/root.pem"), true);
    QVERIFY(store.save(s));
    // The real clock: the RSSP's certificates and time-stamps are made now.
    m_context = std::make_unique<AppContext>(store, m_dir->filePath(QStringLiteral("history.jsonl")),
                                             SystemClock::instance());
    m_app = std::make_unique<AppDriver>(*m_context);
    QString why;
    QVERIFY2(m_app->load(&why), qPrintable(why));
    m_app->resize(1280, 800);
}

void TestEndToEnd::cleanup()
{
    m_app.reset();
    m_context.reset();
    m_dir.reset();
    // One server for every test: a failed test must not leave its fault behind.
    QVERIFY(m_rssp.setFault(QStringLiteral("none")));
}

// "Add files" opens the file dialog (Qt's own here: offscreen has no native one); the user goes to
// the documents' folder, picks a PDF, then an XML; on Verify, picks a file and saves the PDF report
// through the Save dialog.
void TestEndToEnd::addsFilesThroughTheFileDialog()
{
    const QString folder = m_dir->filePath(QStringLiteral("docs"));
    QVERIFY(QDir().mkpath(folder));
    const QString pdf = folder + QStringLiteral("/contract.pdf");
    const QString xml = folder + QStringLiteral("/invoice.xml");
    QVERIFY(test::writeFile(pdf, test::miniPdf()));
    QVERIFY(test::writeFile(xml, "<?xml version=\"1.0\"?>\n<invoice><amount>110000</amount></invoice>\n"));

    QString why;
    QVERIFY2(m_app->click(m_app->findAccessible(QStringLiteral("Sign")), &why), qPrintable(why));
    for (const QString &file : {pdf, xml}) {
        QVERIFY2(m_app->click(QStringLiteral("documentsAddButton"), &why), qPrintable(why));
        QVERIFY2(m_app->pickInFileDialog(file, QStringLiteral("Add"), &why), qPrintable(why));
    }
    DocumentsViewModel *documents = m_context->documents();
    QTRY_COMPARE(documents->count(), 2);
    QCOMPARE(documents->data(documents->index(0), DocumentsViewModel::PathRole).toString(), pdf);
    QCOMPARE(documents->data(documents->index(1), DocumentsViewModel::PathRole).toString(), xml);
    // The next dialog opens where the files came from.
    QCOMPARE(m_context->fileFolder(), QUrl::fromLocalFile(folder));

    QVERIFY2(m_app->click(m_app->findAccessible(QStringLiteral("Verify")), &why), qPrintable(why));
    auto *verifier = m_app->window()->findChild<VerifyViewModel *>();
    QVERIFY(verifier);
    QVERIFY2(m_app->click(QStringLiteral("verifyAddButton"), &why), qPrintable(why));
    QVERIFY2(m_app->pickInFileDialog(pdf, QStringLiteral("Add"), &why), qPrintable(why));
    QTRY_COMPARE(verifier->count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(verifier->canExport(), 60000);
    const QString report = folder + QStringLiteral("/helpdesk-report.pdf");
    QVERIFY2(m_app->click(QStringLiteral("verifyExportButton"), &why), qPrintable(why));
    QVERIFY2(m_app->click(QStringLiteral("verifyExportPdf"), &why), qPrintable(why));
    QVERIFY2(m_app->pickInFileDialog(report, QStringLiteral("Save"), &why), qPrintable(why));
    QTRY_VERIFY(QFileInfo::exists(report));
    QVERIFY(test::readFile(report).startsWith("%PDF-"));
    // Saved, and the screen says where.
    QQuickItem *saved = m_app->find(QStringLiteral("verifySavedMessage"));
    QVERIFY(saved);
    QVERIFY2(saved->property("message").toString().contains(QLatin1String("helpdesk-report.pdf")),
             qPrintable(saved->property("message").toString()));
}

int TestEndToEnd::sicCliVerify(const QString &file)
{
    QProcess cli;
    cli.setProcessChannelMode(QProcess::ForwardedChannels);
    cli.start(qEnvironmentVariable("SIC_BUILD_DIR") + QStringLiteral("/app/sic-cli/sic-cli"),
              {QStringLiteral("verify"), file, QStringLiteral("--trust"),
               m_pki->dir + QStringLiteral("/trust/root.pem"), QStringLiteral("--online")});
    if (!cli.waitForFinished(120000))
        return -1;
    return cli.exitCode();
}

namespace {

QString textIn(QQuickItem *row, const char *name, const char *property = "text")
{
    const auto items = AppDriver::findIn(row, QString::fromLatin1(name));
    return items.isEmpty() ? QString() : items.constFirst()->property(property).toString();
}

// The dev RSSP's audit records of signHash calls it carried out.
qsizetype signRecords(const DevRssp &rssp)
{
    return test::readFile(rssp.auditLog()).count("\"type\":\"sign\"");
}

} // namespace

void TestEndToEnd::signsOnePdf()
{
    const QString pdf = m_dir->filePath(QStringLiteral("業務委託契約書.pdf"));
    QVERIFY(test::writeFile(pdf, test::miniPdf()));
    const QByteArray original = test::readFile(pdf);
    QString why;
    QVERIFY2(screens::addAndConfirm(*m_app, *m_context, {pdf}, &why), qPrintable(why));
    QVERIFY2(screens::signThroughTheScreens(*m_app, m_rssp, 1, screens::Login::Browser, &why),
             qPrintable(why + QStringLiteral(" (browser: ") + m_browser->lastError + u')'));
    QCOMPARE(m_handler->opened, 1);

    // Appendix 3, item by item, as the screen shows them.
    QQuickItem *row = m_app->findAll(QStringLiteral("resultRow")).constFirst();
    QCOMPARE(textIn(row, "resultStatus", "message"), QStringLiteral("Signed normally"));
    // The browser login does not tell the app the user's ID; the screen says so.
    QVERIFY2(textIn(row, "resultSignerId").contains(QLatin1String("browser")),
             qPrintable(textIn(row, "resultSignerId")));
    QCOMPARE(textIn(row, "resultTarget"), QStringLiteral("業務委託契約書.pdf"));
    const QString outputName = textIn(row, "resultOutput");
    QVERIFY2(outputName.endsWith(QLatin1String(".pdf")) && outputName != QLatin1String("業務委託契約書.pdf"),
             qPrintable(outputName));
    const QString output = m_dir->filePath(outputName);
    QVERIFY(QFile::exists(output));
    // Kept for the Verify screen test (each test has its own document folder).
    m_signedPdf = m_tmp.filePath(QStringLiteral("signed.pdf"));
    QFile::remove(m_signedPdf);
    QVERIFY(QFile::copy(output, m_signedPdf));
    const QString time = textIn(row, "resultSigningTime");
    QVERIFY2(time.contains(QLatin1String("time-stamp time")), qPrintable(time));
    QVERIFY2(time.contains(QString::number(QDate::currentDate().year())), qPrintable(time));
    QCOMPARE(textIn(row, "resultSigner"), QStringLiteral("Demo User"));
    QVERIFY(AppDriver::findIn(row, QStringLiteral("resultSubject")).isEmpty());
    QVERIFY(m_app->click(AppDriver::findIn(row, QStringLiteral("resultSubjectButton")).constFirst(), &why));
    QVERIFY2(textIn(row, "resultSubject").contains(QLatin1String("CN=Demo User")),
             qPrintable(textIn(row, "resultSubject")));
    const QString verdict = textIn(row, "resultVerdict", "message");
    QVERIFY2(verdict.startsWith(QLatin1String("Valid")), qPrintable(verdict));

    // The original is untouched; the output verifies with the CLI, online revocation included.
    QCOMPARE(test::readFile(pdf), original);
    QCOMPARE(sicCliVerify(m_signedPdf), 0);
    // And with Poppler, a verifier we did not write.
    QProcess pdfsig;
    pdfsig.start(QStringLiteral("pdfsig"), {QStringLiteral("-nocert"), m_signedPdf});
    QVERIFY(pdfsig.waitForFinished(60000));
    const QString pdfsigOut = QString::fromUtf8(pdfsig.readAllStandardOutput());
    QVERIFY2(pdfsigOut.contains(QLatin1String("Signature is Valid")), qPrintable(pdfsigOut));
}

void TestEndToEnd::signsABatchWithOneAuthorization()
{
    const QString pdf = m_dir->filePath(QStringLiteral("contract.pdf"));
    const QString xml = m_dir->filePath(QStringLiteral("請求書.xml"));
    QVERIFY(test::writeFile(pdf, test::miniPdf()));
    QVERIFY(test::writeFile(
        xml, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<請求書><金額>110000</金額></請求書>\n"));
    QString why;
    QVERIFY2(screens::addAndConfirm(*m_app, *m_context, {pdf, xml}, &why), qPrintable(why));
    QVERIFY2(screens::signThroughTheScreens(*m_app, m_rssp, 2, screens::Login::Password, &why),
             qPrintable(why));

    const auto rows = m_app->findAll(QStringLiteral("resultRow"));
    QCOMPARE(rows.size(), 2);
    QStringList targets;
    for (QQuickItem *row : rows) {
        QCOMPARE(textIn(row, "resultStatus", "message"), QStringLiteral("Signed normally"));
        QCOMPARE(textIn(row, "resultSignerId"), m_rssp.user());
        targets << textIn(row, "resultTarget");
        const QString verdict = textIn(row, "resultVerdict", "message");
        QVERIFY2(verdict.startsWith(QLatin1String("Valid")), qPrintable(verdict));
        const QString out = m_dir->filePath(textIn(row, "resultOutput"));
        QVERIFY2(QFile::exists(out), qPrintable(out));
        QCOMPARE(sicCliVerify(out), 0);
    }
    targets.sort();
    QCOMPARE(targets, (QStringList{QStringLiteral("contract.pdf"), QStringLiteral("請求書.xml")}));
    const QString summary = m_app->text(QStringLiteral("resultSummary"));
    QVERIFY2(summary.contains(u'2'), qPrintable(summary));
}

// The same batch through the screens, once, against the dev RSSP in provider variance modes
// (docs/devrssp.md): numbers only as strings, signHash spelt otherwise, one value per call. The
// client copes by detection, with one authorization.
void TestEndToEnd::signsWithAServiceThatReadsTheSpecDifferently()
{
    QVERIFY(m_rssp.setQuirks({QStringLiteral("numbers-as-strings"), QStringLiteral("method-spelling"),
                              QStringLiteral("one-hash-per-call")}));
    const auto clear = qScopeGuard([this] { m_rssp.setQuirks({}); });
    const qsizetype before = signRecords(m_rssp);
    const QString pdf = m_dir->filePath(QStringLiteral("variance.pdf"));
    const QString xml = m_dir->filePath(QStringLiteral("variance.xml"));
    QVERIFY(test::writeFile(pdf, test::miniPdf()));
    QVERIFY(test::writeFile(
        xml, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<invoice><total>1</total></invoice>\n"));
    QString why;
    QVERIFY2(screens::addAndConfirm(*m_app, *m_context, {pdf, xml}, &why), qPrintable(why));
    QVERIFY2(screens::signThroughTheScreens(*m_app, m_rssp, 2, screens::Login::Password, &why),
             qPrintable(why));
    const auto rows = m_app->findAll(QStringLiteral("resultRow"));
    QCOMPARE(rows.size(), 2);
    for (QQuickItem *row : rows) {
        QCOMPARE(textIn(row, "resultStatus", "message"), QStringLiteral("Signed normally"));
        QCOMPARE(sicCliVerify(m_dir->filePath(textIn(row, "resultOutput"))), 0);
    }
    QCOMPARE(signRecords(m_rssp), before + 2); // one signHash call per document
}

void TestEndToEnd::verifyScreenFindsTampering()
{
    // A document signed through the screens, then one byte of its signed content changed.
    if (m_signedPdf.isEmpty())
        QFAIL("signsOnePdf produced no signed PDF");
    QByteArray bytes = test::readFile(m_signedPdf);
    const qsizetype at = bytes.indexOf("Tj");
    QVERIFY(at > 0);
    bytes[at - 2] = bytes[at - 2] == 'x' ? 'y' : 'x';
    const QString tampered = m_dir->filePath(QStringLiteral("tampered.pdf"));
    QVERIFY(test::writeFile(tampered, bytes));

    QString why;
    QVERIFY2(m_app->click(m_app->findAccessible(QStringLiteral("Verify")), &why), qPrintable(why));
    auto *verifier = m_app->window()->findChild<VerifyViewModel *>();
    QVERIFY(verifier);
    // The same call as the page's drop area and file dialog.
    QCOMPARE(verifier->addUrls({QUrl::fromLocalFile(tampered), QUrl::fromLocalFile(m_signedPdf)}), 2);
    QVERIFY(AppDriver::waitFor(
        [this] { return m_app->findAll(QStringLiteral("signatureVerdict")).size() == 2; }, 120000));
    QStringList verdicts, reasons;
    for (QQuickItem *v : m_app->findAll(QStringLiteral("signatureVerdict")))
        verdicts << v->property("text").toString();
    for (QQuickItem *r : m_app->findAll(QStringLiteral("signatureReason")))
        reasons << r->property("text").toString();
    QCOMPARE(verdicts.size(), 2);
    QCOMPARE(verdicts.at(0), QStringLiteral("Invalid"));
    QVERIFY2(reasons.at(0).contains(QLatin1String("changed"), Qt::CaseInsensitive) ||
                 reasons.at(0).contains(QLatin1String("modified"), Qt::CaseInsensitive),
             qPrintable(reasons.at(0)));
    QCOMPARE(verdicts.at(1), QStringLiteral("Valid"));
    // The copyable ticket summary names the tampered file and its verdict.
    const QString summary = verifier->summaryText();
    QVERIFY(summary.contains(QLatin1String("tampered.pdf")));
    QVERIFY(summary.contains(QLatin1String("Invalid")));
}

bool TestEndToEnd::startSlowBatch(int seconds, QStringList *inputs, QString *why)
{
    const QString pdf = m_dir->filePath(QStringLiteral("contract.pdf"));
    const QString xml = m_dir->filePath(QStringLiteral("請求書.xml"));
    if (!test::writeFile(pdf, test::miniPdf()) ||
        !test::writeFile(xml,
                         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<請求書><金額>1</金額></請求書>\n"))
        return *why = QStringLiteral("could not write the documents"), false;
    *inputs = {pdf, xml};
    if (!m_rssp.setSlowSign(seconds))
        return *why = QStringLiteral("the dev RSSP refused the slow-sign fault"), false;
    const qsizetype signedBefore = signRecords(m_rssp);
    if (!screens::addAndConfirm(*m_app, *m_context, *inputs, why) ||
        !screens::authorizeThroughTheScreens(*m_app, m_rssp, 2, screens::Login::Password, why))
        return false;
    if (!AppDriver::waitFor([this] { return screens::signingInProgress(*m_app, 2); }, 30000))
        return *why = QStringLiteral("no progress step with both documents being signed"), false;
    // The service has made the signatures and holds its answer back: the signHash call is pending.
    if (!AppDriver::waitFor([&] { return signRecords(m_rssp) == signedBefore + 1; }, 30000))
        return *why = QStringLiteral("the dev RSSP did not sign"), false;
    return true;
}

void TestEndToEnd::showsProgressWhileTheServiceSigns()
{
    const int delay = 8;
    QElapsedTimer clock;
    clock.start();
    QStringList inputs;
    QString why;
    QVERIFY2(startSlowBatch(delay, &inputs, &why), qPrintable(why));

    // While the service holds the signatures back: one row per document, named, with its stage.
    QVERIFY(m_app->find(QStringLiteral("progressPage")));
    QVERIFY2(m_app->text(QStringLiteral("stepTitle")).contains(QLatin1String("Signing")),
             qPrintable(m_app->text(QStringLiteral("stepTitle"))));
    const auto rows = m_app->findAll(QStringLiteral("progressRow"));
    QCOMPARE(rows.size(), 2);
    QStringList names;
    for (QQuickItem *row : rows) {
        names << textIn(row, "progressName");
        QCOMPARE(textIn(row, "progressStage"), QStringLiteral("Being signed by the service"));
    }
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("contract.pdf"), QStringLiteral("請求書.xml")}));
    QCOMPARE(m_app->text(QStringLiteral("progressSummary")), QStringLiteral("0 of 2 documents finished"));
    QQuickItem *cancel = m_app->find(QStringLiteral("progressCancelButton"));
    QVERIFY(cancel);
    QVERIFY(cancel->isEnabled());
    QCOMPARE(cancel->property("text").toString(), QStringLiteral("Cancel"));
    // Still waiting for the answer: nothing is signed yet.
    QVERIFY(screens::signingInProgress(*m_app, 2));
    QVERIFY(m_app->findAll(QStringLiteral("resultRow")).isEmpty());

    // The late answer still signs both.
    QVERIFY(m_rssp.setFault(QStringLiteral("none")));
    QVERIFY2(screens::waitForResults(*m_app, 2, &why), qPrintable(why));
    QVERIFY2(clock.elapsed() >= delay * 1000, qPrintable(QString::number(clock.elapsed())));
    for (QQuickItem *row : m_app->findAll(QStringLiteral("resultRow"))) {
        QCOMPARE(textIn(row, "resultStatus", "message"), QStringLiteral("Signed normally"));
        QVERIFY(QFile::exists(m_dir->filePath(textIn(row, "resultOutput"))));
    }
}

void TestEndToEnd::cancelsWhileTheServiceSigns()
{
    const int delay = 6;
    // What may be in the folder afterwards: the app's own files, the documents, the history.
    QStringList allowed = QDir(m_dir->path()).entryList(QDir::Files);
    allowed << QStringLiteral("contract.pdf") << QStringLiteral("請求書.xml")
            << QStringLiteral("history.jsonl");
    auto unexpectedFiles = [&] {
        QStringList extra;
        for (const QString &f : QDir(m_dir->path()).entryList(QDir::Files))
            if (!allowed.contains(f))
                extra << f;
        return extra;
    };
    QStringList inputs;
    QString why;
    QVERIFY2(startSlowBatch(delay, &inputs, &why), qPrintable(why));
    QElapsedTimer clock;
    clock.start();
    QList<QByteArray> originals;
    for (const QString &in : std::as_const(inputs))
        originals << test::readFile(in);

    QVERIFY2(m_app->click(QStringLiteral("progressCancelButton"), &why), qPrintable(why));
    // The result screen at once, not when the answer would have come: every document "not signed",
    // because the signing was cancelled.
    QVERIFY(AppDriver::waitFor([this] { return m_app->findAll(QStringLiteral("resultRow")).size() == 2; },
                               30000));
    QVERIFY2(clock.elapsed() < delay * 1000, qPrintable(QString::number(clock.elapsed())));
    QQuickItem *summary = m_app->find(QStringLiteral("resultSummary"));
    QVERIFY(summary);
    QCOMPARE(summary->property("message").toString(),
             QStringLiteral("Signing failed: no document was signed."));
    for (QQuickItem *row : m_app->findAll(QStringLiteral("resultRow"))) {
        const QString status = textIn(row, "resultStatus", "message");
        QVERIFY2(status.startsWith(QLatin1String("Not signed")) &&
                     status.contains(QLatin1String("cancelled"), Qt::CaseInsensitive),
                 qPrintable(status));
        QVERIFY(textIn(row, "resultOutput").isEmpty());
    }
    // No output, not even a partial one; the documents as they were.
    QCOMPARE(unexpectedFiles(), QStringList());
    for (qsizetype i = 0; i < inputs.size(); ++i)
        QCOMPARE(test::readFile(inputs[i]), originals[i]);

    // The server's held-back answer finds the connection gone; the server carries on.
    QTest::qWait(int(std::max<qint64>(0, delay * 1000 + 500 - clock.elapsed())));
    QVERIFY(m_rssp.isRunning());
    QVERIFY(m_rssp.setFault(QStringLiteral("none")));
    QCOMPARE(m_app->findAll(QStringLiteral("resultRow")).size(), 2);
    QCOMPARE(unexpectedFiles(), QStringList());
}

QTEST_MAIN(TestEndToEnd)
#include "tst_e2e.moc"
