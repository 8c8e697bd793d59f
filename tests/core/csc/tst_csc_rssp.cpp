// The CSC protocol end to end against a real sic-devrssp: every credential type over v2 and v1,
// the authorization dialogue, SCAL2 binding, and the service's refusals mapped to typed errors.
// Every returned value is checked with OpenSSL against the certificate and its digest.
#include "crypto/ecdsa.h"
#include "cscintegration.h"

#include "csc/cschashsigner.h"
#include "csc/encoding.h"
#include "csc/signaturecheck.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace sic;
using namespace sic::csc;

namespace {
QList<QByteArray> digests(int n, HashAlgorithm alg = HashAlgorithm::Sha256, const QByteArray &salt = "doc")
{
    QList<QByteArray> out;
    for (int i = 0; i < n; ++i)
        out << digestBytes(alg, salt + QByteArray::number(i));
    return out;
}
} // namespace

class TstCscRssp : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    DevRssp m_rssp;
    QStringList m_secrets; // every PIN, OTP, password and SAD the test used

    QString totp()
    {
        const QString code = m_rssp.nextTotp();
        m_secrets << code;
        return code;
    }

    // Answers with the right factors for any credential of the demo user.
    FactorAnswer goodAnswer(const FactorRequest &r)
    {
        if (r.factors.contains(AuthFactor::OAuth2Browser))
            return FactorAnswer{FactorAnswer::Action::Submit, {}, {}};
        if (r.factors.contains(AuthFactor::OtpOutOfBand)) {
            if (!r.otpSent)
                return FactorAnswer{FactorAnswer::Action::SendOtp, {}, {}};
            const QString code = m_rssp.lastOobOtp(r.credential.id);
            m_secrets << code;
            return FactorAnswer{FactorAnswer::Action::Submit, m_rssp.pin().toUtf8(), code.toUtf8()};
        }
        return FactorAnswer{FactorAnswer::Action::Submit, m_rssp.pin().toUtf8(), totp().toUtf8()};
    }

    // Authorizes hashes directly through the client (for SAD tests); returns the SAD.
    Result<Sad> authorizeDirect(Session &s, const Credential &c, const QList<QByteArray> &hashes)
    {
        FactorAnswer a{FactorAnswer::Action::Submit, m_rssp.pin().toUtf8(), totp().toUtf8()};
        Waiter<Sad> w;
        s.client->authorize(c, hashes, HashAlgorithm::Sha256, a, w.cb());
        if (!w.wait())
            return fail(QStringLiteral("test.timeout"), QStringLiteral("timeout"));
        if (*w.result)
            m_secrets << QString::fromUtf8(w.v().value);
        return *w.result;
    }

    Result<QList<QByteArray>> signHashDirect(Session &s, const Credential &c, const Sad &sad,
                                             const QList<QByteArray> &hashes)
    {
        Waiter<QList<QByteArray>> w;
        s.client->signHash(c, sad, hashes, HashAlgorithm::Sha256, QStringLiteral("1.2.840.113549.1.1.11"), {},
                           w.cb());
        if (!w.wait())
            return fail(QStringLiteral("test.timeout"), QStringLiteral("timeout"));
        return *w.result;
    }

