// sic-devrssp as a CSC server: discovery, login, credentials, the SCAL2 authorize/signHash rules
// and the signatures it returns (verified with OpenSSL against the returned certificate).

#include "rsspfixture.h"
#include "totp.h"

#include <QFile>
#include <QJsonDocument>

#include <QTest>

using sic::HashAlgorithm;

Q_DECLARE_METATYPE(HashAlgorithm)

class TestDevRssp : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void info_data();
    void info();
    void login();
    void listAndInfo();
    void credentialCertificateChains();
    void signHash_data();
    void signHash();
    void wrongPinAndOtp();
    void lockoutAndUnlock();
    void sadBinding();
    void numSignaturesLimits();
    void sadExpiry();
    void extendTransaction();
    void oobOtpSingleUse();
    void methodErrors();
    void adminWhileServing();
    void auditLogClean(); // last

private:
    RsspFixture f;
};

void TestDevRssp::initTestCase()
{
    QString error;
    QVERIFY2(f.start(&error), qPrintable(error));
}

void TestDevRssp::cleanupTestCase()
{
    f.rssp.stop();
    QCOMPARE(f.rssp.exitCode(), 0); // SIGTERM is a clean shutdown
}

void TestDevRssp::info_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("specs");
    QTest::addColumn<QString>("otpMethod");
    QTest::newRow("v1") << 1 << "1.0.4.0"
                        << "credentials/sendOTP";
    QTest::newRow("v2") << 2 << "2.0.0.2"
                        << "credentials/getChallenge";
}

void TestDevRssp::info()
{
    QFETCH(int, version);
    QFETCH(QString, specs);
    QFETCH(QString, otpMethod);
    const auto r = f.rssp.post(f.csc(version) + QStringLiteral("/info"), {});
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json();
    QCOMPARE(o.value("specs").toString(), specs);
    QCOMPARE(o.value("name").toString(), QStringLiteral("SIC development RSSP"));
    QCOMPARE(o.value("authType").toArray(), (QJsonArray{"basic", "oauth2code"}));
    QCOMPARE(o.value("oauth2").toString(), f.rssp.base());
    QVERIFY(o.value("methods").toArray().contains(otpMethod));
    QVERIFY(o.value("methods").toArray().contains(QStringLiteral("signatures/signHash")));
    QCOMPARE(o.contains("signAlgorithms"), version == 2);
    if (version == 2)
        QVERIFY(o.value("signAlgorithms")
                    .toObject()
                    .value("algos")
                    .toArray()
                    .contains(QStringLiteral("1.2.840.10045.4.3.3")));
}

void TestDevRssp::login()
{
    auto bad = f.rssp.post(f.rssp.cscV2() + QStringLiteral("/auth/login"), {}, {}, "demo:not-the-password");
    QCOMPARE(bad.status, 401);
    auto ok = f.rssp.post(f.rssp.cscV1() + QStringLiteral("/auth/login"), {}, {},
                          (f.rssp.user() + u':' + f.rssp.password()).toUtf8());
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.json().value("expires_in").toInt(), 3600);
    const QString refresh = ok.json().value("refresh_token").toString();
    f.secretsUsed << ok.json().value("access_token").toString() << refresh;
    auto refreshed =
        f.rssp.post(f.rssp.cscV2() + QStringLiteral("/auth/login"), {{"refresh_token", refresh}});
    QCOMPARE(refreshed.status, 200);
    const QString fresh = refreshed.json().value("access_token").toString();
    f.secretsUsed << fresh << refreshed.json().value("refresh_token").toString();
    QCOMPARE(f.call(2, QStringLiteral("credentials/list"), {}, fresh).status, 200);
    // refresh tokens rotate: the old one is spent
    QCOMPARE(f.rssp.post(f.rssp.cscV2() + QStringLiteral("/auth/login"), {{"refresh_token", refresh}}).status,
             400);
    QCOMPARE(f.call(2, QStringLiteral("credentials/list"), {}, QStringLiteral("bogus")).json().value("error"),
             QJsonValue("invalid_token"));
    QCOMPARE(f.rssp.post(f.rssp.cscV2() + QStringLiteral("/credentials/list"), {}).status, 401);
}

