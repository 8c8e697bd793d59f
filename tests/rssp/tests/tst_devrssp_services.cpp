// sic-devrssp beyond the explicit flow: OAuth2 with PKCE, TSA, OCSP, CRL, injected faults (a slow
// signHash among them) and the hash-chained audit log.

#include "rsspfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>
#include <QUrlQuery>

#include <openssl/pem.h>

using sic::HashAlgorithm;

namespace {

struct Pkce
{
    QString verifier;
    QString challenge;
};

Pkce makePkce()
{
    const QByteArray verifier = QByteArray::number(QRandomGenerator::global()->generate64(), 16).repeated(4);
    const QByteArray challenge =
        sic::digestBytes(HashAlgorithm::Sha256, verifier)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return {QString::fromLatin1(verifier), QString::fromLatin1(challenge)};
}

QByteArray form(const QList<QPair<QString, QString>> &items)
{
    QByteArray out;
    for (const auto &[k, v] : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    }
    return out;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

qsizetype signRecords(const QString &auditLog)
{
    return readFile(auditLog).count("\"type\":\"sign\"");
}

} // namespace

class TestDevRsspServices : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void oauthRejectsBadRequests();
    void oauthServiceScope();
    void oauthCredentialScope();
    void tsaReplyVerifies();
    // before timestampMethod, which moves the server clock by a day (openssl ocsp checks thisUpdate)
    void ocspStatuses_data();
    void ocspStatuses();
    void crl();
    void timestampMethod();
    void faults();
    void slowSign();
    void auditLog(); // last: checks everything the suite did

private:
    QString authorizeUrl(const QList<QPair<QString, QString>> &extra, const QString &redirect);
    // Runs the browser part: GET the login page, POST the form; returns the Location of the redirect.
    QUrl browserLogin(const QString &url, const QList<QPair<QString, QString>> &fields);
    RsspFixture f;
    const QString m_redirect = QStringLiteral("http://127.0.0.1:53682/callback");
};

void TestDevRsspServices::initTestCase()
{
    QString error;
    QVERIFY2(f.start(&error), qPrintable(error));
}

void TestDevRsspServices::cleanupTestCase()
{
    f.rssp.stop();
}

QString TestDevRsspServices::authorizeUrl(const QList<QPair<QString, QString>> &extra,
                                          const QString &redirect)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("client_id"), f.rssp.init().value("oauth_client_id").toString());
    q.addQueryItem(QStringLiteral("redirect_uri"), QString::fromLatin1(QUrl::toPercentEncoding(redirect)));
    q.addQueryItem(QStringLiteral("state"), QStringLiteral("st4te"));
    for (const auto &[k, v] : extra)
        q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    return f.rssp.base() + QStringLiteral("/oauth2/authorize?") + q.query(QUrl::FullyEncoded);
}