private slots:
    void initTestCase()
    {
        LogCollector::install();
        qInfo("csc log collector armed");
        QVERIFY(m_tmp.isValid());
        const auto started = m_rssp.start(m_tmp.filePath(QStringLiteral("rssp")));
        QVERIFY2(started.ok(), qPrintable(started.error));
        m_secrets << m_rssp.password() << m_rssp.pin() << m_rssp.totpSecret();
    }

    void listsCredentials_data()
    {
        QTest::addColumn<QString>("api");
        QTest::newRow("v2") << "csc_v2";
        QTest::newRow("v1") << "csc_v1";
        QTest::newRow("base url") << "base";
    }
    void listsCredentials()
    {
        QFETCH(QString, api);
        Session s;
        const QString err = s.open(m_rssp, m_rssp.ready().value(api).toString());
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QCOMPARE(s.client->apiVersion(), api == QLatin1String("csc_v1") ? 1 : 2);
        Waiter<QList<Credential>> w;
        s.client->listCredentials(w.cb());
        QVERIFY(w.wait());
        QVERIFY2(w.ok(), w.why().constData());
        QHash<QString, Credential> byId;
        for (const Credential &c : w.v())
            byId.insert(c.id, c);
        QVERIFY2(byId.size() >= 5, qPrintable(QString::number(byId.size())));
        const Credential rsa = byId.value(QStringLiteral("cred-rsa2048-totp"));
        QCOMPARE(rsa.keyAlgorithm, Credential::KeyAlgorithm::Rsa);
        QCOMPARE(rsa.keyBits, 2048);
        QCOMPARE(rsa.multisign, 100);
        QCOMPARE(rsa.factors, (QList<AuthFactor>{AuthFactor::Pin, AuthFactor::OtpTotp}));
        QCOMPARE(rsa.keyAuthorizationLevel(), 2);
        QVERIFY(rsa.usable());
        QVERIFY(!rsa.subjectCn.isEmpty());
        QVERIFY(rsa.chain.size() >= 2); // end-entity + intermediate
        const Credential oob = byId.value(QStringLiteral("cred-p256-oob"));
        QCOMPARE(oob.curve, QStringLiteral("P-256"));
        QVERIFY(oob.factors.contains(AuthFactor::OtpOutOfBand));
        const Credential p384 = byId.value(QStringLiteral("cred-p384-totp"));
        QCOMPARE(p384.curve, QStringLiteral("P-384"));
        QCOMPARE(byId.value(QStringLiteral("cred-rsa3072-totp")).keyBits, 3072);
        QVERIFY(byId.value(QStringLiteral("cred-rsa2048-oauth")).factors.contains(AuthFactor::OAuth2Browser));
    }

    void serviceLoginInTheBrowser()
    {
        Session s;
        QVERIFY(s.open(m_rssp, m_rssp.cscV2(), false).isEmpty());
        TestBrowser browser{m_rssp, {}, [] { return QString(); }, {}, {}, 0};
        auto opener = browser.opener();
        Waiter<void> login;
        s.client->loginOAuth(opener, login.cb());
        QVERIFY(login.wait());
        QVERIFY2(login.ok(), (login.why() + ' ' + browser.lastError.toUtf8()).constData());
        QCOMPARE(browser.pagesLoaded, 1);
        QVERIFY(s.client->isLoggedIn());
        Waiter<QList<Credential>> list;
        s.client->listCredentials(list.cb());
        QVERIFY(list.wait());
        QVERIFY2(list.ok(), list.why().constData());
        QVERIFY(!list.v().isEmpty());

        // A wrong password on the login page ends in a refused grant, not a session.
        Session refused;
        QVERIFY(refused.open(m_rssp, m_rssp.cscV2(), false).isEmpty());
        TestBrowser wrong{m_rssp, {}, [] { return QString(); }, QStringLiteral("not-the-password"), {}, 0};
        auto wrongOpener = wrong.opener();
        Waiter<void> denied;
        refused.client->loginOAuth(wrongOpener, denied.cb());
        QVERIFY(denied.wait());
        QCOMPARE(denied.code(), QStringLiteral("csc.login_failed")); // access_denied on the redirect
        QVERIFY(!refused.client->isLoggedIn());
    }

    void signsWithEveryCredential_data()
    {
        QTest::addColumn<QString>("api");
        QTest::addColumn<QString>("credential");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("pss");
        for (const char *api : {"csc_v2", "csc_v1"}) {
            const QString a = QString::fromLatin1(api);
            QTest::addRow("%s rsa2048 totp", api) << a << "cred-rsa2048-totp" << 3 << false;
            QTest::addRow("%s rsa3072 totp pss", api) << a << "cred-rsa3072-totp" << 2 << true;
            QTest::addRow("%s p256 oob", api) << a << "cred-p256-oob" << 2 << false;
            QTest::addRow("%s p384 totp", api) << a << "cred-p384-totp" << 2 << false;
            QTest::addRow("%s rsa2048 oauth2code", api) << a << "cred-rsa2048-oauth" << 2 << false;
        }
    }
    void signsWithEveryCredential()
    {
        QFETCH(QString, api);
        QFETCH(QString, credential);
        QFETCH(int, count);
        QFETCH(bool, pss);
        Session s;
        const QString err = s.open(m_rssp, m_rssp.ready().value(api).toString());
        QVERIFY2(err.isEmpty(), qPrintable(err));
        auto cred = s.credential(credential);
        QVERIFY2(cred, cred ? "" : qPrintable(cred.error().toString()));
        LambdaPrompter prompter;
        prompter.answer = [this](const FactorRequest &r) {
            return goodAnswer(r);
        };
        TestBrowser browser{m_rssp, m_rssp.pin(), [this] { return totp(); }, {}, {}, 0};
        auto opener = browser.opener();
        CscHashSigner signer(*s.client, *cred, prompter, &opener, {HashAlgorithm::Sha256, pss});
        const auto ds = digests(count, HashAlgorithm::Sha256, credential.toUtf8() + api.toUtf8());
        Waiter<QList<QByteArray>> w;
        signer.signDigests(ds, w.cb());
        QVERIFY(w.wait());
        QVERIFY2(w.ok(), (w.why() + ' ' + browser.lastError.toUtf8()).constData());
        QCOMPARE(w.v().size(), count);
        if (pss)
            QCOMPARE(signer.scheme().kind, SignatureScheme::Kind::RsaPss);
        for (int i = 0; i < count; ++i) {
            const auto check = checkSignatureValue(cred->chain.first(), signer.scheme(), ds[i], w.v()[i]);
            QVERIFY2(check, check ? "" : qPrintable(check.error().toString()));
            QCOMPARE(*check, w.v()[i]); // already in final form (ECDSA DER)
        }
        QCOMPARE(prompter.planned, 1);
        if (credential.endsWith(QLatin1String("oauth")))
            QCOMPARE(browser.pagesLoaded, 1);
    }

    void wrongPinAndOtpThenLockout()
    {
        Session s;
        QVERIFY(s.open(m_rssp, m_rssp.cscV2()).isEmpty());
        auto cred = s.credential(QStringLiteral("cred-rsa3072-totp"));
        QVERIFY(cred);
        QList<QString> codes;
        auto attempt = [&](const QByteArray &pin, const QByteArray &otp) {
            FactorAnswer a{FactorAnswer::Action::Submit, pin, otp};
            Waiter<Sad> w;
            s.client->authorize(*cred, digests(1), HashAlgorithm::Sha256, a, w.cb());
            w.wait();
            codes << w.code();
            return w.result->has_value() ? QString() : w.result->error().message;
        };
        const QString first = attempt("00000000", totp().toUtf8());
        QCOMPARE(codes.last(), QStringLiteral("csc.wrong_pin"));
        QVERIFY2(first.contains(QLatin1String("4")), qPrintable(first)); // 4 attempts left
        attempt(m_rssp.pin().toUtf8(), "000000");
        QCOMPARE(codes.last(), QStringLiteral("csc.wrong_otp"));
        attempt("00000000", totp().toUtf8());
        attempt("00000000", totp().toUtf8());
        attempt("00000000", totp().toUtf8());
        QCOMPARE(codes.last(), QStringLiteral("csc.credential_locked"));
        // Even the right factors fail now, until an administrator unlocks.
        attempt(m_rssp.pin().toUtf8(), totp().toUtf8());
        QCOMPARE(codes.last(), QStringLiteral("csc.credential_locked"));
        QCOMPARE(m_rssp.admin({QStringLiteral("unlock"), QStringLiteral("--credential"), cred->id}), 0);
        attempt(m_rssp.pin().toUtf8(), totp().toUtf8());
        QCOMPARE(codes.last(), QString());
    }

    void sadIsBoundUsedOnceAndExpires()
    {
        Session s;
        QVERIFY(s.open(m_rssp, m_rssp.cscV2()).isEmpty());
        auto cred = s.credential(QStringLiteral("cred-rsa2048-totp"));
        QVERIFY(cred);
        const auto ds = digests(2, HashAlgorithm::Sha256, "sad");

        // Hash not authorized: the SAD covers ds, not another hash.
        auto sad = authorizeDirect(s, *cred, ds);
        QVERIFY(sad);
        auto other = signHashDirect(s, *cred, *sad, digests(2, HashAlgorithm::Sha256, "other"));
        QVERIFY(!other);
        QCOMPARE(other.error().code, QStringLiteral("csc.hash_not_authorized"));

        // Used once: the second signHash with the same SAD is refused.
        sad = authorizeDirect(s, *cred, ds);
        QVERIFY(sad);
        QVERIFY(signHashDirect(s, *cred, *sad, ds));
        auto replay = signHashDirect(s, *cred, *sad, ds);
        QVERIFY(!replay);
        QCOMPARE(replay.error().code, QStringLiteral("csc.sad_invalid"));

        // Expired: the server clock moves past the SAD lifetime.
        sad = authorizeDirect(s, *cred, ds);
        QVERIFY(sad);
        QVERIFY(m_rssp.advanceClock(sad->expiresIn + 5));
        auto expired = signHashDirect(s, *cred, *sad, ds);
        QVERIFY(!expired);
        QCOMPARE(expired.error().code, QStringLiteral("csc.sad_expired"));
    }

    void numSignaturesAboveMultisign()
    {
        Session s;
        QVERIFY(s.open(m_rssp, m_rssp.cscV2()).isEmpty());
        auto cred = s.credential(QStringLiteral("cred-p384-totp"));
        QVERIFY(cred);
        // Pretend the credential allowed more, so the request reaches the service.
        Credential lying = *cred;
        lying.multisign = 1000;
        FactorAnswer a{FactorAnswer::Action::Submit, m_rssp.pin().toUtf8(), totp().toUtf8()};
        Waiter<Sad> w;
        s.client->authorize(lying, digests(cred->multisign + 1), HashAlgorithm::Sha256, a, w.cb());
        QVERIFY(w.wait());
        QCOMPARE(w.code(), QStringLiteral("csc.too_many_hashes"));
        QVERIFY(w.result->error().detail.contains(QLatin1String("400")));
    }

    void faultyServiceIsRejected_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("credential");
        QTest::addColumn<QString>("code"); // empty: accepted
        QTest::newRow("swapped rsa") << "swap-signatures"
                                     << "cred-rsa2048-totp"
                                     << "csc.signature_rejected";
        QTest::newRow("swapped ec") << "swap-signatures"
                                    << "cred-p384-totp"
                                    << "csc.signature_rejected";
        QTest::newRow("corrupt") << "corrupt-signature"
                                 << "cred-rsa2048-totp"
                                 << "csc.signature_rejected";
        QTest::newRow("cms") << "cms-instead-of-raw"
                             << "cred-rsa2048-totp"
                             << "csc.cms_instead_of_raw";
        QTest::newRow("raw ecdsa tolerated") << "raw-ecdsa"
                                             << "cred-p384-totp"
                                             << "";
        QTest::newRow("http 500") << "http-500"
                                  << "cred-rsa2048-totp"
                                  << "csc.service_error";
        QTest::newRow("non-json 401") << "non-json-error"
                                      << "cred-rsa2048-totp"
                                      << "csc.session_expired";
    }
    void faultyServiceIsRejected()
    {
        QFETCH(QString, fault);
        QFETCH(QString, credential);
        QFETCH(QString, code);
        Session s;
        QVERIFY(s.open(m_rssp, m_rssp.cscV2()).isEmpty());
        auto cred = s.credential(credential);
        QVERIFY(cred);
        QVERIFY(m_rssp.setFault(fault));
        LambdaPrompter prompter;
        prompter.answer = [this](const FactorRequest &r) {
            return goodAnswer(r);
        };
        CscHashSigner signer(*s.client, *cred, prompter, nullptr, {});
        const auto ds = digests(2, HashAlgorithm::Sha256, fault.toUtf8());
        Waiter<QList<QByteArray>> w;
        signer.signDigests(ds, w.cb());
        const bool finished = w.wait();
        QVERIFY(m_rssp.setFault(QStringLiteral("none")));
        QVERIFY(finished);
        if (code.isEmpty()) {
            QVERIFY2(w.ok(), w.why().constData());
            for (int i = 0; i < 2; ++i)
                QVERIFY(isEcdsaDer(w.v()[i]) &&
                        checkSignatureValue(cred->chain.first(), signer.scheme(), ds[i], w.v()[i]));
        } else {
            QCOMPARE(w.code(), code);
            if (fault == QLatin1String("http-500"))
                QVERIFY2(w.result->error().detail.contains(QLatin1String("500")),
                         qPrintable(w.result->error().detail));
        }
    }

    void hundredHashesTakeTwoCalls()
    {
        Session s;
        QVERIFY(s.open(m_rssp, m_rssp.cscV2()).isEmpty());
        auto cred = s.credential(QStringLiteral("cred-rsa2048-totp"));
        QVERIFY(cred);
        QCOMPARE(cred->multisign, 100);
        LambdaPrompter prompter;
        prompter.answer = [this](const FactorRequest &r) {
            return goodAnswer(r);
        };
        CscHashSigner signer(*s.client, *cred, prompter, nullptr, {});
        const auto ds = digests(100, HashAlgorithm::Sha256, "batch");
        const qsizetype before = s.counter->methods.size();
        QElapsedTimer timer;
        timer.start();
        Waiter<QList<QByteArray>> w;
        signer.signDigests(ds, w.cb());
        QVERIFY(w.wait());
        const qint64 ms = timer.elapsed();
        QVERIFY2(w.ok(), w.why().constData());
        QCOMPARE(w.v().size(), 100);
        QCOMPARE(s.counter->methods.mid(before),
                 QStringList({"credentials/authorize", "signatures/signHash"}));
        qInfo("100 hashes (RSA-2048, SoftHSM2): one authorization, 2 RSSP calls, %lld ms including OpenSSL "
              "checks",
              ms);
        QCOMPARE(prompter.requests.size(), 1);
    }

    void cleanupTestCase()
    {
        m_rssp.stop();
        const QString leaked = LogCollector::findAny(m_secrets);
        QVERIFY2(leaked.isEmpty(), "a secret appeared in a log message");
        QVERIFY(
            LogCollector::messages().contains(QStringLiteral("csc log collector armed"))); // it was listening
    }
};

QTEST_GUILESS_MAIN(TstCscRssp)
#include "tst_csc_rssp.moc"
