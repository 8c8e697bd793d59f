#include "engine/policy.h"

namespace sic::engine {

namespace {

std::unexpected<Error> locked(const char *key, const QString &value)
{
    return fail(QStringLiteral("policy.locked"),
                Tr::tr("Your administrator has fixed the setting \"%1\"; it cannot be changed here.")
                    .arg(QString::fromLatin1(key)),
                QStringLiteral("%1 = %2").arg(QString::fromLatin1(key), value));
}

QString normalized(const QUrl &url)
{
    return url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments).toString();
}

} // namespace

Result<void> applyPolicy(const SettingsStore &store, const GivenOptions &given, SignRequest &request,
                         RsspProfile &profile, bool &online)
{
    const AppSettings policy = store.load();
    if (store.isLocked(SettingKey::Rssps)) {
        const auto it = std::find_if(policy.rssps.begin(), policy.rssps.end(), [&](const RsspProfile &p) {
            return normalized(p.url) == normalized(profile.url);
        });
        if (it == policy.rssps.end())
            return fail(QStringLiteral("policy.rssp_not_allowed"),
                        Tr::tr("Your administrator allows only the signature services in the policy; this "
                               "one is not among them."),
                        profile.url.toString());
        // The policy's pins always apply; its CA bundle unless another was given.
        for (const QString &pin : it->spkiSha256) {
            if (!profile.spkiSha256.contains(pin))
                profile.spkiSha256 << pin;
        }
        if (profile.caBundle.isEmpty())
            profile.caBundle = it->caBundle;
        profile.oauthClientId = it->oauthClientId;
    }
    if (store.isLocked(SettingKey::TsaUrl)) {
        if (given.tsa && request.tsaUrl != policy.tsaUrl)
            return locked(SettingKey::TsaUrl, policy.tsaUrl.toString());
        request.tsaUrl = policy.tsaUrl;
    }
    if (store.isLocked(SettingKey::TrustAnchors)) {
        if (given.trust && request.trust.anchors != policy.trustAnchors)
            return locked(SettingKey::TrustAnchors, policy.trustAnchors);
        request.trust.anchors = policy.trustAnchors;
    }
    if (store.isLocked(SettingKey::UseSystemTrust)) {
        if (given.systemTrust && request.trust.system != policy.useSystemTrust)
            return locked(SettingKey::UseSystemTrust,
                          policy.useSystemTrust ? QStringLiteral("true") : QStringLiteral("false"));
        request.trust.system = policy.useSystemTrust;
    }
    if (store.isLocked(SettingKey::OnlineRevocation)) {
        if (given.online && online != policy.onlineRevocation)
            return locked(SettingKey::OnlineRevocation,
                          policy.onlineRevocation ? QStringLiteral("true") : QStringLiteral("false"));
        online = policy.onlineRevocation;
    }
    if (store.isLocked(SettingKey::OutputFolder)) {
        if (given.outputFolder && request.outputFolder != policy.outputFolder)
            return locked(SettingKey::OutputFolder, policy.outputFolder);
        request.outputFolder = policy.outputFolder;
    }
    // The default level is a default: the signer may still choose another, as on the options screen.
    if (!given.level && store.isLocked(SettingKey::DefaultLevel)) {
        if (auto level = parseLevel(policy.defaultLevel))
            request.level = *level;
    }
    return {};
}

} // namespace sic::engine
