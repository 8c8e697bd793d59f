// OAuth2 authorization code flow with PKCE for a native app (RFC 6749, 7636, 8252):
// /oauth2/authorize (login page + form post) and /oauth2/token.

#include "service.h"

#include "util.h"

#include <QUrl>

namespace rssp {

namespace {

constexpr const char *kClientId = "sic-desktop";
const QStringList kSecretFields = {QStringLiteral("username"), QStringLiteral("password"),
                                   QStringLiteral("pin"), QStringLiteral("otp")};

HttpReply htmlError(const QString &text)
{
    return HttpReply{400,
                     "text/html; charset=utf-8",
                     "<!DOCTYPE html><html><body><h1>Invalid request</h1><p>" +
                         text.toHtmlEscaped().toUtf8() + "</p></body></html>",
                     {}};
}

HttpReply redirect(const QUrl &target, const QList<QPair<QString, QString>> &params)
{
    QUrl url = target;
    QUrlQuery q(url);
    for (const auto &[k, v] : params)
        if (!v.isNull())
            q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    url.setQuery(q);
    HttpReply r{302, "text/plain", "Redirecting", {}};
    r.headers.append({"Location", url.toEncoded()});
    return r;
}

bool loopbackRedirect(const QUrl &u)
{
    return u.isValid() && u.scheme() == u"http" && (u.host() == u"127.0.0.1" || u.host() == u"localhost") &&
           u.port() > 0 && u.fragment().isNull() && u.userInfo().isEmpty();
}

QUrlQuery formQuery(const QByteArray &body)
{
    QByteArray b = body;
    b.replace('+', "%20"); // application/x-www-form-urlencoded writes spaces as '+'
    return QUrlQuery(QString::fromUtf8(b));
}

QString value(const QUrlQuery &q, const QString &key)
{
    return q.queryItemValue(key, QUrl::FullyDecoded);
}

} // namespace

std::optional<HttpReply> Service::checkOAuthRequest(const QUrlQuery &q, QString *credentialId,
                                                    QList<QByteArray> *hashes,
                                                    std::optional<sic::HashAlgorithm> *alg,
                                                    int *numSignatures)
{
    if (value(q, QStringLiteral("client_id")) != QLatin1String(kClientId))
        return htmlError(QStringLiteral("Unknown client_id."));
    const QUrl redirectUri(value(q, QStringLiteral("redirect_uri")), QUrl::StrictMode);
    if (!loopbackRedirect(redirectUri))
        return htmlError(
            QStringLiteral("redirect_uri must be http://127.0.0.1:PORT/... or http://localhost:PORT/..."));
    const QString state =
        q.hasQueryItem(QStringLiteral("state")) ? value(q, QStringLiteral("state")) : QString();
    auto fail = [&](const QString &error, const QString &description) {
        return redirect(redirectUri, {{QStringLiteral("error"), error},
                                      {QStringLiteral("error_description"), description},
                                      {QStringLiteral("state"), state}});
    };
    if (value(q, QStringLiteral("response_type")) != u"code")
        return fail(QStringLiteral("unsupported_response_type"),
                    QStringLiteral("response_type must be code"));
    if (value(q, QStringLiteral("code_challenge")).size() < 43 ||
        value(q, QStringLiteral("code_challenge_method")) != u"S256")
        return fail(QStringLiteral("invalid_request"), QStringLiteral("PKCE with S256 is required"));
    const QString scope = value(q, QStringLiteral("scope"));
    if (scope == u"service")
        return std::nullopt;
    if (scope != u"credential")
        return fail(QStringLiteral("invalid_scope"), QStringLiteral("scope must be service or credential"));
    *credentialId = value(q, QStringLiteral("credentialID"));
    const auto c = m_state.store().credential(*credentialId);
    if (!c || c->mode != u"oauth2code")
        return fail(QStringLiteral("invalid_request"), QStringLiteral("Invalid parameter credentialID"));
    *numSignatures = value(q, QStringLiteral("numSignatures")).toInt();
    const bool v1 = q.hasQueryItem(QStringLiteral("hash"));
    const QStringList parts =
        value(q, v1 ? QStringLiteral("hash") : QStringLiteral("hashes")).split(u',', Qt::SkipEmptyParts);
    hashes->clear();
    for (const QString &p : parts) {
        auto h = decodeBase64Any(p);
        if (!h || h->isEmpty())
            return fail(QStringLiteral("invalid_request"), QStringLiteral("Invalid parameter hashes"));
        hashes->append(*h);
    }
    if (hashes->isEmpty() || *numSignatures != hashes->size() || *numSignatures > c->multisign)
        return fail(QStringLiteral("invalid_request"),
                    QStringLiteral("numSignatures must equal the number of hashes and not exceed multisign"));
    alg->reset();
    if (q.hasQueryItem(QStringLiteral("hashAlgorithmOID"))) {
        *alg = sic::hashFromOid(value(q, QStringLiteral("hashAlgorithmOID")));
        if (!*alg || !sic::hashInfo(**alg).allowedForSigning)
            return fail(QStringLiteral("invalid_request"),
                        QStringLiteral("Invalid parameter hashAlgorithmOID"));
    }
    for (const QByteArray &h : *hashes)
        if (*alg ? h.size() != sic::hashInfo(**alg).size
                 : (h.size() != 32 && h.size() != 48 && h.size() != 64))
            return fail(QStringLiteral("invalid_request"), QStringLiteral("A hash has the wrong length"));
    return std::nullopt;
}

HttpReply Service::oauthAuthorizeGet(const Request &req)
{
    QString credentialId;
    QList<QByteArray> hashes;
    std::optional<sic::HashAlgorithm> alg;
    int n = 0;
    if (auto err = checkOAuthRequest(req.query, &credentialId, &hashes, &alg, &n))
        return *err;
    const bool credential = value(req.query, QStringLiteral("scope")) == u"credential";
    QString hidden;
    for (const auto &[k, v] : req.query.queryItems(QUrl::FullyDecoded))
        if (!kSecretFields.contains(k))
            hidden += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">\n")
                          .arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    QString fields =
        QStringLiteral("<label>User <input name=\"username\" autocomplete=\"username\"></label><br>\n"
                       "<label>Password <input type=\"password\" name=\"password\"></label><br>\n");
    if (credential)
        fields += QStringLiteral(
                      "<p>Authorize %1 signature(s) with credential %2</p>\n"
                      "<label>PIN <input type=\"password\" name=\"pin\" inputmode=\"numeric\"></label><br>\n"
                      "<label>OTP <input name=\"otp\" inputmode=\"numeric\" "
                      "autocomplete=\"one-time-code\"></label><br>\n")
                      .arg(n)
                      .arg(credentialId.toHtmlEscaped());
    const QString html =
        QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>SIC development "
                       "RSSP login</title></head><body><h1>SIC development RSSP</h1>\n"
                       "<form method=\"POST\" action=\"/oauth2/authorize\">\n%1%2"
                       "<button type=\"submit\">Sign in</button></form></body></html>\n")
            .arg(hidden, fields);
    return HttpReply{200, "text/html; charset=utf-8", html.toUtf8(), {}};
}

