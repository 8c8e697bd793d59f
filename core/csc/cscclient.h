#pragma once

#include "crypto/hashalgorithm.h"
#include "csc/authorization.h"
#include "csc/clientsettings.h"
#include "csc/credential.h"
#include "csc/oauthflow.h"
#include "csc/transport.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace sic {
class SecretStore;
}

namespace sic::csc {

// What `info` said about the service.
struct ServiceInfo
{
    int apiVersion = 2;
    QString specs;
    QString name;
    QStringList authTypes;
    QUrl oauth2;
    QStringList methods;
    QStringList signAlgorithms;
    QStringList conformanceLevels;
    QUrl cscBase; // .../csc/v1 or .../csc/v2 (or the URL as given), without trailing slash
    // Every base URL that was probed and what it answered ("https://h/csc/v2: HTTP 401"), in
    // order; the connection self-test shows it.
    QStringList probes;

    QUrl authorizeUrl() const;
    QUrl tokenUrl() const;
};

// One session with one RSSP over the CSC API, v2 or v1 as `info` says. Every call is asynchronous
// and calls back exactly once on the caller's thread. The access token lives only in memory; a
// refresh token goes only to the SecretStore; PIN, OTP and SAD are overwritten after use and never
// logged.
class CscClient final : public QObject
{
    Q_OBJECT
public:
    template <typename T>
    using Callback = std::function<void(Result<T>)>;

    // serviceUrl: the base (https://host:port), or the csc/v1 or csc/v2 URL itself.
    CscClient(CscTransport &transport, QUrl serviceUrl, QObject *parent = nullptr);
    ~CscClient() override;

    void setClientId(const QString &clientId) { m_clientId = clientId; }
    // Tolerances that cannot be detected (from a provider profile); set before connectService().
    void setSettings(ClientSettings settings) { m_settings = std::move(settings); }
    const ClientSettings &settings() const { return m_settings; }
    // The path this service uses for a CSC method: the settings' override, else the spelling
    // `info.methods` lists (compared without case), else the method itself.
    QString methodPath(const QString &method) const;
    // Whether the service offers a method: listed in `info.methods` (any case) or given a path in
    // the settings. A service that lists no methods at all is assumed to offer every one.
    bool offers(const QString &method) const;
    // B-T through the RSSP is possible: csc.not_offered (naming signatures/timestamp) otherwise,
    // so that a front end can refuse before any authorization spends a PIN attempt or an OTP.
    Result<void> checkTimestampsOffered() const;
    // Whether numSignatures/maxResults go out as strings (settings, or detected from answers).
    bool numbersAsStrings() const;
    // Where the refresh token is kept, under `key` (e.g. "rssp:<host>:<user>").
    void setRefreshTokenStore(SecretStore *store, const QString &key);

    void connectService(Callback<ServiceInfo> done);
    const ServiceInfo &serviceInfo() const { return m_info; }
    int apiVersion() const { return m_info.apiVersion; }
    CscTransport &transport() { return m_transport; }

    void loginBasic(const QString &user, QByteArray password, Callback<void> done);
    void loginOAuth(UrlOpener &opener, Callback<void> done);
    void loginWithStoredRefreshToken(Callback<void> done);
    bool isLoggedIn() const { return !m_accessToken.isEmpty(); }
    // Lifetime of the current access token in seconds, from the login answer's expires_in (the
    // token parser's default when the service left it out); 0 when logged out.
    int accessTokenExpiresIn() const { return m_accessTokenExpiresIn; }
    void logout();
    // Ends the session at the service too: auth/revoke of the access token when `info` lists it,
    // the stored refresh token removed, then logout(). Local state is cleared whatever the service
    // answers; the callback reports the revocation's outcome.
    void revokeAndLogout(Callback<void> done);

    void listCredentials(Callback<QList<Credential>> done);
    void credentialInfo(const QString &credentialId, Callback<Credential> done);

    // Key authorization for exactly these hashes (SCAL2). The answer's PIN and OTP are wiped.
    void authorize(const Credential &credential, const QList<QByteArray> &hashes, HashAlgorithm hash,
                   FactorAnswer &factors, Callback<Sad> done);
    // Out-of-band OTP: getChallenge (v2) or sendOTP (v1).
    void sendOtp(const Credential &credential, Callback<void> done);
    // Credential-scope OAuth2 in the browser; the access token it yields is the SAD.
    void authorizeInBrowser(const Credential &credential, const QList<QByteArray> &hashes, HashAlgorithm hash,
                            UrlOpener &opener, Callback<Sad> done);
    // Raw values as the service sent them, Base64-decoded, in hash order; checking them is
    // CscHashSigner's job. A service may answer fewer values than hashes (it signs only the first
    // ones per call): they are returned as they are, and the caller sends the rest again.
    void signHash(const Credential &credential, const Sad &sad, const QList<QByteArray> &hashes,
                  HashAlgorithm hash, const QString &signAlgo, const QByteArray &signAlgoParams,
                  Callback<QList<QByteArray>> done);

    // signatures/timestamp: an RFC 3161 token over the digest, with the nonce (hex) echoed in it.
    // The token is returned as sent; checking it is CscTimestampSource's job.
    void timestamp(const QByteArray &digest, HashAlgorithm hash, const QByteArray &nonce,
                   Callback<QByteArray> done);

    void cancel();

private:
    void call(const QString &method, const QJsonObject &body, bool idempotent, Callback<QJsonObject> done);
    void tryInfo(QList<QUrl> candidates, Callback<ServiceInfo> done, QStringList probes);
    Result<Credential> toCredential(const QString &id, const QJsonObject &info);
    void acceptTokens(TokenResponse tokens, Callback<void> done);
    void listPage(const QString &pageToken, QList<Credential> acc, Callback<QList<Credential>> done);
    void fetchInfos(QStringList ids, QList<Credential> acc, Callback<QList<Credential>> done);
    QByteArray bearer() const;

    CscTransport &m_transport;
    QUrl m_serviceUrl;
    ServiceInfo m_info;
    QString m_clientId = QStringLiteral("sic-desktop");
    ClientSettings m_settings;
    bool m_sawNumberStrings = false;
    QByteArray m_accessToken;
    int m_accessTokenExpiresIn = 0;
    SecretStore *m_store = nullptr;
    QString m_storeKey;
    QSet<quint64> m_calls;
    QPointer<OAuthCodeFlow> m_flow;
    bool m_destroying = false;
};

// Joins a CSC method onto a base URL ("https://h/csc/v2" + "signatures/signHash").
QUrl joinUrl(const QUrl &base, const QString &path);
// The base URLs `info` is tried at, in order, for the URL a user gave: v2 before v1, with and
// without /csc/vN (a service mounted at the URL itself), limited to one version if asked.
QList<QUrl> discoveryCandidates(const QUrl &serviceUrl, ClientSettings::ApiVersion version);

} // namespace sic::csc
