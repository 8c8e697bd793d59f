#include "csc/selftest.h"

#include "crypto/ossl.h"
#include "csc/cscerror.h"
#include "csc/encoding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QSet>

#include <openssl/x509v3.h>

namespace sic::csc {

namespace {

using Verdict = SelfTestStep::Verdict;

// The methods a signing uses, by the specification's spelling (v1 and v2).
const QStringList kKnownMethods = {QStringLiteral("auth/login"),
                                   QStringLiteral("auth/revoke"),
                                   QStringLiteral("credentials/list"),
                                   QStringLiteral("credentials/info"),
                                   QStringLiteral("credentials/authorize"),
                                   QStringLiteral("credentials/extendTransaction"),
                                   QStringLiteral("credentials/sendOTP"),
                                   QStringLiteral("credentials/getChallenge"),
                                   QStringLiteral("signatures/signHash"),
                                   QStringLiteral("signatures/timestamp")};

QString factorText(AuthFactor f)
{
    switch (f) {
    case AuthFactor::Pin:
        return Tr::tr("PIN");
    case AuthFactor::OtpTotp:
        return Tr::tr("one-time password (authenticator app)");
    case AuthFactor::OtpOutOfBand:
        return Tr::tr("one-time password (sent by the service)");
    case AuthFactor::OAuth2Browser:
        return Tr::tr("login page in the browser");
    }
    return {};
}

QString authModeName(Credential::AuthMode m)
{
    switch (m) {
    case Credential::AuthMode::Implicit:
        return QStringLiteral("implicit");
    case Credential::AuthMode::Explicit:
        return QStringLiteral("explicit");
    case Credential::AuthMode::OAuth2Code:
        return QStringLiteral("oauth2code");
    }
    return {};
}

// OCSP (authority information access) and CRL distribution point URLs of a certificate.
QList<std::pair<QString, QUrl>> revocationUrls(const QByteArray &der)
{
    QList<std::pair<QString, QUrl>> out;
    ossl::X509Ptr cert = ossl::x509FromDer(der);
    if (!cert)
        return out;
    STACK_OF(OPENSSL_STRING) *ocsp = X509_get1_ocsp(cert.get());
    for (int i = 0; i < sk_OPENSSL_STRING_num(ocsp); ++i)
        out.append({QStringLiteral("OCSP"), QUrl(QString::fromUtf8(sk_OPENSSL_STRING_value(ocsp, i)))});
    X509_email_free(ocsp);
    auto *dps = static_cast<CRL_DIST_POINTS *>(
        X509_get_ext_d2i(cert.get(), NID_crl_distribution_points, nullptr, nullptr));
    for (int i = 0; i < sk_DIST_POINT_num(dps); ++i) {
        const DIST_POINT *dp = sk_DIST_POINT_value(dps, i);
        if (!dp->distpoint || dp->distpoint->type != 0)
            continue;
        const GENERAL_NAMES *names = dp->distpoint->name.fullname;
        for (int j = 0; j < sk_GENERAL_NAME_num(names); ++j) {
            const GENERAL_NAME *n = sk_GENERAL_NAME_value(names, j);
            if (n->type != GEN_URI)
                continue;
            const ASN1_IA5STRING *uri = n->d.uniformResourceIdentifier;
            out.append({QStringLiteral("CRL"),
                        QUrl(QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(uri)),
                                                 ASN1_STRING_length(uri)))});
        }
    }
    CRL_DIST_POINTS_free(dps);
    return out;
}

// RFC 9110 IMF-fixdate ("Fri, 04 Dec 2026 01:20:49 GMT"); Qt's RFC 2822 reader wants an offset.
QDateTime httpDate(const QByteArray &value)
{
    QString s = QString::fromLatin1(value).trimmed();
    if (s.endsWith(QLatin1String(" GMT")) || s.endsWith(QLatin1String(" UTC")))
        s.chop(4);
    QDateTime t = QLocale::c().toDateTime(s, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"));
    if (!t.isValid())
        t = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    t.setTimeSpec(Qt::UTC);
    return t;
}

} // namespace