void TestDevRssp::listAndInfo()
{
    const auto list = f.call(2, QStringLiteral("credentials/list"), {{"credentialInfo", true}});
    QCOMPARE(list.status, 200);
    const QJsonArray ids = list.json().value("credentialIDs").toArray();
    QCOMPARE(ids, (QJsonArray{"cred-rsa2048-totp", "cred-rsa3072-totp", "cred-p256-oob", "cred-p384-totp",
                              "cred-rsa2048-oauth"}));
    QCOMPARE(list.json().value("credentialInfos").toArray().size(), 5);

    const auto v2 = f.call(2, QStringLiteral("credentials/info"), {{"credentialID", "cred-p256-oob"}}).json();
    QCOMPARE(v2.value("key").toObject().value("len").toInt(), 256);
    QCOMPARE(v2.value("key").toObject().value("curve").toString(), QStringLiteral("1.2.840.10045.3.1.7"));
    QCOMPARE(v2.value("SCAL").toString(), QStringLiteral("2"));
    QCOMPARE(v2.value("multisign").toInt(), 10);
    const QJsonObject auth = v2.value("auth").toObject();
    QCOMPARE(auth.value("mode").toString(), QStringLiteral("explicit"));
    QCOMPARE(auth.value("expression").toString(), QStringLiteral("PIN AND OTP"));
    QCOMPARE(auth.value("objects").toArray().at(1).toObject().value("generator").toString(),
             QStringLiteral("oob"));

    const auto v1 =
        f.call(1, QStringLiteral("credentials/info"), {{"credentialID", "cred-rsa2048-totp"}}).json();
    QCOMPARE(v1.value("authMode").toString(), QStringLiteral("explicit"));
    QCOMPARE(v1.value("PIN").toObject().value("presence").toString(), QStringLiteral("true"));
    QCOMPARE(v1.value("OTP").toObject().value("type").toString(), QStringLiteral("offline"));
    QCOMPARE(v1.value("multisign").toInt(), 100);
    const auto oob1 =
        f.call(1, QStringLiteral("credentials/info"), {{"credentialID", "cred-p256-oob"}}).json();
    QCOMPARE(oob1.value("OTP").toObject().value("type").toString(), QStringLiteral("online"));
    const auto oauth =
        f.call(2, QStringLiteral("credentials/info"), {{"credentialID", "cred-rsa2048-oauth"}}).json();
    QCOMPARE(oauth.value("auth").toObject().value("mode").toString(), QStringLiteral("oauth2code"));

    const auto unknown = f.call(2, QStringLiteral("credentials/info"), {{"credentialID", "nope"}});
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.json().value("error").toString(), QStringLiteral("invalid_request"));
}