HttpReply Service::oauthAuthorizePost(const Request &req)
{
    const QUrlQuery form = formQuery(req.body);
    QUrlQuery query;
    for (const auto &[k, v] : form.queryItems(QUrl::FullyDecoded))
        if (!kSecretFields.contains(k))
            query.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    QString credentialId;
    QList<QByteArray> hashes;
    std::optional<sic::HashAlgorithm> alg;
    int n = 0;
    if (auto err = checkOAuthRequest(query, &credentialId, &hashes, &alg, &n))
        return *err;
    const QUrl redirectUri(value(query, QStringLiteral("redirect_uri")));
    const QString state =
        query.hasQueryItem(QStringLiteral("state")) ? value(query, QStringLiteral("state")) : QString();
    const bool credential = value(query, QStringLiteral("scope")) == u"credential";

    const QString user = value(form, QStringLiteral("username"));
    QByteArray password = value(form, QStringLiteral("password")).toUtf8();
    const auto u = m_state.store().user(user);
    const bool good = u && verifySecret(password, u->passwordHash);
    password.fill(0);
    auto denied = [&](const QString &description) {
        return redirect(redirectUri, {{QStringLiteral("error"), QStringLiteral("access_denied")},
                                      {QStringLiteral("error_description"), description},
                                      {QStringLiteral("state"), state}});
    };
    if (!good) {
        audit(QStringLiteral("login_failed"), user.isEmpty() ? QStringLiteral("unknown") : user,
              QStringLiteral("rejected"), {{QStringLiteral("method"), QStringLiteral("oauth2")}});
        return denied(QStringLiteral("Wrong user name or password"));
    }
    if (credential) {
        auto c = m_state.store().credential(credentialId);
        if (!c || c->user != user)
            return denied(QStringLiteral("The credential does not belong to this user"));
        QString pin = value(form, QStringLiteral("pin")), otp = value(form, QStringLiteral("otp"));
        int left = 0;
        const AuthCheck check = checkPinOtp(*c, pin, otp, &left);
        pin.fill(u'\0');
        otp.fill(u'\0');
        if (check != AuthCheck::Ok) {
            const QString why = check == AuthCheck::Locked ? QStringLiteral("Credential locked")
                                : check == AuthCheck::WrongPin
                                    ? QStringLiteral("Wrong PIN, %1 attempts left").arg(left)
                                    : QStringLiteral("Wrong OTP, %1 attempts left").arg(left);
            audit(QStringLiteral("authorize_failed"), user, QStringLiteral("rejected"),
                  {{QStringLiteral("credentialID"), c->id},
                   {QStringLiteral("method"), QStringLiteral("oauth2")}});
            return denied(why);
        }
    }
    const QString code = randomToken();
    m_codes[code] = OAuthCode{query, user, m_clock.now().addSecs(60)};
    return redirect(redirectUri, {{QStringLiteral("code"), code}, {QStringLiteral("state"), state}});
}

