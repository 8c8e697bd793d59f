#include "settings/settings.h"

#include "sign/signaturelevel.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace sic {

namespace {

QList<RsspProfile> readRssps(QSettings &s)
{
    QList<RsspProfile> list;
    const int n = s.beginReadArray(QLatin1String(SettingKey::Rssps));
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        RsspProfile p;
        p.name = s.value(QStringLiteral("name")).toString();
        p.url = QUrl(s.value(QStringLiteral("url")).toString());
        p.caBundle = s.value(QStringLiteral("caBundle")).toString();
        p.spkiSha256 = s.value(QStringLiteral("spkiSha256")).toStringList();
        p.oauthClientId = s.value(QStringLiteral("oauthClientId"), p.oauthClientId).toString();
        list << p;
    }
    s.endArray();
    return list;
}

void writeRssps(QSettings &s, const QList<RsspProfile> &list)
{
    s.remove(QLatin1String(SettingKey::Rssps));
    s.beginWriteArray(QLatin1String(SettingKey::Rssps), int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        s.setArrayIndex(i);
        const RsspProfile &p = list[i];
        s.setValue(QStringLiteral("name"), p.name);
        s.setValue(QStringLiteral("url"), p.url.toString());
        s.setValue(QStringLiteral("caBundle"), p.caBundle);
        s.setValue(QStringLiteral("spkiSha256"), p.spkiSha256);
        s.setValue(QStringLiteral("oauthClientId"), p.oauthClientId);
    }
    s.endArray();
}

// Reads every key from one QSettings into the struct; keys absent there keep their value.
void readInto(QSettings &s, AppSettings &out)
{
    if (s.contains(QLatin1String(SettingKey::Rssps) + QStringLiteral("/size")))
        out.rssps = readRssps(s);
    auto str = [&](const char *key, QString &field) {
        if (s.contains(QLatin1String(key)))
            field = s.value(QLatin1String(key)).toString();
    };
    str(SettingKey::SelectedRssp, out.selectedRssp);
    str(SettingKey::TrustAnchors, out.trustAnchors);
    str(SettingKey::Language, out.language);
    str(SettingKey::OutputFolder, out.outputFolder);
    str(SettingKey::DefaultLevel, out.defaultLevel);
    if (s.contains(QLatin1String(SettingKey::TsaUrl)))
        out.tsaUrl = QUrl(s.value(QLatin1String(SettingKey::TsaUrl)).toString());
    if (s.contains(QLatin1String(SettingKey::UseSystemTrust)))
        out.useSystemTrust = s.value(QLatin1String(SettingKey::UseSystemTrust)).toBool();
    if (s.contains(QLatin1String(SettingKey::OnlineRevocation)))
        out.onlineRevocation = s.value(QLatin1String(SettingKey::OnlineRevocation)).toBool();
    if (s.contains(QLatin1String(SettingKey::IdleTimeoutMinutes)))
        out.idleTimeoutMinutes = s.value(QLatin1String(SettingKey::IdleTimeoutMinutes)).toInt();
}

} // namespace

SettingsStore::SettingsStore(QString userFile, QString policyFile)
    : SettingsStore(std::move(userFile), QStringList{std::move(policyFile)})
{}

SettingsStore::SettingsStore(QString userFile, QStringList policyFiles)
    : m_userFile(std::move(userFile)), m_policyFiles(std::move(policyFiles))
{
    Q_ASSERT(!m_policyFiles.isEmpty());
}

QStringList SettingsStore::systemPolicyFiles(const QString &xdgConfigDirs)
{
    const QString name = QStringLiteral("/sic/policy.ini");
    QStringList files{QStringLiteral("/etc/xdg") + name};
    for (const QString &entry : xdgConfigDirs.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        // The XDG base directory specification: relative entries are invalid and ignored.
        if (!QDir::isAbsolutePath(entry))
            continue;
        const QString file = QDir::cleanPath(entry) + name;
        if (!files.contains(file))
            files << file;
    }
    return files;
}

SettingsStore SettingsStore::forPlatform()
{
    const QString user =
        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/settings.ini");
#if defined(Q_OS_WIN)
    const QStringList policy{qEnvironmentVariable("ProgramData") + QStringLiteral("/sic/policy.ini")};
#elif defined(Q_OS_MACOS)
    const QStringList policy{QStringLiteral("/Library/Application Support/sic/policy.ini")};
#else
    const QStringList policy = systemPolicyFiles(qEnvironmentVariable("XDG_CONFIG_DIRS"));
#endif
    return SettingsStore(user, policy);
}

AppSettings SettingsStore::load() const
{
    AppSettings settings;
    QSettings user(m_userFile, QSettings::IniFormat);
    readInto(user, settings);
    // Least important first, so that the most important policy is read last and wins.
    for (auto it = m_policyFiles.crbegin(); it != m_policyFiles.crend(); ++it) {
        if (QFileInfo::exists(*it)) {
            QSettings policy(*it, QSettings::IniFormat);
            readInto(policy, settings);
        }
    }
    return settings;
}

