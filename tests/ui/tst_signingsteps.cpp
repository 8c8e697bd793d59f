// The signing steps' view models without a network: every typed error of the CSC client lands on
// the right screen with its message, logout revokes the token, unusable credentials cannot be
// chosen, and the idle watcher counts user input. The service is a scripted fake transport over a
// key made at test time.
#include "confirmall.h"
#include "faketransport.h"
#include "signingflow.h"
#include "testkeys.h"

#include "crypto/ossl.h"

#include <openssl/cms.h>

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sic;
using namespace sic::csc;
using namespace sic::ui;

namespace {

QJsonObject credentialJson(const QString &id, const TestKey &key, const QString &keyStatus,
                           const QString &certStatus)
{
    QJsonArray objects{
        QJsonObject{{"type", "Password"}, {"id", "PIN"}, {"format", "N"}, {"label", "PIN"}},
        QJsonObject{
            {"type", "Password"}, {"id", "OTP"}, {"format", "N"}, {"label", "OTP"}, {"generator", "totp"}}};
    return QJsonObject{
        {"credentialID", id},
        {"key",
         QJsonObject{{"status", keyStatus}, {"algo", QJsonArray{"1.2.840.113549.1.1.11"}}, {"len", "2048"}}},
        {"cert", QJsonObject{{"status", certStatus},
                             {"certificates", QJsonArray{QString::fromLatin1(key.certDer.toBase64())}}}},
        {"auth", QJsonObject{{"mode", "explicit"}, {"expression", "PIN AND OTP"}, {"objects", objects}}},
        {"SCAL", "2"},
        {"multisign", "10"}};
}

HttpResponse cscError(int status, const QString &code, const QString &description)
{
    return FakeTransport::json(status, {{"error", code}, {"error_description", description}});
}

} // namespace

class TestSigningSteps : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void unconfirmedDocumentsStayInDocuments();
    void loginErrorsStayOnLogin_data();
    void loginErrorsStayOnLogin();
    void listErrors();
    void signingErrorsLandOnTheirScreen_data();
    void signingErrorsLandOnTheirScreen();
    void wrongFactorsAskAgainWithAttemptsLeft();
    void logoutRevokesTheToken();
    void unusableCredentialsCannotBeChosen();
    void credentialStates_data();
    void credentialStates();
    void idleWatcherCountsInput();
    void outOfBandCodeCountdown();

private:
    void serveHappyPath();
    void login();
    void toAuthorize();

    TestKey m_key;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<FakeTransport> m_fake;
    std::unique_ptr<SigningFlow> m_flow;
};

void TestSigningSteps::initTestCase()
{
    m_key = TestKey::make("RSA", "2048");
}

void TestSigningSteps::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    SettingsStore store(m_dir->filePath(QStringLiteral("settings.ini")),
                        m_dir->filePath(QStringLiteral("none.ini")));
    AppSettings s;
    RsspProfile p;
    p.name = QStringLiteral("fake");
    p.url = QUrl(QStringLiteral("https://rssp.example/csc/v2"));
    s.rssps = {p};
    s.selectedRssp = p.name;
    s.defaultLevel = QStringLiteral("B-B");
    QVERIFY(store.save(s));
    m_context =
        std::make_unique<AppContext>(store, m_dir->filePath(QStringLiteral("history.jsonl")), *m_clock);
    const QString xml = m_dir->filePath(QStringLiteral("doc.xml"));
    QFile f(xml);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("<doc>1</doc>");
    f.close();
    m_context->documents()->addPath(xml);
    QTRY_VERIFY(m_context->documents()->allReady());
    QVERIFY(confirmAll(m_context->documents()));
    m_fake = std::make_unique<FakeTransport>();
    m_flow = std::make_unique<SigningFlow>();
    m_flow->setContext(m_context.get());
    m_flow->setTransport(m_fake.get());
    serveHappyPath();
}

void TestSigningSteps::cleanup()
{
    m_flow.reset();
    m_fake.reset();
    m_context.reset();
}