void TestDevRssp::credentialCertificateChains()
{
    const auto r =
        f.call(2, QStringLiteral("credentials/info"),
               {{"credentialID", "cred-rsa3072-totp"}, {"certificates", "chain"}, {"certInfo", true}});
    const QJsonObject cert = r.json().value("cert").toObject();
    QCOMPARE(cert.value("status").toString(), QStringLiteral("valid"));
    const auto chain = fromB64Array(cert.value("certificates"));
    QCOMPARE(chain.size(), 2);
    auto ee = sic::ossl::x509FromDer(chain[0]);
    auto issuer = sic::ossl::x509FromDer(chain[1]);
    QVERIFY(ee && issuer);
    // the end-entity certificate chains to the test root through the returned issuer
    sic::ossl::X509Store store(X509_STORE_new());
    QVERIFY(X509_STORE_load_file(store.get(), qPrintable(f.rssp.pkiDir() + "/trust/root.pem")) == 1);
    sic::ossl::X509Stack untrusted(sk_X509_new_null());
    sk_X509_push(untrusted.get(), issuer.get());
    sic::ossl::X509StoreCtx ctx(X509_STORE_CTX_new());
    X509_STORE_CTX_init(ctx.get(), store.get(), ee.get(), untrusted.get());
    const int ok = X509_verify_cert(ctx.get());
    sk_X509_pop(untrusted.get()); // issuer stays owned by its X509Ptr
    QVERIFY2(ok == 1, X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get())));
    QVERIFY(X509_get_key_usage(ee.get()) & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION));
    QCOMPARE(EVP_PKEY_get_bits(X509_get0_pubkey(ee.get())), 3072);
    QVERIFY(cert.value("subjectDN").toString().contains(QStringLiteral("CN=Demo User")));
    QVERIFY(
        QRegularExpression(QStringLiteral("^\\d{14}Z$")).match(cert.value("validTo").toString()).hasMatch());
    sic::ossl::BigNum serial(ASN1_INTEGER_to_BN(X509_get0_serialNumber(ee.get()), nullptr));
    char *hex = BN_bn2hex(serial.get());
    QCOMPARE(cert.value("serialNumber").toString(), QString::fromLatin1(hex));
    OPENSSL_free(hex);
}

void TestDevRssp::signHash_data()
{
    QTest::addColumn<QString>("credential");
    QTest::addColumn<QString>("signAlgo");
    QTest::addColumn<HashAlgorithm>("hash");
    QTest::addColumn<bool>("pss");
    QTest::addColumn<int>("version");
    QTest::addColumn<int>("count");
    const QString rsa = QStringLiteral("1.2.840.113549.1.1.");
    QTest::newRow("rsa2048 sha256WithRSA")
        << "cred-rsa2048-totp" << rsa + "11" << HashAlgorithm::Sha256 << false << 2 << 3;
    QTest::newRow("rsa2048 sha384WithRSA")
        << "cred-rsa2048-totp" << rsa + "12" << HashAlgorithm::Sha384 << false << 2 << 1;
    QTest::newRow("rsa3072 sha512WithRSA")
        << "cred-rsa3072-totp" << rsa + "13" << HashAlgorithm::Sha512 << false << 2 << 2;
    QTest::newRow("rsa2048 rsaEncryption+hashAlgo v1")
        << "cred-rsa2048-totp" << rsa + "1" << HashAlgorithm::Sha256 << false << 1 << 2;
    QTest::newRow("rsa3072 RSASSA-PSS sha256")
        << "cred-rsa3072-totp" << rsa + "10" << HashAlgorithm::Sha256 << true << 2 << 1;
    QTest::newRow("rsa2048 RSASSA-PSS sha512 v1")
        << "cred-rsa2048-totp" << rsa + "10" << HashAlgorithm::Sha512 << true << 1 << 1;
    QTest::newRow("p256 ecdsa-with-SHA256")
        << "cred-p256-oob"
        << "1.2.840.10045.4.3.2" << HashAlgorithm::Sha256 << false << 2 << 2;
    QTest::newRow("p256 ecdsa-with-SHA256 v1")
        << "cred-p256-oob"
        << "1.2.840.10045.4.3.2" << HashAlgorithm::Sha256 << false << 1 << 1;
    QTest::newRow("p384 ecdsa-with-SHA384")
        << "cred-p384-totp"
        << "1.2.840.10045.4.3.3" << HashAlgorithm::Sha384 << false << 2 << 2;
    QTest::newRow("p384 ecdsa-with-SHA512")
        << "cred-p384-totp"
        << "1.2.840.10045.4.3.4" << HashAlgorithm::Sha512 << false << 2 << 1;
}

