#pragma once

// A scripted RSSP for the unit suites of the CSC client: FakeRssp answers info, login, credentials,
// authorize and signHash from a key made at test time, with switches for the ways real services
// misbehave or read the specification differently. Shared by tst_cscclient and tst_csc_tolerance.

#include "crypto/ecdsa.h"
#include "csc/cscclient.h"
#include "csc/cschashsigner.h"
#include "csc/encoding.h"
#include "faketransport.h"
#include "testkeys.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

namespace fakerssp {

using namespace sic;
using namespace sic::csc;

// QVERIFY2 evaluates its message even on success: never call error() on a value.
template <typename R>
QByteArray why(const R &r)
{
    return r ? QByteArray() : r.error().toString().toUtf8();
}

template <typename T>
struct Waiter
{
    std::optional<Result<T>> result;
    auto cb()
    {
        return [this](Result<T> r) {
            result = std::move(r);
        };
    }
    auto &v() { return **result; }
    bool wait(int ms = 10000)
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, ms);
    }
};

// A prompter scripted by the test: answers in order, records what it was asked.
class ScriptedPrompter final : public AuthorizationPrompter
{
public:
    QList<FactorAnswer> answers;
    QList<FactorRequest> requests;
    int planned = -1;
    void plannedAuthorizations(const Credential &, int count, int) override { planned = count; }
    void requestFactors(const FactorRequest &request, std::function<void(FactorAnswer)> answer) override
    {
        requests << request;
        answer(answers.isEmpty() ? FactorAnswer{} : answers.takeFirst());
    }
    static FactorAnswer submit(const char *pin, const char *otp)
    {
        return FactorAnswer{FactorAnswer::Action::Submit, pin, otp};
    }
};

inline QJsonObject credentialJson(const TestKey &key, const QString &otpGenerator, int multisign,
                                  const QString &mode)
{
    QJsonArray objects{QJsonObject{{"type", "Password"}, {"id", "PIN"}, {"format", "N"}, {"label", "PIN"}},
                       QJsonObject{{"type", "Password"},
                                   {"id", "OTP"},
                                   {"format", "N"},
                                   {"label", "OTP"},
                                   {"generator", otpGenerator}}};
    return QJsonObject{
        {"key", QJsonObject{{"status", "enabled"},
                            {"algo", QJsonArray{"1.2.840.113549.1.1.11", "1.2.840.10045.4.3.2"}},
                            {"len", "2048"}}},
        {"cert", QJsonObject{{"status", "valid"},
                             {"certificates", QJsonArray{QString::fromLatin1(key.certDer.toBase64())}}}},
        {"auth", QJsonObject{{"mode", mode}, {"expression", "PIN AND OTP"}, {"objects", objects}}},
        {"SCAL", "2"},
        {"multisign", QString::number(multisign)}, // a string, as some services send it
    };
}

// Serves info/login/credentials/authorize/signHash from a local key, with a misbehaviour switch.
struct FakeRssp
{
    FakeTransport transport;
    TestKey key;
    QString fault; // "", "swap", "raw-ecdsa", "cms", "corrupt"
    QByteArray goodPin = "123456";
    int attemptsLeft = 5;
    QList<QJsonArray> authorizedHashes;
    int sadCounter = 0;
    QJsonObject credential; // what credentials/info answers; tests may change it
    // Variance switches: sign only the first perCall hashes of a call (0: all); a SAD works for one
    // signHash call only; refuse signAlgo rsaEncryption although the credential lists only it.
    int perCall = 0;
    bool sadSingleCall = false;
    bool refuseKeyOid = false;
    QStringList signAlgosUsed;
    QSet<QString> spentSads;

