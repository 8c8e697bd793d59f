#include "confirmall.h"
#include "csc/cscerror.h"
#include "csc/encoding.h"
#include "devrssp.h"
#include "onlinepki.h"
#include "pdffixtures.h"
#include "signingflow.h"
#include "verify/truststore.h"
#include "verify/verifier.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QSemaphore>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace sic;
using namespace sic::ui;

// A document to sign, written into the environment's folder under this name.
struct Document
{
    QString name;
    QByteArray content;
};

// What makeEnv writes into the settings besides the defaults, and the documents it adds.
struct EnvOptions
{
    bool separateTsa = true;
    DevRssp *rssp = nullptr; // default: the test's shared RSSP
    bool onlineRevocation = false;
    QStringList spkiPins = {}; // the profile's pins (Base64 SHA-256 of the server's key)
    QList<Document> documents;
};

// The signing flow as the screens drive it, against a real development RSSP: documents -> login ->
// credential -> options -> authorization (PIN + TOTP) -> progress -> result, and the errors a
// signer can meet on the way.
// Stands in for the desktop: records what QDesktopServices::openUrl was asked to open.
class UrlRecorder : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls << url; }
};

class TestSigningFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void signsAPdfAndAnXmlWithOneAuthorization();
    void wrongPinShowsAttemptsLeftThenSucceeds();
    void expiredOtpIsNotAWrongOne();
    void cancelDuringAuthorizationLeavesNoFile();
    void timestampFromTheSignatureService();
    void onlineRevocationConfirmsTheNewSignature();
    void unusableFlowStepsAreRefused();
    void authorizationIOfNWhenMultisignIsSmallerThanTheBatch();
    void wrongSpkiPinInTheSettingsStopsTheConnection();
    void sessionStateAndLogout();
    void idleTimeoutEndsTheSession();
    void idleTimeoutWaitsForTheBatch();
    void preparesOffTheGuiThread();

private:
    struct Env
    {
        QTemporaryDir dir;
        ManualClock clock{QDateTime::currentDateTimeUtc()};
        std::unique_ptr<AppContext> context;
    };
    std::unique_ptr<Env> makeEnv(const QString &level, EnvOptions options = {});
    void addDocuments(Env &env, const QList<Document> &documents);
    void loginAndChoose(SigningFlow &flow, const QString &credential, DevRssp *rssp = nullptr);
    void startUntilAuthorize(SigningFlow &flow, const QString &credential, DevRssp *rssp = nullptr);
    void authorizeUntilOutcome(SigningFlow &flow, DevRssp *rssp = nullptr);

    QTemporaryDir m_dir;
    DevRssp m_rssp;
};

void TestSigningFlow::initTestCase()
{
    const auto started = m_rssp.start(m_dir.filePath(QStringLiteral("rssp")));
    QVERIFY2(started.ok(), qPrintable(started.error));
}

std::unique_ptr<TestSigningFlow::Env> TestSigningFlow::makeEnv(const QString &level, EnvOptions options)
{
    const DevRssp &rssp = options.rssp ? *options.rssp : m_rssp;
    auto env = std::make_unique<Env>();
    SettingsStore store(env->dir.filePath(QStringLiteral("settings.ini")),
                        env->dir.filePath(QStringLiteral("none.ini")));
    AppSettings s;
    RsspProfile dev;
    dev.name = QStringLiteral("dev");
    dev.url = QUrl(rssp.cscV2());
    dev.caBundle = rssp.ready().value(QStringLiteral("ca_bundle")).toString();
    dev.spkiSha256 = options.spkiPins;
    s.rssps = {dev};
    s.selectedRssp = dev.name;
    if (options.separateTsa)
        s.tsaUrl = QUrl(rssp.ready().value(QStringLiteral("tsa")).toString());
    s.trustAnchors = rssp.pkiDir() + QStringLiteral("/trust/root.pem");
    s.defaultLevel = level;
    s.onlineRevocation = options.onlineRevocation;
    if (!store.save(s))
        return nullptr;
    env->context =
        std::make_unique<AppContext>(store, env->dir.filePath(QStringLiteral("history.jsonl")), env->clock);
    if (!options.documents.isEmpty()) {
        addDocuments(*env, options.documents);
        if (QTest::currentTestFailed())
            return nullptr;
    }
    return env;
}