void TestDevRssp::signHash()
{
    QFETCH(QString, credential);
    QFETCH(QString, signAlgo);
    QFETCH(HashAlgorithm, hash);
    QFETCH(bool, pss);
    QFETCH(int, version);
    QFETCH(int, count);
    const SignRequest req{credential, signAlgo, hash,
                          pss ? pssParamsDer(hash, sic::hashInfo(hash).size) : QByteArray(), version};
    const auto hashes = someHashes(hash, count);
    const QString sad = f.authorizeOk(credential, hashes, hash, version);
    QVERIFY(!sad.isEmpty());
    const auto r = f.signHash(req, sad, hashes);
    QVERIFY2(r.status == 200, r.body.constData());
    const auto sigs = fromB64Array(r.json().value("signatures"));
    QCOMPARE(sigs.size(), count);
    const QByteArray cert = f.certificateDer(credential);
    for (int i = 0; i < count; ++i) {
        QString why;
        QVERIFY2(verifySignature(cert, req, hashes[i], sigs[i], &why), qPrintable(why));
    }
    // signatures come back in hash order: the first does not verify the second hash
    if (count > 1) {
        QString why;
        QVERIFY(!verifySignature(cert, req, hashes[1], sigs[0], &why));
    }
}

void TestDevRssp::wrongPinAndOtp()
{
    const QString cred = QStringLiteral("cred-rsa2048-totp");
    const auto hashes = someHashes(HashAlgorithm::Sha256, 1);
    const QString wrongPin = f.rssp.pin() == u"000000" ? QStringLiteral("111111") : QStringLiteral("000000");
    auto r = f.authorize(cred, hashes, HashAlgorithm::Sha256, wrongPin, f.otpFor(cred));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value("error").toString(), QStringLiteral("invalid_authentication_data"));
    QVERIFY2(r.json().value("error_description").toString().contains(QStringLiteral("PIN")),
             r.body.constData());
    QVERIFY2(r.json().value("error_description").toString().contains(QStringLiteral("4 attempts left")),
             r.body.constData());

    // an OTP from far away in time is wrong now
    const QString farOtp = f.rssp.totpAt(f.rssp.serverNow().addDays(-3));
    r = f.authorize(cred, hashes, HashAlgorithm::Sha256, f.rssp.pin(), farOtp);
    QCOMPARE(r.json().value("error").toString(), QStringLiteral("invalid_authentication_data"));
    QVERIFY2(r.json().value("error_description").toString().contains(QStringLiteral("OTP")),
             r.body.constData());
    QVERIFY2(r.json().value("error_description").toString().contains(QStringLiteral("3 attempts left")),
             r.body.constData());

    r = f.authorize(cred, hashes, HashAlgorithm::Sha256, wrongPin, f.otpFor(cred), 1);
    QCOMPARE(r.json().value("error").toString(), QStringLiteral("invalid_pin"));
    r = f.authorize(cred, hashes, HashAlgorithm::Sha256, f.rssp.pin(), farOtp, 1);
    QCOMPARE(r.json().value("error").toString(), QStringLiteral("invalid_otp"));

    // replaying a code that was just accepted fails even with the right PIN
    const QString otp = f.otpFor(cred);
    QCOMPARE(f.authorize(cred, hashes, HashAlgorithm::Sha256, f.rssp.pin(), otp).status, 200);
    r = f.authorize(cred, hashes, HashAlgorithm::Sha256, f.rssp.pin(), otp);
    QCOMPARE(r.json().value("error").toString(), QStringLiteral("invalid_authentication_data"));
    // a success reset the counter
    QVERIFY2(r.json().value("error_description").toString().contains(QStringLiteral("4 attempts left")),
             r.body.constData());
    QCOMPARE(f.authorize(cred, hashes, HashAlgorithm::Sha256, f.rssp.pin(), f.otpFor(cred)).status, 200);
}

