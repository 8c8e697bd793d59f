// The CSC client against services that read the specification differently (issue #14), through
// the scripted transport: discovery, answers with booleans/strings/numbers either way, factors that
// are optional or absent, method spellings, signAlgo refusals, fewer values than hashes, provider
// profiles, and the rule that no request ever carries an empty PIN or OTP.
#include "csc/providerprofile.h"
#include "csc/selftest.h"
#include "csc/signaturecheck.h"
#include "fakerssp.h"

#include <QJsonDocument>
#include <QTemporaryDir>

using namespace fakerssp;

namespace {

const char *kRsaEncryption = "1.2.840.113549.1.1.1";
const char *kSha256Rsa = "1.2.840.113549.1.1.11";

// Every request the transport saw: none may carry an empty PIN or OTP (v1 fields or v2 authData).
QString emptyFactorIn(const FakeTransport &t)
{
    for (const HttpRequest &r : t.requests) {
        const QJsonObject b = FakeTransport::bodyOf(r);
        for (const char *k : {"PIN", "OTP"}) {
            if (b.contains(QLatin1String(k)) && b.value(QLatin1String(k)).toString().isEmpty())
                return r.url.toString() + u' ' + QLatin1String(k);
        }
        for (const QJsonValue &v : b.value(QLatin1String("authData")).toArray()) {
            if (v.toObject().value(QLatin1String("value")).toString().isEmpty())
                return r.url.toString() + QStringLiteral(" authData ") + v.toObject().value("id").toString();
        }
    }
    return {};
}

// A v1 credential whose PIN/OTP presence comes as the given JSON values.
QJsonObject v1Credential(const TestKey &key, const QJsonValue &pinPresence, const QJsonValue &otpPresence,
                         bool otpType = true)
{
    QJsonObject otp{{"presence", otpPresence}, {"format", "N"}};
    if (otpType)
        otp.insert("type", "offline");
    return {{"key", QJsonObject{{"status", "enabled"}, {"algo", QJsonArray{kSha256Rsa}}, {"len", 2048}}},
            {"cert", QJsonObject{{"status", "valid"},
                                 {"certificates", QJsonArray{QString::fromLatin1(key.certDer.toBase64())}}}},
            {"authMode", "explicit"},
            {"PIN", QJsonObject{{"presence", pinPresence}, {"format", "N"}}},
            {"OTP", otp},
            {"SCAL", 2},
            {"multisign", 5}};
}

void useV1(FakeRssp &rssp)
{
    rssp.transport.on("info", FakeTransport::json(200, {{"specs", "1.0.4.0"}, {"name", "old"}}));
}

Result<QList<QByteArray>> signWith(CscClient &client, const Credential &c, ScriptedPrompter &prompter,
                                   const QList<QByteArray> &d, CscHashSigner::Options options = {})
{
    CscHashSigner signer(client, c, prompter, nullptr, options);
    Waiter<QList<QByteArray>> w;
    signer.signDigests(d, w.cb());
    if (!w.wait())
        return fail(QStringLiteral("test.timeout"), QStringLiteral("timeout"));
    return *w.result;
}

} // namespace

