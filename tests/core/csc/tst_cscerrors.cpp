// Each HTTP status / CSC error code / body that services send maps to one typed error.
#include "csc/cscerror.h"

#include <QTest>

using namespace sic;
using namespace sic::csc;

class TstCscErrors : public QObject
{
    Q_OBJECT
private slots:
    void mapping_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("attempts"); // -1: the message must not name a count

        const QString authz = QStringLiteral("credentials/authorize");
        const QString sign = QStringLiteral("signatures/signHash");
        QTest::newRow("v1 invalid_pin with count")
            << authz << 400
            << QByteArray(R"({"error":"invalid_pin","error_description":"Wrong PIN, 4 attempts left"})")
            << "csc.wrong_pin" << 4;
        QTest::newRow("v1 invalid_otp")
            << authz << 400 << QByteArray(R"({"error":"invalid_otp"})") << "csc.wrong_otp" << -1;
        QTest::newRow("v2 auth data PIN")
            << authz << 400
            << QByteArray(
                   R"({"error":"invalid_authentication_data","error_description":"Invalid PIN. 2 attempts left"})")
            << "csc.wrong_pin" << 2;
        QTest::newRow("v2 auth data OTP")
            << authz << 400
            << QByteArray(
                   R"({"error":"invalid_authentication_data","error_description":"Invalid OTP, 3 attempts left"})")
            << "csc.wrong_otp" << 3;
        // An expired one-time password is not a wrong one (the user waits for the next code).
        QTest::newRow("v1 otp expired")
            << authz << 400 << QByteArray(R"({"error":"invalid_otp","error_description":"OTP expired"})")
            << "csc.otp_expired" << -1;
        QTest::newRow("v2 otp expired")
            << authz << 400
            << QByteArray(
                   R"({"error":"invalid_authentication_data","error_description":"OTP expired, 5 attempts left"})")
            << "csc.otp_expired" << -1;
        QTest::newRow("v1 locked") << authz << 400
                                   << QByteArray(
                                          R"({"error":"invalid_request","error_description":"PIN locked"})")
                                   << "csc.credential_locked" << -1;
        QTest::newRow("v2 locked")
            << authz << 400
            << QByteArray(R"({"error":"invalid_request","error_description":"Credential locked"})")
            << "csc.credential_locked" << -1;
        QTest::newRow("sad expired")
            << sign << 400 << QByteArray(R"({"error":"invalid_request","error_description":"SAD expired"})")
            << "csc.sad_expired" << -1;
        QTest::newRow("sad consumed")
            << sign << 400
            << QByteArray(R"({"error":"invalid_request","error_description":"SAD is invalid or consumed"})")
            << "csc.sad_invalid" << -1;
        QTest::newRow("hash not authorized")
            << sign << 400
            << QByteArray(
                   R"({"error":"invalid_request","error_description":"Hash is not authorized by the SAD."})")
            << "csc.hash_not_authorized" << -1;
        QTest::newRow("multisign")
            << authz << 400
            << QByteArray(
                   R"({"error":"invalid_request","error_description":"numSignatures exceeds multisign"})")
            << "csc.too_many_hashes" << -1;
        QTest::newRow("401 invalid_token")
            << sign << 401 << QByteArray(R"({"error":"invalid_token"})") << "csc.session_expired" << -1;
        QTest::newRow("401 expired_token")
            << sign << 401 << QByteArray(R"({"error":"expired_token"})") << "csc.session_expired" << -1;
        QTest::newRow("401 plain text")
            << sign << 401 << QByteArray("Unauthorized") << "csc.session_expired" << -1;
        QTest::newRow("login 401 plain")
            << "auth/login" << 401 << QByteArray("Unauthorized") << "csc.login_failed" << -1;
        QTest::newRow("login auth error")
            << "auth/login" << 400 << QByteArray(R"({"error":"authentication_error"})") << "csc.login_failed"
            << -1;
        QTest::newRow("token invalid_grant")
            << "oauth2/token" << 400 << QByteArray(R"({"error":"invalid_grant"})") << "csc.login_failed"
            << -1;
        QTest::newRow("500 json") << sign << 500 << QByteArray(R"({"error":"server_error"})")
                                  << "csc.service_error" << -1;
        QTest::newRow("500 html") << sign << 500 << QByteArray("<html>boom</html>") << "csc.service_error"
                                  << -1;
        QTest::newRow("503 empty") << sign << 503 << QByteArray() << "csc.service_error" << -1;
        QTest::newRow("429") << sign << 429 << QByteArray(R"({"error":"temporarily_unavailable"})")
                             << "csc.service_error" << -1;
        // After login, access_denied/403 is the service refusing that call, named; on login calls
        // it stays a refused login. The description decides PIN, OTP or an expired OTP.
        QTest::newRow("authorize access_denied")
            << authz << 403 << QByteArray(R"({"error":"access_denied","error_description":"Not permitted"})")
            << "csc.service_refused" << -1;
        QTest::newRow("signHash 403 plain")
            << sign << 403 << QByteArray("Forbidden") << "csc.service_refused" << -1;
        QTest::newRow("login access_denied")
            << "oauth2/authorize" << 400 << QByteArray(R"({"error":"access_denied"})") << "csc.login_failed"
            << -1;
        QTest::newRow("access_denied wrong PIN")
            << authz << 403
            << QByteArray(R"({"error":"access_denied","error_description":"Wrong PIN, 3 attempts left"})")
            << "csc.wrong_pin" << 3;
        QTest::newRow("access_denied wrong OTP")
            << authz << 403
            << QByteArray(R"({"error":"access_denied","error_description":"Wrong OTP, 2 attempts left"})")
            << "csc.wrong_otp" << 2;
        QTest::newRow("v1 otp expired")
            << authz << 400
            << QByteArray(R"({"error":"invalid_otp","error_description":"OTP expired, 4 attempts left"})")
            << "csc.otp_expired" << 4;
        QTest::newRow("v2 otp expired")
            << authz << 400
            << QByteArray(
                   R"({"error":"invalid_authentication_data","error_description":"The one-time password has expired"})")
            << "csc.otp_expired" << -1;
        QTest::newRow("sad expired is not otp expired")
            << sign << 400 << QByteArray(R"({"error":"invalid_request","error_description":"SAD expired"})")
            << "csc.sad_expired" << -1;
        QTest::newRow("501 timestamp")
            << "signatures/timestamp" << 501 << QByteArray() << "csc.not_offered" << -1;
        QTest::newRow("404 unknown method")
            << "credentials/getChallenge" << 404 << QByteArray("Not Found") << "csc.service_error" << -1;
    }
    void mapping()
    {
        QFETCH(QString, method);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(int, attempts);
        const Error e = mapHttpError(method, status, body);
        QCOMPARE(e.code, code);
        QVERIFY(!e.message.isEmpty());
        // Support detail names the status and the method (and the CSC code when there is one).
        QVERIFY2(e.detail.contains(QString::number(status)), qPrintable(e.detail));
        QVERIFY2(e.detail.contains(method), qPrintable(e.detail));
        if (attempts >= 0)
            QVERIFY2(e.message.contains(QString::number(attempts)), qPrintable(e.message));
        // A refusal or an absence names the call, so the signer is not sent to check the password.
        if (code == QLatin1String("csc.service_refused") || code == QLatin1String("csc.not_offered")) {
            QVERIFY2(e.message.contains(method), qPrintable(e.message));
            QVERIFY2(!e.message.contains(QLatin1String("password")), qPrintable(e.message));
            QVERIFY2(!e.message.contains(QLatin1String("later")), qPrintable(e.message));
        }
    }
    void everyKindHasTextAndCode()
    {
        for (int k = 0; k <= int(kLastCscErrorKind); ++k) {
            const Error e = makeError(CscErrorKind(k));
            QVERIFY(e.code.startsWith(QLatin1String("csc.")));
            QVERIFY(!e.message.isEmpty());
            QCOMPARE(errorKind(e), CscErrorKind(k));
        }
    }
    void attemptsParsing()
    {
        QCOMPARE(attemptsLeftFrom(QStringLiteral("Invalid PIN. 3 attempts left")), 3);
        QCOMPARE(attemptsLeftFrom(QStringLiteral("1 attempt left")), 1);
        QCOMPARE(attemptsLeftFrom(QStringLiteral("no count")), -1);
    }
};

QTEST_GUILESS_MAIN(TstCscErrors)
#include "tst_cscerrors.moc"