void TestSigningSteps::serveHappyPath()
{
    m_fake->on("info", FakeTransport::json(200, {{"specs", "2.0.0.2"},
                                                 {"name", "Fake RSSP"},
                                                 {"authType", QJsonArray{"basic"}},
                                                 {"methods", QJsonArray{"auth/login", "auth/revoke"}}}));
    m_fake->on("auth/login", FakeTransport::json(200, {{"access_token", "AT-secret"}, {"expires_in", 600}}));
    m_fake->on("auth/revoke", FakeTransport::raw(204, {}));
    m_fake->on("credentials/list",
               FakeTransport::json(200, {{"credentialIDs", QJsonArray{"c1", "c2"}},
                                         {"credentialInfos",
                                          QJsonArray{credentialJson("c1", m_key, "enabled", "valid"),
                                                     credentialJson("c2", m_key, "disabled", "revoked")}}}));
    m_fake->on("credentials/authorize", FakeTransport::json(200, {{"SAD", "SAD-1"}, {"expiresIn", 300}}));
    m_fake->on("signatures/signHash", [this](const HttpRequest &r) -> Result<HttpResponse> {
        QJsonArray out;
        for (const QJsonValue &h : FakeTransport::bodyOf(r)["hashes"].toArray())
            out << QString::fromLatin1(m_key
                                           .sign({SignatureScheme::Kind::RsaPkcs1, HashAlgorithm::Sha256},
                                                 QByteArray::fromBase64(h.toString().toLatin1()))
                                           .toBase64());
        return FakeTransport::json(200, {{"signatures", out}});
    });
}

void TestSigningSteps::login()
{
    m_flow->proceedToLogin();
    QCOMPARE(m_flow->step(), SigningFlow::Login);
    m_flow->loginWithPassword(QStringLiteral("demo"), QStringLiteral("pw"));
    QTRY_COMPARE(m_flow->step(), SigningFlow::Credential);
}

void TestSigningSteps::toAuthorize()
{
    login();
    QVERIFY(m_flow->credentials()->choose(QStringLiteral("c1")));
    m_flow->startSigning();
    QTRY_COMPARE(m_flow->step(), SigningFlow::Authorize);
}

// What you see is what you sign: no login before every document was confirmed, and a document
// that changes on disk after its confirmation stops the signing before anything is authorized.
void TestSigningSteps::unconfirmedDocumentsStayInDocuments()
{
    m_context->documents()->withdrawConfirmation(0);
    m_flow->proceedToLogin();
    QCOMPARE(m_flow->step(), SigningFlow::Documents);
    QCOMPARE(m_flow->errorCode(), QStringLiteral("flow.documents_not_confirmed"));
    QVERIFY(m_context->documents()->confirm(0));

    login();
    QVERIFY(m_flow->credentials()->choose(QStringLiteral("c1")));
    QFile f(m_context->documents()->paths().constFirst());
    QVERIFY(f.open(QIODevice::Append));
    f.write("<!-- changed -->");
    f.close();
    QTRY_VERIFY(!m_context->documents()->allConfirmed());
    m_flow->startSigning();
    QCOMPARE(m_flow->step(), SigningFlow::Documents);
    QCOMPARE(m_flow->errorCode(), QStringLiteral("flow.documents_not_confirmed"));
    QCOMPARE(m_fake->methods.count(QStringLiteral("credentials/authorize")), 0);
}

void TestSigningSteps::loginErrorsStayOnLogin_data()
{
    QTest::addColumn<int>("kind");
    for (int k = int(CscErrorKind::WrongPin); k <= int(CscErrorKind::Unsupported); ++k)
        QTest::newRow(qPrintable(errorCode(CscErrorKind(k)))) << k;
}

