#include "csc/providerprofile.h"

#include "csc/cscerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace sic::csc {

namespace {

const QString kFormat = QStringLiteral("sic-provider-profile");
const QStringList kBuiltIn = {QStringLiteral("devrssp"), QStringLiteral("strict-csc-v2"),
                              QStringLiteral("strict-csc-v1")};

Error profileError(const QString &source, const QString &what)
{
    return Error{QStringLiteral("csc.provider_profile"),
                 Tr::tr("The provider profile %1 cannot be used: %2").arg(source, what),
                 QStringLiteral("%1: %2").arg(source, what)};
}

// Reads one enumerated string value; nullopt (with *error set) when it is not one of `names`.
template <typename E>
std::optional<E> pick(const QJsonValue &v, const QList<std::pair<const char *, E>> &names, E fallback,
                      const QString &key, QString *error)
{
    if (v.isUndefined())
        return fallback;
    const QString s = v.toVariant().toString();
    QStringList allowed;
    for (const auto &[name, value] : names) {
        if (s == QLatin1String(name))
            return value;
        allowed << QString::fromLatin1(name);
    }
    *error = QStringLiteral("%1 must be one of %2").arg(key, allowed.join(QStringLiteral(", ")));
    return std::nullopt;
}

bool checkKeys(const QJsonObject &o, const QStringList &known, const QString &where, QString *error)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = QStringLiteral("unknown key %1%2 (known: %3)")
                         .arg(where, it.key(), known.join(QStringLiteral(", ")));
            return false;
        }
    }
    return true;
}

bool stringList(const QJsonValue &v, const QString &key, QStringList *out, QString *error)
{
    if (v.isUndefined())
        return true;
    if (!v.isArray()) {
        *error = QStringLiteral("%1 must be an array of strings").arg(key);
        return false;
    }
    for (const QJsonValue &e : v.toArray()) {
        if (!e.isString()) {
            *error = QStringLiteral("%1 must be an array of strings").arg(key);
            return false;
        }
        *out << e.toString();
    }
    return true;
}

const QList<std::pair<const char *, ClientSettings::ApiVersion>> kVersions = {
    {"auto", ClientSettings::ApiVersion::Auto},
    {"1", ClientSettings::ApiVersion::V1},
    {"2", ClientSettings::ApiVersion::V2}};
const QList<std::pair<const char *, ProviderProfile::Login>> kLogins = {
    {"auto", ProviderProfile::Login::Auto},
    {"basic", ProviderProfile::Login::Basic},
    {"oauth2", ProviderProfile::Login::OAuth2}};
const QList<std::pair<const char *, ClientSettings::Numbers>> kNumbers = {
    {"auto", ClientSettings::Numbers::Auto},
    {"json", ClientSettings::Numbers::Json},
    {"strings", ClientSettings::Numbers::Strings}};
const QList<std::pair<const char *, ClientSettings::Timestamps>> kTimestamps = {
    {"auto", ClientSettings::Timestamps::Auto},
    {"rssp", ClientSettings::Timestamps::Rssp},
    {"none", ClientSettings::Timestamps::None}};
const QList<std::pair<const char *, int>> kModes = {{"auto", 0}, {"explicit", 1}, {"oauth2code", 2}};
const QList<std::pair<const char *, AuthFactor>> kOtpTypes = {{"totp", AuthFactor::OtpTotp},
                                                              {"oob", AuthFactor::OtpOutOfBand}};

