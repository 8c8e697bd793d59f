#include "csc/cscclient.h"

#include "csc/cscerror.h"
#include "csc/encoding.h"
#include "secrets/secretstore.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

namespace sic::csc {

QUrl joinUrl(const QUrl &base, const QString &path)
{
    QUrl u = base;
    QString p = u.path();
    while (p.endsWith(u'/'))
        p.chop(1);
    u.setPath(p + u'/' + path);
    return u;
}

QUrl ServiceInfo::authorizeUrl() const
{
    return oauth2.path().endsWith(QLatin1String("/oauth2"))
               ? joinUrl(oauth2, QStringLiteral("authorize"))
               : joinUrl(oauth2, QStringLiteral("oauth2/authorize"));
}

QUrl ServiceInfo::tokenUrl() const
{
    return oauth2.path().endsWith(QLatin1String("/oauth2")) ? joinUrl(oauth2, QStringLiteral("token"))
                                                            : joinUrl(oauth2, QStringLiteral("oauth2/token"));
}

CscClient::CscClient(CscTransport &transport, QUrl serviceUrl, QObject *parent)
    : QObject(parent), m_transport(transport), m_serviceUrl(std::move(serviceUrl))
{}

CscClient::~CscClient()
{
    m_destroying = true; // pending callbacks must not reach owners that are going away with us
    cancel();
    m_accessToken.fill(0);
}

void CscClient::setRefreshTokenStore(SecretStore *store, const QString &key)
{
    m_store = store;
    m_storeKey = key;
}

QByteArray CscClient::bearer() const
{
    return m_accessToken.isEmpty() ? QByteArray() : QByteArray("Bearer ") + m_accessToken;
}

void CscClient::call(const QString &method, const QJsonObject &body, bool idempotent,
                     Callback<QJsonObject> done)
{
    HttpRequest req;
    req.url = joinUrl(m_info.cscBase, method);
    req.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    req.authorization = bearer();
    req.idempotent = idempotent;
    req.label = method;
    auto id = std::make_shared<quint64>(0);
    QPointer<CscClient> self(this);
    *id = m_transport.send(req, [self, id, method, done = std::move(done)](Result<HttpResponse> r) {
        if (!self || self->m_destroying)
            return;
        self->m_calls.remove(*id);
        if (!r) {
            done(std::unexpected(r.error()));
            return;
        }
        if (r->status < 200 || r->status >= 300) {
            done(std::unexpected(mapHttpError(method, r->status, r->body)));
            return;
        }
        if (r->status == 204 || r->body.trimmed().isEmpty()) {
            done(QJsonObject());
            return;
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(r->body, &pe);
        r->body.fill(0);
        if (!doc.isObject()) {
            done(failWith(CscErrorKind::MalformedResponse,
                          QStringLiteral("%1 answered HTTP %2 with a body that is not a JSON object (%3)")
                              .arg(method)
                              .arg(r->status)
                              .arg(pe.errorString())));
            return;
        }
        done(doc.object());
    });
    m_calls.insert(*id);
    req.body.fill(0);
    req.authorization.fill(0);
}

void CscClient::connectService(Callback<ServiceInfo> done)
{
    QUrl base = m_serviceUrl;
    QString path = base.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(QLatin1String("/info")))
        path.chop(5);
    base.setPath(path);
    QList<QUrl> candidates;
    if (path.endsWith(QLatin1String("/csc/v2")) || path.endsWith(QLatin1String("/csc/v1")))
        candidates << base;
    else
        candidates << joinUrl(base, QStringLiteral("csc/v2")) << joinUrl(base, QStringLiteral("csc/v1"));
    tryInfo(candidates, std::move(done), std::nullopt);
}

void CscClient::tryInfo(QList<QUrl> candidates, Callback<ServiceInfo> done, std::optional<Error> firstError)
{
    if (candidates.isEmpty()) {
        done(std::unexpected(
            firstError.value_or(makeError(CscErrorKind::ServiceError, QStringLiteral("no CSC endpoint")))));
        return;
    }
    const QUrl base = candidates.takeFirst();
    m_info.cscBase = base;
    m_info.apiVersion = base.path().endsWith(QLatin1String("/v1")) ? 1 : 2;
    call(
        QStringLiteral("info"), QJsonObject{{QStringLiteral("lang"), QStringLiteral("en")}}, true,
        [this, base, candidates, done, firstError](Result<QJsonObject> r) mutable {
            if (m_destroying)
                return;
            if (!r) {
                const auto kind = errorKind(r.error());
                // Only "this is not a CSC endpoint" moves on to the next guess; TLS, pin, timeout stop.
                const bool tryNext =
                    kind == CscErrorKind::ServiceError || kind == CscErrorKind::MalformedResponse;
                if (tryNext && !candidates.isEmpty()) {
                    tryInfo(candidates, std::move(done), firstError ? firstError : r.error());
                    return;
                }
                done(std::unexpected(firstError && tryNext ? *firstError : r.error()));
                return;
            }
            const QJsonObject o = *r;
            ServiceInfo info;
            info.cscBase = base;
            info.specs = o.value(QLatin1String("specs")).toString();
            info.apiVersion = info.specs.startsWith(u'1') ? 1
                              : info.specs.startsWith(u'2')
                                  ? 2
                                  : (base.path().endsWith(QLatin1String("/v1")) ? 1 : 2);
            info.name = o.value(QLatin1String("name")).toString();
            for (const QJsonValue &v : o.value(QLatin1String("authType")).toArray())
                info.authTypes << v.toString();
            info.oauth2 = QUrl(
                o.value(QLatin1String("oauth2")).toString(o.value(QLatin1String("oauth2Issuer")).toString()));
            for (const QJsonValue &v : o.value(QLatin1String("methods")).toArray())
                info.methods << v.toString();
            for (const QJsonValue &v :
                 o.value(QLatin1String("signAlgorithms")).toObject().value(QLatin1String("algos")).toArray())
                info.signAlgorithms << v.toString();
            // Spelled conformance_levels by the spec, conformanceLevels by at least one server.
            QJsonValue levels = o.value(QLatin1String("conformance_levels"));
            if (levels.isUndefined())
                levels = o.value(QLatin1String("conformanceLevels"));
            for (const QJsonValue &v : levels.toArray())
                info.conformanceLevels << v.toString();
            if (info.specs.isEmpty() && info.methods.isEmpty()) {
                done(failWith(CscErrorKind::MalformedResponse,
                              QStringLiteral("info has neither specs nor methods")));
                return;
            }
            m_info = info;
            done(info);
        });
}

void CscClient::acceptTokens(TokenResponse tokens, Callback<void> done)
{
    m_accessToken.fill(0);
    m_accessToken = std::move(tokens.accessToken);
    m_accessTokenExpiresIn = tokens.expiresIn;
    if (tokens.refreshToken.isEmpty() || !m_store) {
        tokens.wipe();
        done({});
        return;
    }
    QByteArray refresh = std::move(tokens.refreshToken);
    m_store->write(m_storeKey, refresh, [done = std::move(done)](Result<void> stored) {
        if (!stored)
            qWarning("sic.csc: the refresh token could not be stored: %s", qPrintable(stored.error().detail));
        done({}); // the session works; only "remember me" failed
    });
    refresh.fill(0);
}

void CscClient::loginBasic(const QString &user, QByteArray password, Callback<void> done)
{
    QByteArray credentials = user.toUtf8() + ':' + password;
    password.fill(0);
    HttpRequest req;
    req.url = joinUrl(m_info.cscBase, QStringLiteral("auth/login"));
    req.body = QJsonDocument(QJsonObject{{QStringLiteral("rememberMe"), m_store != nullptr}})
                   .toJson(QJsonDocument::Compact);
    req.authorization = "Basic " + credentials.toBase64();
    req.label = QStringLiteral("auth/login");
    credentials.fill(0);
    auto id = std::make_shared<quint64>(0);
    QPointer<CscClient> self(this);
    *id = m_transport.send(req, [self, id, done = std::move(done)](Result<HttpResponse> r) {
        if (!self || self->m_destroying)
            return;
        self->m_calls.remove(*id);
        if (!r)
            return done(std::unexpected(r.error()));
        if (r->status < 200 || r->status >= 300)
            return done(std::unexpected(mapHttpError(QStringLiteral("auth/login"), r->status, r->body)));
        auto tokens = parseTokenResponse(QStringLiteral("auth/login"), r->body);
        r->body.fill(0);
        if (!tokens)
            return done(std::unexpected(tokens.error()));
        self->acceptTokens(std::move(*tokens), std::move(done));
    });
    m_calls.insert(*id);
    req.authorization.fill(0);
}

void CscClient::loginWithStoredRefreshToken(Callback<void> done)
{
    if (!m_store) {
        done(failWith(CscErrorKind::LoginFailed, QStringLiteral("no secret store configured")));
        return;
    }
    QPointer<CscClient> self(this);
    m_store->read(m_storeKey, [self, done = std::move(done)](Result<QByteArray> token) mutable {
        if (!self || self->m_destroying)
            return;
        if (!token)
            return done(std::unexpected(token.error()));
        if (token->isEmpty())
            return done(failWith(CscErrorKind::LoginFailed, QStringLiteral("no stored refresh token")));
        QJsonObject body{{QStringLiteral("refresh_token"), QString::fromUtf8(*token)}};
        token->fill(0);
        self->call(
            QStringLiteral("auth/login"), body, false, [self, done = std::move(done)](Result<QJsonObject> r) {
                if (!self || self->m_destroying)
                    return;
                if (!r)
                    return done(std::unexpected(r.error()));
                auto tokens = parseTokenResponse(QStringLiteral("auth/login"), QJsonDocument(*r).toJson());
                if (!tokens)
                    return done(std::unexpected(tokens.error()));
                self->acceptTokens(std::move(*tokens), std::move(done));
            });
    });
}

void CscClient::loginOAuth(UrlOpener &opener, Callback<void> done)
{
    if (!m_info.oauth2.isValid() || m_info.oauth2.isEmpty()) {
        done(failWith(CscErrorKind::Unsupported, QStringLiteral("the service announces no OAuth2 server")));
        return;
    }
    // The OAuth2 server comes from the service's answer: the password and the codes go there, so
    // only over TLS (our own redirect target is the loopback listener, not this URL).
    if (m_info.oauth2.scheme() != QLatin1String("https")) {
        done(failWith(CscErrorKind::TlsFailure,
                      QStringLiteral("the OAuth2 server the service announces is not https: %1")
                          .arg(m_info.oauth2.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))));
        return;
    }
    delete m_flow;
    m_flow = new OAuthCodeFlow(m_transport, m_info.authorizeUrl(), m_info.tokenUrl(), m_clientId, this);
    QPointer<CscClient> self(this);
    m_flow->start({{QStringLiteral("scope"), QStringLiteral("service")}}, opener,
                  [self, done = std::move(done)](Result<TokenResponse> tokens) mutable {
                      if (!self || self->m_destroying)
                          return;
                      self->m_flow->deleteLater();
                      if (!tokens)
                          return done(std::unexpected(tokens.error()));
                      self->acceptTokens(std::move(*tokens), std::move(done));
                  });
}