void TestDevRssp::lockoutAndUnlock()
{
    const QString cred = QStringLiteral("cred-p384-totp");
    const auto hashes = someHashes(HashAlgorithm::Sha384, 1);
    const QString wrongPin = f.rssp.pin() == u"999999" ? QStringLiteral("888888") : QStringLiteral("999999");
    for (int i = 1; i <= 4; ++i) {
        const auto r = f.authorize(cred, hashes, HashAlgorithm::Sha384, wrongPin, f.otpFor(cred));
        QVERIFY2(r.json()
                     .value("error_description")
                     .toString()
                     .contains(QStringLiteral("%1 attempts left").arg(5 - i)),
                 r.body.constData());
    }
    auto r = f.authorize(cred, hashes, HashAlgorithm::Sha384, wrongPin, f.otpFor(cred));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value("error").toString(), QStringLiteral("invalid_request"));
    QCOMPARE(r.json().value("error_description").toString(), QStringLiteral("Credential locked"));
    // the right PIN and OTP do not help any more; v1 names it "PIN locked"
    r = f.authorize(cred, hashes, HashAlgorithm::Sha384, f.rssp.pin(), f.otpFor(cred));
    QCOMPARE(r.json().value("error_description").toString(), QStringLiteral("Credential locked"));
    r = f.authorize(cred, hashes, HashAlgorithm::Sha384, f.rssp.pin(), f.otpFor(cred), 1);
    QCOMPARE(r.json().value("error_description").toString(), QStringLiteral("PIN locked"));
    QCOMPARE(f.call(2, QStringLiteral("credentials/info"), {{"credentialID", cred}})
                 .json()
                 .value("key")
                 .toObject()
                 .value("status")
                 .toString(),
             QStringLiteral("disabled"));

    QByteArray out;
    QCOMPARE(f.rssp.admin({QStringLiteral("unlock"), QStringLiteral("--credential"), cred}, &out), 0);
    r = f.authorize(cred, hashes, HashAlgorithm::Sha384, f.rssp.pin(), f.otpFor(cred));
    QVERIFY2(r.status == 200, r.body.constData());
}

void TestDevRssp::sadBinding()
{
    const QString cred = QStringLiteral("cred-rsa2048-totp");
    const SignRequest req = signReq(cred, QStringLiteral("1.2.840.113549.1.1.11"));
    const auto hashes = someHashes(HashAlgorithm::Sha256, 2);
    const QString sad = f.authorizeOk(cred, hashes);
    QVERIFY(!sad.isEmpty());
    auto r = f.signHash(req, sad, someHashes(HashAlgorithm::Sha256, 1, "other"));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value("error_description").toString(),
             QStringLiteral("Hash is not authorized by the SAD."));
    // a SAD is bound to its credential
    r = f.signHash(signReq(QStringLiteral("cred-rsa3072-totp"), req.signAlgo), sad, {hashes[0]});
    QCOMPARE(r.json().value("error_description").toString(), QStringLiteral("SAD is invalid or consumed"));
    // the hash algorithm must match the authorization
    r = f.signHash(signReq(cred, QStringLiteral("1.2.840.113549.1.1.12"), HashAlgorithm::Sha384), sad,
                   someHashes(HashAlgorithm::Sha384, 1));
    QCOMPARE(r.status, 400);
    // an ECDSA algorithm on an RSA key is refused
    r = f.signHash(signReq(cred, QStringLiteral("1.2.840.10045.4.3.2")), sad, {hashes[0]});
    QCOMPARE(r.status, 400);
    // an explicit-flow SAD is no access token
    QCOMPARE(f.call(2, QStringLiteral("credentials/list"), {}, sad).status, 401);
    QCOMPARE(f.signHash(req, {}, {hashes[0]}, sad).status, 401);
    QCOMPARE(f.signHash(req, sad, {hashes[0]}).status, 200);
    // a hash is signed once
    r = f.signHash(req, sad, {hashes[0]});
    QCOMPARE(r.json().value("error_description").toString(),
             QStringLiteral("Hash is not authorized by the SAD."));
    QCOMPARE(f.signHash(req, sad, {hashes[1]}).status, 200);
    // numSignatures reached: consumed
    r = f.signHash(req, sad, {hashes[1]});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value("error").toString(), QStringLiteral("invalid_request"));
    QCOMPARE(r.json().value("error_description").toString(), QStringLiteral("SAD is invalid or consumed"));
}