// Whatever the login call fails with, the signer stays on the login screen and reads why.
void TestSigningSteps::loginErrorsStayOnLogin()
{
    QFETCH(int, kind);
    m_fake->onError("auth/login", CscErrorKind(kind));
    m_flow->proceedToLogin();
    m_flow->loginWithPassword(QStringLiteral("demo"), QStringLiteral("pw"));
    QTRY_VERIFY(!m_flow->busy());
    QCOMPARE(m_flow->step(), SigningFlow::Login);
    QCOMPARE(m_flow->errorCode(), errorCode(CscErrorKind(kind)));
    QCOMPARE(m_flow->errorMessage(), makeError(CscErrorKind(kind)).message);
    QVERIFY(!m_flow->loggedIn());
    QCOMPARE(m_flow->login()->sessionState(), QStringLiteral("signed-out"));
}

void TestSigningSteps::listErrors()
{
    // A token the service no longer accepts ends the session with the reason...
    m_fake->on("credentials/list", cscError(401, "invalid_token", "The access token expired."));
    m_flow->proceedToLogin();
    m_flow->loginWithPassword(QStringLiteral("demo"), QStringLiteral("pw"));
    QTRY_VERIFY(!m_flow->busy());
    QCOMPARE(m_flow->step(), SigningFlow::Login);
    QCOMPARE(m_flow->errorCode(), QStringLiteral("flow.session_ended"));
    QCOMPARE(m_flow->errorMessage(), makeError(CscErrorKind::SessionExpired).message);
    QVERIFY(!m_flow->loggedIn());
    // ...any other failure is shown where it happened.
    m_fake->onError("credentials/list", CscErrorKind::Timeout);
    m_flow->loginWithPassword(QStringLiteral("demo"), QStringLiteral("pw"));
    QTRY_VERIFY(!m_flow->busy());
    QCOMPARE(m_flow->step(), SigningFlow::Login);
    QCOMPARE(m_flow->errorCode(), errorCode(CscErrorKind::Timeout));
}

void TestSigningSteps::signingErrorsLandOnTheirScreen_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<int>("transportKind"); // -1: the HTTP answer below
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("stillLoggedIn");

    QTest::newRow("locked") << "credentials/authorize" << -1 << 400 << "invalid_request"
                            << "Credential locked"
                            << "csc.credential_locked" << true;
    QTest::newRow("sad expired") << "signatures/signHash" << -1 << 400 << "invalid_request"
                                 << "SAD expired"
                                 << "csc.sad_expired" << true;
    QTest::newRow("sad consumed") << "signatures/signHash" << -1 << 400 << "invalid_request"
                                  << "SAD is invalid or consumed"
                                  << "csc.sad_invalid" << true;
    QTest::newRow("hash not authorized") << "signatures/signHash" << -1 << 400 << "invalid_request"
                                         << "Hash is not authorized by the SAD."
                                         << "csc.hash_not_authorized" << true;
    QTest::newRow("too many") << "credentials/authorize" << -1 << 400 << "invalid_request"
                              << "numSignatures exceeds multisign"
                              << "csc.too_many_hashes" << true;
    QTest::newRow("service 500") << "signatures/signHash" << -1 << 500 << ""
                                 << ""
                                 << "csc.service_error" << true;
    QTest::newRow("token expired") << "signatures/signHash" << -1 << 401 << "invalid_token"
                                   << "expired"
                                   << "csc.session_expired" << false;
    for (CscErrorKind k : {CscErrorKind::TlsFailure, CscErrorKind::PinMismatch, CscErrorKind::NetworkFailure,
                           CscErrorKind::Timeout, CscErrorKind::MalformedResponse, CscErrorKind::Unsupported,
                           CscErrorKind::ServiceError})
        QTest::newRow(qPrintable(QStringLiteral("transport ") + errorCode(k)))
            << "signatures/signHash" << int(k) << 0 << ""
            << "" << errorCode(k) << true;
    QTest::newRow("swapped value") << "signatures/signHash" << -2 << 0 << ""
                                   << ""
                                   << "csc.signature_rejected" << true;
    QTest::newRow("cms value") << "signatures/signHash" << -3 << 0 << ""
                               << ""
                               << "csc.cms_instead_of_raw" << true;
}