QString verdictName(SelfTestStep::Verdict v)
{
    switch (v) {
    case Verdict::Ok:
        return QStringLiteral("ok");
    case Verdict::Warning:
        return QStringLiteral("warning");
    case Verdict::Failed:
        return QStringLiteral("failed");
    case Verdict::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

bool SelfTestReport::anyFailed() const
{
    return std::any_of(steps.begin(), steps.end(),
                       [](const SelfTestStep &s) { return s.verdict == Verdict::Failed; });
}

QJsonObject SelfTestReport::toJson() const
{
    QJsonArray list;
    for (const SelfTestStep &s : steps)
        list.append(QJsonObject{{QStringLiteral("id"), s.id},
                                {QStringLiteral("title"), s.title},
                                {QStringLiteral("verdict"), verdictName(s.verdict)},
                                {QStringLiteral("text"), s.text},
                                {QStringLiteral("facts"), s.facts}});
    return {{QStringLiteral("url"), url.toString()},
            {QStringLiteral("verdict"), anyFailed() ? QStringLiteral("failed") : QStringLiteral("ok")},
            {QStringLiteral("steps"), list},
            {QStringLiteral("suggestedProfile"), suggestedProfile.toJson()}};
}

ConnectionSelfTest::ConnectionSelfTest(CscTransport &transport, Options options, QObject *parent)
    : QObject(parent), m_transport(transport), m_options(std::move(options))
{}

ConnectionSelfTest::~ConnectionSelfTest()
{
    m_options.password.fill(0);
}

void ConnectionSelfTest::cancel()
{
    if (m_client)
        m_client->cancel();
    m_done = nullptr;
}

void ConnectionSelfTest::add(SelfTestStep step)
{
    // A failure's support detail belongs on the line a person reads, not only in the JSON.
    const QString detail = step.facts.value(QLatin1String("detail")).toString();
    if (step.verdict == Verdict::Failed && !detail.isEmpty() && !step.text.contains(detail))
        step.text += QStringLiteral(" (%1)").arg(detail);
    if (m_progress)
        m_progress(step);
    m_report.steps << std::move(step);
}

void ConnectionSelfTest::run(std::function<void(SelfTestReport)> done,
                             std::function<void(const SelfTestStep &)> progress)
{
    m_done = std::move(done);
    m_progress = std::move(progress);
    m_report = SelfTestReport{};
    m_report.url = m_options.url;
    m_client = std::make_unique<CscClient>(m_transport, m_options.url);
    m_client->setSettings(m_options.settings);
    probeVersions(discoveryCandidates(m_options.url, ClientSettings::ApiVersion::Auto));
}

// Every candidate base URL's `info`, whatever the settings say: the report shows all that answer.
void ConnectionSelfTest::probeVersions(QList<QUrl> candidates)
{
    auto answers = std::make_shared<QJsonArray>();
    auto next = std::make_shared<std::function<void()>>();
    QPointer<ConnectionSelfTest> self(this);
    // The function holds itself only weakly (a strong self-capture is a cycle that never frees);
    // the pending request's callback keeps it alive until the last answer.
    *next = [self, candidates, answers, weakNext = std::weak_ptr(next)]() mutable {
        const auto next = weakNext.lock();
        if (!self || !next)
            return;
        if (candidates.isEmpty()) {
            QStringList found;
            for (const QJsonValue &a : std::as_const(*answers)) {
                if (!a.toObject().value(QLatin1String("specs")).toString().isEmpty())
                    found << a.toObject().value(QLatin1String("url")).toString() + QStringLiteral(" (CSC ") +
                                 a.toObject().value(QLatin1String("specs")).toString() + u')';
            }
            SelfTestStep s{QStringLiteral("versions"),
                           Tr::tr("API versions"),
                           Verdict::Ok,
                           {},
                           {{QStringLiteral("probes"), *answers}}};
            if (found.isEmpty()) {
                s.verdict = Verdict::Failed;
                s.text = Tr::tr("No CSC API answered at this address: check the URL.");
            } else {
                s.text = Tr::tr("Answering: %1.").arg(found.join(QStringLiteral(", ")));
            }
            const bool failed = s.verdict == Verdict::Failed;
            self->add(std::move(s));
            if (failed)
                return self->finish();
            self->connectInfo();
            return;
        }
        const QUrl base = candidates.takeFirst();
        self->m_transport.post(
            joinUrl(base, QStringLiteral("info")), R"({"lang":"en"})", {},
            [self, base, answers, next](Result<HttpResponse> r) {
                if (!self)
                    return;
                if (!r) {
                    const auto kind = errorKind(r.error());
                    const bool tls = kind == CscErrorKind::TlsFailure || kind == CscErrorKind::PinMismatch;
                    if (tls || kind == CscErrorKind::NetworkFailure || kind == CscErrorKind::Timeout) {
                        self->add({QStringLiteral("tls"),
                                   Tr::tr("Connection and TLS"),
                                   Verdict::Failed,
                                   r.error().message,
                                   {{QStringLiteral("code"), r.error().code},
                                    {QStringLiteral("detail"), r.error().detail}}});
                        return self->finish();
                    }
                    answers->append(QJsonObject{{QStringLiteral("url"), base.toString()},
                                                {QStringLiteral("error"), r.error().code}});
                    return (*next)();
                }
                if (!self->m_tlsReported && !r->peerChain.isEmpty()) {
                    self->m_tlsReported = true;
                    const QSslCertificate &leaf = r->peerChain.first();
                    const QDateTime now =
                        (self->m_options.clock ? self->m_options.clock : &SystemClock::instance())->now();
                    const qint64 days = now.daysTo(leaf.expiryDate());
                    QJsonArray chain;
                    for (const QSslCertificate &c : r->peerChain)
                        chain.append(
                            QJsonObject{{QStringLiteral("subject"), c.subjectDisplayName()},
                                        {QStringLiteral("issuer"), c.issuerDisplayName()},
                                        {QStringLiteral("notAfter"), c.expiryDate().toString(Qt::ISODate)}});
                    const QString pin = QString::fromLatin1(spkiSha256(leaf.toDer()).toBase64());
                    SelfTestStep s{QStringLiteral("tls"),
                                   Tr::tr("Connection and TLS"),
                                   Verdict::Ok,
                                   {},
                                   {{QStringLiteral("chain"), chain},
                                    {QStringLiteral("hostNameVerified"), true},
                                    {QStringLiteral("daysLeft"), days},
                                    {QStringLiteral("pinSha256"), pin}}};
                    s.text =
                        Tr::tr("Certificate of %1 from %2 verified, host name matches, valid for %n more "
                               "day(s). Key pin (--pin-sha256): %3.",
                               nullptr, int(days))
                            .arg(leaf.subjectDisplayName(), leaf.issuerDisplayName(), pin);
                    if (days < self->m_options.certificateWarningDays)
                        s.verdict = Verdict::Warning;
                    self->add(std::move(s));
                }
                QJsonObject a{{QStringLiteral("url"), base.toString()},
                              {QStringLiteral("status"), r->status}};
                const QJsonObject info = QJsonDocument::fromJson(r->body).object();
                if (r->status == 200 && !info.isEmpty())
                    a.insert(QStringLiteral("specs"),
                             info.value(QLatin1String("specs")).toVariant().toString());
                if (r->status == 200 && !info.isEmpty() && !r->date.isEmpty() &&
                    std::none_of(self->m_report.steps.begin(), self->m_report.steps.end(),
                                 [](const SelfTestStep &s) { return s.id == QLatin1String("clock"); })) {
                    const QDateTime server = httpDate(r->date);
                    const QDateTime now =
                        (self->m_options.clock ? self->m_options.clock : &SystemClock::instance())->now();
                    if (server.isValid()) {
                        const qint64 diff = now.secsTo(server);
                        SelfTestStep s{QStringLiteral("clock"),
                                       Tr::tr("Clock"),
                                       Verdict::Ok,
                                       {},
                                       {{QStringLiteral("serverMinusLocalSeconds"), diff}}};
                        s.text = Tr::tr("The service's clock differs from this computer's by %n second(s).",
                                        nullptr, int(std::abs(diff)));
                        if (std::abs(diff) > self->m_options.clockWarningSeconds) {
                            s.verdict = Verdict::Warning;
                            s.text +=
                                u' ' + Tr::tr("One-time passwords from an authenticator app may be refused; "
                                              "set this computer's clock.");
                        }
                        self->add(std::move(s));
                    }
                }
                answers->append(a);
                (*next)();
            });
    };
    (*next)();
}

void ConnectionSelfTest::connectInfo()
{
    QPointer<ConnectionSelfTest> self(this);
    m_client->connectService([self](Result<ServiceInfo> info) {
        if (!self)
            return;
        if (!info) {
            self->add({QStringLiteral("info"),
                       Tr::tr("Service information"),
                       Verdict::Failed,
                       info.error().message,
                       {{QStringLiteral("code"), info.error().code},
                        {QStringLiteral("detail"), info.error().detail}}});
            return self->finish();
        }
        SelfTestStep s{QStringLiteral("info"),
                       Tr::tr("Service information"),
                       Verdict::Ok,
                       {},
                       {{QStringLiteral("name"), info->name},
                        {QStringLiteral("specs"), info->specs},
                        {QStringLiteral("base"), info->cscBase.toString()},
                        {QStringLiteral("authTypes"), QJsonArray::fromStringList(info->authTypes)},
                        {QStringLiteral("methods"), QJsonArray::fromStringList(info->methods)},
                        {QStringLiteral("signAlgorithms"), QJsonArray::fromStringList(info->signAlgorithms)},
                        {QStringLiteral("oauth2"), info->oauth2.toString()}}};
        QStringList missing;
        for (const QString &m :
             {QStringLiteral("credentials/authorize"), QStringLiteral("signatures/signHash")}) {
            if (!self->m_client->offers(m))
                missing << m;
        }
        s.text = Tr::tr("%1, CSC %2 at %3; login: %4.")
                     .arg(info->name.isEmpty() ? Tr::tr("(no name)") : info->name, info->specs,
                          info->cscBase.toString(), info->authTypes.join(QStringLiteral(", ")));
        if (!missing.isEmpty()) {
            s.verdict = Verdict::Warning;
            s.text += u' ' + Tr::tr("info.methods does not list %1.").arg(missing.join(QStringLiteral(", ")));
        }
        self->add(std::move(s));
        self->login();
    });
}

void ConnectionSelfTest::login()
{
    if (m_options.user.isEmpty()) {
        add({QStringLiteral("login"),
             Tr::tr("Login"),
             Verdict::Skipped,
             Tr::tr("No user name given: login and credentials not checked."),
             {}});
        return checkTsa();
    }
    QPointer<ConnectionSelfTest> self(this);
    QByteArray password = m_options.password;
    m_options.password.fill(0);
    m_options.password.clear();
    m_client->loginBasic(m_options.user, std::move(password), [self](Result<void> r) {
        if (!self)
            return;
        if (!r) {
            self->add(
                {QStringLiteral("login"),
                 Tr::tr("Login"),
                 Verdict::Failed,
                 r.error().message,
                 {{QStringLiteral("code"), r.error().code}, {QStringLiteral("detail"), r.error().detail}}});
            return self->finish();
        }
        self->add({QStringLiteral("login"),
                   Tr::tr("Login"),
                   Verdict::Ok,
                   Tr::tr("Logged in as %1 (HTTP Basic); the session lasts %n second(s).", nullptr,
                          self->m_client->accessTokenExpiresIn())
                       .arg(self->m_options.user),
                   {{QStringLiteral("user"), self->m_options.user},
                    {QStringLiteral("expiresIn"), self->m_client->accessTokenExpiresIn()}}});
        self->listCredentials();
    });
}

void ConnectionSelfTest::listCredentials()
{
    QPointer<ConnectionSelfTest> self(this);
    m_client->listCredentials([self](Result<QList<Credential>> list) {
        if (!self)
            return;
        if (!list) {
            self->add({QStringLiteral("credentials"),
                       Tr::tr("Credentials"),
                       Verdict::Failed,
                       list.error().message,
                       {{QStringLiteral("code"), list.error().code},
                        {QStringLiteral("detail"), list.error().detail}}});
            return self->finish();
        }
        self->m_credentials = *list;
        if (list->isEmpty())
            self->add({QStringLiteral("credentials"),
                       Tr::tr("Credentials"),
                       Verdict::Failed,
                       Tr::tr("This account has no signing credential."),
                       {}});
        const QDateTime now =
            (self->m_options.clock ? self->m_options.clock : &SystemClock::instance())->now();
        for (const Credential &c : std::as_const(*list)) {
            QStringList factors, optional, factorIds;
            for (AuthFactor f : c.factors) {
                factors << factorText(f);
                factorIds << factorName(f);
            }
            for (AuthFactor f : c.optionalFactors)
                optional << factorText(f);
            const int level = c.keyAuthorizationLevel();
            SelfTestStep s{QStringLiteral("credential"),
                           Tr::tr("Credential %1").arg(c.id),
                           Verdict::Ok,
                           {},
                           {{QStringLiteral("credentialID"), c.id},
                            {QStringLiteral("key"), c.keyDescription()},
                            {QStringLiteral("signAlgos"), QJsonArray::fromStringList(c.signAlgos)},
                            {QStringLiteral("authMode"), authModeName(c.authMode)},
                            {QStringLiteral("factors"), QJsonArray::fromStringList(factorIds)},
                            {QStringLiteral("multisign"), c.multisign},
                            {QStringLiteral("scal"), c.scal},
                            {QStringLiteral("keyAuthorizationLevel"), level},
                            {QStringLiteral("subject"), c.subjectDn},
                            {QStringLiteral("validTo"), c.validTo.toString(Qt::ISODate)},
                            {QStringLiteral("status"), c.statusDescription()}}};
            s.text = Tr::tr("%1 for %2: %3 authorization with %4; up to %n document(s) per authorization; "
                            "SCAL%5, key-authorization level %6 (JT2A).",
                            nullptr, c.multisign)
                         .arg(c.keyDescription(), c.subjectCn.isEmpty() ? c.subjectDn : c.subjectCn,
                              authModeName(c.authMode), factors.join(QStringLiteral(" + ")))
                         .arg(c.scal)
                         .arg(level);
            if (!optional.isEmpty())
                s.text += u' ' + Tr::tr("Optional: %1.").arg(optional.join(QStringLiteral(", ")));
            if (!c.usable()) {
                s.verdict = Verdict::Failed;
                s.text += u' ' + Tr::tr("Cannot sign: %1.").arg(c.statusDescription());
            } else if (now.daysTo(c.validTo) < self->m_options.certificateWarningDays) {
                s.verdict = Verdict::Warning;
                s.text +=
                    u' ' + Tr::tr("The certificate expires on %1.").arg(c.validTo.toString(Qt::ISODate));
            } else if (level < 2) {
                s.verdict = Verdict::Warning;
                s.text += u' ' + Tr::tr("Below key-authorization level 2 of the JT2A guideline.");
            }
            self->add(std::move(s));
        }
        self->checkTimestamps();
    });
}

void ConnectionSelfTest::checkTimestamps()
{
    const Result<void> offered = m_client->checkTimestampsOffered();
    if (!offered) {
        add({QStringLiteral("timestamps"),
             Tr::tr("Time-stamps"),
             Verdict::Warning,
             Tr::tr(
                 "The service offers no time-stamps (signatures/timestamp): B-T needs a separate TSA URL."),
             {{QStringLiteral("offered"), false}}});
        QList<std::pair<QString, QUrl>> urls;
        for (const Credential &c : std::as_const(m_credentials))
            if (!c.chain.isEmpty())
                urls += revocationUrls(c.chain.first());
        return checkRevocation(urls);
    }
    QPointer<ConnectionSelfTest> self(this);
    const QByteArray digest = digestBytes(HashAlgorithm::Sha256, randomBytes(16));
    m_client->timestamp(digest, HashAlgorithm::Sha256, randomBytes(8), [self](Result<QByteArray> token) {
        if (!self)
            return;
        if (token)
            self->add(
                {QStringLiteral("timestamps"),
                 Tr::tr("Time-stamps"),
                 Verdict::Ok,
                 Tr::tr("signatures/timestamp answered with a token of %n byte(s).", nullptr,
                        int(token->size())),
                 {{QStringLiteral("offered"), true}, {QStringLiteral("tokenBytes"), int(token->size())}}});
        else
            self->add({QStringLiteral("timestamps"),
                       Tr::tr("Time-stamps"),
                       Verdict::Failed,
                       token.error().message,
                       {{QStringLiteral("offered"), true},
                        {QStringLiteral("code"), token.error().code},
                        {QStringLiteral("detail"), token.error().detail}}});
        QList<std::pair<QString, QUrl>> urls;
        for (const Credential &c : std::as_const(self->m_credentials))
            if (!c.chain.isEmpty())
                urls += revocationUrls(c.chain.first());
        self->checkRevocation(urls);
    });
}

// Each distinct OCSP/CRL address in the signers' certificates: any HTTP answer proves it reachable
// (an OCSP responder may refuse a bare GET; what matters is that it is there for a verifier).
void ConnectionSelfTest::checkRevocation(QList<std::pair<QString, QUrl>> urls)
{
    QSet<QString> seen;
    QList<std::pair<QString, QUrl>> unique;
    for (const auto &u : urls) {
        if (!seen.contains(u.second.toString())) {
            seen.insert(u.second.toString());
            unique << u;
        }
    }
    if (unique.isEmpty()) {
        const bool anyChecked =
            std::any_of(m_report.steps.begin(), m_report.steps.end(),
                        [](const SelfTestStep &s) { return s.id == QLatin1String("revocation"); });
        if (!m_credentials.isEmpty() && !anyChecked)
            add({QStringLiteral("revocation"),
                 Tr::tr("Revocation"),
                 Verdict::Warning,
                 Tr::tr("The signer's certificates name no OCSP or CRL address."),
                 {}});
        return checkTsa();
    }
    const auto [kind, url] = unique.takeFirst();
    QPointer<ConnectionSelfTest> self(this);
    m_transport.get(url, [self, kind, url, unique](Result<HttpResponse> r) {
        if (!self)
            return;
        SelfTestStep s{QStringLiteral("revocation"),
                       Tr::tr("Revocation (%1)").arg(kind),
                       Verdict::Ok,
                       {},
                       {{QStringLiteral("kind"), kind}, {QStringLiteral("url"), url.toString()}}};
        if (!r) {
            s.verdict = Verdict::Warning;
            s.text = Tr::tr("%1 cannot be reached (%2); verifiers will not be able to check revocation.")
                         .arg(url.toString(), r.error().detail);
            s.facts.insert(QStringLiteral("detail"), r.error().detail);
        } else {
            s.facts.insert(QStringLiteral("status"), r->status);
            const bool good = kind == QLatin1String("CRL") ? r->status == 200 : r->status < 500;
            s.verdict = good ? Verdict::Ok : Verdict::Warning;
            s.text = good ? Tr::tr("%1 answers (HTTP %2).").arg(url.toString()).arg(r->status)
                          : Tr::tr("%1 answers HTTP %2.").arg(url.toString()).arg(r->status);
        }
        self->add(std::move(s));
        self->checkRevocation(unique);
    });
}

// A separate TSA: an empty time-stamp query is refused by any RFC 3161 server with an HTTP answer
// (or a rejection status), which is enough to show that it is there.
void ConnectionSelfTest::checkTsa()
{
    if (m_options.tsaUrl.isEmpty())
        return finish();
    HttpRequest req;
    req.url = m_options.tsaUrl;
    req.contentType = "application/timestamp-query";
    req.label = QStringLiteral("tsa");
    QPointer<ConnectionSelfTest> self(this);
    m_transport.send(req, [self](Result<HttpResponse> r) {
        if (!self)
            return;
        const QString url = self->m_options.tsaUrl.toString();
        SelfTestStep s{QStringLiteral("tsa"),
                       Tr::tr("Time-stamp authority"),
                       Verdict::Ok,
                       {},
                       {{QStringLiteral("url"), url}}};
        if (!r) {
            s.verdict = Verdict::Failed;
            s.text = Tr::tr("%1 cannot be reached: %2").arg(url, r.error().message);
            s.facts.insert(QStringLiteral("detail"), r.error().detail);
        } else {
            s.facts.insert(QStringLiteral("status"), r->status);
            s.verdict = r->status < 500 ? Verdict::Ok : Verdict::Warning;
            s.text = Tr::tr("%1 answers (HTTP %2).").arg(url).arg(r->status);
        }
        self->add(std::move(s));
        self->finish();
    });
}

void ConnectionSelfTest::finish()
{
    // The suggested profile: what was detected, written out.
    ProviderProfile p;
    const ServiceInfo &info = m_client->serviceInfo();
    p.name = info.name;
    p.url = m_options.url;
    p.description = Tr::tr("Suggested by the connection self-test for %1.").arg(m_options.url.toString());
    p.settings = m_options.settings;
    const bool connected =
        std::any_of(m_report.steps.begin(), m_report.steps.end(), [](const SelfTestStep &s) {
            return s.id == QLatin1String("info") && s.verdict != Verdict::Failed;
        });
    if (connected) {
        p.settings.apiVersion =
            info.apiVersion == 1 ? ClientSettings::ApiVersion::V1 : ClientSettings::ApiVersion::V2;
        for (const QString &m : kKnownMethods) {
            const QString path = m_client->methodPath(m);
            if (path != m)
                p.settings.methodPaths.insert(m, path);
        }
        if (m_client->numbersAsStrings())
            p.settings.numbers = ClientSettings::Numbers::Strings;
        p.settings.timestamps = m_client->checkTimestampsOffered() ? ClientSettings::Timestamps::Rssp
                                                                   : ClientSettings::Timestamps::None;
        p.login = info.authTypes.contains(QLatin1String("basic"))        ? ProviderProfile::Login::Basic
                  : info.authTypes.contains(QLatin1String("oauth2code")) ? ProviderProfile::Login::OAuth2
                                                                         : ProviderProfile::Login::Auto;
    }
    m_report.suggestedProfile = p;
    if (connected && m_client->isLoggedIn()) {
        QPointer<ConnectionSelfTest> self(this);
        m_client->revokeAndLogout([self](Result<void> r) {
            if (!self)
                return;
            self->add(
                {QStringLiteral("logout"),
                 Tr::tr("Logout"),
                 r ? Verdict::Ok : Verdict::Warning,
                 r ? Tr::tr("Session ended (auth/revoke when offered).")
                   : Tr::tr("The service did not accept the end of the session: %1").arg(r.error().message),
                 {}});
            auto done = std::move(self->m_done);
            if (done)
                done(self->m_report);
        });
        return;
    }
    auto done = std::move(m_done);
    if (done)
        done(m_report);
}

} // namespace sic::csc
