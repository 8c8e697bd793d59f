// CscClient and CscHashSigner against a scripted transport: version fallback, tolerant parsing,
// typed errors from every layer, the authorization dialogue, value checking, and the OAuth2
// loopback + PKCE flow (the test acts as the browser).
#include "crypto/ecdsa.h"
#include "csc/cscclient.h"
#include "csc/cschashsigner.h"
#include "csc/encoding.h"
#include "csc/pkce.h"
#include "csc/signaturecheck.h"
#include "faketransport.h"
#include "testkeys.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace sic;
using namespace sic::csc;

#include "fakerssp.h"

using namespace fakerssp;

class TstCscClient : public QObject
{
    Q_OBJECT
private slots:
    void fallsBackToV1WhenV2IsMissing()
    {
        FakeTransport t;
        t.on("info", [](const HttpRequest &r) -> Result<HttpResponse> {
            if (r.url.path().contains("/csc/v2/"))
                return FakeTransport::raw(404, "Not Found");
            return FakeTransport::json(
                200, {{"specs", "1.0.4.0"}, {"name", "old"}, {"oauth2", "https://as.example/"}});
        });
        CscClient client(t, QUrl("https://rssp.example:8443/"));
        Waiter<ServiceInfo> w;
        client.connectService(w.cb());
        QVERIFY(w.wait());
        QVERIFY2(*w.result, why(*w.result).constData());
        QCOMPARE(w.v().apiVersion, 1);
        QCOMPARE(w.v().cscBase.path(), QStringLiteral("/csc/v1"));
        QCOMPARE(t.methods, QStringList({"info", "info"}));
        QCOMPARE(w.v().tokenUrl().toString(), QStringLiteral("https://as.example/oauth2/token"));
    }
    void versionFromSpecsAndSpellings()
    {
        FakeTransport t;
        t.on("info", FakeTransport::json(200, {{"specs", "2.0.0.2"},
                                               {"conformanceLevels", QJsonArray{"Ades-B-T"}},
                                               {"signAlgorithms",
                                                QJsonObject{{"algos", QJsonArray{"1.2.840.10045.4.3.2"}}}}}));
        CscClient client(t, QUrl("https://rssp.example/csc/v2/"));
        Waiter<ServiceInfo> w;
        client.connectService(w.cb());
        QVERIFY(w.wait() && *w.result);
        QCOMPARE(w.v().apiVersion, 2);
        QCOMPARE(w.v().conformanceLevels, QStringList{"Ades-B-T"});
        QCOMPARE(w.v().signAlgorithms, QStringList{"1.2.840.10045.4.3.2"});
        QCOMPARE(t.methods.size(), 1);
    }

    // Transport failures and HTTP answers reach the caller as typed errors.
    void errorsThroughTransport_data()
    {
        QTest::addColumn<int>("transportError"); // -1: use the HTTP answer
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("timeout") << int(CscErrorKind::Timeout) << 0 << QByteArray() << "csc.timeout";
        QTest::newRow("tls") << int(CscErrorKind::TlsFailure) << 0 << QByteArray() << "csc.tls_failure";
        QTest::newRow("pin") << int(CscErrorKind::PinMismatch) << 0 << QByteArray() << "csc.pin_mismatch";
        QTest::newRow("network") << int(CscErrorKind::NetworkFailure) << 0 << QByteArray()
                                 << "csc.network_failure";
        QTest::newRow("401 text") << -1 << 401 << QByteArray("Unauthorized") << "csc.login_failed";
        QTest::newRow("500") << -1 << 500 << QByteArray("{\"error\":\"server_error\"}")
                             << "csc.service_error";
        QTest::newRow("200 not json") << -1 << 200 << QByteArray("<html>") << "csc.malformed_response";
        QTest::newRow("200 no token") << -1 << 200 << QByteArray("{}") << "csc.malformed_response";
    }
    void errorsThroughTransport()
    {
        QFETCH(int, transportError);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        FakeTransport t;
        t.on("info", FakeTransport::json(200, {{"specs", "2.0.0.2"}}));
        if (transportError >= 0)
            t.onError("auth/login", CscErrorKind(transportError));
        else
            t.on("auth/login", FakeTransport::raw(status, body));
        CscClient client(t, QUrl("https://rssp.example/csc/v2"));
        Waiter<ServiceInfo> info;
        client.connectService(info.cb());
        QVERIFY(info.wait() && *info.result);
        Waiter<void> login;
        client.loginBasic("demo", "secret-password", login.cb());
        QVERIFY(login.wait());
        QVERIFY(!*login.result);
        QCOMPARE(login.result->error().code, code);
        QVERIFY(!login.result->error().detail.contains("secret-password"));
        // The login itself is never retried.
        QCOMPARE(t.methods.count("auth/login"), 1);
        // Basic auth carries the credentials; the access token stays out of the request log.
        QCOMPARE(t.requests.back().authorization, "Basic " + QByteArray("demo:secret-password").toBase64());
    }