QUrl TestDevRsspServices::browserLogin(const QString &url, const QList<QPair<QString, QString>> &fields)
{
    const auto page = f.rssp.get(url);
    if (page.status != 200 || !page.body.contains("name=\"username\""))
        return {};
    // the hidden inputs of the page carry the request: post them back like a browser would
    QList<QPair<QString, QString>> items;
    static const QRegularExpression hidden(
        QStringLiteral("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">"));
    for (auto it = hidden.globalMatch(QString::fromUtf8(page.body)); it.hasNext();) {
        const auto m = it.next();
        QString value = m.captured(2);
        value.replace(QStringLiteral("&quot;"), QStringLiteral("\""))
            .replace(QStringLiteral("&lt;"), QStringLiteral("<"));
        value.replace(QStringLiteral("&gt;"), QStringLiteral(">"))
            .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        items.append({m.captured(1), value});
    }
    items += fields;
    const auto r = f.rssp.postRaw(f.rssp.base() + QStringLiteral("/oauth2/authorize"), form(items),
                                  "application/x-www-form-urlencoded");
    return r.status == 302 ? QUrl(QString::fromLatin1(r.location)) : QUrl();
}

void TestDevRsspServices::oauthRejectsBadRequests()
{
    const Pkce pkce = makePkce();
    const QList<QPair<QString, QString>> base{
        {"scope", "service"}, {"code_challenge", pkce.challenge}, {"code_challenge_method", "S256"}};
    QCOMPARE(f.rssp.get(authorizeUrl(base, m_redirect)).status, 200);
    for (const QString &bad :
         {QStringLiteral("https://evil.example/cb"), QStringLiteral("http://192.168.1.2:8080/cb"),
          QStringLiteral("http://127.0.0.1/no-port"), QStringLiteral("sic://callback")})
        QCOMPARE(f.rssp.get(authorizeUrl(base, bad)).status, 400);
    // no PKCE: the error goes back to the client
    const auto noPkce = f.rssp.get(authorizeUrl({{"scope", "service"}}, m_redirect));
    QCOMPARE(noPkce.status, 302);
    QVERIFY(noPkce.location.contains("error=invalid_request"));
    // wrong password: access_denied, state kept
    const QUrl denied =
        browserLogin(authorizeUrl(base, m_redirect), {{"username", "demo"}, {"password", "wrong"}});
    QCOMPARE(QUrlQuery(denied).queryItemValue("error"), QStringLiteral("access_denied"));
    QCOMPARE(QUrlQuery(denied).queryItemValue("state"), QStringLiteral("st4te"));
}

void TestDevRsspServices::oauthServiceScope()
{
    const Pkce pkce = makePkce();
    const QList<QPair<QString, QString>> login{{"username", f.rssp.user()}, {"password", f.rssp.password()}};
    const QString url = authorizeUrl(
        {{"scope", "service"}, {"code_challenge", pkce.challenge}, {"code_challenge_method", "S256"}},
        m_redirect);
    QUrl back = browserLogin(url, login);
    QVERIFY2(back.toString().startsWith(m_redirect + u'?'), qPrintable(back.toString()));
    QCOMPARE(QUrlQuery(back).queryItemValue("state"), QStringLiteral("st4te"));
    QString code = QUrlQuery(back).queryItemValue("code");
    QVERIFY(!code.isEmpty());
    const QString tokenUrl = f.rssp.base() + QStringLiteral("/oauth2/token");
    auto exchange = [&](const QString &c, const QString &verifier) {
        return f.rssp.postRaw(tokenUrl,
                              form({{"grant_type", "authorization_code"},
                                    {"code", c},
                                    {"client_id", "sic-desktop"},
                                    {"redirect_uri", m_redirect},
                                    {"code_verifier", verifier}}),
                              "application/x-www-form-urlencoded");
    };
    auto r = exchange(code, makePkce().verifier);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value("error").toString(), QStringLiteral("invalid_grant"));
    // the code died with the failed attempt
    QCOMPARE(exchange(code, pkce.verifier).status, 400);

    back = browserLogin(url, login);
    code = QUrlQuery(back).queryItemValue("code");
    r = exchange(code, pkce.verifier);
    QVERIFY2(r.status == 200, r.body.constData());
    const QString access = r.json().value("access_token").toString();
    const QString refresh = r.json().value("refresh_token").toString();
    f.secretsUsed << access << refresh << code;
    QCOMPARE(r.json().value("token_type").toString(), QStringLiteral("Bearer"));
    QCOMPARE(f.call(2, QStringLiteral("credentials/list"), {}, access).status, 200);
    QCOMPARE(exchange(code, pkce.verifier).status, 400); // single use
    r = f.rssp.postRaw(
        tokenUrl,
        form({{"grant_type", "refresh_token"}, {"refresh_token", refresh}, {"client_id", "sic-desktop"}}),
        "application/x-www-form-urlencoded");
    QCOMPARE(r.status, 200);
    f.secretsUsed << r.json().value("access_token").toString() << r.json().value("refresh_token").toString();
}

void TestDevRsspServices::oauthCredentialScope()
{
    const QString cred = QStringLiteral("cred-rsa2048-oauth");
    const Pkce pkce = makePkce();
    const auto hashes = someHashes(HashAlgorithm::Sha256, 2);
    QStringList encoded;
    for (const QByteArray &h : hashes)
        encoded << QString::fromLatin1(
            h.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QString url = authorizeUrl({{"scope", "credential"},
                                      {"code_challenge", pkce.challenge},
                                      {"code_challenge_method", "S256"},
                                      {"credentialID", cred},
                                      {"numSignatures", "2"},
                                      {"hashes", encoded.join(u',')},
                                      {"hashAlgorithmOID", "2.16.840.1.101.3.4.2.1"}},
                                     m_redirect);
    QVERIFY(f.rssp.get(url).body.contains("name=\"pin\""));
    const QString otp = f.rssp.nextTotp();
    f.secretsUsed << otp;
    const QUrl back = browserLogin(
        url,
        {{"username", f.rssp.user()}, {"password", f.rssp.password()}, {"pin", f.rssp.pin()}, {"otp", otp}});
    const QString code = QUrlQuery(back).queryItemValue("code");
    QVERIFY2(!code.isEmpty(), qPrintable(back.toString()));
    const auto r = f.rssp.postRaw(f.rssp.base() + QStringLiteral("/oauth2/token"),
                                  form({{"grant_type", "authorization_code"},
                                        {"code", code},
                                        {"client_id", "sic-desktop"},
                                        {"redirect_uri", m_redirect},
                                        {"code_verifier", pkce.verifier}}),
                                  "application/x-www-form-urlencoded");
    QVERIFY2(r.status == 200, r.body.constData());
    const QString sad = r.json().value("access_token").toString();
    f.secretsUsed << sad << code;
    QCOMPARE(f.call(2, QStringLiteral("credentials/list"), {}, sad).status, 401); // only good for signHash

    const SignRequest req = signReq(cred, QStringLiteral("1.2.840.113549.1.1.11"));
    const QByteArray cert = f.certificateDer(cred);
    // as SAD with the service token, then as the Bearer token itself
    auto s = f.signHash(req, sad, {hashes[0]});
    QVERIFY2(s.status == 200, s.body.constData());
    QString why;
    QVERIFY2(verifySignature(cert, req, hashes[0], fromB64Array(s.json().value("signatures")).value(0), &why),
             qPrintable(why));
    QCOMPARE(f.signHash(req, {}, someHashes(HashAlgorithm::Sha256, 1), sad).status, 400); // not authorized
    s = f.signHash(req, {}, {hashes[1]}, sad);
    QVERIFY2(s.status == 200, s.body.constData());
    QVERIFY(verifySignature(cert, req, hashes[1], fromB64Array(s.json().value("signatures")).value(0), &why));
    QCOMPARE(f.signHash(req, sad, {hashes[1]}).status, 400); // consumed
}

void TestDevRsspServices::tsaReplyVerifies()
{
    const QString dir = f.tmp.filePath(QStringLiteral("tsa"));
    QDir().mkpath(dir);
    QFile data(dir + "/data.txt");
    QVERIFY(data.open(QIODevice::WriteOnly));
    data.write("time-stamp me\n");
    data.close();
    QByteArray out;
    QCOMPARE(
        runProgram("openssl",
                   {"ts", "-query", "-data", dir + "/data.txt", "-sha256", "-cert", "-out", dir + "/req.tsq"},
                   &out),
        0);
    const auto r = f.rssp.postRaw(f.rssp.ready().value("tsa").toString(), readFile(dir + "/req.tsq"),
                                  "application/timestamp-query");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.contentType, QByteArray("application/timestamp-reply"));
    QFile reply(dir + "/resp.tsr");
    QVERIFY(reply.open(QIODevice::WriteOnly));
    reply.write(r.body);
    reply.close();
    const QString pki = f.rssp.pkiDir();
    const int rc = runProgram("openssl",
                              {"ts", "-verify", "-in", dir + "/resp.tsr", "-queryfile", dir + "/req.tsq",
                               "-CAfile", pki + "/trust/root.pem", "-untrusted", pki + "/tsa/tsa.chain.pem"},
                              &out);
    QVERIFY2(rc == 0 && out.contains("Verification: OK"), out.constData());
    QCOMPARE(runProgram("openssl", {"ts", "-reply", "-in", dir + "/resp.tsr", "-text"}, &out), 0);
    QVERIFY2(out.contains("Policy OID: 1.2.3.4.1") || out.contains("tsa_policy1"), out.constData());
}

void TestDevRsspServices::timestampMethod()
{
    const QByteArray hash = sic::digestBytes(HashAlgorithm::Sha384, "document");
    const auto r = f.call(2, QStringLiteral("signatures/timestamp"),
                          {{"hash", QString::fromLatin1(hash.toBase64())},
                           {"hashAlgo", "2.16.840.1.101.3.4.2.2"},
                           {"nonce", "0a1b2c3d4e5f"}});
    QVERIFY2(r.status == 200, r.body.constData());
    const QByteArray der = QByteArray::fromBase64(r.json().value("timestamp").toString().toLatin1());
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    sic::ossl::Pkcs7 token(d2i_PKCS7(nullptr, &p, long(der.size())));
    QVERIFY(token);
    using TstInfo = sic::ossl::Ptr<TS_TST_INFO, TS_TST_INFO_free>;
    TstInfo info(PKCS7_to_TS_TST_INFO(token.get()));
    QVERIFY(info);
    QCOMPARE(ASN1_INTEGER_get(TS_TST_INFO_get_nonce(info.get())), 0x0a1b2c3d4e5fL);
    const ASN1_OCTET_STRING *imprint = TS_MSG_IMPRINT_get_msg(TS_TST_INFO_get_msg_imprint(info.get()));
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(imprint)),
                        ASN1_STRING_length(imprint)),
             hash);
    // the token's time is the server clock
    QVERIFY(f.rssp.advanceClock(86400));
    f.token = f.login(); // the day moved past the access token's lifetime
    const auto later =
        f.call(2, QStringLiteral("signatures/timestamp"),
               {{"hash", QString::fromLatin1(hash.toBase64())}, {"hashAlgo", "2.16.840.1.101.3.4.2.2"}});
    const QByteArray der2 = QByteArray::fromBase64(later.json().value("timestamp").toString().toLatin1());
    p = reinterpret_cast<const unsigned char *>(der2.constData());
    sic::ossl::Pkcs7 token2(d2i_PKCS7(nullptr, &p, long(der2.size())));
    QVERIFY2(token2, later.body.constData());
    TstInfo info2(PKCS7_to_TS_TST_INFO(token2.get()));
    QVERIFY(info2);
    int days = 0, secs = 0;
    ASN1_TIME_diff(&days, &secs, TS_TST_INFO_get_time(info.get()), TS_TST_INFO_get_time(info2.get()));
    QCOMPARE(days, 1);
    QCOMPARE(
        f.call(2, QStringLiteral("signatures/timestamp"), {{"hash", "AAAA"}, {"hashAlgo", "1.3.14.3.2.26"}})
            .status,
        400);
}

