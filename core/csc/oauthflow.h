#pragma once

#include "csc/authorization.h"
#include "csc/oauthloopback.h"
#include "csc/transport.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace sic::csc {

struct TokenResponse
{
    QByteArray accessToken;  // secret
    QByteArray refreshToken; // secret
    QString tokenType;
    int expiresIn = 0;
    void wipe()
    {
        accessToken.fill(0);
        refreshToken.fill(0);
    }
};

// Parses an OAuth2 token / CSC auth/login answer (2xx only; errors are mapped by the caller).
Result<TokenResponse> parseTokenResponse(const QString &method, const QByteArray &body);

// OAuth2 authorization code grant with PKCE S256 for a native app (RFC 8252): loopback redirect,
// system browser through UrlOpener, state checked, code exchanged with the code_verifier. Used for
// the service login (scope=service) and for the credential-scope authorization that yields a SAD.
class OAuthCodeFlow final : public QObject
{
    Q_OBJECT
public:
    OAuthCodeFlow(CscTransport &transport, QUrl authorizeUrl, QUrl tokenUrl, QString clientId,
                  QObject *parent = nullptr);
    ~OAuthCodeFlow() override;

    using Callback = std::function<void(Result<TokenResponse>)>;
    // extra: scope and, for scope=credential, credentialID/numSignatures/hashes/hashAlgorithmOID.
    void start(const QList<std::pair<QString, QString>> &extra, UrlOpener &opener, Callback done);
    void cancel();

private:
    void onRedirect(Result<OAuthLoopback::Redirect> redirect);
    void finish(Result<TokenResponse> result);

    CscTransport &m_transport;
    QUrl m_authorizeUrl;
    QUrl m_tokenUrl;
    QString m_clientId;
    QByteArray m_verifier;
    QString m_state;
    OAuthLoopback *m_loopback = nullptr;
    QTimer m_timer;
    static constexpr int m_userTimeoutMs = 5 * 60 * 1000; // the user's time for the browser login
    quint64 m_tokenCall = 0;
    Callback m_done;
};

} // namespace sic::csc