// Writes the documents, adds them in one drop and confirms each, as a signer does on the documents
// screen.
void TestSigningFlow::addDocuments(Env &env, const QList<Document> &documents)
{
    QList<QUrl> urls;
    for (const Document &document : documents) {
        const QString path = env.dir.filePath(document.name);
        QVERIFY(test::writeFile(path, document.content));
        urls << QUrl::fromLocalFile(path);
    }
    QCOMPARE(env.context->documents()->addUrls(urls), urls.size());
    QTRY_VERIFY(env.context->documents()->allReady());
    QVERIFY(confirmAll(env.context->documents()));
}

void TestSigningFlow::loginAndChoose(SigningFlow &flow, const QString &credential, DevRssp *rssp)
{
    if (!rssp)
        rssp = &m_rssp;
    flow.proceedToLogin();
    QCOMPARE(flow.step(), SigningFlow::Login);
    flow.loginWithPassword(rssp->user(), rssp->password());
    QTRY_COMPARE_WITH_TIMEOUT(flow.step(), SigningFlow::Credential, 20000);
    QVERIFY(flow.loggedIn());
    QVERIFY(flow.credentials()->count() >= 4);
    const auto creds = flow.credentials()->credentials();
    const auto it = std::find_if(creds.begin(), creds.end(), [&](const QVariant &c) {
        return c.toMap().value(QStringLiteral("id")).toString() == credential;
    });
    QVERIFY(it != creds.end());
    // Keys of one person are told apart on their cards: the title names key and factors, and each
    // shows its certificate's serial number.
    QSet<QString> titles, serials;
    for (const QVariant &c : creds) {
        titles.insert(c.toMap().value(QStringLiteral("title")).toString());
        serials.insert(c.toMap().value(QStringLiteral("serial")).toString());
    }
    QCOMPARE(serials.size(), creds.size());
    QVERIFY2(titles.size() == creds.size(), qPrintable(QStringList(titles.begin(), titles.end()).join(u'|')));
    QCOMPARE(it->toMap().value(QStringLiteral("level")).toInt(), 2);
    QCOMPARE(it->toMap().value(QStringLiteral("state")).toString(), QStringLiteral("usable"));
    QVERIFY(!it->toMap().value(QStringLiteral("factors")).toStringList().isEmpty());
    QVERIFY(flow.credentials()->choose(credential));
    QCOMPARE(flow.step(), SigningFlow::Options);
}

// With the default options: logs in, chooses the credential and signs until the service asks for
// the authorization.
void TestSigningFlow::startUntilAuthorize(SigningFlow &flow, const QString &credential, DevRssp *rssp)
{
    loginAndChoose(flow, credential, rssp);
    if (QTest::currentTestFailed())
        return;
    flow.startSigning();
    QTRY_COMPARE_WITH_TIMEOUT(flow.step(), SigningFlow::Authorize, 20000);
}

// The right PIN and a fresh TOTP, then the batch runs to its outcome.
void TestSigningFlow::authorizeUntilOutcome(SigningFlow &flow, DevRssp *rssp)
{
    if (!rssp)
        rssp = &m_rssp;
    flow.authorization()->submit(rssp->pin(), rssp->nextTotp());
    QTRY_COMPARE_WITH_TIMEOUT(flow.step(), SigningFlow::Outcome, 30000);
}