void TestDevRsspServices::ocspStatuses_data()
{
    QTest::addColumn<QString>("signer");
    QTest::addColumn<QString>("status");
    QTest::newRow("revoked") << "revoked"
                             << "revoked";
    QTest::newRow("rsa2048") << "rsa2048"
                             << "good";
    QTest::newRow("ecp256") << "ecp256"
                            << "good";
    QTest::newRow("issued by the RSSP") << "cred-p384-totp"
                                        << "good";
}

void TestDevRsspServices::ocspStatuses()
{
    QFETCH(QString, signer);
    QFETCH(QString, status);
    const QString pki = f.rssp.pkiDir();
    QString certFile = pki + "/signers/" + signer + ".pem";
    if (signer.startsWith(u"cred-")) { // a certificate this RSSP issued, from credentials/info
        auto x = sic::ossl::x509FromDer(f.certificateDer(signer));
        QVERIFY(x);
        certFile = f.tmp.filePath(signer + ".pem");
        sic::ossl::Bio bio(BIO_new(BIO_s_mem()));
        PEM_write_bio_X509(bio.get(), x.get());
        QFile pem(certFile);
        QVERIFY(pem.open(QIODevice::WriteOnly));
        pem.write(sic::ossl::bioBytes(bio.get()));
    }
    QByteArray out;
    const int rc = runProgram("openssl",
                              {"ocsp", "-issuer", pki + "/intermediate/ca.pem", "-cert", certFile, "-url",
                               f.rssp.ready().value("ocsp").toString(), "-CAfile", pki + "/trust/root.pem",
                               "-verify_other", pki + "/intermediate/ca.pem"},
                              &out);
    QVERIFY2(rc == 0, out.constData());
    QVERIFY2(out.contains("Response verify OK"), out.constData());
    QVERIFY2(out.contains(QString(signer + ".pem: " + status).toUtf8()), out.constData());
}