// Errors after the authorization end the batch: the result screen shows the document as not
// signed with the error's sentence, and the header repeats it; an expired session also ends it.
void TestSigningSteps::signingErrorsLandOnTheirScreen()
{
    QFETCH(QString, method);
    QFETCH(int, transportKind);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QString, description);
    QFETCH(QString, code);
    QFETCH(bool, stillLoggedIn);
    if (transportKind >= 0) {
        m_fake->onError(method, CscErrorKind(transportKind));
    } else if (transportKind == -2) {
        m_fake->on(method, [this](const HttpRequest &) -> Result<HttpResponse> {
            const QByteArray other = digestBytes(HashAlgorithm::Sha256, "something else");
            return FakeTransport::json(
                200, {{"signatures",
                       QJsonArray{QString::fromLatin1(
                           m_key.sign({SignatureScheme::Kind::RsaPkcs1, HashAlgorithm::Sha256}, other)
                               .toBase64())}}});
        });
    } else if (transportKind == -3) {
        m_fake->on(method, [](const HttpRequest &) -> Result<HttpResponse> {
            // A CMS ContentInfo where a raw value belongs.
            ossl::Bio data = ossl::memBio(QByteArray(256, 'v'));
            ossl::Cms cms(CMS_data_create(data.get(), CMS_BINARY));
            const QByteArray der = ossl::toDer(cms.get(), i2d_CMS_ContentInfo);
            return FakeTransport::json(200,
                                       {{"signatures", QJsonArray{QString::fromLatin1(der.toBase64())}}});
        });
    } else {
        m_fake->on(method, error.isEmpty() ? FakeTransport::raw(status, "Internal Server Error")
                                           : cscError(status, error, description));
    }
    toAuthorize();
    m_flow->authorization()->submit(QStringLiteral("123456"), QStringLiteral("000000"));
    QTRY_COMPARE_WITH_TIMEOUT(m_flow->step(), SigningFlow::Outcome, 15000);
    const QVariantMap row = m_flow->result()->results().value(0).toMap();
    QVERIFY(!row.value(QStringLiteral("ok")).toBool());
    QCOMPARE(row.value(QStringLiteral("errorCode")).toString(), code);
    QVERIFY(!row.value(QStringLiteral("error")).toString().isEmpty());
    QCOMPARE(m_flow->result()->succeeded(), 0);
    QVERIFY(!m_flow->result()->summary().isEmpty());
    QCOMPARE(m_flow->loggedIn(), stillLoggedIn);
    QCOMPARE(m_flow->errorCode(), stillLoggedIn ? code : QStringLiteral("flow.session_ended"));
    QCOMPARE(m_flow->progress()->stage(0), QStringLiteral("failed"));
}