void TestSigningFlow::signsAPdfAndAnXmlWithOneAuthorization()
{
    auto env =
        makeEnv(QStringLiteral("B-T"),
                {.documents = {{QStringLiteral("契約書.pdf"), test::miniPdf()},
                               {QStringLiteral("invoice.xml"), "<invoice><total>100</total></invoice>"}}});
    QVERIFY(env);
    const QString pdf = env->dir.filePath(QStringLiteral("契約書.pdf"));

    SigningFlow flow;
    flow.setContext(env->context.get());
    QStringList stagesOfFirst;
    connect(flow.progress(), &ProgressViewModel::stageReached, this, [&](int index, const QString &stage) {
        if (index == 0)
            stagesOfFirst << stage;
    });
    loginAndChoose(flow, QStringLiteral("cred-rsa2048-totp"));
    flow.options()->setReason(QStringLiteral("承認"));
    flow.startSigning();
    QTRY_COMPARE_WITH_TIMEOUT(flow.step(), SigningFlow::Authorize, 20000);
    QCOMPARE(flow.authorization()->factors(), (QStringList{QStringLiteral("pin"), QStringLiteral("totp")}));
    QCOMPARE(flow.authorization()->signaturesToAuthorize(), 2);
    QCOMPARE(flow.authorization()->authorizationCount(), 1);
    authorizeUntilOutcome(flow);
    QVERIFY2(flow.errorMessage().isEmpty(), qPrintable(flow.errorMessage()));
    QCOMPARE(flow.result()->results().size(), 2);
    QCOMPARE(flow.result()->succeeded(), 2);
    QVERIFY(flow.result()->allSucceeded());
    // Progress per document, in order: hashing, authorizing, signing, embedding, verifying, done.
    QCOMPARE(stagesOfFirst,
             (QStringList{QStringLiteral("hashing"), QStringLiteral("queued"), QStringLiteral("authorizing"),
                          QStringLiteral("signing"), QStringLiteral("embedding"), QStringLiteral("verifying"),
                          QStringLiteral("done")}));
    // The verification report opens as an HTML file.
    flow.result()->setReportFolder(env->dir.filePath(QStringLiteral("reports")));
    const QUrl report = flow.result()->reportUrl(0);
    QVERIFY(report.isLocalFile());
    QVERIFY(test::readFile(report.toLocalFile()).contains("<html"));
    QCOMPARE(flow.result()->outputUrl(0).toLocalFile(),
             flow.result()->results().first().toMap().value(QStringLiteral("output")).toString());
    // Open / show in folder / view report reach the desktop, and say so when they cannot.
    {
        UrlRecorder opened;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &opened, "open");
        QVERIFY(flow.result()->openOutput(0));
        QVERIFY(flow.result()->showFolder(0));
        QVERIFY(flow.result()->openReport(0));
        QCOMPARE(opened.urls,
                 (QList<QUrl>{flow.result()->outputUrl(0), flow.result()->folderUrl(0), report}));
        QVERIFY(flow.errorMessage().isEmpty());
        const QString output = flow.result()->outputUrl(0).toLocalFile();
        QVERIFY(QFile::rename(output, output + QStringLiteral(".moved")));
        QVERIFY(!flow.result()->openOutput(0));
        QCOMPARE(flow.errorCode(), QStringLiteral("ui.open_missing"));
        QVERIFY2(flow.errorMessage().contains(QFileInfo(output).fileName()), qPrintable(flow.errorMessage()));
        QVERIFY(QFile::rename(output + QStringLiteral(".moved"), output));
        QVERIFY(flow.result()->openOutput(0));
        QVERIFY(flow.errorMessage().isEmpty());
        QCOMPARE(opened.urls.size(), 4);
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    }
    for (const QVariant &v : flow.result()->results()) {
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
    auto env = makeEnv(QStringLiteral("B-B"), {.documents = {{QStringLiteral("a.xml"), "<a/>"}}});
    QVERIFY(env);
    SigningFlow flow;
    flow.setContext(env->context.get());
    startUntilAuthorize(flow, QStringLiteral("cred-p384-totp"));
    flow.authorization()->submit(QStringLiteral("000000"), m_rssp.nextTotp());
    QTRY_VERIFY_WITH_TIMEOUT(
        flow.step() == SigningFlow::Authorize && !flow.authorization()->error().isEmpty(), 20000);
    QVERIFY(flow.authorization()->attemptsLeft() > 0);
    authorizeUntilOutcome(flow);
    QCOMPARE(flow.result()->succeeded(), 1);
}