void TestDevRsspServices::crl()
{
    const auto r = f.rssp.get(f.rssp.ready().value("crl").toString());
    QCOMPARE(r.status, 200);
    const auto *p = reinterpret_cast<const unsigned char *>(r.body.constData());
    sic::ossl::X509Crl crl(d2i_X509_CRL(nullptr, &p, long(r.body.size())));
    QVERIFY(crl);
    QCOMPARE(sk_X509_REVOKED_num(X509_CRL_get_REVOKED(crl.get())), 1);

    // The same CRL over plain HTTP, where the signing API is not offered.
    QVERIFY(f.rssp.pkiHttp().startsWith(QLatin1String("http://127.0.0.1:")));
    const auto plain = f.rssp.get(f.rssp.pkiHttp() + QStringLiteral("/crl"));
    QCOMPARE(plain.status, 200);
    QCOMPARE(plain.body, r.body);
    QCOMPARE(f.rssp.get(f.rssp.pkiHttp() + QStringLiteral("/csc/v2/info")).status, 404);
}

void TestDevRsspServices::faults()
{
    const QString cred = QStringLiteral("cred-p384-totp");
    const SignRequest req = signReq(cred, QStringLiteral("1.2.840.10045.4.3.3"), HashAlgorithm::Sha384);
    const QByteArray cert = f.certificateDer(cred);
    auto signTwo = [&](const QString &fault, QList<QByteArray> *hashes) {
        *hashes = someHashes(HashAlgorithm::Sha384, 2);
        const QString sad = f.authorizeOk(cred, *hashes, HashAlgorithm::Sha384);
        f.rssp.setFault(fault);
        const auto r = f.signHash(req, sad, *hashes);
        f.rssp.setFault(QStringLiteral("none"));
        return fromB64Array(r.json().value("signatures"));
    };
    QList<QByteArray> hashes;
    QString why;
    auto sigs = signTwo(QStringLiteral("swap-signatures"), &hashes);
    QCOMPARE(sigs.size(), 2);
    QVERIFY(verifySignature(cert, req, hashes[1], sigs[0], &why));
    QVERIFY(!verifySignature(cert, req, hashes[0], sigs[0], &why));
    sigs = signTwo(QStringLiteral("corrupt-signature"), &hashes);
    QVERIFY(!verifySignature(cert, req, hashes[0], sigs[0], &why));
    QVERIFY(verifySignature(cert, req, hashes[1], sigs[1], &why));
    sigs = signTwo(QStringLiteral("raw-ecdsa"), &hashes);
    QCOMPARE(sigs[0].size(), 96); // r || s for P-384
    sigs = signTwo(QStringLiteral("cms-instead-of-raw"), &hashes);
    const auto *p = reinterpret_cast<const unsigned char *>(sigs[0].constData());
    sic::ossl::Pkcs7 p7(d2i_PKCS7(nullptr, &p, long(sigs[0].size())));
    QVERIFY(p7 && PKCS7_type_is_signed(p7.get()));

    QVERIFY(f.rssp.setFault(QStringLiteral("http-500")));
    auto r = f.call(2, QStringLiteral("credentials/list"), {});
    QCOMPARE(r.status, 500);
    QCOMPARE(r.json().value("error").toString(), QStringLiteral("server_error"));
    QVERIFY(f.rssp.setFault(QStringLiteral("non-json-error")));
    r = f.call(2, QStringLiteral("credentials/list"), {});
    QCOMPARE(r.status, 401);
    QVERIFY(r.json().isEmpty() && !r.body.isEmpty());
    QVERIFY(!f.rssp.setFault(QStringLiteral("no-such-fault")));
    QVERIFY(f.rssp.setFault(QStringLiteral("none")));
    QCOMPARE(f.call(2, QStringLiteral("credentials/list"), {}).status, 200);
}