template <typename E>
QString nameOf(const QList<std::pair<const char *, E>> &names, E value)
{
    for (const auto &[name, v] : names) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

QByteArray builtInJson(const QString &id)
{
    QFile f(QStringLiteral(":/sic/providers/%1.json").arg(id));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

Result<ProviderProfile> parseProviderProfile(const QByteArray &json, const QString &source)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (!doc.isObject())
        return std::unexpected(
            profileError(source, QStringLiteral("not a JSON object (%1)").arg(pe.errorString())));
    const QJsonObject o = doc.object();
    QString error;
    if (o.value(QLatin1String("format")).toString() != kFormat)
        return std::unexpected(
            profileError(source, QStringLiteral("\"format\" must be \"%1\"").arg(kFormat)));
    const int version = o.value(QLatin1String("version")).toInt(-1);
    if (version < 1)
        return std::unexpected(profileError(source, QStringLiteral("\"version\" must be a whole number")));
    if (version > ProviderProfile::kFormatVersion)
        return std::unexpected(
            profileError(source, QStringLiteral("made for format version %1; this program reads version %2")
                                     .arg(version)
                                     .arg(ProviderProfile::kFormatVersion)));
    if (!checkKeys(o,
                   {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("name"),
                    QStringLiteral("description"), QStringLiteral("locked"), QStringLiteral("service"),
                    QStringLiteral("authorization"), QStringLiteral("methodPaths"), QStringLiteral("numbers"),
                    QStringLiteral("signAlgorithms"), QStringLiteral("maxHashesPerCall"),
                    QStringLiteral("timestamps"), QStringLiteral("revokeAtEnd")},
                   {}, &error))
        return std::unexpected(profileError(source, error));

    ProviderProfile p;
    p.source = source;
    p.name = o.value(QLatin1String("name")).toString();
    p.description = o.value(QLatin1String("description")).toString();
    const QJsonValue locked = o.value(QLatin1String("locked"));
    if (!locked.isUndefined() && !locked.isBool())
        return std::unexpected(profileError(source, QStringLiteral("locked must be true or false")));
    p.locked = locked.toBool(false);
    ClientSettings &s = p.settings;

    const QJsonObject service = o.value(QLatin1String("service")).toObject();
    if (!checkKeys(service, {QStringLiteral("url"), QStringLiteral("apiVersion"), QStringLiteral("login")},
                   QStringLiteral("service."), &error))
        return std::unexpected(profileError(source, error));
    if (service.contains(QLatin1String("url"))) {
        p.url = QUrl(service.value(QLatin1String("url")).toString());
        if (!p.url.isValid() || p.url.scheme() != QLatin1String("https"))
            return std::unexpected(
                profileError(source, QStringLiteral("service.url must be an https:// URL")));
    }
    const auto apiVersion = pick(service.value(QLatin1String("apiVersion")), kVersions, s.apiVersion,
                                 QStringLiteral("service.apiVersion"), &error);
    const auto login = pick(service.value(QLatin1String("login")), kLogins, p.login,
                            QStringLiteral("service.login"), &error);
    const auto numbers =
        pick(o.value(QLatin1String("numbers")), kNumbers, s.numbers, QStringLiteral("numbers"), &error);
    const auto timestamps = pick(o.value(QLatin1String("timestamps")), kTimestamps, s.timestamps,
                                 QStringLiteral("timestamps"), &error);
    if (!apiVersion || !login || !numbers || !timestamps)
        return std::unexpected(profileError(source, error));
    s.apiVersion = *apiVersion;
    p.login = *login;
    s.numbers = *numbers;
    s.timestamps = *timestamps;

    const QJsonObject auth = o.value(QLatin1String("authorization")).toObject();
    if (!checkKeys(auth, {QStringLiteral("mode"), QStringLiteral("factors"), QStringLiteral("otpType")},
                   QStringLiteral("authorization."), &error))
        return std::unexpected(profileError(source, error));
    const auto mode =
        pick(auth.value(QLatin1String("mode")), kModes, 0, QStringLiteral("authorization.mode"), &error);
    const bool otpTypeGiven = auth.contains(QLatin1String("otpType"));
    const auto otpType = pick(auth.value(QLatin1String("otpType")), kOtpTypes, AuthFactor::OtpTotp,
                              QStringLiteral("authorization.otpType"), &error);
    QStringList factors;
    if (!mode || !otpType ||
        !stringList(auth.value(QLatin1String("factors")), QStringLiteral("authorization.factors"), &factors,
                    &error))
        return std::unexpected(profileError(source, error));
    if (*mode == 1)
        s.authModeOverride = Credential::AuthMode::Explicit;
    else if (*mode == 2)
        s.authModeOverride = Credential::AuthMode::OAuth2Code;
    if (otpTypeGiven)
        s.otpTypeWhenUnstated = *otpType;
    for (const QString &f : factors) {
        if (f == QLatin1String("PIN"))
            s.factorsOverride << AuthFactor::Pin;
        else if (f == QLatin1String("OTP"))
            s.factorsOverride << *otpType;
        else
            return std::unexpected(
                profileError(source, QStringLiteral("authorization.factors lists PIN and OTP only")));
    }

    const QJsonValue paths = o.value(QLatin1String("methodPaths"));
    if (!paths.isUndefined() && !paths.isObject())
        return std::unexpected(profileError(source, QStringLiteral("methodPaths must be an object")));
    const QJsonObject pathObject = paths.toObject();
    for (auto it = pathObject.begin(); it != pathObject.end(); ++it) {
        if (!it.value().isString() || it.value().toString().isEmpty() ||
            it.value().toString().startsWith(u'/'))
            return std::unexpected(
                profileError(source, QStringLiteral("methodPaths.%1 must be a relative path").arg(it.key())));
        s.methodPaths.insert(it.key(), it.value().toString());
    }

    const QJsonObject algos = o.value(QLatin1String("signAlgorithms")).toObject();
    if (!checkKeys(algos, {QStringLiteral("rsa"), QStringLiteral("ec")}, QStringLiteral("signAlgorithms."),
                   &error) ||
        !stringList(algos.value(QLatin1String("rsa")), QStringLiteral("signAlgorithms.rsa"),
                    &s.rsaSignAlgorithms, &error) ||
        !stringList(algos.value(QLatin1String("ec")), QStringLiteral("signAlgorithms.ec"),
                    &s.ecSignAlgorithms, &error))
        return std::unexpected(profileError(source, error));

    const QJsonValue perCall = o.value(QLatin1String("maxHashesPerCall"));
    if (!perCall.isUndefined()) {
        if (!perCall.isDouble() || perCall.toInt(-1) < 0 || perCall.toDouble() != double(perCall.toInt()))
            return std::unexpected(
                profileError(source, QStringLiteral("maxHashesPerCall must be a whole number ≥ 0")));
        s.maxHashesPerCall = perCall.toInt();
    }
    const QJsonValue revoke = o.value(QLatin1String("revokeAtEnd"));
    if (!revoke.isUndefined() && !revoke.isBool())
        return std::unexpected(profileError(source, QStringLiteral("revokeAtEnd must be true or false")));
    s.revokeAtEnd = revoke.toBool(true);
    return p;
}

QJsonObject ProviderProfile::toJson() const
{
    QJsonObject o{{QStringLiteral("format"), kFormat}, {QStringLiteral("version"), kFormatVersion}};
    if (!name.isEmpty())
        o.insert(QStringLiteral("name"), name);
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    if (locked)
        o.insert(QStringLiteral("locked"), true);
    QJsonObject service{{QStringLiteral("apiVersion"), nameOf(kVersions, settings.apiVersion)},
                        {QStringLiteral("login"), nameOf(kLogins, login)}};
    if (!url.isEmpty())
        service.insert(QStringLiteral("url"), url.toString());
    o.insert(QStringLiteral("service"), service);
    QJsonObject auth;
    if (settings.authModeOverride)
        auth.insert(QStringLiteral("mode"), settings.authModeOverride == Credential::AuthMode::OAuth2Code
                                                ? QStringLiteral("oauth2code")
                                                : QStringLiteral("explicit"));
    if (settings.otpTypeWhenUnstated)
        auth.insert(QStringLiteral("otpType"), nameOf(kOtpTypes, *settings.otpTypeWhenUnstated));
    if (!settings.factorsOverride.isEmpty()) {
        QJsonArray f;
        for (AuthFactor a : settings.factorsOverride)
            f.append(a == AuthFactor::Pin ? QStringLiteral("PIN") : QStringLiteral("OTP"));
        auth.insert(QStringLiteral("factors"), f);
    }
    if (!auth.isEmpty())
        o.insert(QStringLiteral("authorization"), auth);
    if (!settings.methodPaths.isEmpty()) {
        QJsonObject paths;
        for (auto it = settings.methodPaths.begin(); it != settings.methodPaths.end(); ++it)
            paths.insert(it.key(), it.value());
        o.insert(QStringLiteral("methodPaths"), paths);
    }
    o.insert(QStringLiteral("numbers"), nameOf(kNumbers, settings.numbers));
    if (!settings.rsaSignAlgorithms.isEmpty() || !settings.ecSignAlgorithms.isEmpty()) {
        QJsonObject algos;
        if (!settings.rsaSignAlgorithms.isEmpty())
            algos.insert(QStringLiteral("rsa"), QJsonArray::fromStringList(settings.rsaSignAlgorithms));
        if (!settings.ecSignAlgorithms.isEmpty())
            algos.insert(QStringLiteral("ec"), QJsonArray::fromStringList(settings.ecSignAlgorithms));
        o.insert(QStringLiteral("signAlgorithms"), algos);
    }
    if (settings.maxHashesPerCall > 0)
        o.insert(QStringLiteral("maxHashesPerCall"), settings.maxHashesPerCall);
    o.insert(QStringLiteral("timestamps"), nameOf(kTimestamps, settings.timestamps));
    if (!settings.revokeAtEnd)
        o.insert(QStringLiteral("revokeAtEnd"), false);
    return o;
}

QStringList providerProfileDirs()
{
    QStringList dirs;
    const QString env = qEnvironmentVariable("SIC_PROVIDER_DIR");
    if (!env.isEmpty())
        dirs << env.split(u':', Qt::SkipEmptyParts);
    dirs << QStringLiteral("/etc/sic/providers");
    return dirs;
}

QList<ProviderProfile> availableProviderProfiles(QStringList *problems)
{
    QList<ProviderProfile> out;
    auto addOrReplace = [&out](ProviderProfile p) {
        for (ProviderProfile &existing : out) {
            if (existing.id == p.id) {
                existing = std::move(p);
                return;
            }
        }
        out << std::move(p);
    };
    for (const QString &id : kBuiltIn) {
        auto p = parseProviderProfile(builtInJson(id), QStringLiteral("built-in"));
        if (!p) {
            if (problems)
                *problems << p.error().detail;
            continue;
        }
        p->id = id;
        addOrReplace(std::move(*p));
    }
    // Later directories are the system-wide ones; the first directory that has an id wins.
    QStringList seen;
    for (const QString &dir : providerProfileDirs()) {
        const QFileInfoList files =
            QDir(dir).entryInfoList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo &fi : files) {
            if (seen.contains(fi.completeBaseName()))
                continue;
            QFile f(fi.filePath());
            auto p = f.open(QIODevice::ReadOnly)
                         ? parseProviderProfile(f.read(1 << 20), fi.filePath())
                         : Result<ProviderProfile>(
                               std::unexpected(profileError(fi.filePath(), QStringLiteral("unreadable"))));
            if (!p) {
                if (problems)
                    *problems << p.error().detail;
                continue;
            }
            p->id = fi.completeBaseName();
            seen << p->id;
            addOrReplace(std::move(*p));
        }
    }
    return out;
}

Result<ProviderProfile> loadProviderProfile(const QString &fileOrId)
{
    if (fileOrId.contains(u'/') || fileOrId.endsWith(QLatin1String(".json"))) {
        QFile f(fileOrId);
        if (!f.open(QIODevice::ReadOnly))
            return std::unexpected(profileError(fileOrId, f.errorString()));
        auto p = parseProviderProfile(f.read(1 << 20), fileOrId);
        if (p)
            p->id = QFileInfo(fileOrId).completeBaseName();
        return p;
    }
    QStringList known;
    for (ProviderProfile &p : availableProviderProfiles()) {
        if (p.id == fileOrId)
            return std::move(p);
        known << p.id;
    }
    return std::unexpected(profileError(
        fileOrId, QStringLiteral("no such profile (available: %1)").arg(known.join(QStringLiteral(", ")))));
}

} // namespace sic::csc