class TstCscTolerance : public QObject
{
    Q_OBJECT
private slots:
    void discoveryCandidatesFromTheUrlGiven_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("version"); // ClientSettings::ApiVersion
        QTest::addColumn<QStringList>("paths");
        const int autoV = int(ClientSettings::ApiVersion::Auto);
        QTest::newRow("base") << "https://h/" << autoV << QStringList{"/csc/v2", "/csc/v1", ""};
        QTest::newRow("base with path")
            << "https://h/rssp" << autoV << QStringList{"/rssp/csc/v2", "/rssp/csc/v1", "/rssp"};
        QTest::newRow("v2 given") << "https://h/csc/v2/" << autoV << QStringList{"/csc/v2", "/csc/v1", ""};
        QTest::newRow("v1 given") << "https://h/csc/v1/info" << autoV
                                  << QStringList{"/csc/v1", "/csc/v2", ""};
        QTest::newRow("only v1") << "https://h/csc/v2" << int(ClientSettings::ApiVersion::V1)
                                 << QStringList{"/csc/v1", ""};
        QTest::newRow("only v2") << "https://h" << int(ClientSettings::ApiVersion::V2)
                                 << QStringList{"/csc/v2", ""};
    }
    void discoveryCandidatesFromTheUrlGiven()
    {
        QFETCH(QString, url);
        QFETCH(int, version);
        QFETCH(QStringList, paths);
        QStringList got;
        for (const QUrl &u : discoveryCandidates(QUrl(url), ClientSettings::ApiVersion(version)))
            got << u.path();
        QCOMPARE(got, paths);
    }

    // info needs no authentication: 401, 403, 404, 405, 501 or a non-JSON answer mean "not here".
    void infoRefusalsMoveOnToTheNextCandidate_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("401 plain") << 401 << QByteArray("Unauthorized");
        QTest::newRow("401 json") << 401 << QByteArray("{\"error\":\"invalid_token\"}");
        QTest::newRow("403") << 403 << QByteArray("{\"error\":\"access_denied\"}");
        QTest::newRow("404") << 404 << QByteArray("Not Found");
        QTest::newRow("405") << 405 << QByteArray();
        QTest::newRow("501") << 501 << QByteArray();
        QTest::newRow("200 html") << 200 << QByteArray("<html>login</html>");
        QTest::newRow("200 json without specs") << 200 << QByteArray("{\"status\":\"up\"}");
    }
    void infoRefusalsMoveOnToTheNextCandidate()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        FakeTransport t;
        t.on("info", [status, body](const HttpRequest &r) -> Result<HttpResponse> {
            if (r.url.path().contains("/csc/v2/"))
                return FakeTransport::raw(status, body);
            return FakeTransport::json(200, {{"specs", "1.0.4.0"}, {"name", "v1 only"}});
        });
        CscClient client(t, QUrl("https://rssp.example/"));
        Waiter<ServiceInfo> w;
        client.connectService(w.cb());
        QVERIFY(w.wait());
        QVERIFY2(*w.result, why(*w.result).constData());
        QCOMPARE(w.v().apiVersion, 1);
        QCOMPARE(w.v().cscBase.path(), QStringLiteral("/csc/v1"));
        QCOMPARE(w.v().probes.size(), 2);           // the refusal, then the answer
        QVERIFY(!t.methods.contains("auth/login")); // nothing but info was asked
    }
    void serviceAtTheUrlItselfWithoutCscPath()
    {
        FakeTransport t;
        t.on("/api/info", FakeTransport::json(200, {{"specs", "2.0.0.1"}, {"name", "mounted at /api"}}));
        t.on("info", FakeTransport::raw(401, "Unauthorized"));
        CscClient client(t, QUrl("https://rssp.example/api"));
        Waiter<ServiceInfo> w;
        client.connectService(w.cb());
        QVERIFY(w.wait());
        QVERIFY2(*w.result, why(*w.result).constData());
        QCOMPARE(w.v().cscBase.path(), QStringLiteral("/api"));
        QCOMPARE(w.v().apiVersion, 2);
    }
    void transportFailureStopsDiscovery()
    {
        FakeTransport t;
        t.onError("info", CscErrorKind::TlsFailure);
        CscClient client(t, QUrl("https://rssp.example/"));
        Waiter<ServiceInfo> w;
        client.connectService(w.cb());
        QVERIFY(w.wait());
        QCOMPARE(w.result->error().code, QStringLiteral("csc.tls_failure"));
        QCOMPARE(t.methods.size(), 1); // the next guess would meet the same certificate
    }
    void nothingAnswersNamesTheUrlNotThePassword()
    {
        FakeTransport t;
        t.on("info", FakeTransport::raw(401, "Unauthorized"));
        t.on("/info", FakeTransport::raw(404, "Not Found"));
        CscClient client(t, QUrl("https://rssp.example/"));
        Waiter<ServiceInfo> w;
        client.connectService(w.cb());
        QVERIFY(w.wait());
        const Error e = w.result->error();
        QCOMPARE(e.code, QStringLiteral("csc.not_offered"));
        QVERIFY2(e.message.contains("https://rssp.example/"), qPrintable(e.message));
        QVERIFY2(!e.message.contains("password"), qPrintable(e.message));
        QVERIFY2(e.detail.contains("/csc/v2") && e.detail.contains("/csc/v1") && e.detail.contains("401"),
                 qPrintable(e.detail));
    }
    void fixedVersionSkipsTheOther()
    {
        FakeTransport t;
        t.on("info", FakeTransport::json(200, {{"specs", "1.0.4.0"}}));
        CscClient client(t, QUrl("https://rssp.example/"));
        ClientSettings s;
        s.apiVersion = ClientSettings::ApiVersion::V2;
        client.setSettings(s);
        Waiter<ServiceInfo> w;
        client.connectService(w.cb());
        QVERIFY(w.wait());
        // Every candidate answers v1, which the profile excludes.
        QCOMPARE(w.result->error().code, QStringLiteral("csc.not_offered"));
        QVERIFY(!t.requests.front().url.path().contains("/csc/v1"));
    }

    // PIN/OTP presence: JSON booleans, strings, "optional"; OTP type missing.
    void presenceVariants_data()
    {
        QTest::addColumn<QJsonValue>("pin");
        QTest::addColumn<QJsonValue>("otp");
        QTest::addColumn<QStringList>("required");
        QTest::addColumn<QStringList>("optional");
        QTest::newRow("strings") << QJsonValue("true") << QJsonValue("true") << QStringList{"PIN", "OTP-TOTP"}
                                 << QStringList{};
        QTest::newRow("booleans") << QJsonValue(true) << QJsonValue(true) << QStringList{"PIN", "OTP-TOTP"}
                                  << QStringList{};
        QTest::newRow("otp false bool")
            << QJsonValue(true) << QJsonValue(false) << QStringList{"PIN"} << QStringList{};
        QTest::newRow("otp false string")
            << QJsonValue("TRUE") << QJsonValue("false") << QStringList{"PIN"} << QStringList{};
        QTest::newRow("otp optional")
            << QJsonValue(true) << QJsonValue("optional") << QStringList{"PIN"} << QStringList{"OTP-TOTP"};
    }
    void presenceVariants()
    {
        QFETCH(QJsonValue, pin);
        QFETCH(QJsonValue, otp);
        QFETCH(QStringList, required);
        QFETCH(QStringList, optional);
        const TestKey k = TestKey::make("RSA", "2048");
        auto c = parseCredentialInfo("c", v1Credential(k, pin, otp), 1);
        QVERIFY(c);
        QStringList got, gotOptional;
        for (AuthFactor f : c->factors)
            got << factorName(f);
        for (AuthFactor f : c->optionalFactors)
            gotOptional << factorName(f);
        QCOMPARE(got, required);
        QCOMPARE(gotOptional, optional);
    }
    void otpTypeMissingDefaultsOrFromProfile()
    {
        const TestKey k = TestKey::make("RSA", "2048");
        const QJsonObject info = v1Credential(k, true, true, false);
        QCOMPARE(parseCredentialInfo("c", info, 1)->factors.last(), AuthFactor::OtpTotp);
        QCOMPARE(parseCredentialInfo("c", info, 1, AuthFactor::OtpOutOfBand)->factors.last(),
                 AuthFactor::OtpOutOfBand);
    }

    // Absent and optional factors are not sent; a needed one that is empty is refused before any request.
    void absentFactorIsNotSentAndEmptyOneIsRefused()
    {
        FakeRssp rssp("RSA", "2048");
        useV1(rssp);
        rssp.credential = v1Credential(rssp.key, true, false); // OTP presence false (a JSON boolean)
        CscClient client(rssp.transport, QUrl("https://x/"));
        auto c = connectAndLoad(client);
        QVERIFY2(c, why(c).constData());
        ScriptedPrompter prompter;
        prompter.answers << ScriptedPrompter::submit("123456", "");
        auto values = signWith(client, *c, prompter, digests(2));
        QVERIFY2(values, why(values).constData());
        QCOMPARE(prompter.requests.first().factors, QList<AuthFactor>{AuthFactor::Pin});
        const QJsonObject authorize = FakeTransport::bodyOf(rssp.transport.requests.at(
            rssp.transport.methods.indexOf(QStringLiteral("credentials/authorize"))));
        QVERIFY(authorize.contains("PIN"));
        QVERIFY(!authorize.contains("OTP"));
        QVERIFY2(emptyFactorIn(rssp.transport).isEmpty(), qPrintable(emptyFactorIn(rssp.transport)));

        // OTP now required and left empty: refused here, the service never sees the request.
        rssp.credential = v1Credential(rssp.key, true, true);
        auto c2 = connectAndLoad(client);
        QVERIFY(c2);
        const qsizetype before = rssp.transport.methods.count(QStringLiteral("credentials/authorize"));
        ScriptedPrompter again;
        again.answers << ScriptedPrompter::submit("123456", "");
        auto refused = signWith(client, *c2, again, digests(1));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("csc.missing_factor"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("one-time password")),
                 qPrintable(refused.error().message));
        QCOMPARE(rssp.transport.methods.count(QStringLiteral("credentials/authorize")), before);
        QVERIFY2(emptyFactorIn(rssp.transport).isEmpty(), qPrintable(emptyFactorIn(rssp.transport)));
    }
    void emptyPinRefusedOverV2()
    {
        FakeRssp rssp("RSA", "2048");
        CscClient client(rssp.transport, QUrl("https://x/csc/v2"));
        auto c = connectAndLoad(client);
        QVERIFY(c);
        ScriptedPrompter prompter;
        prompter.answers << ScriptedPrompter::submit("", "123456");
        auto r = signWith(client, *c, prompter, digests(1));
        QCOMPARE(r.error().code, QStringLiteral("csc.missing_factor"));
        QVERIFY(!rssp.transport.methods.contains(QStringLiteral("credentials/authorize")));
        QVERIFY(emptyFactorIn(rssp.transport).isEmpty());
    }

    // Numbers as strings in answers; then our numbers go out as strings too (unless a profile says).
    void numbersAsStringsDetected_data()
    {
        QTest::addColumn<int>("numbers");
        QTest::addColumn<bool>("serviceStrings");
        QTest::addColumn<bool>("sentAsString");
        QTest::newRow("auto, service sends strings") << int(ClientSettings::Numbers::Auto) << true << true;
        QTest::newRow("auto, service sends numbers") << int(ClientSettings::Numbers::Auto) << false << false;
        QTest::newRow("profile json") << int(ClientSettings::Numbers::Json) << true << false;
        QTest::newRow("profile strings") << int(ClientSettings::Numbers::Strings) << false << true;
    }
    void numbersAsStringsDetected()
    {
        QFETCH(int, numbers);
        QFETCH(bool, serviceStrings);
        QFETCH(bool, sentAsString);
        FakeRssp rssp("RSA", "2048");
        if (!serviceStrings) {
            QJsonObject key = rssp.credential["key"].toObject();
            key["len"] = 2048;
            rssp.credential["key"] = key;
            rssp.credential["multisign"] = 10;
        }
        CscClient client(rssp.transport, QUrl("https://x/csc/v2"));
        ClientSettings s;
        s.numbers = ClientSettings::Numbers(numbers);
        client.setSettings(s);
        auto c = connectAndLoad(client);
        QVERIFY(c);
        QCOMPARE(c->multisign, 10);
        QCOMPARE(c->keyBits, 2048);
        ScriptedPrompter prompter;
        prompter.answers << ScriptedPrompter::submit("123456", "654321");
        QVERIFY(signWith(client, *c, prompter, digests(3)));
        const QJsonObject authorize = FakeTransport::bodyOf(rssp.transport.requests.at(
            rssp.transport.methods.indexOf(QStringLiteral("credentials/authorize"))));
        QCOMPARE(authorize["numSignatures"].isString(), sentAsString);
        QCOMPARE(jsonInt(authorize["numSignatures"], 0), 3);
    }
    void stringsAsNumbersAndOtherShapes()
    {
        const TestKey k = TestKey::make("RSA", "2048");
        QJsonObject info = v1Credential(k, "true", "true");
        QJsonObject cert = info["cert"].toObject();
        cert["serialNumber"] = 4711; // a number where the spec says a string
        info["cert"] = cert;
        QJsonObject key = info["key"].toObject();
        key["algo"] = kSha256Rsa; // one string, not an array
        key["status"] = "ENABLED";
        info["key"] = key;
        auto c = parseCredentialInfo("c", info, 1);
        QVERIFY(c);
        QCOMPARE(c->signAlgos, QStringList{kSha256Rsa});
        QVERIFY(c->keyEnabled);
        QCOMPARE(c->serialHex, QStringLiteral("1267")); // the certificate is authoritative
        // The SAD's lifetime: a string is read, nonsense is refused (strict where it matters).
        FakeRssp rssp("RSA", "2048");
        CscClient client(rssp.transport, QUrl("https://x/csc/v2"));
        auto cred = connectAndLoad(client);
        QVERIFY(cred);
        for (const QJsonValue &lifetime : {QJsonValue("300"), QJsonValue("soon"), QJsonValue(-5)}) {
            rssp.transport.on("credentials/authorize",
                              FakeTransport::json(200, {{"SAD", "S"}, {"expiresIn", lifetime}}));
            FactorAnswer a = ScriptedPrompter::submit("123456", "654321");
            Waiter<Sad> w;
            client.authorize(*cred, digests(1), HashAlgorithm::Sha256, a, w.cb());
            QVERIFY(w.wait());
            if (lifetime.isString() && lifetime.toString() == "300") {
                QVERIFY(*w.result);
                QCOMPARE(w.v().expiresIn, 300);
            } else {
                QCOMPARE(w.result->error().code, QStringLiteral("csc.malformed_response"));
            }
        }
    }

    // A method the service spells otherwise: info.methods decides, a profile can override.
    void methodSpellingFromInfoOrProfile()
    {
        FakeRssp rssp("RSA", "2048");
        rssp.transport.on(
            "info", FakeTransport::json(
                        200, {{"specs", "2.0.0.2"},
                              {"methods", QJsonArray{"auth/login", "credentials/info",
                                                     "credentials/authorize", "signatures/signhash"}}}));
        CscClient client(rssp.transport, QUrl("https://x/csc/v2"));
        auto c = connectAndLoad(client);
        QVERIFY(c);
        QCOMPARE(client.methodPath("signatures/signHash"), QStringLiteral("signatures/signhash"));
        QVERIFY(client.offers("signatures/signHash"));
        QVERIFY(!client.offers("signatures/timestamp"));
        ClientSettings s;
        s.methodPaths.insert("signatures/signHash", "sign/hash");
        client.setSettings(s);
        QCOMPARE(client.methodPath("signatures/signHash"), QStringLiteral("sign/hash"));
    }
    void timestampsCheckedBeforeAnyAuthorization()
    {
        FakeTransport t;
        t.on("info", FakeTransport::json(
                         200, {{"specs", "2.0.0.2"}, {"methods", QJsonArray{"signatures/signHash"}}}));
        CscClient client(t, QUrl("https://x/csc/v2"));
        Waiter<ServiceInfo> w;
        client.connectService(w.cb());
        QVERIFY(w.wait() && *w.result);
        const Result<void> r = client.checkTimestampsOffered();
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("csc.not_offered"));
        QVERIFY2(r.error().message.contains("signatures/timestamp"), qPrintable(r.error().message));
        ClientSettings s;
        s.timestamps = ClientSettings::Timestamps::Rssp; // a profile that knows better
        client.setSettings(s);
        QVERIFY(client.checkTimestampsOffered());
        // And a 501 is "not offered", never "try again later".
        t.on("signatures/timestamp", FakeTransport::json(501, {{"error", "not_implemented"}}));
        Waiter<QByteArray> ts;
        client.timestamp(QByteArray(32, 'a'), HashAlgorithm::Sha256, "n", ts.cb());
        QVERIFY(ts.wait());
        QCOMPARE(ts.result->error().code, QStringLiteral("csc.not_offered"));
        QVERIFY(!ts.result->error().message.contains("later"));
    }

    // key/algo lists only rsaEncryption: sent as such; a refusal is retried once with the
    // hash-specific OID under the same SAD; a profile can prefer the hash-specific one at once.
    void rsaEncryptionOnly_data()
    {
        QTest::addColumn<bool>("serverRefuses");
        QTest::addColumn<bool>("profilePrefersHashOid");
        QTest::addColumn<QStringList>("sent");
        QTest::newRow("accepted") << false << false << QStringList{kRsaEncryption};
        QTest::newRow("refused, retried") << true << false << QStringList{kRsaEncryption, kSha256Rsa};
        QTest::newRow("profile") << true << true << QStringList{kSha256Rsa};
    }
    void rsaEncryptionOnly()
    {
        QFETCH(bool, serverRefuses);
        QFETCH(bool, profilePrefersHashOid);
        QFETCH(QStringList, sent);
        FakeRssp rssp("RSA", "2048");
        QJsonObject key = rssp.credential["key"].toObject();
        key["algo"] = QJsonArray{kRsaEncryption};
        rssp.credential["key"] = key;
        rssp.refuseKeyOid = serverRefuses;
        CscClient client(rssp.transport, QUrl("https://x/csc/v2"));
        if (profilePrefersHashOid) {
            ClientSettings s;
            s.rsaSignAlgorithms = {kSha256Rsa};
            client.setSettings(s);
        }
        auto c = connectAndLoad(client);
        QVERIFY(c);
        ScriptedPrompter prompter;
        prompter.answers << ScriptedPrompter::submit("123456", "654321");
        auto values = signWith(client, *c, prompter, digests(2));
        QVERIFY2(values, why(values).constData());
        QCOMPARE(rssp.signAlgosUsed, sent);
        QCOMPARE(rssp.transport.methods.count("credentials/authorize"), 1);
    }
    void pssNotOfferedIsRefusedBeforeAuthorization()
    {
        FakeRssp rssp("RSA", "2048"); // lists sha256WithRSAEncryption, not RSASSA-PSS
        CscClient client(rssp.transport, QUrl("https://x/csc/v2"));
        auto c = connectAndLoad(client);
        QVERIFY(c);
        ScriptedPrompter prompter;
        prompter.answers << ScriptedPrompter::submit("123456", "654321");
        CscHashSigner::Options o;
        o.preferPss = true;
        auto r = signWith(client, *c, prompter, digests(1), o);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("csc.unsupported"));
        QVERIFY2(r.error().detail.contains("RSASSA-PSS"), qPrintable(r.error().detail));
        QVERIFY(prompter.requests.isEmpty());
        QVERIFY(!rssp.transport.methods.contains("credentials/authorize"));
    }

    // Fewer values than hashes: the rest goes one call at a time under the same SAD; if the SAD
    // was good for one call only, a second authorization for the rest, the prompter told why.
    void fewerValuesThanHashes_data()
    {
        QTest::addColumn<bool>("sadSingleCall");
        QTest::addColumn<int>("profilePerCall");
        QTest::addColumn<int>("authorizations");
        QTest::addColumn<int>("signCalls");
        QTest::newRow("same SAD") << false << 0 << 1 << 3;
        QTest::newRow("profile says one per call") << false << 1 << 1 << 3;
        // Each SAD signs one document: a new authorization per document, each after a refusal.
        QTest::newRow("SAD for one call") << true << 0 << 3 << 5;
    }
    void fewerValuesThanHashes()
    {
        QFETCH(bool, sadSingleCall);
        QFETCH(int, profilePerCall);
        QFETCH(int, authorizations);
        QFETCH(int, signCalls);
        FakeRssp rssp("RSA", "2048");
        rssp.perCall = 1;
        rssp.sadSingleCall = sadSingleCall;
        CscClient client(rssp.transport, QUrl("https://x/csc/v2"));
        ClientSettings s;
        s.maxHashesPerCall = profilePerCall;
        client.setSettings(s);
        auto c = connectAndLoad(client);
        QVERIFY(c);
        ScriptedPrompter prompter;
        prompter.answers << ScriptedPrompter::submit("123456", "111111")
                         << ScriptedPrompter::submit("123456", "222222")
                         << ScriptedPrompter::submit("123456", "333333");
        const QList<QByteArray> d = digests(3);
        auto values = signWith(client, *c, prompter, d);
        QVERIFY2(values, why(values).constData());
        QCOMPARE(values->size(), 3);
        const SignatureScheme scheme{SignatureScheme::Kind::RsaPkcs1, HashAlgorithm::Sha256};
        for (int i = 0; i < 3; ++i)
            QVERIFY(checkSignatureValue(rssp.key.certDer, scheme, d[i], values->at(i)));
        QCOMPARE(rssp.transport.methods.count("credentials/authorize"), authorizations);
        QCOMPARE(rssp.transport.methods.count("signatures/signHash"), signCalls);
        if (sadSingleCall) {
            QCOMPARE(prompter.requests.size(), 3);
            QVERIFY(!prompter.requests.first().continuation);
            QVERIFY(prompter.requests.at(1).continuation);
            QCOMPARE(prompter.requests.at(1).alreadySigned, 1);
            QCOMPARE(prompter.requests.at(1).numSignatures, 2);
            QCOMPARE(prompter.requests.at(2).numSignatures, 1);
        }
    }

    // Profiles: the built-in ones load; typos and newer formats are refused with the reason.
    void builtInProfiles()
    {
        QStringList problems;
        QStringList ids;
        for (const ProviderProfile &p : availableProviderProfiles(&problems))
            ids << p.id;
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join("; ")));
        for (const char *id : {"devrssp", "strict-csc-v2", "strict-csc-v1"})
            QVERIFY2(ids.contains(id), qPrintable(ids.join(",")));
        auto v1 = loadProviderProfile("strict-csc-v1");
        QVERIFY(v1);
        QCOMPARE(v1->settings.apiVersion, ClientSettings::ApiVersion::V1);
        QCOMPARE(v1->settings.numbers, ClientSettings::Numbers::Json);
        QCOMPARE(loadProviderProfile("devrssp")->settings.timestamps, ClientSettings::Timestamps::Rssp);
        QVERIFY(!loadProviderProfile("no-such-profile"));
    }
    void profileFileRoundTripAndErrors()
    {
        QTemporaryDir dir;
        // (moc cannot read a raw string that spans lines: one literal per line)
        const QByteArray full =
            "{\"format\":\"sic-provider-profile\",\"version\":1,\"name\":\"Acme\",\"locked\":true,"
            "\"service\":{\"url\":\"https://rssp.acme.example/csc/"
            "v1\",\"apiVersion\":\"1\",\"login\":\"oauth2\"},"
            "\"authorization\":{\"mode\":\"explicit\",\"factors\":[\"PIN\",\"OTP\"],\"otpType\":\"oob\"},"
            "\"methodPaths\":{\"signatures/signHash\":\"signatures/signhash\"},\"numbers\":\"strings\","
            "\"signAlgorithms\":{\"rsa\":[\"1.2.840.113549.1.1.11\"]},\"maxHashesPerCall\":1,"
            "\"timestamps\":\"none\",\"revokeAtEnd\":false}";
        auto p = parseProviderProfile(full, "acme.json");
        QVERIFY2(p, p ? "" : qPrintable(p.error().message));
        QVERIFY(p->locked);
        QCOMPARE(p->login, ProviderProfile::Login::OAuth2);
        QCOMPARE(p->settings.factorsOverride, (QList<AuthFactor>{AuthFactor::Pin, AuthFactor::OtpOutOfBand}));
        QCOMPARE(p->settings.methodPaths.value("signatures/signHash"), QStringLiteral("signatures/signhash"));
        QCOMPARE(p->settings.maxHashesPerCall, 1);
        QVERIFY(!p->settings.revokeAtEnd);
        // What toJson writes reads back the same.
        auto again = parseProviderProfile(QJsonDocument(p->toJson()).toJson(), "again");
        QVERIFY(again);
        QCOMPARE(QJsonDocument(again->toJson()).toJson(), QJsonDocument(p->toJson()).toJson());
        // Errors name the key.
        using Row = std::pair<QByteArray, QString>;
        const QList<Row> rows{
            {QByteArray("{\"format\":\"sic-provider-profile\",\"version\":1,\"numbres\":\"json\"}"),
             "numbres"},
            {QByteArray("{\"format\":\"sic-provider-profile\",\"version\":2}"), "version 2"},
            {QByteArray("{\"format\":\"sic-provider-profile\",\"version\":1,\"numbers\":\"maybe\"}"),
             "numbers"},
            {QByteArray(
                 "{\"format\":\"sic-provider-profile\",\"version\":1,\"service\":{\"url\":\"http://x\"}}"),
             "https"},
            {QByteArray("{\"format\":\"other\",\"version\":1}"), "format"}};
        for (const Row &row : rows) {
            auto bad = parseProviderProfile(row.first, "bad.json");
            QVERIFY(!bad);
            QVERIFY2(bad.error().message.contains(row.second), qPrintable(bad.error().message));
        }
        // An administrator's directory adds profiles and replaces a built-in of the same id.
        QFile f(dir.filePath("devrssp.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\":\"sic-provider-profile\",\"version\":1,\"name\":\"Ours\",\"locked\":true}");
        f.close();
        qputenv("SIC_PROVIDER_DIR", dir.path().toUtf8());
        auto replaced = loadProviderProfile("devrssp");
        qunsetenv("SIC_PROVIDER_DIR");
        QVERIFY(replaced);
        QCOMPARE(replaced->name, QStringLiteral("Ours"));
        QVERIFY(replaced->locked);
    }
    void profileAuthorizationOverride()
    {
        // A service that declares oauth2code and still wants PIN + OTP in credentials/authorize.
        FakeRssp rssp("RSA", "2048");
        rssp.credential["auth"] = QJsonObject{{"mode", "oauth2code"}};
        CscClient client(rssp.transport, QUrl("https://x/csc/v2"));
        ClientSettings s;
        s.authModeOverride = Credential::AuthMode::Explicit;
        s.factorsOverride = {AuthFactor::Pin, AuthFactor::OtpTotp};
        client.setSettings(s);
        auto c = connectAndLoad(client);
        QVERIFY(c);
        QCOMPARE(c->authMode, Credential::AuthMode::Explicit);
        QCOMPARE(c->factors, (QList<AuthFactor>{AuthFactor::Pin, AuthFactor::OtpTotp}));
    }
    void revokeAtEndFollowsTheSettings()
    {
        for (const bool revoke : {true, false}) {
            FakeRssp rssp("RSA", "2048");
            rssp.transport.on(
                "info", FakeTransport::json(200, {{"specs", "2.0.0.2"},
                                                  {"methods", QJsonArray{"auth/login", "auth/revoke"}}}));
            rssp.transport.on("auth/revoke", FakeTransport::raw(204, {}));
            CscClient client(rssp.transport, QUrl("https://x/csc/v2"));
            ClientSettings s;
            s.revokeAtEnd = revoke;
            client.setSettings(s);
            QVERIFY(connectAndLoad(client));
            Waiter<void> w;
            client.revokeAndLogout(w.cb());
            QVERIFY(w.wait() && *w.result);
            QCOMPARE(rssp.transport.methods.contains("auth/revoke"), revoke);
            QVERIFY(!client.isLoggedIn());
        }
    }

    // The self-test over the scripted transport: steps in order, failures named, a suggestion.
    void selfTestReportsEachStep()
    {
        FakeRssp rssp("RSA", "2048");
        rssp.transport.on("info", [](const HttpRequest &r) -> Result<HttpResponse> {
            if (r.url.path().contains("/csc/v2/"))
                return FakeTransport::raw(401, "Unauthorized");
            return FakeTransport::json(
                200, {{"specs", "1.0.4.0"},
                      {"name", "old"},
                      {"authType", QJsonArray{"basic"}},
                      {"methods", QJsonArray{"auth/login", "credentials/list", "credentials/info",
                                             "credentials/authorize", "signatures/signhash"}}});
        });
        rssp.credential = v1Credential(rssp.key, true, true);
        rssp.credential["multisign"] = "5";
        rssp.transport.on("credentials/list",
                          FakeTransport::json(200, {{"credentialIDs", QJsonArray{"c1"}}}));
        ConnectionSelfTest::Options o;
        o.url = QUrl("https://x/");
        o.user = "demo";
        o.password = "pw";
        ConnectionSelfTest test(rssp.transport, o);
        std::optional<SelfTestReport> report;
        test.run([&](SelfTestReport r) { report = std::move(r); });
        QVERIFY(QTest::qWaitFor([&] { return report.has_value(); }, 10000));
        QStringList ids;
        for (const SelfTestStep &s : report->steps)
            ids << s.id + u'=' + verdictName(s.verdict);
        // The test certificate lives one day: the credential works, with a warning that says so.
        QCOMPARE(ids.mid(0, 4), (QStringList{"versions=ok", "info=ok", "login=ok", "credential=warning"}));
        QVERIFY2(report->steps.at(3).text.contains("expires"), qPrintable(report->steps.at(3).text));
        QVERIFY(ids.contains("timestamps=warning"));
        QVERIFY(!report->anyFailed());
        const ProviderProfile &p = report->suggestedProfile;
        QCOMPARE(p.settings.apiVersion, ClientSettings::ApiVersion::V1);
        QCOMPARE(p.settings.methodPaths.value("signatures/signHash"), QStringLiteral("signatures/signhash"));
        QCOMPARE(p.settings.numbers, ClientSettings::Numbers::Strings);
        QCOMPARE(p.settings.timestamps, ClientSettings::Timestamps::None);
        QVERIFY(parseProviderProfile(QJsonDocument(p.toJson()).toJson(), "suggested"));
        // No password in the report.
        QVERIFY(!QJsonDocument(report->toJson()).toJson().contains("\"pw\""));

        // A refused login is the failed step; what follows is not attempted.
        rssp.transport.on("auth/login", FakeTransport::json(401, {{"error", "authentication_error"}}));
        ConnectionSelfTest refused(rssp.transport, o);
        report.reset();
        refused.run([&](SelfTestReport r) { report = std::move(r); });
        QVERIFY(QTest::qWaitFor([&] { return report.has_value(); }, 10000));
        QVERIFY(report->anyFailed());
        QCOMPARE(report->steps.last().id, QStringLiteral("login"));
        QCOMPARE(report->steps.last().facts.value("code").toString(), QStringLiteral("csc.login_failed"));
    }
};

QTEST_GUILESS_MAIN(TstCscTolerance)
#include "tst_csc_tolerance.moc"