    void credentialParsing()
    {
        FakeRssp rssp("EC", "P-256", 7, "oob");
        CscClient client(rssp.transport, QUrl("https://x/csc/v2"));
        auto c = connectAndLoad(client);
        QVERIFY2(c, why(c).constData());
        QCOMPARE(c->multisign, 7);
        QCOMPARE(c->scal, 2);
        QCOMPARE(c->keyAlgorithm, Credential::KeyAlgorithm::Ec);
        QCOMPARE(c->curve, QStringLiteral("P-256"));
        QCOMPARE(c->subjectCn, QStringLiteral("Test Signer"));
        QCOMPARE(c->serialHex, QStringLiteral("1267")); // 4711
        QCOMPARE(c->factors, (QList<AuthFactor>{AuthFactor::Pin, AuthFactor::OtpOutOfBand}));
        QCOMPARE(c->keyAuthorizationLevel(), 2);
        QVERIFY(c->usable());
        // Bearer token from login on later calls.
        QCOMPARE(rssp.transport.requests.back().authorization, QByteArray("Bearer AT-secret"));
    }
    void credentialV1Parsing()
    {
        const TestKey k = TestKey::make("RSA", "2048");
        const QJsonObject v1{
            {"key", QJsonObject{{"status", "disabled"},
                                {"algo", QJsonArray{"1.2.840.113549.1.1.1"}},
                                {"len", 2048}}},
            {"cert", QJsonObject{{"status", "revoked"},
                                 {"certificates", QJsonArray{QString::fromLatin1(base64Url(k.certDer))}}}},
            {"authMode", "explicit"},
            {"PIN", QJsonObject{{"presence", "true"}, {"format", "N"}}},
            {"SCAL", "1"},
            {"multisign", 1}};
        auto c = parseCredentialInfo("v1cred", v1, 1);
        QVERIFY(c);
        QCOMPARE(c->factors, QList<AuthFactor>{AuthFactor::Pin});
        QCOMPARE(c->keyAuthorizationLevel(), 1);
        QCOMPARE(c->keyAlgorithm, Credential::KeyAlgorithm::Rsa);
        QCOMPARE(c->keyBits, 2048);
        QCOMPARE(c->certStatus, Credential::CertStatus::Revoked);
        QVERIFY(!c->keyEnabled);
        QVERIFY(!c->usable());
        QVERIFY(!parseCredentialInfo("broken", QJsonObject{{"key", QJsonObject{}}}, 2));
    }