    FakeRssp(const char *type, const char *param, int multisign = 10,
             const QString &otp = QStringLiteral("totp"))
        : key(TestKey::make(type, param))
    {
        transport.on("info", FakeTransport::json(200, {{"specs", "2.0.0.2"},
                                                       {"name", "fake"},
                                                       {"authType", QJsonArray{"basic", "oauth2code"}},
                                                       {"oauth2", "https://127.0.0.1:1"},
                                                       {"methods", QJsonArray{"auth/login"}},
                                                       {"conformanceLevels", QJsonArray{"Ades-B-B"}}}));
        transport.on("auth/login",
                     FakeTransport::json(200, {{"access_token", "AT-secret"}, {"expires_in", 3600}}));
        credential = credentialJson(key, otp, multisign, "explicit");
        transport.on("credentials/info", [this](const HttpRequest &) -> Result<HttpResponse> {
            return FakeTransport::json(200, credential);
        });
        transport.on("credentials/getChallenge", FakeTransport::raw(204, {}));
        transport.on("credentials/authorize", [this](const HttpRequest &r) -> Result<HttpResponse> {
            const QJsonObject b = FakeTransport::bodyOf(r);
            const QJsonArray authData = b["authData"].toArray();
            const QString pin = b.contains("PIN") ? b["PIN"].toString() : authData.at(0)["value"].toString();
            if (pin.toUtf8() != goodPin) {
                --attemptsLeft;
                return FakeTransport::json(
                    400, {{"error", "invalid_authentication_data"},
                          {"error_description",
                           QStringLiteral("Invalid PIN. %1 attempts left").arg(attemptsLeft)}});
            }
            authorizedHashes << (b.contains("hash") ? b["hash"] : b["hashes"]).toArray();
            return FakeTransport::json(
                200, {{"SAD", QStringLiteral("SAD-%1").arg(++sadCounter)}, {"expiresIn", 300}});
        });
        transport.on("signatures/signHash", [this](const HttpRequest &r) -> Result<HttpResponse> {
            const QJsonObject b = FakeTransport::bodyOf(r);
            signAlgosUsed << b["signAlgo"].toString();
            if (refuseKeyOid && b["signAlgo"].toString() == QLatin1String("1.2.840.113549.1.1.1"))
                return FakeTransport::json(
                    400, {{"error", "invalid_request"}, {"error_description", "Invalid parameter signAlgo"}});
            if (sadSingleCall && spentSads.contains(b["SAD"].toString()))
                return FakeTransport::json(
                    400, {{"error", "invalid_request"}, {"error_description", "SAD is invalid or consumed"}});
            spentSads.insert(b["SAD"].toString());
            const bool ec = b["signAlgo"].toString().startsWith("1.2.840.10045");
            const SignatureScheme scheme{ec ? SignatureScheme::Kind::Ecdsa : SignatureScheme::Kind::RsaPkcs1,
                                         HashAlgorithm::Sha256};
            QList<QByteArray> values;
            QJsonArray hashes = (b.contains("hash") ? b["hash"] : b["hashes"]).toArray();
            while (perCall > 0 && hashes.size() > perCall)
                hashes.removeLast();
            for (const QJsonValue &h : hashes)
                values << key.sign(scheme, QByteArray::fromBase64(h.toString().toLatin1()));
            if (fault == "swap" && values.size() > 1)
                values.swapItemsAt(0, 1);
            if (fault == "corrupt")
                values[0][10] = char(values[0][10] ^ 0x40);
            if (fault == "raw-ecdsa")
                for (QByteArray &v : values)
                    v = *ecdsaDerToRaw(v, 32);
            if (fault == "cms") {
                ossl::Bio data = ossl::memBio(values[0]);
                ossl::Cms cms(CMS_data_create(data.get(), CMS_BINARY));
                values[0] = ossl::toDer(cms.get(), i2d_CMS_ContentInfo);
            }
            QJsonArray out;
            for (const QByteArray &v : values)
                out << QString::fromLatin1(fault == "base64url" ? base64Url(v) : v.toBase64());
            return FakeTransport::json(200, {{"signatures", out}});
        });
    }
};

inline Result<Credential> connectAndLoad(CscClient &client)
{
    Waiter<ServiceInfo> info;
    client.connectService(info.cb());
    if (!info.wait() || !*info.result)
        return std::unexpected(info.result ? info.result->error() : Error{"test.timeout", "timeout", {}});
    Waiter<void> login;
    client.loginBasic(QStringLiteral("demo"), "pw", login.cb());
    if (!login.wait() || !*login.result)
        return std::unexpected(login.result ? login.result->error() : Error{"test.timeout", "timeout", {}});
    Waiter<Credential> cred;
    client.credentialInfo(QStringLiteral("c1"), cred.cb());
    if (!cred.wait())
        return std::unexpected(Error{"test.timeout", "timeout", {}});
    return *cred.result;
}

inline QList<QByteArray> digests(int n)
{
    QList<QByteArray> out;
    for (int i = 0; i < n; ++i)
        out << digestBytes(HashAlgorithm::Sha256, QByteArray::number(i));
    return out;
}

} // namespace fakerssp