void TestDevRsspServices::slowSign()
{
    const QString faultUrl = f.rssp.base() + QStringLiteral("/test/fault");
    auto r = f.rssp.post(faultUrl, {{"mode", "slow-sign"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value("seconds").toInt(), 4); // the default
    QCOMPARE(f.rssp.post(faultUrl, {{"mode", "slow-sign"}, {"seconds", 0}}).status, 400);
    QCOMPARE(f.rssp.post(faultUrl, {{"mode", "slow-sign"}, {"seconds", "soon"}}).status, 400);
    const int delayMs = 3000;
    r = f.rssp.post(faultUrl, {{"mode", "slow-sign"}, {"seconds", delayMs / 1000}});
    QCOMPARE(r.json().value("mode").toString(), QStringLiteral("slow-sign"));
    QCOMPARE(r.json().value("seconds").toInt(), delayMs / 1000);

    const QString cred = QStringLiteral("cred-rsa2048-totp");
    const SignRequest req = signReq(cred, QStringLiteral("1.2.840.113549.1.1.11"));
    const QByteArray cert = f.certificateDer(cred);
    const QList<QByteArray> hashes = someHashes(HashAlgorithm::Sha256, 2, "slow");
    const QString sad = f.authorizeOk(cred, hashes);
    QVERIFY(!sad.isEmpty());

    // Sent without waiting for it, as the app does.
    QNetworkRequest nr{QUrl(f.rssp.cscV2() + QStringLiteral("/signatures/signHash"))};
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(f.rssp.caCertificates());
    nr.setSslConfiguration(ssl);
    nr.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    nr.setRawHeader("Authorization", "Bearer " + f.token.toLatin1());
    const QJsonObject body{{"credentialID", cred},
                           {"SAD", sad},
                           {"hashes", b64Array(hashes)},
                           {"hashAlgorithmOID", QString::fromLatin1(sic::hashInfo(req.hash).oid)},
                           {"signAlgo", req.signAlgo}};
    const qsizetype signedBefore = signRecords(f.rssp.auditLog());
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<QNetworkReply> reply(
        f.rssp.network().post(nr, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);

    // Once the server has made the signature (its audit record), it holds the answer back and
    // meanwhile answers other requests at once: it waits on a timer, not in a sleep.
    QTRY_VERIFY_WITH_TIMEOUT(signRecords(f.rssp.auditLog()) == signedBefore + 1, 10000);
    QCOMPARE(f.call(2, QStringLiteral("credentials/list"), {}).status, 200);
    QCOMPARE(f.call(2, QStringLiteral("info"), {}).status, 200);
    QVERIFY2(!reply->isFinished(),
             qPrintable(QStringLiteral("signHash answered after %1 ms").arg(clock.elapsed())));

    QVERIFY(finished.wait(30000));
    QVERIFY2(clock.elapsed() >= delayMs, qPrintable(QStringLiteral("after %1 ms").arg(clock.elapsed())));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const auto sigs = fromB64Array(QJsonDocument::fromJson(reply->readAll()).object().value("signatures"));
    QCOMPARE(sigs.size(), 2);
    QString why;
    for (int i = 0; i < 2; ++i)
        QVERIFY2(verifySignature(cert, req, hashes[i], sigs[i], &why), qPrintable(why));
    QVERIFY(f.rssp.setFault(QStringLiteral("none")));
}

void TestDevRsspServices::auditLog()
{
    QByteArray out;
    QCOMPARE(f.rssp.admin({QStringLiteral("audit-verify")}, &out), 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^audit: \\d+ records, chain intact"))
                 .match(QString::fromUtf8(out))
                 .hasMatch(),
             out.constData());

    const QByteArray log = readFile(f.rssp.auditLog());
    QStringList types;
    for (const QByteArray &line : log.split('\n'))
        if (!line.isEmpty())
            types << QJsonDocument::fromJson(line).object().value("type").toString();
    for (const char *t : {"login", "login_failed", "authorize", "sign", "timestamp", "token_refresh",
                          "admin_user_add", "admin_credential_add"})
        QVERIFY2(types.contains(QLatin1String(t)), t);

    // no secret the suite used appears anywhere
    QVERIFY(f.secretsUsed.size() > 10);
    QCOMPARE(f.secretsInAuditLog(), 0);

    // a modified record breaks the chain at that record
    const QString copy = f.tmp.filePath(QStringLiteral("tampered"));
    QDir().mkpath(copy);
    QList<QByteArray> lines = log.trimmed().split('\n');
    QVERIFY(lines.size() > 5);
    lines[2].replace("\"outcome\":\"ok\"", "\"outcome\":\"no\"");
    lines[2].replace("\"outcome\":\"rejected\"", "\"outcome\":\"ok\"");
    QFile t(copy + "/audit.jsonl");
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write(lines.join('\n') + '\n');
    t.close();
    QCOMPARE(runProgram(DevRssp::binary(), {"audit-verify", "--state", copy}, &out), 1);
    QVERIFY2(out.contains("record 3"), out.constData());
}

QTEST_GUILESS_MAIN(TestDevRsspServices)
#include "tst_devrssp_services.moc"
