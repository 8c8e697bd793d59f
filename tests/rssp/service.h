#pragma once

// The RSSP's HTTP behaviour, independent of the HTTP server library: a Request in, an HttpReply out.
// One Service per `serve` process; all volatile secrets (tokens, SADs, OAuth codes, OOB challenges)
// live only in its memory.

#include "base/clock.h"
#include "crypto/hashalgorithm.h"
#include "ocsp.h"
#include "state.h"
#include "tsa.h"

#include <QJsonObject>
#include <QUrlQuery>

#include <map>

namespace rssp {

struct Request
{
    QByteArray method; // "GET", "POST", ...
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(const QByteArray &name) const;
};

struct HttpReply
{
    int status = 200;
    QByteArray mime = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // Fault "slow-sign": the server holds the answer back this long. The HTTP layer waits on a timer,
    // so every other request is still served meanwhile.
    int delayMs = 0;
};

// Real time plus whatever the tests added through /test/clock, so authenticator codes keep working.
class OffsetClock final : public sic::Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc().addSecs(m_offset); }
    void advance(qint64 seconds) { m_offset += seconds; }
    qint64 offset() const { return m_offset; }

private:
    qint64 m_offset = 0;
};

struct ServiceConfig
{
    QString base; // https://127.0.0.1:PORT
    int sadLifetime = 300;
    bool testHooks = false;
    QStringList quirks; // provider variance switches at start (also POST /test/quirks)
};

class Service
{
public:
    Service(State &state, ServiceConfig config, Tsa tsa, Ocsp ocsp);
    HttpReply handle(const Request &req);
    // The provider variance switches this server knows (docs/devrssp.md).
    static const QStringList &knownQuirks();

private:
    struct Token
    {
        QString user;
        QString scope; // "service" | "refresh"
        QDateTime expires;
    };
    struct Sad
    {
        QString user;
        QString credentialId;
        QList<QByteArray> hashes; // still signable
        std::optional<sic::HashAlgorithm> alg;
        int remaining = 0;
        QDateTime expires;
        bool oauth = false; // a credential-scope access token: also the Bearer token of signHash
    };
    struct OAuthCode
    {
        QUrlQuery request; // the authorize query
        QString user;
        QDateTime expires;
    };
    struct Challenge
    {
        QString code;
        QDateTime expires;
    };
    struct Auth
    {
        QString user;
        std::optional<HttpReply> error;
    };
    enum class AuthCheck
    {
        Ok,
        WrongPin,
        WrongOtp,
        ExpiredOtp, // a code of a time step already over (or an out-of-band code past its time)
        Locked,
        Missing
    };
    bool quirk(const char *name) const { return m_quirks.contains(QLatin1String(name)); }
    // The path a method is served at under the current switches ("signatures/signhash").
    QString servedPath(const QString &method) const;
    enum class OtpCheck
    {
        Ok,
        Wrong,
        Expired
    };

    // dispatch and common pieces (service.cpp)
    HttpReply route(const Request &req);
    HttpReply csc(int version, const QString &method, const Request &req);
    Auth bearer(const Request &req, bool allowCredentialToken);
    HttpReply testHook(const QString &what, const Request &req);
    HttpReply info(int version);
    HttpReply login(const Request &req, const QJsonObject &body);
    HttpReply revoke(const QJsonObject &body);
    QJsonObject issueServiceTokens(const QString &user);
    void audit(const QString &type, const QString &actor, const QString &outcome,
               const QJsonObject &detail = {});

    // credentials.cpp
    HttpReply credentialsList(int version, const QString &user, const QJsonObject &body);
    HttpReply credentialsInfo(int version, const QString &user, const QJsonObject &body);
    QJsonObject credentialInfo(int version, const Credential &c, const QString &certificates, bool certInfo,
                               bool authInfo);
    std::optional<Credential> ownCredential(const QString &user, const QJsonValue &id);

    // authorize.cpp
    HttpReply authorize(int version, const QString &user, const QJsonObject &body);
    HttpReply getChallenge(int version, const QString &user, const QJsonObject &body);
    HttpReply extendTransaction(int version, const QString &user, const QJsonObject &body);
    AuthCheck checkPinOtp(Credential &c, const QString &pin, const QString &otp, int *attemptsLeft);
    OtpCheck checkOtp(const Credential &c, const User &u, const QString &otp);
    QString newSad(Sad sad);

    // signing.cpp
    HttpReply signHash(int version, const QString &user, const QString &bearerToken, const QJsonObject &body);
    HttpReply timestamp(const QString &user, const QJsonObject &body);

    // oauth.cpp
    HttpReply oauthAuthorizeGet(const Request &req);
    HttpReply oauthAuthorizePost(const Request &req);
    HttpReply oauthToken(const Request &req);
    std::optional<HttpReply> checkOAuthRequest(const QUrlQuery &q, QString *credentialId,
                                               QList<QByteArray> *hashes,
                                               std::optional<sic::HashAlgorithm> *alg, int *numSignatures);

    State &m_state;
    ServiceConfig m_config;
    Tsa m_tsa;
    Ocsp m_ocsp;
    OffsetClock m_clock;
    QString m_fault = QStringLiteral("none");
    QStringList m_quirks;
    int m_slowSignSeconds = 4;
    std::map<QString, Token> m_tokens;
    std::map<QString, Sad> m_sads;
    std::map<QString, OAuthCode> m_codes;
    std::map<QString, Challenge> m_challenges; // by credential id
    std::map<QString, quint64> m_lastTotpStep; // by user: a code is accepted once
};

HttpReply jsonReply(const QJsonObject &o, int status = 200);
HttpReply errorReply(int status, const QString &error, const QString &description = {});
// Hashes from a JSON array of Base64 strings; empty optional on a malformed entry.
std::optional<QList<QByteArray>> hashList(const QJsonValue &v);
// numSignatures as a number or a numeric string (some clients send strings); -1 if invalid.
int intValue(const QJsonValue &v);

} // namespace rssp