    void signsAndChecksValues_data()
    {
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QByteArray>("param");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("error"); // empty: success
        QTest::newRow("rsa ok") << QByteArray("RSA") << QByteArray("2048") << ""
                                << "";
        QTest::newRow("rsa base64url values") << QByteArray("RSA") << QByteArray("2048") << "base64url"
                                              << "";
        QTest::newRow("ec ok") << QByteArray("EC") << QByteArray("P-256") << ""
                               << "";
        QTest::newRow("ec raw r||s accepted") << QByteArray("EC") << QByteArray("P-256") << "raw-ecdsa"
                                              << "";
        QTest::newRow("rsa swapped") << QByteArray("RSA") << QByteArray("2048") << "swap"
                                     << "csc.signature_rejected";
        QTest::newRow("ec swapped") << QByteArray("EC") << QByteArray("P-256") << "swap"
                                    << "csc.signature_rejected";
        QTest::newRow("rsa corrupted") << QByteArray("RSA") << QByteArray("2048") << "corrupt"
                                       << "csc.signature_rejected";
        QTest::newRow("cms instead of raw") << QByteArray("RSA") << QByteArray("2048") << "cms"
                                            << "csc.cms_instead_of_raw";
    }
    void signsAndChecksValues()
    {
        QFETCH(QByteArray, type);
        QFETCH(QByteArray, param);
        QFETCH(QString, fault);
        QFETCH(QString, error);
        FakeRssp rssp(type.constData(), param.constData());
        rssp.fault = fault;
        CscClient client(rssp.transport, QUrl("https://x/csc/v2"));
        auto cred = connectAndLoad(client);
        QVERIFY(cred);
        ScriptedPrompter prompter;
        prompter.answers << ScriptedPrompter::submit("123456", "654321");
        CscHashSigner signer(client, *cred, prompter, nullptr, {});
        const auto ds = digests(3);
        Waiter<QList<QByteArray>> w;
        signer.signDigests(ds, w.cb());
        QVERIFY(w.wait());
        if (error.isEmpty()) {
            QVERIFY2(*w.result, why(*w.result).constData());
            QCOMPARE(w.v().size(), 3);
            const SignatureScheme scheme = signer.scheme();
            for (int i = 0; i < 3; ++i) {
                QVERIFY(checkSignatureValue(rssp.key.certDer, scheme, ds[i], w.v().at(i)));
                if (scheme.kind == SignatureScheme::Kind::Ecdsa)
                    QVERIFY(isEcdsaDer(w.v().at(i))); // normalised to DER
            }
        } else {
            QVERIFY(!*w.result);
            QCOMPARE(w.result->error().code, error);
        }
        // The SAD was bound to exactly these hashes.
        QCOMPARE(rssp.authorizedHashes.size(), 1);
        QCOMPARE(rssp.authorizedHashes[0].size(), 3);
        QCOMPARE(rssp.authorizedHashes[0][0].toString(), QString::fromLatin1(ds[0].toBase64()));
        QCOMPARE(prompter.requests.size(), 1);
        QCOMPARE(prompter.requests[0].factors, (QList<AuthFactor>{AuthFactor::Pin, AuthFactor::OtpTotp}));
    }

    void wrongPinAsksAgainWithAttemptsLeft()
    {
        FakeRssp rssp("RSA", "2048");
        CscClient client(rssp.transport, QUrl("https://x/csc/v2"));
        auto cred = connectAndLoad(client);
        QVERIFY(cred);
        ScriptedPrompter prompter;
        prompter.answers << ScriptedPrompter::submit("000000", "111111")
                         << ScriptedPrompter::submit("123456", "222222");
        CscHashSigner signer(client, *cred, prompter, nullptr, {});
        Waiter<QList<QByteArray>> w;
        signer.signDigests(digests(1), w.cb());
        QVERIFY(w.wait());
        QVERIFY(*w.result);
        QCOMPARE(prompter.requests.size(), 2);
        QVERIFY(!prompter.requests[0].lastError);
        QVERIFY(prompter.requests[1].lastError);
        QCOMPARE(prompter.requests[1].lastError->code, QStringLiteral("csc.wrong_pin"));
        QCOMPARE(prompter.requests[1].attemptsLeft, 4);
        QVERIFY(prompter.requests[1].lastError->message.contains("4"));
    }