// Against the dev RSSP: a one-time password whose time is over is told apart from a wrong one (its
// own message, with the hint to wait for the next code) and spends none of the attempts that the
// PIN and the OTP share; a wrong one then does.
void TestSigningFlow::expiredOtpIsNotAWrongOne()
{
    auto env = makeEnv(QStringLiteral("B-B"), {.documents = {{QStringLiteral("e.xml"), "<e/>"}}});
    QVERIFY(env);
    SigningFlow flow;
    flow.setContext(env->context.get());
    startUntilAuthorize(flow, QStringLiteral("cred-rsa2048-totp"));
    // A code of three time steps ago (never used: the server clock moved on since the last one).
    QVERIFY(m_rssp.advanceClock(600));
    const QString expired = m_rssp.totpAt(m_rssp.serverNow().addSecs(-90));
    flow.authorization()->submit(m_rssp.pin(), expired);
    QTRY_VERIFY_WITH_TIMEOUT(
        flow.step() == SigningFlow::Authorize && !flow.authorization()->error().isEmpty(), 20000);
    QCOMPARE(flow.authorization()->errorCode(), QStringLiteral("csc.otp_expired"));
    // The service's count is passed on as it said it; the expired code itself spent none (below).
    const int before = flow.authorization()->attemptsLeft();
    QVERIFY2(before > 0, qPrintable(QString::number(before)));
    QCOMPARE(flow.authorization()->error(),
             csc::makeError(csc::CscErrorKind::OtpExpired, QString(), before).message);

    // A wrong code (one that is no code of the last minutes) spends an attempt.
    QStringList recent;
    for (int back = -2; back <= 25; ++back)
        recent << m_rssp.totpAt(m_rssp.serverNow().addSecs(-30 * back));
    QString wrong = QStringLiteral("000000");
    while (recent.contains(wrong))
        wrong = QStringLiteral("%1").arg(wrong.toInt() + 1, 6, 10, QLatin1Char('0'));
    flow.authorization()->submit(m_rssp.pin(), wrong);
    QTRY_VERIFY_WITH_TIMEOUT(flow.authorization()->errorCode() == QLatin1String("csc.wrong_otp"), 20000);
    QCOMPARE(flow.authorization()->attemptsLeft(), before - 1);
    QVERIFY(flow.authorization()->error() != csc::makeError(csc::CscErrorKind::OtpExpired).message);

    authorizeUntilOutcome(flow);
    QCOMPARE(flow.result()->succeeded(), 1);
}

void TestSigningFlow::cancelDuringAuthorizationLeavesNoFile()
{
    auto env = makeEnv(QStringLiteral("B-B"), {.documents = {{QStringLiteral("c.pdf"), test::miniPdf()}}});
    QVERIFY(env);
    SigningFlow flow;
    flow.setContext(env->context.get());
    startUntilAuthorize(flow, QStringLiteral("cred-rsa2048-totp"));
    flow.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(flow.step(), SigningFlow::Outcome, 20000);
    QCOMPARE(flow.result()->succeeded(), 0);
    QCOMPARE(QDir(env->dir.path()).entryList({QStringLiteral("*.pdf")}, QDir::Files),
             QStringList{QStringLiteral("c.pdf")});
}