void TestSigningSteps::wrongFactorsAskAgainWithAttemptsLeft()
{
    int calls = 0;
    m_fake->on("credentials/authorize", [&calls](const HttpRequest &) -> Result<HttpResponse> {
        ++calls;
        if (calls == 1)
            return cscError(400, "invalid_authentication_data", "Invalid PIN. 4 attempts left");
        if (calls == 2)
            return cscError(400, "invalid_authentication_data", "Invalid OTP. 3 attempts left");
        return FakeTransport::json(200, {{"SAD", "SAD-1"}, {"expiresIn", 300}});
    });
    toAuthorize();
    QVERIFY(m_flow->authorization()->needsPin());
    QVERIFY(m_flow->authorization()->needsTotp());
    QCOMPARE(m_flow->authorization()->signaturesToAuthorize(), 1);
    m_flow->authorization()->submit(QStringLiteral("999999"), QStringLiteral("000000"));
    QTRY_COMPARE(m_flow->authorization()->errorCode(), QStringLiteral("csc.wrong_pin"));
    QCOMPARE(m_flow->step(), SigningFlow::Authorize);
    QCOMPARE(m_flow->authorization()->attemptsLeft(), 4);
    QVERIFY(!m_flow->authorization()->locked());
    m_flow->authorization()->submit(QStringLiteral("123456"), QStringLiteral("111111"));
    QTRY_COMPARE(m_flow->authorization()->errorCode(), QStringLiteral("csc.wrong_otp"));
    QCOMPARE(m_flow->authorization()->attemptsLeft(), 3);
    QCOMPARE(m_flow->step(), SigningFlow::Authorize);
    m_flow->authorization()->submit(QStringLiteral("123456"), QStringLiteral("222222"));
    QTRY_COMPARE_WITH_TIMEOUT(m_flow->step(), SigningFlow::Outcome, 15000);
    QCOMPARE(m_flow->result()->succeeded(), 1);
    // The PIN and OTP never reach the result, the history or the error texts.
    const QByteArray history = [&] {
        QFile f(m_dir->filePath(QStringLiteral("history.jsonl")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(!history.isEmpty());
    QVERIFY(!history.contains("123456"));
    QVERIFY(!history.contains("222222"));
}

void TestSigningSteps::logoutRevokesTheToken()
{
    login();
    QVERIFY(m_flow->loggedIn());
    QVERIFY(m_flow->sessionExpiry().isValid());
    QCOMPARE(m_clock->now().secsTo(m_flow->sessionExpiry()), 600);
    m_flow->logout();
    QVERIFY(!m_flow->loggedIn());
    QCOMPARE(m_flow->step(), SigningFlow::Login);
    QCOMPARE(m_flow->credentials()->count(), 0);
    QTRY_VERIFY(m_fake->methods.contains(QStringLiteral("auth/revoke")));
    const auto revoke =
        std::find_if(m_fake->requests.begin(), m_fake->requests.end(), [](const HttpRequest &r) {
            return FakeTransport::methodOf(r.url) == QLatin1String("auth/revoke");
        });
    QCOMPARE(FakeTransport::bodyOf(*revoke).value(QStringLiteral("token")).toString(),
             QStringLiteral("AT-secret"));
}

void TestSigningSteps::unusableCredentialsCannotBeChosen()
{
    login();
    const QVariantList list = m_flow->credentials()->credentials();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].toMap().value(QStringLiteral("state")).toString(), QStringLiteral("usable"));
    QCOMPARE(list[1].toMap().value(QStringLiteral("state")).toString(), QStringLiteral("revoked"));
    QVERIFY(!list[1].toMap().value(QStringLiteral("usable")).toBool());
    QCOMPARE(list[0].toMap().value(QStringLiteral("level")).toInt(), 2);
    QCOMPARE(list[0].toMap().value(QStringLiteral("factors")).toStringList(),
             (QStringList{QStringLiteral("pin"), QStringLiteral("totp")}));
    QVERIFY(!m_flow->credentials()->choose(QStringLiteral("c2")));
    QCOMPARE(m_flow->errorCode(), QStringLiteral("flow.credential_unusable"));
    QCOMPARE(m_flow->step(), SigningFlow::Credential);
    QVERIFY(m_flow->credentials()->choose(QStringLiteral("c1")));
    QCOMPARE(m_flow->step(), SigningFlow::Options);
}

void TestSigningSteps::credentialStates_data()
{
    QTest::addColumn<bool>("keyEnabled");
    QTest::addColumn<int>("certStatus");
    QTest::addColumn<int>("validFromDays"); // relative to now
    QTest::addColumn<int>("validToDays");
    QTest::addColumn<QString>("state");
    using S = Credential::CertStatus;
    QTest::newRow("usable") << true << int(S::Valid) << -1 << 30 << "usable";
    QTest::newRow("expired by status") << true << int(S::Expired) << -100 << -1 << "expired";
    QTest::newRow("expired by date") << true << int(S::Valid) << -100 << -1 << "expired";
    QTest::newRow("not yet valid") << true << int(S::Valid) << 2 << 30 << "not-yet-valid";
    QTest::newRow("revoked") << true << int(S::Revoked) << -1 << 30 << "revoked";
    QTest::newRow("suspended") << true << int(S::Suspended) << -1 << 30 << "suspended";
    QTest::newRow("disabled") << false << int(S::Valid) << -1 << 30 << "disabled";
    QTest::newRow("unknown") << true << int(S::Unknown) << -1 << 30 << "unknown-status";
}

void TestSigningSteps::credentialStates()
{
    QFETCH(bool, keyEnabled);
    QFETCH(int, certStatus);
    QFETCH(int, validFromDays);
    QFETCH(int, validToDays);
    QFETCH(QString, state);
    const QDateTime now = m_clock->now();
    Credential c;
    c.id = QStringLiteral("x");
    c.keyEnabled = keyEnabled;
    c.certStatus = Credential::CertStatus(certStatus);
    c.validFrom = now.addDays(validFromDays);
    c.validTo = now.addDays(validToDays);
    c.chain = {m_key.certDer};
    QCOMPARE(CredentialsViewModel::state(c, now), state);
    QVERIFY(!CredentialsViewModel::stateText(state).isEmpty());
    CredentialsViewModel &vm = *m_flow->credentials();
    vm.setCredentials({c}, now);
    QCOMPARE(vm.credentials().first().toMap().value(QStringLiteral("usable")).toBool(), state == "usable");
    QCOMPARE(vm.choose(QStringLiteral("x")), state == "usable");
}

void TestSigningSteps::idleWatcherCountsInput()
{
    ManualClock clock(QDateTime::currentDateTimeUtc());
    IdleWatcher watcher(clock);
    watcher.setTimeoutMinutes(2);
    watcher.setCheckInterval(5);
    QSignalSpy expired(&watcher, &IdleWatcher::expired);
    watcher.start();
    clock.advance(119);
    QTest::qWait(30);
    QCOMPARE(expired.size(), 0);
    QCOMPARE(watcher.remainingSeconds(), 1);
    for (QEvent::Type t : {QEvent::KeyPress, QEvent::MouseButtonPress, QEvent::Wheel, QEvent::TouchBegin}) {
        QObject target;
        QEvent e(t);
        QCoreApplication::sendEvent(&target, &e);
        QCOMPARE(watcher.idleSeconds(), 0);
        clock.advance(100);
    }
    QTest::qWait(30);
    QCOMPARE(expired.size(), 0);
    QObject target;
    QEvent paint(QEvent::UpdateRequest); // not user input
    QCoreApplication::sendEvent(&target, &paint);
    clock.advance(20);
    QTRY_COMPARE(expired.size(), 1);
    clock.advance(600);
    QTest::qWait(30);
    QCOMPARE(expired.size(), 1); // once
}

void TestSigningSteps::outOfBandCodeCountdown()
{
    AuthorizationViewModel vm(m_clock.get());
    QSignalSpy requested(&vm, &AuthorizationViewModel::requested);
    FactorRequest request;
    request.factors = {AuthFactor::Pin, AuthFactor::OtpOutOfBand};
    request.numSignatures = 3;
    std::optional<FactorAnswer> answer;
    vm.requestFactors(request, [&](FactorAnswer a) { answer = std::move(a); });
    QCOMPARE(requested.size(), 1);
    QVERIFY(vm.needsOob());
    QCOMPARE(vm.resendSeconds(), 0);
    vm.sendOtp();
    QVERIFY(answer);
    QCOMPARE(int(answer->action), int(FactorAnswer::Action::SendOtp));
    answer.reset();
    request.otpSent = true;
    vm.requestFactors(request, [&](FactorAnswer a) { answer = std::move(a); });
    QVERIFY(vm.otpSent());
    QCOMPARE(vm.resendSeconds(), AuthorizationViewModel::kResendAfterSeconds);
    vm.sendOtp(); // too early: ignored
    QVERIFY(!answer);
    m_clock->advance(AuthorizationViewModel::kResendAfterSeconds);
    QCOMPARE(vm.resendSeconds(), 0);
    vm.cancel();
    QVERIFY(answer);
    QCOMPARE(int(answer->action), int(FactorAnswer::Action::Cancel));
    QVERIFY(!vm.pending());
}

QTEST_GUILESS_MAIN(TestSigningSteps)
#include "tst_signingsteps.moc"