    void cancelFromPrompter()
    {
        FakeRssp rssp("RSA", "2048");
        CscClient client(rssp.transport, QUrl("https://x/csc/v2"));
        auto cred = connectAndLoad(client);
        QVERIFY(cred);
        ScriptedPrompter prompter; // no answers: cancels
        CscHashSigner signer(client, *cred, prompter, nullptr, {});
        Waiter<QList<QByteArray>> w;
        signer.signDigests(digests(2), w.cb());
        QVERIFY(w.wait());
        QCOMPARE(w.result->error().code, QStringLiteral("csc.cancelled"));
        QVERIFY(!rssp.transport.methods.contains("credentials/authorize"));
    }

    void batchesAboveMultisign()
    {
        FakeRssp rssp("EC", "P-256", 10);
        CscClient client(rssp.transport, QUrl("https://x/csc/v2"));
        auto cred = connectAndLoad(client);
        QVERIFY(cred);
        ScriptedPrompter prompter;
        for (int i = 0; i < 3; ++i)
            prompter.answers << ScriptedPrompter::submit("123456", "123123");
        CscHashSigner signer(client, *cred, prompter, nullptr, {});
        QCOMPARE(signer.authorizationsFor(25), 3);
        const int before = rssp.transport.methods.size();
        Waiter<QList<QByteArray>> w;
        const auto ds = digests(25);
        signer.signDigests(ds, w.cb());
        QVERIFY(w.wait());
        QVERIFY(*w.result);
        QCOMPARE(w.v().size(), 25);
        QCOMPARE(prompter.planned, 3);
        QCOMPARE(prompter.requests.size(), 3);
        QCOMPARE(prompter.requests[2].authorizationIndex, 3);
        QCOMPARE(prompter.requests[2].authorizationCount, 3);
        QCOMPARE(prompter.requests[2].numSignatures, 5);
        QCOMPARE(rssp.transport.methods.mid(before),
                 QStringList({"credentials/authorize", "signatures/signHash", "credentials/authorize",
                              "signatures/signHash", "credentials/authorize", "signatures/signHash"}));
        for (int i = 0; i < 25; ++i)
            QVERIFY(checkSignatureValue(rssp.key.certDer, signer.scheme(), ds[i], w.v().at(i)));
        // And the client itself refuses a single authorization above multisign without a call.
        FactorAnswer a = ScriptedPrompter::submit("123456", "1");
        Waiter<Sad> sad;
        client.authorize(*cred, digests(11), HashAlgorithm::Sha256, a, sad.cb());
        QVERIFY(sad.wait());
        QCOMPARE(sad.result->error().code, QStringLiteral("csc.too_many_hashes"));
        QVERIFY(a.pin.isEmpty());
    }

    void outOfBandOtpIsSentOnRequest()
    {
        FakeRssp rssp("EC", "P-256", 10, "oob");
        CscClient client(rssp.transport, QUrl("https://x/csc/v2"));
        auto cred = connectAndLoad(client);
        QVERIFY(cred);
        ScriptedPrompter prompter;
        prompter.answers << FactorAnswer{FactorAnswer::Action::SendOtp, {}, {}}
                         << ScriptedPrompter::submit("123456", "999999");
        CscHashSigner signer(client, *cred, prompter, nullptr, {});
        Waiter<QList<QByteArray>> w;
        signer.signDigests(digests(1), w.cb());
        QVERIFY(w.wait());
        QVERIFY(*w.result);
        QVERIFY(rssp.transport.methods.contains("credentials/getChallenge"));
        QCOMPARE(prompter.requests.size(), 2);
        QVERIFY(!prompter.requests[0].otpSent);
        QVERIFY(prompter.requests[1].otpSent);
        const QJsonObject body = FakeTransport::bodyOf(
            rssp.transport.requests[rssp.transport.methods.indexOf("credentials/getChallenge")]);
        QCOMPARE(body["authObjectID"].toString(), QStringLiteral("OTP"));
    }

