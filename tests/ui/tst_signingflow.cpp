#include "devrssp.h"
#include "pdffixtures.h"
#include "signingflow.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sic;
using namespace sic::ui;

// The signing flow as the screens drive it, against a real development RSSP: documents -> login ->
// credential -> options -> authorization (PIN + TOTP) -> progress -> result, and the errors a
// signer can meet on the way.
class TestSigningFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void signsAPdfAndAnXmlWithOneAuthorization();
    void wrongPinShowsAttemptsLeftThenSucceeds();
    void cancelDuringAuthorizationLeavesNoFile();
    void timestampFromTheSignatureService();
    void unusableFlowStepsAreRefused();

private:
    struct Env
    {
        QTemporaryDir dir;
        ManualClock clock{QDateTime::currentDateTimeUtc()};
        std::unique_ptr<AppContext> context;
    };
    std::unique_ptr<Env> makeEnv(const QString &level, bool separateTsa = true);
    void loginAndChoose(SigningFlow &flow, const QString &credential);

    QTemporaryDir m_dir;
    DevRssp m_rssp;
};

void TestSigningFlow::initTestCase()
{
    const auto started = m_rssp.start(m_dir.filePath(QStringLiteral("rssp")));
    QVERIFY2(started.ok(), qPrintable(started.error));
}

std::unique_ptr<TestSigningFlow::Env> TestSigningFlow::makeEnv(const QString &level, bool separateTsa)
{
    auto env = std::make_unique<Env>();
    SettingsStore store(env->dir.filePath(QStringLiteral("settings.ini")),
                        env->dir.filePath(QStringLiteral("none.ini")));
    AppSettings s;
    RsspProfile dev;
    dev.name = QStringLiteral("dev");
    dev.url = QUrl(m_rssp.cscV2());
    dev.caBundle = m_rssp.ready().value(QStringLiteral("ca_bundle")).toString();
    s.rssps = {dev};
    s.selectedRssp = dev.name;
    if (separateTsa)
        s.tsaUrl = QUrl(m_rssp.ready().value(QStringLiteral("tsa")).toString());
    s.trustAnchors = m_rssp.pkiDir() + QStringLiteral("/trust/root.pem");
    s.defaultLevel = level;
    if (!store.save(s))
        return nullptr;
    env->context =
        std::make_unique<AppContext>(store, env->dir.filePath(QStringLiteral("history.jsonl")), env->clock);
    return env;
}

void TestSigningFlow::loginAndChoose(SigningFlow &flow, const QString &credential)
{
    flow.proceedToLogin();
    QCOMPARE(flow.step(), SigningFlow::Login);
    flow.loginWithPassword(m_rssp.user(), m_rssp.password());
    QTRY_COMPARE_WITH_TIMEOUT(flow.step(), SigningFlow::Credential, 20000);
    QVERIFY(flow.loggedIn());
    QVERIFY(flow.credentials().size() >= 4);
    const auto creds = flow.credentials();
    const auto it = std::find_if(creds.begin(), creds.end(), [&](const QVariant &c) {
        return c.toMap().value(QStringLiteral("id")).toString() == credential;
    });
    QVERIFY(it != creds.end());
    QCOMPARE(it->toMap().value(QStringLiteral("level")).toInt(), 2);
    QVERIFY(flow.chooseCredential(credential));
    QCOMPARE(flow.step(), SigningFlow::Options);
}

