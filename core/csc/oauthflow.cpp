#include "csc/oauthflow.h"

#include "csc/credential.h"
#include "csc/cscerror.h"
#include "csc/encoding.h"
#include "csc/pkce.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sic::csc {

Result<TokenResponse> parseTokenResponse(const QString &method, const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject o = doc.object();
    TokenResponse t;
    t.accessToken = o.value(QLatin1String("access_token")).toString().toUtf8();
    t.refreshToken = o.value(QLatin1String("refresh_token")).toString().toUtf8();
    t.tokenType = o.value(QLatin1String("token_type")).toString();
    t.expiresIn = jsonInt(o.value(QLatin1String("expires_in")), 3600);
    if (!doc.isObject() || t.accessToken.isEmpty())
        return failWith(CscErrorKind::MalformedResponse,
                        QStringLiteral("%1: no access_token in the answer").arg(method));
    return t;
}

OAuthCodeFlow::OAuthCodeFlow(CscTransport &transport, QUrl authorizeUrl, QUrl tokenUrl, QString clientId,
                             QObject *parent)
    : QObject(parent), m_transport(transport), m_authorizeUrl(std::move(authorizeUrl)),
      m_tokenUrl(std::move(tokenUrl)), m_clientId(std::move(clientId))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        finish(failWith(
            CscErrorKind::Timeout,
            QStringLiteral("no answer from the browser login within %1 s").arg(m_userTimeoutMs / 1000)));
    });
}

OAuthCodeFlow::~OAuthCodeFlow()
{
    m_verifier.fill(0);
    if (m_tokenCall)
        m_transport.cancel(m_tokenCall);
}

void OAuthCodeFlow::start(const QList<std::pair<QString, QString>> &extra, UrlOpener &opener, Callback done)
{
    m_done = std::move(done);
    delete m_loopback;
    m_loopback = new OAuthLoopback(this);
    if (auto listening = m_loopback->listen(); !listening) {
        finish(std::unexpected(listening.error()));
        return;
    }
    const Pkce pkce = Pkce::generate();
    m_verifier = pkce.verifier;
    m_state = QString::fromLatin1(base64Url(randomBytes(16)));

    QList<std::pair<QString, QString>> query{
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("client_id"), m_clientId},
        {QStringLiteral("redirect_uri"), m_loopback->redirectUri().toString()},
        {QStringLiteral("state"), m_state},
        {QStringLiteral("code_challenge"), QString::fromLatin1(pkce.challenge)},
        {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
    };
    query += extra;
    QUrl url = m_authorizeUrl;
    url.setQuery(QString::fromLatin1(formEncode(query)), QUrl::TolerantMode);

    m_loopback->setCallback([this](Result<OAuthLoopback::Redirect> r) { onRedirect(std::move(r)); });
    m_timer.start(m_userTimeoutMs);
    if (!opener.openUrl(url))
        finish(failWith(CscErrorKind::Unsupported, QStringLiteral("the system browser could not be opened")));
}

void OAuthCodeFlow::onRedirect(Result<OAuthLoopback::Redirect> redirect)
{
    if (!redirect) {
        finish(std::unexpected(redirect.error()));
        return;
    }
    OAuthLoopback::Redirect r = std::move(*redirect);
    if (r.state != m_state) {
        r.code.fill(0);
        finish(failWith(CscErrorKind::LoginFailed,
                        QStringLiteral("the OAuth redirect carried a different state (possible forgery)")));
        return;
    }
    if (!r.error.isEmpty()) {
        finish(failWith(CscErrorKind::LoginFailed,
                        QStringLiteral("authorization refused: %1 %2").arg(r.error, r.errorDescription)));
        return;
    }
    m_timer.stop();
    QByteArray code = std::move(r.code);
    QByteArray form = formEncode({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                  {QStringLiteral("code"), QString::fromUtf8(code)},
                                  {QStringLiteral("client_id"), m_clientId},
                                  {QStringLiteral("redirect_uri"), m_loopback->redirectUri().toString()},
                                  {QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier)}});
    code.fill(0);
    HttpRequest req;
    req.url = m_tokenUrl;
    req.contentType = "application/x-www-form-urlencoded";
    req.body = form;
    req.label = QStringLiteral("oauth2/token");
    m_tokenCall = m_transport.send(req, [this](Result<HttpResponse> resp) {
        m_tokenCall = 0;
        if (!resp) {
            finish(std::unexpected(resp.error()));
            return;
        }
        if (resp->status < 200 || resp->status >= 300) {
            finish(std::unexpected(mapHttpError(QStringLiteral("oauth2/token"), resp->status, resp->body)));
            return;
        }
        finish(parseTokenResponse(QStringLiteral("oauth2/token"), resp->body));
        resp->body.fill(0);
    });
    form.fill(0);
    req.body.fill(0);
}

void OAuthCodeFlow::cancel()
{
    if (m_tokenCall)
        m_transport.cancel(m_tokenCall);
    else
        finish(failWith(CscErrorKind::Cancelled, QStringLiteral("browser login cancelled")));
}

void OAuthCodeFlow::finish(Result<TokenResponse> result)
{
    m_timer.stop();
    m_verifier.fill(0);
    if (m_loopback)
        m_loopback->close();
    if (!m_done) {
        if (result)
            result->wipe();
        return;
    }
    Callback done = std::move(m_done);
    m_done = nullptr;
    done(std::move(result));
}

} // namespace sic::csc
