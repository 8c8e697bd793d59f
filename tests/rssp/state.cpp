#include "state.h"

#include "totp.h"
#include "util.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QUrl>

using sic::fail;
using sic::Result;

namespace rssp {

namespace {

std::unexpected<sic::Error> stateFail(const QString &message, const QString &detail = {})
{
    return fail(QStringLiteral("rssp.state"), message, detail);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// URL base for CRL DP / OCSP AIA of issued certificates: env, else the PKI's own.
QString urlBaseFor(const QString &pkiDir)
{
    const QString env = qEnvironmentVariable("SIC_PKI_URL_BASE");
    if (!env.isEmpty())
        return env;
    bool ok = false;
    return parseJsonObject(readAll(pkiDir + QStringLiteral("/pki.json")), &ok)
        .value(QStringLiteral("url_base"))
        .toString();
}

Result<QString> makePki(const QString &outDir)
{
    QString script = qEnvironmentVariable("SIC_MAKE_PKI");
    if (script.isEmpty())
        script = QStringLiteral(SIC_MAKE_PKI_SCRIPT);
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(script, {outDir});
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return stateFail(QStringLiteral("Generating the test PKI failed."), script);
    return outDir;
}

struct DemoCredential
{
    const char *id;
    KeyType key;
    const char *otp;
    const char *mode;
    int multisign;
};

constexpr DemoCredential kDemo[] = {
    {"cred-rsa2048-totp", KeyType::Rsa2048, "totp", "explicit", 100},
    {"cred-rsa3072-totp", KeyType::Rsa3072, "totp", "explicit", 10},
    {"cred-p256-oob", KeyType::P256, "oob", "explicit", 10},
    {"cred-p384-totp", KeyType::P384, "totp", "explicit", 10},
    {"cred-rsa2048-oauth", KeyType::Rsa2048, "totp", "oauth2code", 10},
};

} // namespace

QJsonArray signAlgorithmsFor(KeyType key)
{
    if (isRsa(key))
        return {QStringLiteral("1.2.840.113549.1.1.11"), QStringLiteral("1.2.840.113549.1.1.12"),
                QStringLiteral("1.2.840.113549.1.1.13"), QStringLiteral("1.2.840.113549.1.1.10"),
                QStringLiteral("1.2.840.113549.1.1.1")};
    return {QStringLiteral("1.2.840.10045.4.3.2"), QStringLiteral("1.2.840.10045.4.3.3"),
            QStringLiteral("1.2.840.10045.4.3.4")};
}

QJsonObject credentialSummary(const Credential &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("key"), keyTypeLabel(c.key)},
            {QStringLiteral("signAlgo"), signAlgorithmsFor(c.key)},
            {QStringLiteral("auth"), QStringLiteral("PIN AND OTP")},
            {QStringLiteral("otp"), c.otp.isEmpty() ? QJsonValue() : QJsonValue(c.otp)},
            {QStringLiteral("mode"), c.mode},
            {QStringLiteral("multisign"), c.multisign}};
}

QString totpUri(const QString &user, const QString &secret)
{
    const QString issuer = QStringLiteral("SIC Dev RSSP");
    return QStringLiteral("otpauth://totp/%1:%2?secret=%3&issuer=%1&algorithm=SHA1&digits=6&period=30")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(issuer)),
             QString::fromLatin1(QUrl::toPercentEncoding(user)), secret);
}

State::~State()
{
    m_session.reset();
    m_module.reset();
}

Result<std::unique_ptr<State>> State::open(const QString &dir)
{
    std::unique_ptr<State> s(new State(QDir(dir).absolutePath()));
    auto store = Store::open(s->path("rssp.sqlite"), false);
    if (!store)
        return std::unexpected(store.error());
    s->m_store = std::move(*store);
    s->m_pki = s->m_store->meta(QStringLiteral("pki"));
    return s;
}