void TestDevRssp::numSignaturesLimits()
{
    const QString cred = QStringLiteral("cred-rsa3072-totp"); // multisign 10
    auto r = f.authorize(cred, someHashes(HashAlgorithm::Sha256, 11), HashAlgorithm::Sha256, f.rssp.pin(),
                         f.otpFor(cred));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value("error").toString(), QStringLiteral("invalid_request"));
    r = f.authorize(cred, someHashes(HashAlgorithm::Sha256, 2), HashAlgorithm::Sha256, f.rssp.pin(),
                    f.otpFor(cred), 2, 3);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value("error").toString(), QStringLiteral("invalid_request"));
    // a SHA-256 sized hash declared as SHA-512 is refused
    r = f.authorize(cred, someHashes(HashAlgorithm::Sha256, 1), HashAlgorithm::Sha512, f.rssp.pin(),
                    f.otpFor(cred));
    QCOMPARE(r.status, 400);
    const auto ten = someHashes(HashAlgorithm::Sha256, 10);
    const QString sad = f.authorizeOk(cred, ten);
    QVERIFY(!sad.isEmpty());
    r = f.signHash(signReq(cred, QStringLiteral("1.2.840.113549.1.1.11")), sad, ten);
    QCOMPARE(fromB64Array(r.json().value("signatures")).size(), 10);
}

void TestDevRssp::sadExpiry()
{
    const QString cred = QStringLiteral("cred-rsa2048-totp");
    const auto hashes = someHashes(HashAlgorithm::Sha256, 1);
    const auto a = f.authorize(cred, hashes, HashAlgorithm::Sha256, f.rssp.pin(), f.otpFor(cred));
    QCOMPARE(a.json().value("expiresIn").toInt(), 300);
    const QString sad = a.json().value("SAD").toString();
    QVERIFY(f.rssp.advanceClock(301));
    const auto r = f.signHash(signReq(cred, QStringLiteral("1.2.840.113549.1.1.11")), sad, hashes);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value("error").toString(), QStringLiteral("invalid_request"));
    QCOMPARE(r.json().value("error_description").toString(), QStringLiteral("SAD expired"));
    // access tokens expire too (3600 s)
    QVERIFY(f.rssp.advanceClock(3600));
    QCOMPARE(f.call(2, QStringLiteral("credentials/list"), {}).json().value("error").toString(),
             QStringLiteral("expired_token"));
    f.token = f.login();
}

void TestDevRssp::extendTransaction()
{
    const QString cred = QStringLiteral("cred-rsa2048-totp");
    const SignRequest req = signReq(cred, QStringLiteral("1.2.840.113549.1.1.11"));
    const auto hashes = someHashes(HashAlgorithm::Sha256, 2);
    const QString sad = f.authorizeOk(cred, hashes);
    QVERIFY(f.rssp.advanceClock(200));
    auto r = f.call(2, QStringLiteral("credentials/extendTransaction"),
                    {{"credentialID", cred}, {"SAD", sad}, {"hashes", b64Array(hashes)}});
    QVERIFY2(r.status == 200, r.body.constData());
    const QString extended = r.json().value("SAD").toString();
    f.secretsUsed << extended;
    QVERIFY(!extended.isEmpty() && extended != sad);
    QCOMPARE(f.signHash(req, sad, {hashes[0]}).json().value("error_description").toString(),
             QStringLiteral("SAD is invalid or consumed"));
    QVERIFY(f.rssp.advanceClock(200)); // past the first SAD's lifetime, within the new one
    QCOMPARE(f.signHash(req, extended, {hashes[0]}).status, 200);
    // v1 spelling, and an expired SAD cannot be extended
    r = f.call(1, QStringLiteral("credentials/extendTransaction"),
               {{"credentialID", cred}, {"SAD", extended}, {"hash", b64Array({hashes[1]})}});
    QCOMPARE(r.status, 200);
    const QString again = r.json().value("SAD").toString();
    f.secretsUsed << again;
    QVERIFY(f.rssp.advanceClock(301));
    r = f.call(2, QStringLiteral("credentials/extendTransaction"), {{"credentialID", cred}, {"SAD", again}});
    QCOMPARE(r.json().value("error_description").toString(), QStringLiteral("SAD expired"));
}

