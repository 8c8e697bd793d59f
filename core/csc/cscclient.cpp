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

QList<QUrl> discoveryCandidates(const QUrl &serviceUrl, ClientSettings::ApiVersion version)
{
    QUrl base = serviceUrl;
    base.setQuery(QString());
    base.setFragment(QString());
    QString path = base.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(QLatin1String("/info")))
        path.chop(5);
    QString root = path;
    int given = 0; // the version in the URL the user gave, if any
    for (int v : {1, 2}) {
        const QString suffix = QStringLiteral("/csc/v%1").arg(v);
        if (path.endsWith(suffix)) {
            root.chop(suffix.size());
            given = v;
        }
    }
    auto at = [&](const QString &p) {
        QUrl u = base;
        u.setPath(p);
        return u;
    };
    const bool v1 = version != ClientSettings::ApiVersion::V2;
    const bool v2 = version != ClientSettings::ApiVersion::V1;
    QList<QUrl> out;
    if (given == 1 && v1)
        out << at(path);
    if (given == 2 && v2)
        out << at(path);
    if (v2 && given != 2)
        out << at(root + QStringLiteral("/csc/v2"));
    if (v1 && given != 1)
        out << at(root + QStringLiteral("/csc/v1"));
    // Some services serve the API at the URL they publish, without /csc/vN.
    out << at(root);
    return out;
}

QString CscClient::methodPath(const QString &method) const
{
    if (const auto it = m_settings.methodPaths.constFind(method); it != m_settings.methodPaths.constEnd())
        return *it;
    for (const QString &listed : m_info.methods) {
        if (listed.compare(method, Qt::CaseInsensitive) == 0)
            return listed;
    }
    return method;
}