HttpReply Service::oauthToken(const Request &req)
{
    const QUrlQuery form = formQuery(req.body);
    const QString grant = value(form, QStringLiteral("grant_type"));
    auto invalidGrant = [](const QString &d) {
        return errorReply(400, QStringLiteral("invalid_grant"), d);
    };
    if (grant == u"refresh_token") {
        QJsonObject body{{QStringLiteral("refresh_token"), value(form, QStringLiteral("refresh_token"))}};
        return login(req, body);
    }
    if (grant != u"authorization_code")
        return errorReply(400, QStringLiteral("unsupported_grant_type"),
                          QStringLiteral("Unsupported grant_type"));
    if (value(form, QStringLiteral("client_id")) != QLatin1String(kClientId))
        return errorReply(400, QStringLiteral("invalid_client"), QStringLiteral("Unknown client_id"));
    auto it = m_codes.find(value(form, QStringLiteral("code")));
    if (it == m_codes.end())
        return invalidGrant(QStringLiteral("Unknown or used authorization code"));
    const OAuthCode code = it->second;
    m_codes.erase(it); // single use, even when the exchange fails
    if (code.expires <= m_clock.now())
        return invalidGrant(QStringLiteral("The authorization code expired"));
    if (value(form, QStringLiteral("redirect_uri")) != value(code.request, QStringLiteral("redirect_uri")))
        return invalidGrant(QStringLiteral("redirect_uri does not match the authorization request"));
    const QByteArray verifier = value(form, QStringLiteral("code_verifier")).toLatin1();
    if (verifier.size() < 43 || verifier.size() > 128 ||
        base64UrlEncode(sha256(verifier)) != value(code.request, QStringLiteral("code_challenge")).toLatin1())
        return invalidGrant(QStringLiteral("PKCE verification failed"));

    if (value(code.request, QStringLiteral("scope")) == u"service") {
        audit(QStringLiteral("login"), code.user, QStringLiteral("ok"),
              {{QStringLiteral("method"), QStringLiteral("oauth2")}});
        return jsonReply(issueServiceTokens(code.user));
    }
    QString credentialId;
    QList<QByteArray> hashes;
    std::optional<sic::HashAlgorithm> alg;
    int n = 0;
    if (checkOAuthRequest(code.request, &credentialId, &hashes, &alg, &n))
        return invalidGrant(QStringLiteral("The authorization request is no longer valid"));
    const QString sad = newSad(
        Sad{code.user, credentialId, hashes, alg, n, m_clock.now().addSecs(m_config.sadLifetime), true});
    audit(QStringLiteral("authorize"), code.user, QStringLiteral("ok"),
          {{QStringLiteral("credentialID"), credentialId},
           {QStringLiteral("numSignatures"), n},
           {QStringLiteral("method"), QStringLiteral("oauth2")}});
    const bool v1 = code.request.hasQueryItem(QStringLiteral("hash"));
    return jsonReply({{QStringLiteral("access_token"), sad},
                      {QStringLiteral("token_type"), v1 ? QStringLiteral("SAD") : QStringLiteral("Bearer")},
                      {QStringLiteral("expires_in"), m_config.sadLifetime}});
}

} // namespace rssp