void TestSigningFlow::signsAPdfAndAnXmlWithOneAuthorization()
{
    auto env = makeEnv(QStringLiteral("B-T"));
    QVERIFY(env);
    const QString pdf = env->dir.filePath(QStringLiteral("契約書.pdf"));
    const QString xml = env->dir.filePath(QStringLiteral("invoice.xml"));
    QVERIFY(test::writeFile(pdf, test::miniPdf()));
    QVERIFY(test::writeFile(xml, "<invoice><total>100</total></invoice>"));
    QCOMPARE(env->context->documents()->addUrls({QUrl::fromLocalFile(pdf), QUrl::fromLocalFile(xml)}), 2);
    QTRY_VERIFY(env->context->documents()->allReady());

    SigningFlow flow;
    flow.setContext(env->context.get());
    loginAndChoose(flow, QStringLiteral("cred-rsa2048-totp"));
    flow.setReason(QStringLiteral("承認"));
    flow.startSigning();
    QTRY_COMPARE_WITH_TIMEOUT(flow.step(), SigningFlow::Authorize, 20000);
    QCOMPARE(flow.factors(), (QStringList{QStringLiteral("pin"), QStringLiteral("totp")}));
    QCOMPARE(flow.signaturesToAuthorize(), 2);
    QCOMPARE(flow.authorizationCount(), 1);
    flow.submitFactors(m_rssp.pin(), m_rssp.nextTotp());
    QTRY_COMPARE_WITH_TIMEOUT(flow.step(), SigningFlow::Outcome, 30000);
    QVERIFY2(flow.errorMessage().isEmpty(), qPrintable(flow.errorMessage()));
    QCOMPARE(flow.results().size(), 2);
    QCOMPARE(flow.succeeded(), 2);
    for (const QVariant &v : flow.results()) {
        const QVariantMap r = v.toMap();
        QVERIFY2(r.value(QStringLiteral("ok")).toBool(),
                 qPrintable(r.value(QStringLiteral("error")).toString()));
        QVERIFY(QFile::exists(r.value(QStringLiteral("output")).toString()));
        QVERIFY(!r.value(QStringLiteral("signer")).toString().isEmpty());
        // Verified against the configured anchor. Nothing here can tell the revocation status yet
        // (no OCSP response is embedded and online checking is off), so "cannot be confirmed"
        // for exactly that reason is the honest best; anything invalid is a failure.
        const QString verdict = r.value(QStringLiteral("verdict")).toString();
        const QString why = r.value(QStringLiteral("verificationReason")).toString();
        QVERIFY2(verdict == QLatin1String("valid") || verdict == QLatin1String("valid-with-warnings") ||
                     (verdict == QLatin1String("cannot-be-confirmed") &&
                      why.contains(QStringLiteral("revocation"))),
                 qPrintable(verdict + u' ' + why));
        QCOMPARE(r.value(QStringLiteral("timeSource")).toString(), QStringLiteral("timestamp"));
        QCOMPARE(r.value(QStringLiteral("signerId")).toString(), m_rssp.user());
    }
    QCOMPARE(test::readFile(pdf), test::miniPdf()); // the original is untouched
    // The history records both, with the credential and no secret.
    const auto entries = env->context->history().entries();
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->first().credential, QStringLiteral("cred-rsa2048-totp"));
    const QByteArray journal = test::readFile(env->dir.filePath(QStringLiteral("history.jsonl")));
    QVERIFY(!journal.contains(m_rssp.pin().toUtf8()));
    QVERIFY(!journal.contains(m_rssp.password().toUtf8()));
}

void TestSigningFlow::wrongPinShowsAttemptsLeftThenSucceeds()
{
    auto env = makeEnv(QStringLiteral("B-B"));
    QVERIFY(env);
    const QString xml = env->dir.filePath(QStringLiteral("a.xml"));
    QVERIFY(test::writeFile(xml, "<a/>"));
    env->context->documents()->addPath(xml);
    QTRY_VERIFY(env->context->documents()->allReady());
    SigningFlow flow;
    flow.setContext(env->context.get());
    loginAndChoose(flow, QStringLiteral("cred-p384-totp"));
    flow.startSigning();
    QTRY_COMPARE_WITH_TIMEOUT(flow.step(), SigningFlow::Authorize, 20000);
    flow.submitFactors(QStringLiteral("000000"), m_rssp.nextTotp());
    QTRY_VERIFY_WITH_TIMEOUT(flow.step() == SigningFlow::Authorize && !flow.authorizationError().isEmpty(),
                             20000);
    QVERIFY(flow.attemptsLeft() > 0);
    flow.submitFactors(m_rssp.pin(), m_rssp.nextTotp());
    QTRY_COMPARE_WITH_TIMEOUT(flow.step(), SigningFlow::Outcome, 30000);
    QCOMPARE(flow.succeeded(), 1);
}