// No TSA in the settings: B-T takes its time-stamp from the RSSP's CSC signatures/timestamp.
void TestSigningFlow::timestampFromTheSignatureService()
{
    auto env = makeEnv(QStringLiteral("B-T"),
                       {.separateTsa = false, .documents = {{QStringLiteral("t.xml"), "<t/>"}}});
    QVERIFY(env);
    SigningFlow flow;
    flow.setContext(env->context.get());
    startUntilAuthorize(flow, QStringLiteral("cred-rsa2048-totp"));
    authorizeUntilOutcome(flow);
    QCOMPARE(flow.result()->succeeded(), 1);
    QCOMPARE(flow.result()->results().first().toMap().value(QStringLiteral("timeSource")).toString(),
             QStringLiteral("timestamp"));
}

// Online revocation checking on in the settings: the result screen fetches the OCSP responses and
// CRLs that the certificates name (this PKI's URLs point at the RSSP's plain-HTTP port) and calls a
// signature made a moment ago valid, where offline it could only say "cannot be confirmed".
void TestSigningFlow::onlineRevocationConfirmsTheNewSignature()
{
    QString error;
    const std::optional<OnlinePki> pki =
        OnlinePki::make(m_dir.filePath(QStringLiteral("online-pki")), &error);
    QVERIFY2(pki, qPrintable(error));
    DevRssp rssp;
    const auto started = rssp.start(m_dir.filePath(QStringLiteral("rssp-online")),
                                    DevRssp::Options{.pkiDir = pki->dir, .pkiPort = pki->port});
    QVERIFY2(started.ok(), qPrintable(started.error));
    auto env = makeEnv(QStringLiteral("B-T"), {.rssp = &rssp,
                                               .onlineRevocation = true,
                                               .documents = {{QStringLiteral("online.pdf"), test::miniPdf()},
                                                             {QStringLiteral("online.xml"), "<online/>"}}});
    QVERIFY(env);
    SigningFlow flow;
    flow.setContext(env->context.get());
    startUntilAuthorize(flow, QStringLiteral("cred-rsa2048-totp"), &rssp);
    authorizeUntilOutcome(flow, &rssp);
    QCOMPARE(flow.result()->succeeded(), 2);
    // The rows are filled once the (online) verification of each output is back.
    // results() returns a copy: take one, so that begin() and end() belong to the same list.
    const auto noneVerifying = [&flow] {
        const QVariantList rows = flow.result()->results();
        return std::none_of(rows.begin(), rows.end(), [](const QVariant &v) {
            return v.toMap().value(QStringLiteral("verdict")) == QStringLiteral("pending");
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(noneVerifying(), 30000);
    verify::TrustStore trust;
    QVERIFY(trust.load(pki->dir + QStringLiteral("/trust/root.pem")));
    for (const QVariant &v : flow.result()->results()) {
        const QVariantMap r = v.toMap();
        // "valid" is TOTAL_PASSED without warnings.
        QVERIFY2(r.value(QStringLiteral("verdict")).toString() == QLatin1String("valid"),
                 qPrintable(r.value(QStringLiteral("name")).toString() + u' ' +
                            r.value(QStringLiteral("verdict")).toString() + u' ' +
                            r.value(QStringLiteral("verificationReason")).toString()));
        // The same output offline cannot be confirmed: the fetched data made the difference.
        verify::VerifyOptions offline;
        offline.context.trust = &trust;
        offline.context.clock = &env->clock;
        const verify::FileReport report =
            verify::verifyFile(r.value(QStringLiteral("output")).toString(), offline);
        QVERIFY(!report.signatures.isEmpty());
        QCOMPARE(report.signatures.last().indication, verify::Indication::Indeterminate);
    }
    // The report's header names what the check used: online checks on, the configured anchor,
    // even if the settings change afterwards.
    AppSettings later = env->context->settingsStore().load();
    later.onlineRevocation = false;
    later.trustAnchors.clear();
    QVERIFY(env->context->settingsStore().save(later));
    flow.result()->setReportFolder(env->dir.filePath(QStringLiteral("reports")));
    const QUrl reportUrl = flow.result()->reportUrl(0);
    QVERIFY(reportUrl.isLocalFile());
    const QString html = QString::fromUtf8(test::readFile(reportUrl.toLocalFile()));
    const auto header = [&html](const QString &label, const QString &value) {
        return html.contains(
            QStringLiteral("<tr><th>%1</th><td>%2").arg(label.toHtmlEscaped(), value.toHtmlEscaped()));
    };
    QVERIFY2(header(Tr::tr("Online checks"), Tr::tr("allowed")), qPrintable(html.left(3000)));
    QVERIFY2(header(Tr::tr("Trust anchor"), trust.anchors().value(0).subject), qPrintable(html.left(3000)));
    QVERIFY(!html.contains(Tr::tr("none configured").toHtmlEscaped()));
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
    addDocuments(*env, {{QStringLiteral("a.xml"), "<a/>"}});
    flow.proceedToLogin();
    flow.loginWithPassword(m_rssp.user(), m_rssp.password());
    QTRY_VERIFY_WITH_TIMEOUT(!flow.busy() && !flow.errorMessage().isEmpty(), 20000);
    QCOMPARE(flow.step(), SigningFlow::Login);
    QVERIFY(!flow.loggedIn());
}

// A credential whose multisign (2) is smaller than the batch (3 documents): the engine plans two
// authorizations, the prompter hears it before the first prompt, and each prompt says which it is.
void TestSigningFlow::authorizationIOfNWhenMultisignIsSmallerThanTheBatch()
{
    const QString cred = QStringLiteral("cred-multisign2");
    QCOMPARE(m_rssp.admin({QStringLiteral("credential"), QStringLiteral("add"), QStringLiteral("--user"),
                           m_rssp.user(), QStringLiteral("--id"), cred, QStringLiteral("--key"),
                           QStringLiteral("rsa2048"), QStringLiteral("--multisign"), QStringLiteral("2")}),
             0);
    auto env = makeEnv(QStringLiteral("B-B"), {.documents = {{QStringLiteral("m1.xml"), "<a/>"},
                                                             {QStringLiteral("m2.xml"), "<b/>"},
                                                             {QStringLiteral("m3.pdf"), test::miniPdf()}}});
    QVERIFY(env);
    SigningFlow flow;
    flow.setContext(env->context.get());
    QSignalSpy planned(&flow, &SigningFlow::authorizationsPlanned);
    startUntilAuthorize(flow, cred);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(planned.size(), 1);
    QCOMPARE(planned.first().value(0).toInt(), 2);
    QCOMPARE(planned.first().value(1).toInt(), 3);
    QCOMPARE(flow.authorization()->authorizationIndex(), 1);
    QCOMPARE(flow.authorization()->authorizationCount(), 2);
    flow.authorization()->submit(m_rssp.pin(), m_rssp.nextTotp());
    QTRY_VERIFY_WITH_TIMEOUT(
        flow.step() == SigningFlow::Authorize && flow.authorization()->authorizationIndex() == 2, 30000);
    QCOMPARE(flow.authorization()->authorizationCount(), 2);
    flow.authorization()->submit(m_rssp.pin(), m_rssp.nextTotp());
    QTRY_COMPARE_WITH_TIMEOUT(flow.step(), SigningFlow::Outcome, 30000);
    QCOMPARE(flow.result()->succeeded(), 3);
}

// The pins an administrator puts in the profile bind the GUI as they bind sic-cli: the connection
// stops at the TLS handshake, before the password leaves; the right pin lets it through.
void TestSigningFlow::wrongSpkiPinInTheSettingsStopsTheConnection()
{
    const QByteArray wrong = digestBytes(HashAlgorithm::Sha256, "some other key");
    auto env = makeEnv(QStringLiteral("B-B"), {.spkiPins = {QString::fromLatin1(wrong.toBase64())},
                                               .documents = {{QStringLiteral("a.xml"), "<a/>"}}});
    QVERIFY(env);
    SigningFlow flow;
    flow.setContext(env->context.get());
    flow.proceedToLogin();
    QCOMPARE(flow.step(), SigningFlow::Login);
    flow.loginWithPassword(m_rssp.user(), m_rssp.password());
    QTRY_VERIFY_WITH_TIMEOUT(!flow.busy(), 20000);
    QCOMPARE(flow.errorCode(), QStringLiteral("csc.pin_mismatch"));
    QVERIFY(!flow.loggedIn());
    QCOMPARE(flow.step(), SigningFlow::Login);

    QFile pem(m_rssp.pkiDir() + QStringLiteral("/tls/server.pem"));
    QVERIFY(pem.open(QIODevice::ReadOnly));
    const auto certs = QSslCertificate::fromData(pem.readAll(), QSsl::Pem);
    QVERIFY(!certs.isEmpty());
    auto right =
        makeEnv(QStringLiteral("B-B"),
                {.spkiPins = {QString::fromLatin1(csc::spkiSha256(certs.first().toDer()).toBase64())},
                 .documents = {{QStringLiteral("a.xml"), "<a/>"}}});
    QVERIFY(right);
    SigningFlow pinned;
    pinned.setContext(right->context.get());
    pinned.proceedToLogin();
    pinned.loginWithPassword(m_rssp.user(), m_rssp.password());
    QTRY_COMPARE_WITH_TIMEOUT(pinned.step(), SigningFlow::Credential, 20000);
    QVERIFY(pinned.loggedIn());
}

void TestSigningFlow::sessionStateAndLogout()
{
    auto env = makeEnv(QStringLiteral("B-B"), {.documents = {{QStringLiteral("s.xml"), "<s/>"}}});
    QVERIFY(env);
    SigningFlow flow;
    flow.setContext(env->context.get());
    QCOMPARE(flow.login()->sessionState(), QStringLiteral("signed-out"));
    loginAndChoose(flow, QStringLiteral("cred-rsa2048-totp"));
    // The session's state and the access token's expiry (expires_in from the service).
    QCOMPARE(flow.login()->sessionState(), QStringLiteral("signed-in"));
    QCOMPARE(flow.login()->userId(), m_rssp.user());
    QVERIFY(flow.sessionExpiry().isValid());
    QVERIFY(flow.sessionExpiry() > env->clock.now());
    QVERIFY(!flow.login()->expiresAt().isEmpty());
    QVERIFY(flow.login()->sessionText().contains(m_rssp.user()));
    QVERIFY(flow.idleWatcher()->isRunning());

    flow.logout();
    QVERIFY(!flow.loggedIn());
    QCOMPARE(flow.step(), SigningFlow::Login);
    QCOMPARE(flow.credentials()->count(), 0);
    QVERIFY(flow.errorMessage().isEmpty()); // the user asked: no alarm
    QVERIFY(flow.login()->endedReason().isEmpty());
    QVERIFY(!flow.idleWatcher()->isRunning());
    // A new session works after the old one was revoked.
    flow.loginWithPassword(m_rssp.user(), m_rssp.password());
    QTRY_COMPARE_WITH_TIMEOUT(flow.step(), SigningFlow::Credential, 20000);
    QVERIFY(flow.loggedIn());
}

void TestSigningFlow::idleTimeoutEndsTheSession()
{
    auto env = makeEnv(QStringLiteral("B-B"), {.documents = {{QStringLiteral("i.xml"), "<i/>"}}});
    QVERIFY(env);
    SigningFlow flow;
    flow.setContext(env->context.get());
    const int minutes = flow.idleTimeoutMinutes();
    QVERIFY(minutes > 0);
    flow.idleWatcher()->setCheckInterval(10);
    QSignalSpy ended(&flow, &SigningFlow::sessionEnded);
    loginAndChoose(flow, QStringLiteral("cred-rsa2048-totp"));

    env->clock.advance(qint64(minutes - 1) * 60);
    QTest::qWait(50); // the timer checks; not idle long enough yet
    QVERIFY(flow.loggedIn());
    // User input (a key press through the application's event filter) resets the count.
    QObject target;
    QEvent key(QEvent::KeyPress);
    QCoreApplication::sendEvent(&target, &key);
    env->clock.advance(2 * 60);
    QTest::qWait(50);
    QVERIFY2(flow.loggedIn(), "input must reset the idle time");
    QCOMPARE(ended.size(), 0);

    env->clock.advance(qint64(minutes) * 60);
    QTRY_VERIFY(!flow.loggedIn());
    QCOMPARE(flow.step(), SigningFlow::Login);
    QCOMPARE(flow.errorCode(), QStringLiteral("flow.session_ended"));
    QVERIFY(!flow.login()->endedReason().isEmpty());
    QCOMPARE(ended.size(), 1);
    QCOMPARE(flow.credentials()->count(), 0);
}

void TestSigningFlow::idleTimeoutWaitsForTheBatch()
{
    auto env = makeEnv(QStringLiteral("B-B"), {.documents = {{QStringLiteral("w.pdf"), test::miniPdf()}}});
    QVERIFY(env);
    SigningFlow flow;
    flow.setContext(env->context.get());
    flow.idleWatcher()->setCheckInterval(10);
    QSemaphore gate;
    flow.setPrepareHook([&gate](int) { gate.acquire(); });
    loginAndChoose(flow, QStringLiteral("cred-rsa2048-totp"));
    flow.startSigning();
    QCOMPARE(flow.step(), SigningFlow::Progress);
    QTRY_COMPARE(flow.progress()->stage(0), QStringLiteral("hashing"));

    env->clock.advance(qint64(flow.idleTimeoutMinutes() + 1) * 60);
    QTest::qWait(100);
    QVERIFY2(flow.loggedIn(), "the session must not end in the middle of signing");
    QCOMPARE(flow.step(), SigningFlow::Progress);

    gate.release();
    // The batch ends (nobody is there to authorize), then the session.
    QTRY_VERIFY_WITH_TIMEOUT(!flow.loggedIn(), 20000);
    QCOMPARE(flow.step(), SigningFlow::Outcome);
    QCOMPARE(flow.errorCode(), QStringLiteral("flow.session_ended"));
    QCOMPARE(flow.result()->succeeded(), 0);
    QCOMPARE(QDir(env->dir.path()).entryList({QStringLiteral("*.pdf")}, QDir::Files),
             QStringList{QStringLiteral("w.pdf")});
}

void TestSigningFlow::preparesOffTheGuiThread()
{
    auto env = makeEnv(QStringLiteral("B-B"), {.documents = {{QStringLiteral("g.pdf"), test::miniPdf()}}});
    QVERIFY(env);
    SigningFlow flow;
    flow.setContext(env->context.get());
    std::atomic<QThread *> preparedOn = nullptr;
    // A slow preparation (standing in for a 512 MiB PDF): the GUI thread must keep ticking.
    flow.setPrepareHook([&preparedOn](int) {
        preparedOn = QThread::currentThread();
        QThread::msleep(400);
    });
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    loginAndChoose(flow, QStringLiteral("cred-rsa2048-totp"));
    ticker.start();
    flow.startSigning();
    QTRY_COMPARE_WITH_TIMEOUT(flow.step(), SigningFlow::Authorize, 20000);
    ticker.stop();
    QVERIFY(preparedOn.load() != nullptr);
    QVERIFY(preparedOn.load() != QThread::currentThread());
    QVERIFY2(ticks >= 10, qPrintable(QStringLiteral("only %1 ticks during a 400 ms preparation").arg(ticks)));
    authorizeUntilOutcome(flow);
    QCOMPARE(flow.result()->succeeded(), 1);
}

QTEST_GUILESS_MAIN(TestSigningFlow)
#include "tst_signingflow.moc"