Result<Session *> State::hsm()
{
    if (m_session)
        return m_session.get();
    bool ok = false;
    const QJsonObject pins = parseJsonObject(readAll(path("hsm-pins.json")), &ok);
    if (!ok)
        return stateFail(QStringLiteral("The HSM PIN file of the state directory is missing."),
                         path("hsm-pins.json"));
    auto module = Module::load(path("softhsm2.conf"));
    if (!module)
        return std::unexpected(module.error());
    m_module = std::move(*module);
    auto session = Session::open(*m_module, QLatin1String(kTokenLabel));
    if (!session)
        return std::unexpected(session.error());
    QByteArray userPin = pins.value(QStringLiteral("user_pin")).toString().toUtf8();
    auto login = (*session)->login(userPin);
    userPin.fill(0);
    if (!login)
        return std::unexpected(login.error());
    m_session = std::move(*session);
    return m_session.get();
}

Result<QJsonObject> State::init(const QString &dirArg, const QString &pkiArg)
{
    const QString dir = QDir(dirArg).absolutePath();
    if (QFile::exists(dir + QStringLiteral("/rssp.sqlite")))
        return stateFail(
            QStringLiteral("The state directory is already initialised; remove it to start over."), dir);
    if (!QDir().mkpath(dir + QStringLiteral("/tokens")))
        return stateFail(QStringLiteral("Cannot create the state directory."), dir);
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    QString pki = pkiArg.isEmpty() ? QString() : QDir(pkiArg).absolutePath();
    if (pki.isEmpty()) {
        auto made = makePki(dir + QStringLiteral("/pki"));
        if (!made)
            return std::unexpected(made.error());
        pki = *made;
    }
    if (!QFile::exists(pki + QStringLiteral("/intermediate/ca.key")))
        return stateFail(QStringLiteral("The test PKI directory is incomplete."), pki);

    const QByteArray conf =
        "directories.tokendir = " + QFile::encodeName(dir) +
        "/tokens\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n";
    const QString soPin = randomDigits(12), userPin = randomDigits(12);
    if (!writeFileAtomic(dir + QStringLiteral("/softhsm2.conf"), conf) ||
        !writeFileAtomic(
            dir + QStringLiteral("/hsm-pins.json"),
            compactJson({{QStringLiteral("so_pin"), soPin}, {QStringLiteral("user_pin"), userPin}}), true))
        return stateFail(QStringLiteral("Cannot write the HSM configuration."), dir);
    {
        auto module = Module::load(dir + QStringLiteral("/softhsm2.conf"));
        if (!module)
            return std::unexpected(module.error());
        if (auto r = initToken(**module, QLatin1String(kTokenLabel), soPin.toUtf8(), userPin.toUtf8()); !r)
            return std::unexpected(r.error());
    }
    {
        auto store = Store::open(dir + QStringLiteral("/rssp.sqlite"), true);
        if (!store)
            return std::unexpected(store.error());
        (*store)->setMeta(QStringLiteral("pki"), pki);
        (*store)->setMeta(QStringLiteral("url_base"), urlBaseFor(pki));
    }
    QFile outbox(dir + QStringLiteral("/outbox.jsonl"));
    outbox.open(QIODevice::WriteOnly | QIODevice::Append);
    outbox.close();

    auto state = open(dir);
    if (!state)
        return std::unexpected(state.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto user = (*state)->addUser(QStringLiteral("demo"), QStringLiteral("Demo User"), randomPassword(),
                                  randomDigits(6), now);
    if (!user)
        return std::unexpected(user.error());
    QJsonArray creds;
    for (const DemoCredential &d : kDemo) {
        auto c = (*state)->addCredential(QStringLiteral("demo"), QLatin1String(d.id), d.key,
                                         QLatin1String(d.otp), QLatin1String(d.mode), d.multisign, now);
        if (!c)
            return std::unexpected(c.error());
        creds.append(*c);
    }
    QJsonObject out = *user;
    out.insert(QStringLiteral("credentials"), creds);
    out.insert(QStringLiteral("oauth_client_id"), QStringLiteral("sic-desktop"));
    out.insert(QStringLiteral("pki"), pki);
    out.insert(QStringLiteral("state"), dir);
    return out;
}

Result<QJsonObject> State::addUser(const QString &name, const QString &displayName, const QString &password,
                                   const QString &pin, const QDateTime &now)
{
    if (name.isEmpty() || password.isEmpty() || pin.isEmpty())
        return stateFail(QStringLiteral("A user needs a name, a password and a PIN."));
    if (m_store->user(name))
        return stateFail(QStringLiteral("This user already exists."), name);
    User u{name, displayName.isEmpty() ? name : displayName, hashSecret(password.toUtf8()),
           hashSecret(pin.toUtf8()), base32Encode(randomBytes(20))};
    if (auto r = m_store->addUser(u); !r)
        return std::unexpected(r.error());
    m_audit.append(now, QStringLiteral("admin_user_add"), QStringLiteral("admin"), QStringLiteral("ok"),
                   {{QStringLiteral("user"), name}});
    return QJsonObject{{QStringLiteral("user"), name},
                       {QStringLiteral("password"), password},
                       {QStringLiteral("pin"), pin},
                       {QStringLiteral("totp_secret"), u.totpSecret},
                       {QStringLiteral("totp_uri"), totpUri(name, u.totpSecret)}};
}

Result<QJsonObject> State::addCredential(const QString &userName, const QString &id, KeyType key,
                                         const QString &otp, const QString &mode, int multisign,
                                         const QDateTime &now)
{
    const auto user = m_store->user(userName);
    if (!user)
        return stateFail(QStringLiteral("There is no such user."), userName);
    if (id.isEmpty() || m_store->credential(id))
        return stateFail(QStringLiteral("The credential id is empty or already taken."), id);
    if ((otp != u"totp" && otp != u"oob") || (mode != u"explicit" && mode != u"oauth2code") || multisign < 1)
        return stateFail(QStringLiteral("Unsupported credential options."),
                         QStringLiteral("otp=%1 mode=%2 multisign=%3").arg(otp, mode).arg(multisign));
    auto ca = Ca::load(m_pki);
    if (!ca)
        return std::unexpected(ca.error());
    auto session = hsm();
    if (!session)
        return std::unexpected(session.error());
    auto pub = (*session)->generateKeyPair(key, id.toUtf8());
    if (!pub)
        return std::unexpected(pub.error());
    auto cert = ca->issue(pub->get(), user->displayName, now, m_store->meta(QStringLiteral("url_base")));
    if (!cert)
        return std::unexpected(cert.error());
    Credential c;
    c.id = id;
    c.user = userName;
    c.key = key;
    c.otp = otp;
    c.mode = mode;
    c.multisign = multisign;
    c.certDer = cert->der;
    c.serialHex = cert->serialHex;
    c.subject = cert->subject;
    c.notBefore = cert->notBefore;
    c.notAfter = cert->notAfter;
    if (auto r = m_store->addCredential(c); !r)
        return std::unexpected(r.error());
    m_audit.append(now, QStringLiteral("admin_credential_add"), QStringLiteral("admin"), QStringLiteral("ok"),
                   {{QStringLiteral("user"), userName},
                    {QStringLiteral("credentialID"), id},
                    {QStringLiteral("subject"), c.subject},
                    {QStringLiteral("serial"), c.serialHex}});
    return credentialSummary(c);
}

Result<void> State::unlock(const QString &credentialId, const QDateTime &now)
{
    if (!m_store->credential(credentialId))
        return stateFail(QStringLiteral("There is no such credential."), credentialId);
    if (auto r = m_store->setFailures(credentialId, 0, false); !r)
        return r;
    m_audit.append(now, QStringLiteral("admin_unlock"), QStringLiteral("admin"), QStringLiteral("ok"),
                   {{QStringLiteral("credentialID"), credentialId}});
    return {};
}

QJsonObject State::list() const
{
    QJsonArray users;
    for (const User &u : m_store->users()) {
        QJsonArray creds;
        for (const Credential &c : m_store->credentials(u.name)) {
            QJsonObject o = credentialSummary(c);
            o.insert(QStringLiteral("locked"), c.locked);
            o.insert(QStringLiteral("failures"), c.failures);
            o.insert(QStringLiteral("subject"), c.subject);
            o.insert(QStringLiteral("serialNumber"), c.serialHex);
            o.insert(QStringLiteral("validTo"), isoTime(c.notAfter));
            creds.append(o);
        }
        users.append(QJsonObject{{QStringLiteral("user"), u.name},
                                 {QStringLiteral("display_name"), u.displayName},
                                 {QStringLiteral("credentials"), creds}});
    }
    return {
        {QStringLiteral("state"), m_dir}, {QStringLiteral("pki"), m_pki}, {QStringLiteral("users"), users}};
}

} // namespace rssp