void TestSigningFlow::cancelDuringAuthorizationLeavesNoFile()
{
    auto env = makeEnv(QStringLiteral("B-B"));
    QVERIFY(env);
    const QString pdf = env->dir.filePath(QStringLiteral("c.pdf"));
    QVERIFY(test::writeFile(pdf, test::miniPdf()));
    env->context->documents()->addPath(pdf);
    QTRY_VERIFY(env->context->documents()->allReady());
    SigningFlow flow;
    flow.setContext(env->context.get());
    loginAndChoose(flow, QStringLiteral("cred-rsa2048-totp"));
    flow.startSigning();
    QTRY_COMPARE_WITH_TIMEOUT(flow.step(), SigningFlow::Authorize, 20000);
    flow.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(flow.step(), SigningFlow::Outcome, 20000);
    QCOMPARE(flow.succeeded(), 0);
    QCOMPARE(QDir(env->dir.path()).entryList({QStringLiteral("*.pdf")}, QDir::Files),
             QStringList{QStringLiteral("c.pdf")});
}

// No TSA in the settings: B-T takes its time-stamp from the RSSP's CSC signatures/timestamp.
void TestSigningFlow::timestampFromTheSignatureService()
{
    auto env = makeEnv(QStringLiteral("B-T"), false);
    QVERIFY(env);
    const QString xml = env->dir.filePath(QStringLiteral("t.xml"));
    QVERIFY(test::writeFile(xml, "<t/>"));
    env->context->documents()->addPath(xml);
    QTRY_VERIFY(env->context->documents()->allReady());
    SigningFlow flow;
    flow.setContext(env->context.get());
    loginAndChoose(flow, QStringLiteral("cred-rsa2048-totp"));
    flow.startSigning();
    QTRY_COMPARE_WITH_TIMEOUT(flow.step(), SigningFlow::Authorize, 20000);
    flow.submitFactors(m_rssp.pin(), m_rssp.nextTotp());
    QTRY_COMPARE_WITH_TIMEOUT(flow.step(), SigningFlow::Outcome, 30000);
    QCOMPARE(flow.succeeded(), 1);
    QCOMPARE(flow.results().first().toMap().value(QStringLiteral("timeSource")).toString(),
             QStringLiteral("timestamp"));
}

void TestSigningFlow::unusableFlowStepsAreRefused()
{
    auto env = makeEnv(QStringLiteral("B-B"));
    QVERIFY(env);
    SigningFlow flow;
    flow.setContext(env->context.get());
    flow.proceedToLogin(); // no documents yet
    QCOMPARE(flow.step(), SigningFlow::Documents);
    QCOMPARE(flow.errorCode(), QStringLiteral("flow.documents_not_ready"));

    flow.setService(QUrl(m_rssp.cscV2()), QString()); // the test root is not trusted this time
    const QString xml = env->dir.filePath(QStringLiteral("a.xml"));
    QVERIFY(test::writeFile(xml, "<a/>"));
    env->context->documents()->addPath(xml);
    QTRY_VERIFY(env->context->documents()->allReady());
    flow.proceedToLogin();
    flow.loginWithPassword(m_rssp.user(), m_rssp.password());
    QTRY_VERIFY_WITH_TIMEOUT(!flow.busy() && !flow.errorMessage().isEmpty(), 20000);
    QCOMPARE(flow.step(), SigningFlow::Login);
    QVERIFY(!flow.loggedIn());
}

QTEST_GUILESS_MAIN(TestSigningFlow)
#include "tst_signingflow.moc"