bool SettingsStore::isLocked(const char *key) const
{
    return std::any_of(m_policyFiles.begin(), m_policyFiles.end(), [key](const QString &file) {
        if (!QFileInfo::exists(file))
            return false;
        QSettings policy(file, QSettings::IniFormat);
        return policy.contains(QLatin1String(key)) ||
               policy.contains(QLatin1String(key) + QStringLiteral("/size"));
    });
}

QStringList SettingsStore::lockedKeys() const
{
    QStringList keys;
    for (const char *k :
         {SettingKey::Rssps, SettingKey::SelectedRssp, SettingKey::TsaUrl, SettingKey::TrustAnchors,
          SettingKey::UseSystemTrust, SettingKey::OnlineRevocation, SettingKey::Language,
          SettingKey::IdleTimeoutMinutes, SettingKey::OutputFolder, SettingKey::DefaultLevel}) {
        if (isLocked(k))
            keys << QLatin1String(k);
    }
    return keys;
}

Result<void> SettingsStore::validate(const AppSettings &s)
{
    for (const RsspProfile &p : s.rssps) {
        if (p.name.trimmed().isEmpty())
            return fail(QStringLiteral("settings.rssp_name"),
                        Tr::tr("Every signature service needs a name."));
        if (!p.url.isValid() || p.url.scheme() != QLatin1String("https") || p.url.host().isEmpty())
            return fail(QStringLiteral("settings.rssp_url"),
                        Tr::tr("The address of a signature service must start with https://."),
                        p.name + QStringLiteral(": ") + p.url.toString());
        for (const QString &pin : p.spkiSha256) {
            if (QByteArray::fromBase64(pin.toLatin1()).size() != 32)
                return fail(QStringLiteral("settings.rssp_pin"),
                            Tr::tr("A pinned key must be the Base64 SHA-256 of the server's public key."),
                            p.name + QStringLiteral(": ") + pin);
        }
    }
    if (!s.selectedRssp.isEmpty() && std::none_of(s.rssps.begin(), s.rssps.end(), [&](const RsspProfile &p) {
            return p.name == s.selectedRssp;
        }))
        return fail(QStringLiteral("settings.selected_rssp"),
                    Tr::tr("The chosen signature service is not in the list."), s.selectedRssp);
    if (!s.tsaUrl.isEmpty() && (!s.tsaUrl.isValid() || (s.tsaUrl.scheme() != QLatin1String("https") &&
                                                        s.tsaUrl.scheme() != QLatin1String("http"))))
        return fail(QStringLiteral("settings.tsa_url"),
                    Tr::tr("The time-stamp service address is not a web address."), s.tsaUrl.toString());
    if (!QStringList{QString(), QStringLiteral("ja"), QStringLiteral("en")}.contains(s.language))
        return fail(QStringLiteral("settings.language"), Tr::tr("The language must be Japanese or English."),
                    s.language);
    if (s.idleTimeoutMinutes < 1 || s.idleTimeoutMinutes > 240)
        return fail(QStringLiteral("settings.idle_timeout"),
                    Tr::tr("The idle time-out must be between 1 and 240 minutes."),
                    QString::number(s.idleTimeoutMinutes));
    // Any baseline level by name; whether a format can make it is the engine's check when signing.
    if (!parseLevel(s.defaultLevel))
        return fail(QStringLiteral("settings.level"),
                    Tr::tr("The signature level must be one of B-B, B-T, B-LT or B-LTA."), s.defaultLevel);
    return {};
}

Result<void> SettingsStore::save(const AppSettings &s) const
{
    if (auto ok = validate(s); !ok)
        return ok;
    QDir().mkpath(QFileInfo(m_userFile).absolutePath());
    QSettings user(m_userFile, QSettings::IniFormat);
    auto put = [&](const char *key, const QVariant &value) {
        if (!isLocked(key))
            user.setValue(QLatin1String(key), value);
    };
    if (!isLocked(SettingKey::Rssps))
        writeRssps(user, s.rssps);
    put(SettingKey::SelectedRssp, s.selectedRssp);
    put(SettingKey::TsaUrl, s.tsaUrl.toString());
    put(SettingKey::TrustAnchors, s.trustAnchors);
    put(SettingKey::UseSystemTrust, s.useSystemTrust);
    put(SettingKey::OnlineRevocation, s.onlineRevocation);
    put(SettingKey::Language, s.language);
    put(SettingKey::IdleTimeoutMinutes, s.idleTimeoutMinutes);
    put(SettingKey::OutputFolder, s.outputFolder);
    put(SettingKey::DefaultLevel, s.defaultLevel);
    user.sync();
    if (user.status() != QSettings::NoError)
        return fail(QStringLiteral("settings.write_failed"), Tr::tr("The settings could not be saved."),
                    m_userFile);
    return {};
}

} // namespace sic
