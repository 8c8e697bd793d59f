#include "service.h"

#include "util.h"

#include <QFile>
#include <QJsonArray>
#include <QLocale>

namespace rssp {

QByteArray Request::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

HttpReply jsonReply(const QJsonObject &o, int status)
{
    return HttpReply{status, "application/json", compactJson(o), {}};
}

HttpReply errorReply(int status, const QString &error, const QString &description)
{
    QJsonObject o{{QStringLiteral("error"), error}};
    if (!description.isEmpty())
        o.insert(QStringLiteral("error_description"), description);
    return jsonReply(o, status);
}

std::optional<QList<QByteArray>> hashList(const QJsonValue &v)
{
    if (!v.isArray())
        return std::nullopt;
    QList<QByteArray> out;
    for (const QJsonValue &h : v.toArray()) {
        auto bytes = h.isString() ? decodeBase64Any(h.toString()) : std::nullopt;
        if (!bytes || bytes->isEmpty())
            return std::nullopt;
        out.append(*bytes);
    }
    return out;
}

int intValue(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble() == double(v.toInt()) ? v.toInt() : -1;
    if (v.isString()) {
        bool ok = false;
        const int n = v.toString().toInt(&ok);
        return ok ? n : -1;
    }
    return -1;
}

Service::Service(State &state, ServiceConfig config, Tsa tsa, Ocsp ocsp)
    : m_state(state), m_config(std::move(config)), m_tsa(std::move(tsa)), m_ocsp(std::move(ocsp))
{
    m_quirks = m_config.quirks;
}

const QStringList &Service::knownQuirks()
{
    // Each imitates one way real RSSPs read the CSC specification; docs/devrssp.md says which.
    static const QStringList names = {
        QStringLiteral("v1-only-401"),        QStringLiteral("presence-bool"),
        QStringLiteral("numbers-as-strings"), QStringLiteral("method-spelling"),
        QStringLiteral("rsa-key-oid-only"),   QStringLiteral("one-hash-per-call"),
        QStringLiteral("sad-single-call"),    QStringLiteral("no-timestamp"),
        QStringLiteral("access-denied")};
    return names;
}

QString Service::servedPath(const QString &method) const
{
    if (quirk("method-spelling") && method == u"signatures/signHash")
        return QStringLiteral("signatures/signhash");
    return method;
}

void Service::audit(const QString &type, const QString &actor, const QString &outcome,
                    const QJsonObject &detail)
{
    m_state.audit().append(m_clock.now(), type, actor, outcome, detail);
}

HttpReply Service::handle(const Request &req)
{
    // Every answer carries the server clock (with the test offset) as real servers do; the client's
    // connection self-test compares it with the local clock.
    HttpReply reply = route(req);
    reply.headers.append(
        {"Date", QLocale::c()
                     .toString(m_clock.now().toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                     .toLatin1()});
    return reply;
}

HttpReply Service::route(const Request &req)
{
    const QString path = req.path;
    const bool post = req.method == "POST";
    // v1-only-401: an authentication layer in front of the service answers every path it does
    // not route (here all of /csc/v2/) with a bare 401, before any CSC code runs.
    const bool unrouted401 = quirk("v1-only-401");
    if (unrouted401 && path.startsWith(u"/csc/v2/"))
        return HttpReply{401, "text/plain", "Unauthorized", {{"WWW-Authenticate", "Bearer"}}};
    if (path.startsWith(u"/csc/v1/") || path.startsWith(u"/csc/v2/")) {
        if (!post)
            return errorReply(405, QStringLiteral("invalid_request"), QStringLiteral("Use POST."));
        return csc(path.at(6) == u'1' ? 1 : 2, path.mid(8), req);
    }
    if (path == u"/oauth2/authorize") {
        if (req.method == "GET")
            return oauthAuthorizeGet(req);
        if (post)
            return oauthAuthorizePost(req);
        return errorReply(405, QStringLiteral("invalid_request"), QStringLiteral("Use GET or POST."));
    }
    if (path == u"/oauth2/token")
        return post ? oauthToken(req)
                    : errorReply(405, QStringLiteral("invalid_request"), QStringLiteral("Use POST."));
    if (path == u"/tsa") {
        if (!post)
            return errorReply(405, QStringLiteral("invalid_request"), QStringLiteral("Use POST."));
        audit(QStringLiteral("timestamp"), QStringLiteral("anonymous"), QStringLiteral("ok"),
              {{QStringLiteral("via"), QStringLiteral("tsa")}});
        return HttpReply{200, "application/timestamp-reply", m_tsa.reply(req.body, m_clock.now()), {}};
    }
    if (path == u"/ocsp" || path.startsWith(u"/ocsp/")) {
        QByteArray der = req.body;
        if (req.method == "GET") // RFC 6960 A.1: base64 of the DER request in the path
            der = decodeBase64Any(QUrl::fromPercentEncoding(path.mid(6).toLatin1())).value_or(QByteArray());
        else if (!post)
            return errorReply(405, QStringLiteral("invalid_request"), QStringLiteral("Use POST."));
        return HttpReply{
            200, "application/ocsp-response", m_ocsp.respond(der, m_clock.now(), m_state.store()), {}};
    }
    if (path == u"/crl") {
        QFile f(m_state.pkiDir() + QStringLiteral("/intermediate/crl.der"));
        if (!f.open(QIODevice::ReadOnly))
            return errorReply(500, QStringLiteral("server_error"), QStringLiteral("CRL missing"));
        return HttpReply{200, "application/pkix-crl", f.readAll(), {}};
    }
    if (path.startsWith(u"/test/") && m_config.testHooks) {
        if (!post)
            return errorReply(405, QStringLiteral("invalid_request"), QStringLiteral("Use POST."));
        return testHook(path.mid(6), req);
    }
    if (unrouted401)
        return HttpReply{401, "text/plain", "Unauthorized", {{"WWW-Authenticate", "Bearer"}}};
    return errorReply(404, QStringLiteral("invalid_request"), QStringLiteral("Unknown endpoint."));
}

HttpReply Service::testHook(const QString &what, const Request &req)
{
    bool ok = false;
    const QJsonObject body = parseJsonObject(req.body, &ok);
    if (!ok)
        return errorReply(400, QStringLiteral("invalid_request"),
                          QStringLiteral("Body must be a JSON object."));
    if (what == u"clock") {
        const QJsonValue adv = body.value(QStringLiteral("advance"));
        if (!adv.isUndefined() && !adv.isDouble())
            return errorReply(400, QStringLiteral("invalid_request"),
                              QStringLiteral("advance must be a number."));
        m_clock.advance(qint64(adv.toDouble()));
        return jsonReply({{QStringLiteral("now"), isoTime(m_clock.now())},
                          {QStringLiteral("now_epoch"), m_clock.now().toSecsSinceEpoch()},
                          {QStringLiteral("offset"), m_clock.offset()}});
    }
    if (what == u"quirks") {
        // {"quirks": [...]} replaces the set (an empty list clears it); the answer lists it.
        const QJsonValue list = body.value(QStringLiteral("quirks"));
        if (!list.isUndefined()) {
            if (!list.isArray())
                return errorReply(400, QStringLiteral("invalid_request"),
                                  QStringLiteral("quirks must be an array of names."));
            QStringList next;
            for (const QJsonValue &v : list.toArray()) {
                if (!knownQuirks().contains(v.toString()))
                    return errorReply(400, QStringLiteral("invalid_request"),
                                      QStringLiteral("Unknown quirk %1.").arg(v.toString()));
                next << v.toString();
            }
            m_quirks = next;
        }
        return jsonReply({{QStringLiteral("quirks"), QJsonArray::fromStringList(m_quirks)}});
    }
    if (what == u"fault") {
        static const QStringList modes = {QStringLiteral("none"),
                                          QStringLiteral("swap-signatures"),
                                          QStringLiteral("corrupt-signature"),
                                          QStringLiteral("http-500"),
                                          QStringLiteral("non-json-error"),
                                          QStringLiteral("cms-instead-of-raw"),
                                          QStringLiteral("raw-ecdsa"),
                                          QStringLiteral("slow-sign")};
        const QString mode = body.value(QStringLiteral("mode")).toString();
        if (!modes.contains(mode))
            return errorReply(400, QStringLiteral("invalid_request"), QStringLiteral("Unknown fault mode."));
        QJsonObject answer{{QStringLiteral("mode"), mode}};
        if (mode == u"slow-sign") {
            const QJsonValue seconds = body.value(QStringLiteral("seconds"));
            const int n = seconds.isUndefined() ? 4 : intValue(seconds);
            // 4 s by default: long enough to see the client's progress, well inside its 30 s timeout.
            if (n < 1 || n > 600)
                return errorReply(400, QStringLiteral("invalid_request"),
                                  QStringLiteral("seconds must be a whole number from 1 to 600."));
            m_slowSignSeconds = n;
            answer.insert(QStringLiteral("seconds"), n);
        }
        m_fault = mode;
        return jsonReply(answer);
    }
    return errorReply(404, QStringLiteral("invalid_request"), QStringLiteral("Unknown test hook."));
}

Service::Auth Service::bearer(const Request &req, bool allowCredentialToken)
{
    const QByteArray h = req.header("Authorization");
    if (!h.startsWith("Bearer ") || h.size() <= 7)
        return {{},
                errorReply(401, QStringLiteral("invalid_token"), QStringLiteral("Missing access token."))};
    const QString token = QString::fromLatin1(h.mid(7).trimmed());
    if (auto it = m_tokens.find(token); it != m_tokens.end() && it->second.scope == u"service") {
        if (it->second.expires <= m_clock.now())
            return {{},
                    errorReply(401, QStringLiteral("expired_token"),
                               QStringLiteral("The access token expired."))};
        return {it->second.user, std::nullopt};
    }
    // A credential-scope OAuth token acts as the SAD and authenticates the call that uses it.
    if (auto it = m_sads.find(token); allowCredentialToken && it != m_sads.end() && it->second.oauth)
        return {it->second.user, std::nullopt};
    return {
        {},
        errorReply(401, QStringLiteral("invalid_token"), QStringLiteral("The access token is not valid."))};
}

HttpReply Service::csc(int version, const QString &requested, const Request &req)
{
    if (requested != u"info" && (m_fault == u"http-500" || m_fault == u"non-json-error")) {
        if (m_fault == u"http-500")
            return errorReply(500, QStringLiteral("server_error"), QStringLiteral("Injected fault."));
        return HttpReply{401, "text/plain", "Unauthorized", {}};
    }
    bool ok = true;
    const QJsonObject body = req.body.trimmed().isEmpty() ? QJsonObject() : parseJsonObject(req.body, &ok);
    if (!ok)
        return errorReply(400, QStringLiteral("invalid_request"),
                          QStringLiteral("The body is not a JSON object."));
    if (requested == u"info")
        return info(version);
    if (requested == u"auth/login")
        return login(req, body);

    // method-spelling: the service routes signHash under another spelling only (and lists that
    // one in info.methods); the specification's spelling is unknown to it.
    QString method = requested;
    if (quirk("method-spelling")) {
        if (method == u"signatures/signHash")
            return errorReply(404, QStringLiteral("invalid_request"),
                              QStringLiteral("Unknown method %1.").arg(method));
        if (method == servedPath(QStringLiteral("signatures/signHash")))
            method = QStringLiteral("signatures/signHash");
    }

    static const QStringList known = {QStringLiteral("auth/revoke"),
                                      QStringLiteral("credentials/list"),
                                      QStringLiteral("credentials/info"),
                                      QStringLiteral("credentials/authorize"),
                                      QStringLiteral("credentials/extendTransaction"),
                                      QStringLiteral("signatures/signHash"),
                                      QStringLiteral("signatures/timestamp"),
                                      QStringLiteral("credentials/getChallenge"),
                                      QStringLiteral("credentials/sendOTP")};
    if (!known.contains(method) || (version == 1 && method == u"credentials/getChallenge") ||
        (version == 2 && method == u"credentials/sendOTP"))
        return errorReply(404, QStringLiteral("invalid_request"),
                          QStringLiteral("Unknown method %1.").arg(method));

    const Auth auth = bearer(req, method == u"signatures/signHash");
    if (auth.error)
        return *auth.error;
    if (method == u"auth/revoke")
        return revoke(body);
    if (method == u"credentials/list")
        return credentialsList(version, auth.user, body);
    if (method == u"credentials/info")
        return credentialsInfo(version, auth.user, body);
    if (method == u"credentials/authorize")
        return authorize(version, auth.user, body);
    if (method == u"credentials/extendTransaction")
        return extendTransaction(version, auth.user, body);
    if (method == u"credentials/getChallenge" || method == u"credentials/sendOTP")
        return getChallenge(version, auth.user, body);
    if (method == u"signatures/signHash") {
        // slow-sign: the signature is made now and only its answer is held back, as when a busy
        // service's reply is late: a client that gives up meanwhile has still spent the SAD.
        HttpReply reply = signHash(version, auth.user,
                                   QString::fromLatin1(req.header("Authorization").mid(7).trimmed()), body);
        if (m_fault == u"slow-sign")
            reply.delayMs = m_slowSignSeconds * 1000;
        return reply;
    }
    // no-timestamp: the method is not implemented (and not listed in info.methods).
    if (quirk("no-timestamp"))
        return errorReply(501, QStringLiteral("not_implemented"),
                          QStringLiteral("signatures/timestamp is not implemented."));
    return timestamp(auth.user, body);
}

HttpReply Service::info(int version)
{
    QJsonArray methods = {QStringLiteral("auth/login"),
                          QStringLiteral("auth/revoke"),
                          QStringLiteral("credentials/list"),
                          QStringLiteral("credentials/info"),
                          QStringLiteral("credentials/authorize"),
                          QStringLiteral("credentials/extendTransaction"),
                          servedPath(QStringLiteral("signatures/signHash")),
                          QStringLiteral("oauth2/authorize"),
                          QStringLiteral("oauth2/token")};
    if (!quirk("no-timestamp"))
        methods.append(QStringLiteral("signatures/timestamp"));
    methods.append(version == 1 ? QStringLiteral("credentials/sendOTP")
                                : QStringLiteral("credentials/getChallenge"));
    QJsonObject o{
        {QStringLiteral("specs"), version == 1 ? QStringLiteral("1.0.4.0") : QStringLiteral("2.0.0.2")},
        {QStringLiteral("name"), QStringLiteral("SIC development RSSP")},
        {QStringLiteral("logo"), m_config.base + QStringLiteral("/logo.png")},
        {QStringLiteral("region"), QStringLiteral("JP")},
        {QStringLiteral("lang"), QStringLiteral("en-US")},
        {QStringLiteral("description"), QStringLiteral("Development and test RSSP. Not for real use.")},
        {QStringLiteral("authType"), QJsonArray{QStringLiteral("basic"), QStringLiteral("oauth2code")}},
        {QStringLiteral("oauth2"), m_config.base},
        {QStringLiteral("methods"), methods}};
    if (version == 2) {
        QJsonArray algos = signAlgorithmsFor(KeyType::Rsa2048);
        for (const QJsonValue &v : signAlgorithmsFor(KeyType::P256))
            algos.append(v);
        o.insert(QStringLiteral("signAlgorithms"),
                 QJsonObject{{QStringLiteral("algos"), algos}, {QStringLiteral("algoParams"), QJsonArray()}});
        o.insert(QStringLiteral("asynchronousOperationMode"), false);
        o.insert(QStringLiteral("oauth2Issuer"), m_config.base);
    }
    return jsonReply(o);
}

QJsonObject Service::issueServiceTokens(const QString &user)
{
    const QString access = randomToken(), refresh = randomToken();
    const QDateTime now = m_clock.now();
    m_tokens[access] = Token{user, QStringLiteral("service"), now.addSecs(3600)};
    m_tokens[refresh] = Token{user, QStringLiteral("refresh"), now.addDays(30)};
    return {{QStringLiteral("access_token"), access},
            {QStringLiteral("refresh_token"), refresh},
            {QStringLiteral("token_type"), QStringLiteral("Bearer")},
            {QStringLiteral("expires_in"),
             quirk("numbers-as-strings") ? QJsonValue(QStringLiteral("3600")) : QJsonValue(3600)}};
}

HttpReply Service::login(const Request &req, const QJsonObject &body)
{
    if (body.contains(QStringLiteral("refresh_token"))) {
        const QString rt = body.value(QStringLiteral("refresh_token")).toString();
        auto it = m_tokens.find(rt);
        if (it == m_tokens.end() || it->second.scope != u"refresh" || it->second.expires <= m_clock.now()) {
            audit(QStringLiteral("token_refresh"), QStringLiteral("unknown"), QStringLiteral("rejected"));
            return errorReply(400, QStringLiteral("invalid_grant"), QStringLiteral("Invalid refresh token."));
        }
        const QString user = it->second.user;
        m_tokens.erase(it); // refresh tokens rotate
        audit(QStringLiteral("token_refresh"), user, QStringLiteral("ok"));
        return jsonReply(issueServiceTokens(user));
    }
    const QByteArray h = req.header("Authorization");
    if (!h.startsWith("Basic "))
        return errorReply(400, QStringLiteral("invalid_request"),
                          QStringLiteral("Send HTTP Basic credentials or a refresh_token."));
    QByteArray decoded = QByteArray::fromBase64(h.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    const QString user = QString::fromUtf8(decoded.left(colon));
    QByteArray password = colon < 0 ? QByteArray() : decoded.mid(colon + 1);
    decoded.fill(0);
    const auto u = m_state.store().user(user);
    const bool good = u && colon > 0 && verifySecret(password, u->passwordHash);
    password.fill(0);
    if (!good) {
        audit(QStringLiteral("login_failed"), user.isEmpty() ? QStringLiteral("unknown") : user,
              QStringLiteral("rejected"));
        return errorReply(401, QStringLiteral("authentication_error"),
                          QStringLiteral("Wrong user name or password."));
    }
    audit(QStringLiteral("login"), user, QStringLiteral("ok"),
          {{QStringLiteral("method"), QStringLiteral("basic")}});
    return jsonReply(issueServiceTokens(user));
}

HttpReply Service::revoke(const QJsonObject &body)
{
    const QString token = body.value(QStringLiteral("token")).toString();
    if (token.isEmpty())
        return errorReply(400, QStringLiteral("invalid_request"), QStringLiteral("Missing token."));
    m_tokens.erase(token);
    m_sads.erase(token);
    return HttpReply{204, "application/json", {}, {}};
}

} // namespace rssp