void TestDevRssp::oobOtpSingleUse()
{
    const QString cred = QStringLiteral("cred-p256-oob");
    const auto hashes = someHashes(HashAlgorithm::Sha256, 1);
    const int before = int(f.rssp.outbox().size());
    const QString otp = f.otpFor(cred);
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{6}$")).match(otp).hasMatch());
    const auto lines = f.rssp.outbox();
    QCOMPARE(lines.size(), before + 1);
    QCOMPARE(lines.last().value("user").toString(), f.rssp.user());
    QVERIFY(!lines.last().value("time").toString().isEmpty());
    QCOMPARE(f.authorize(cred, hashes, HashAlgorithm::Sha256, f.rssp.pin(), otp).status, 200);
    const auto r = f.authorize(cred, hashes, HashAlgorithm::Sha256, f.rssp.pin(), otp);
    QCOMPARE(r.json().value("error").toString(), QStringLiteral("invalid_authentication_data"));
    // a TOTP code is no OTP for the out-of-band credential
    QCOMPARE(f.authorize(cred, hashes, HashAlgorithm::Sha256, f.rssp.pin(), f.rssp.nextTotp()).status, 400);
    // getChallenge on a TOTP credential is refused; sendOTP is v1 only
    QCOMPARE(
        f.call(2, QStringLiteral("credentials/getChallenge"), {{"credentialID", "cred-rsa2048-totp"}}).status,
        400);
    QCOMPARE(f.call(2, QStringLiteral("credentials/sendOTP"), {{"credentialID", cred}}).status, 404);
    QCOMPARE(f.rssp.admin({QStringLiteral("unlock"), QStringLiteral("--credential"), cred}), 0);
}

void TestDevRssp::methodErrors()
{
    QCOMPARE(f.call(2, QStringLiteral("no/such"), {}).status, 404);
    QCOMPARE(f.rssp.get(f.rssp.cscV2() + QStringLiteral("/info")).status, 405);
    const auto r = f.rssp.postRaw(f.rssp.cscV2() + QStringLiteral("/info"), "{not json", "application/json");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value("error").toString(), QStringLiteral("invalid_request"));
    QCOMPARE(f.call(2, QStringLiteral("credentials/authorize"),
                    {{"credentialID", "cred-rsa2048-oauth"},
                     {"numSignatures", 1},
                     {"hashes", b64Array(someHashes(HashAlgorithm::Sha256, 1))},
                     {"hashAlgorithmOID", "2.16.840.1.101.3.4.2.1"}})
                 .status,
             400);
}