    void oauthLoopbackWithPkce()
    {
        FakeTransport t;
        QByteArray challenge;
        QString redirect;
        t.on("oauth2/token", [&](const HttpRequest &r) -> Result<HttpResponse> {
            const QUrlQuery form(QString::fromLatin1(r.body));
            if (form.queryItemValue("grant_type") != "authorization_code" ||
                form.queryItemValue("code", QUrl::FullyDecoded) != "the+code/x" ||
                form.queryItemValue("redirect_uri", QUrl::FullyDecoded) != redirect ||
                Pkce::challengeFor(form.queryItemValue("code_verifier", QUrl::FullyDecoded).toLatin1()) !=
                    challenge)
                return FakeTransport::json(400, {{"error", "invalid_grant"}});
            return FakeTransport::json(
                200, {{"access_token", "service-token"}, {"refresh_token", "rt"}, {"expires_in", 3600}});
        });
        QNetworkAccessManager browser;
        QString browserPage;
        FunctionUrlOpener opener([&](const QUrl &url) {
            const QUrlQuery q(url);
            challenge = q.queryItemValue("code_challenge").toLatin1();
            redirect = q.queryItemValue("redirect_uri", QUrl::FullyDecoded);
            if (q.queryItemValue("code_challenge_method") != "S256" || q.queryItemValue("scope") != "service")
                return false;
            const QUrl back(redirect + "?code=the%2Bcode%2Fx&state=" + q.queryItemValue("state"));
            if (back.host() != "127.0.0.1")
                return false;
            QNetworkReply *reply = browser.get(QNetworkRequest(back));
            QObject::connect(reply, &QNetworkReply::finished, [&browserPage, reply] {
                browserPage = QString::fromUtf8(reply->readAll());
                reply->deleteLater();
            });
            return true;
        });
        OAuthCodeFlow flow(t, QUrl("https://as/oauth2/authorize"), QUrl("https://as/oauth2/token"),
                           "sic-desktop");
        Waiter<TokenResponse> w;
        flow.start({{"scope", "service"}}, opener, w.cb());
        QVERIFY(w.wait());
        QVERIFY2(*w.result, why(*w.result).constData());
        QCOMPARE(w.v().accessToken, QByteArray("service-token"));
        QTRY_VERIFY(browserPage.contains("close this window"));
    }

    void oauthStateMismatchRefused()
    {
        FakeTransport t;
        QNetworkAccessManager browser;
        FunctionUrlOpener opener([&](const QUrl &url) {
            const QUrlQuery q(url);
            browser.get(QNetworkRequest(
                QUrl(q.queryItemValue("redirect_uri", QUrl::FullyDecoded) + "?code=c&state=forged")));
            return true;
        });
        OAuthCodeFlow flow(t, QUrl("https://as/oauth2/authorize"), QUrl("https://as/oauth2/token"),
                           "sic-desktop");
        Waiter<TokenResponse> w;
        flow.start({{"scope", "service"}}, opener, w.cb());
        QVERIFY(w.wait());
        QVERIFY(!*w.result);
        QCOMPARE(w.result->error().code, QStringLiteral("csc.login_failed"));
        QVERIFY(w.result->error().detail.contains("state"));
        QVERIFY(!t.methods.contains("oauth2/token")); // the code was never exchanged
    }

    void loopbackAnswersOnlyItsPath()
    {
        OAuthLoopback loop;
        QVERIFY(loop.listen());
        QCOMPARE(loop.redirectUri().host(), QStringLiteral("127.0.0.1"));
        bool called = false;
        loop.setCallback([&](Result<OAuthLoopback::Redirect>) { called = true; });
        QNetworkAccessManager nam;
        QUrl other = loop.redirectUri();
        other.setPath("/favicon.ico");
        QNetworkReply *r = nam.get(QNetworkRequest(other));
        QSignalSpy done(r, &QNetworkReply::finished);
        QVERIFY(done.wait());
        QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        QVERIFY(!called);
        delete r;
    }
};

QTEST_GUILESS_MAIN(TstCscClient)
#include "tst_cscclient.moc"