bool CscClient::offers(const QString &method) const
{
    if (m_settings.methodPaths.contains(method) || m_info.methods.isEmpty())
        return true;
    for (const QString &listed : m_info.methods) {
        if (listed.compare(method, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Result<void> CscClient::checkTimestampsOffered() const
{
    const QString method = QStringLiteral("signatures/timestamp");
    if (m_settings.timestamps == ClientSettings::Timestamps::None)
        return failWith(CscErrorKind::NotOffered,
                        QStringLiteral("the provider profile says this service gives no time-stamps"), -1,
                        method);
    if (m_settings.timestamps == ClientSettings::Timestamps::Auto && !offers(method))
        return failWith(CscErrorKind::NotOffered,
                        QStringLiteral("info.methods of %1 does not list %2; give a TSA URL for B-T")
                            .arg(m_info.cscBase.toString(), method),
                        -1, method);
    return {};
}

bool CscClient::numbersAsStrings() const
{
    switch (m_settings.numbers) {
    case ClientSettings::Numbers::Strings:
        return true;
    case ClientSettings::Numbers::Json:
        return false;
    case ClientSettings::Numbers::Auto:
        break;
    }
    return m_sawNumberStrings;
}

Result<Credential> CscClient::toCredential(const QString &id, const QJsonObject &info)
{
    // A service that writes its own numbers as strings gets ours as strings too (see
    // ClientSettings::numbers).
    const QJsonObject key = info.value(QLatin1String("key")).toObject();
    if (info.value(QLatin1String("multisign")).isString() || key.value(QLatin1String("len")).isString())
        m_sawNumberStrings = true;
    auto c = parseCredentialInfo(id, info, m_info.apiVersion, m_settings.otpTypeWhenUnstated);
    if (!c)
        return c;
    if (m_settings.authModeOverride) {
        c->authMode = *m_settings.authModeOverride;
        if (c->authMode == Credential::AuthMode::OAuth2Code &&
            !c->factors.contains(AuthFactor::OAuth2Browser))
            c->factors.prepend(AuthFactor::OAuth2Browser);
        if (c->authMode != Credential::AuthMode::OAuth2Code)
            c->factors.removeAll(AuthFactor::OAuth2Browser);
    }
    if (!m_settings.factorsOverride.isEmpty()) {
        const bool browser = c->factors.contains(AuthFactor::OAuth2Browser);
        c->factors = m_settings.factorsOverride;
        if (browser && !c->factors.contains(AuthFactor::OAuth2Browser))
            c->factors.prepend(AuthFactor::OAuth2Browser);
        for (AuthFactor f : std::as_const(c->factors))
            c->optionalFactors.removeAll(f);
    }
    return c;
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
    req.url = joinUrl(m_info.cscBase, methodPath(method));
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
    tryInfo(discoveryCandidates(m_serviceUrl, m_settings.apiVersion), std::move(done), {});
}

void CscClient::tryInfo(QList<QUrl> candidates, Callback<ServiceInfo> done, QStringList probes)
{
    if (candidates.isEmpty()) {
        Error e = makeError(CscErrorKind::NotOffered, probes.join(QStringLiteral("; ")), -1,
                            QStringLiteral("the CSC API"));
        e.message = Tr::tr("No signature service (CSC API) answered at %1. Check the service address.")
                        .arg(m_serviceUrl.toString());
        done(std::unexpected(e));
        return;
    }
    const QUrl base = candidates.takeFirst();
    m_info.cscBase = base;
    m_info.methods.clear(); // no spelling of an earlier guess may leak into this probe
    m_info.apiVersion = base.path().endsWith(QLatin1String("/v1")) ? 1 : 2;
    call(
        QStringLiteral("info"), QJsonObject{{QStringLiteral("lang"), QStringLiteral("en")}}, true,
        [this, base, candidates, done, probes](Result<QJsonObject> r) mutable {
            if (m_destroying)
                return;
            if (!r) {
                const auto kind = errorKind(r.error());
                // `info` needs no authentication: any HTTP answer that is not a CSC info object
                // (401, 403, 404, 405, 501, HTML, ...) means "not this version or path". TLS,
                // pin, network, timeout and cancel stop: the next guess would meet the same.
                const bool transport =
                    kind == CscErrorKind::TlsFailure || kind == CscErrorKind::PinMismatch ||
                    kind == CscErrorKind::NetworkFailure || kind == CscErrorKind::Timeout ||
                    kind == CscErrorKind::Cancelled || !kind;
                if (transport) {
                    done(std::unexpected(r.error()));
                    return;
                }
                probes << QStringLiteral("%1: %2").arg(base.toString(), r.error().detail);
                tryInfo(candidates, std::move(done), probes);
                return;
            }
            const QJsonObject o = *r;
            ServiceInfo info;
            info.cscBase = base;
            info.specs = o.value(QLatin1String("specs")).toVariant().toString();
            const bool pathV1 = base.path().endsWith(QLatin1String("/csc/v1"));
            info.apiVersion = info.specs.startsWith(u'1')   ? 1
                              : info.specs.startsWith(u'2') ? 2
                                                            : (pathV1 ? 1 : 2);
            info.name = o.value(QLatin1String("name")).toString();
            // authType and methods are arrays by the spec; a single string is read as one entry.
            auto strings = [](const QJsonValue &v) {
                QStringList out;
                if (v.isString())
                    out << v.toString();
                for (const QJsonValue &e : v.toArray())
                    out << e.toString();
                return out;
            };
            info.authTypes = strings(o.value(QLatin1String("authType")));
            info.oauth2 = QUrl(
                o.value(QLatin1String("oauth2")).toString(o.value(QLatin1String("oauth2Issuer")).toString()));
            info.methods = strings(o.value(QLatin1String("methods")));
            info.signAlgorithms =
                strings(o.value(QLatin1String("signAlgorithms")).toObject().value(QLatin1String("algos")));
            // Spelled conformance_levels by the spec, conformanceLevels by at least one server.
            QJsonValue levels = o.value(QLatin1String("conformance_levels"));
            if (levels.isUndefined())
                levels = o.value(QLatin1String("conformanceLevels"));
            info.conformanceLevels = strings(levels);
            if (info.specs.isEmpty() && info.methods.isEmpty()) {
                probes << QStringLiteral("%1: info has neither specs nor methods").arg(base.toString());
                tryInfo(candidates, std::move(done), probes);
                return;
            }
            const bool wanted =
                m_settings.apiVersion == ClientSettings::ApiVersion::Auto ||
                (m_settings.apiVersion == ClientSettings::ApiVersion::V1) == (info.apiVersion == 1);
            if (!wanted) {
                probes << QStringLiteral("%1: specs %2, not the version asked for")
                              .arg(base.toString(), info.specs);
                tryInfo(candidates, std::move(done), probes);
                return;
            }
            probes << QStringLiteral("%1: specs %2").arg(base.toString(), info.specs);
            info.probes = probes;
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
    req.url = joinUrl(m_info.cscBase, methodPath(QStringLiteral("auth/login")));
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
        // A service that writes expires_in as a string is one that wants strings (ClientSettings::numbers).
        if (QJsonDocument::fromJson(r->body).object().value(QLatin1String("expires_in")).isString())
            self->m_sawNumberStrings = true;
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
    const bool canRevoke = m_settings.revokeAtEnd && offers(QStringLiteral("auth/revoke"));
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
    QJsonObject body{{QStringLiteral("maxResults"),
                      numbersAsStrings() ? QJsonValue(QStringLiteral("100")) : QJsonValue(100)}};
    if (!pageToken.isEmpty())
        body.insert(QStringLiteral("pageToken"), pageToken);
    if (m_info.apiVersion >= 2) {
        body.insert(QStringLiteral("credentialInfo"), true);
        body.insert(QStringLiteral("certificates"), QStringLiteral("chain"));
        body.insert(QStringLiteral("certInfo"), true);
        body.insert(QStringLiteral("authInfo"), true);
    }
    call(QStringLiteral("credentials/list"), body, true,
         [this, pageToken, acc, done = std::move(done)](Result<QJsonObject> r) mutable {
             // maxResults refused as a number (a service whose schema types it a string): the
             // call is harmless, so it goes again with strings, which later calls then use too.
             if (!r && !numbersAsStrings() && m_settings.numbers == ClientSettings::Numbers::Auto &&
                 r.error().detail.startsWith(QLatin1String("HTTP 400")) &&
                 r.error().detail.contains(QLatin1String("maxResults"))) {
                 m_sawNumberStrings = true;
                 return listPage(pageToken, acc, std::move(done));
             }
             if (!r)
                 return done(std::unexpected(r.error()));
             QStringList missing;
             const QJsonArray infos = r->value(QLatin1String("credentialInfos")).toArray();
             QSet<QString> described;
             for (const QJsonValue &v : infos) {
                 const QJsonObject o = v.toObject();
                 auto c = toCredential(o.value(QLatin1String("credentialID")).toString(), o);
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
             done(toCredential(credentialId, *r));
         });
}

} // namespace sic::csc