void TestDevRssp::adminWhileServing()
{
    QByteArray out;
    QCOMPARE(f.rssp.admin({"user", "add", "--user", "bob", "--password", "bob-pass-1", "--pin", "246810",
                           "--display-name", "Bob Tester"},
                          &out),
             0);
    const QJsonObject bob = QJsonDocument::fromJson(out).object();
    QVERIFY(!bob.contains("password") && !bob.contains("pin"));
    const auto key = rssp::base32Decode(bob.value("totp_secret").toString());
    QVERIFY(key && key->size() == 20);
    QVERIFY(bob.value("totp_uri").toString().startsWith(QStringLiteral("otpauth://totp/")));
    QCOMPARE(f.rssp.admin({"credential", "add", "--user", "bob", "--id", "bob-rsa", "--key", "rsa2048",
                           "--multisign", "2"},
                          &out),
             0);
    QCOMPARE(QJsonDocument::fromJson(out).object().value("id").toString(), QStringLiteral("bob-rsa"));
    QCOMPARE(f.rssp.admin({"credential", "add", "--user", "bob", "--id", "bob-rsa", "--key", "p256"}), 1);
    QCOMPARE(f.rssp.admin({"credential", "add", "--user", "nobody", "--id", "x", "--key", "p256"}), 1);

    // the running server sees the new user, certificate and HSM key
    const auto login = f.rssp.post(f.rssp.cscV2() + QStringLiteral("/auth/login"), {}, {}, "bob:bob-pass-1");
    const QString token = login.json().value("access_token").toString();
    QVERIFY2(!token.isEmpty(), login.body.constData());
    QCOMPARE(f.call(2, QStringLiteral("credentials/list"), {}, token).json().value("credentialIDs").toArray(),
             QJsonArray{"bob-rsa"});
    const auto info =
        f.call(2, QStringLiteral("credentials/info"), {{"credentialID", "bob-rsa"}}, token).json();
    QVERIFY(info.value("cert")
                .toObject()
                .value("subjectDN")
                .toString()
                .contains(QStringLiteral("CN=Bob Tester")));
    QCOMPARE(f.call(2, QStringLiteral("credentials/info"), {{"credentialID", "bob-rsa"}}).status,
             400); // not demo's

    const auto hashes = someHashes(HashAlgorithm::Sha256, 1);
    const QString otp = rssp::totp(*key, f.rssp.serverNow().toSecsSinceEpoch());
    const auto a = f.call(2, QStringLiteral("credentials/authorize"),
                          {{"credentialID", "bob-rsa"},
                           {"numSignatures", 1},
                           {"hashes", b64Array(hashes)},
                           {"hashAlgorithmOID", "2.16.840.1.101.3.4.2.1"},
                           {"authData", QJsonArray{QJsonObject{{"id", "PIN"}, {"value", "246810"}},
                                                   QJsonObject{{"id", "OTP"}, {"value", otp}}}}},
                          token);
    QVERIFY2(a.status == 200, a.body.constData());
    const SignRequest req = signReq(QStringLiteral("bob-rsa"), QStringLiteral("1.2.840.113549.1.1.11"));
    const auto r = f.signHash(req, a.json().value("SAD").toString(), hashes, token);
    QVERIFY2(r.status == 200, r.body.constData());
    QString why;
    const QByteArray cert = QByteArray::fromBase64(
        info.value("cert").toObject().value("certificates").toArray().at(0).toString().toLatin1());
    QVERIFY2(verifySignature(cert, req, hashes[0], fromB64Array(r.json().value("signatures")).value(0), &why),
             qPrintable(why));

    QCOMPARE(f.rssp.admin({"list"}, &out), 0);
    const QJsonArray users = QJsonDocument::fromJson(out).object().value("users").toArray();
    QCOMPARE(users.size(), 2);
    QVERIFY(!out.contains("bob-pass-1") && !out.contains("246810"));
}

void TestDevRssp::auditLogClean()
{
    QByteArray out;
    QCOMPARE(f.rssp.admin({QStringLiteral("audit-verify")}, &out), 0);
    QVERIFY2(out.startsWith("audit: ") && out.contains("chain intact"), out.constData());
    f.secretsUsed << QStringLiteral("bob-pass-1");
    QVERIFY(f.secretsUsed.size() > 20);
    QCOMPARE(f.secretsInAuditLog(), 0);
    QFile log(f.rssp.auditLog());
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray text = log.readAll();
    for (const char *type : {"\"type\":\"lockout\"", "\"type\":\"authorize_failed\"",
                             "\"type\":\"admin_unlock\"", "\"type\":\"sad_rejected\"", "\"type\":\"sign\""})
        QVERIFY2(text.contains(type), type);
}

QTEST_GUILESS_MAIN(TestDevRssp)
#include "tst_devrssp.moc"