void CscClient::logout()
{
    cancel();
    m_accessToken.fill(0);
    m_accessToken.clear();
    m_accessTokenExpiresIn = 0;
}

void CscClient::revokeAndLogout(Callback<void> done)
{
    cancel();
    if (m_store)
        m_store->remove(m_storeKey, [](Result<void>) {});
    const bool canRevoke = m_info.apiVersion == 1 || m_info.methods.contains(QLatin1String("auth/revoke"));
    if (!isLoggedIn() || !canRevoke) {
        logout();
        done({});
        return;
    }
    QJsonObject body{{QStringLiteral("token"), QString::fromUtf8(m_accessToken)},
                     {QStringLiteral("token_type_hint"), QStringLiteral("access_token")}};
    // The request carries its own copy of the token; the client forgets it now.
    call(QStringLiteral("auth/revoke"), body, false, [done = std::move(done)](Result<QJsonObject> r) {
        done(r ? Result<void>() : Result<void>(std::unexpected(r.error())));
    });
    m_accessToken.fill(0);
    m_accessToken.clear();
    m_accessTokenExpiresIn = 0;
}

void CscClient::listCredentials(Callback<QList<Credential>> done)
{
    listPage(QString(), {}, std::move(done));
}

void CscClient::listPage(const QString &pageToken, QList<Credential> acc, Callback<QList<Credential>> done)
{
    QJsonObject body{{QStringLiteral("maxResults"), 100}};
    if (!pageToken.isEmpty())
        body.insert(QStringLiteral("pageToken"), pageToken);
    if (m_info.apiVersion >= 2) {
        body.insert(QStringLiteral("credentialInfo"), true);
        body.insert(QStringLiteral("certificates"), QStringLiteral("chain"));
        body.insert(QStringLiteral("certInfo"), true);
        body.insert(QStringLiteral("authInfo"), true);
    }
    call(QStringLiteral("credentials/list"), body, true,
         [this, acc, done = std::move(done)](Result<QJsonObject> r) mutable {
             if (!r)
                 return done(std::unexpected(r.error()));
             QStringList missing;
             const QJsonArray infos = r->value(QLatin1String("credentialInfos")).toArray();
             QSet<QString> described;
             for (const QJsonValue &v : infos) {
                 const QJsonObject o = v.toObject();
                 auto c = parseCredentialInfo(o.value(QLatin1String("credentialID")).toString(), o,
                                              m_info.apiVersion);
                 if (!c)
                     return done(std::unexpected(c.error()));
                 described.insert(c->id);
                 acc << *c;
             }
             for (const QJsonValue &v : r->value(QLatin1String("credentialIDs")).toArray()) {
                 if (!described.contains(v.toString()))
                     missing << v.toString();
             }
             const QString next = r->value(QLatin1String("nextPageToken")).toString();
             if (!next.isEmpty()) {
                 fetchInfos(missing, acc,
                            [this, next, done = std::move(done)](Result<QList<Credential>> all) mutable {
                                if (!all)
                                    return done(std::move(all));
                                listPage(next, *all, std::move(done));
                            });
                 return;
             }
             fetchInfos(missing, acc, std::move(done));
         });
}

void CscClient::fetchInfos(QStringList ids, QList<Credential> acc, Callback<QList<Credential>> done)
{
    if (ids.isEmpty())
        return done(acc);
    const QString id = ids.takeFirst();
    credentialInfo(id, [this, ids, acc, done = std::move(done)](Result<Credential> c) mutable {
        if (!c)
            return done(std::unexpected(c.error()));
        acc << *c;
        fetchInfos(ids, acc, std::move(done));
    });
}

void CscClient::credentialInfo(const QString &credentialId, Callback<Credential> done)
{
    QJsonObject body{{QStringLiteral("credentialID"), credentialId},
                     {QStringLiteral("certificates"), QStringLiteral("chain")},
                     {QStringLiteral("certInfo"), true},
                     {QStringLiteral("authInfo"), true}};
    call(QStringLiteral("credentials/info"), body, true,
         [this, credentialId, done = std::move(done)](Result<QJsonObject> r) {
             if (!r)
                 return done(std::unexpected(r.error()));
             done(parseCredentialInfo(credentialId, *r, m_info.apiVersion));
         });
}

} // namespace sic::csc
