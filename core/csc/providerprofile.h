#pragma once

#include "base/error.h"
#include "csc/clientsettings.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace sic::csc {

// One RSSP as a file: where it is, how to log in, and the ClientSettings for what its reading of
// the CSC specification needs and the client cannot detect. Format "sic-provider-profile",
// version 1, documented key by key in docs/csc-client.md ("Provider profiles"). Built in:
// "devrssp", "strict-csc-v2", "strict-csc-v1"; administrators ship more as *.json in
// providerProfileDirs() (a file there with the same id replaces a built-in one).
struct ProviderProfile
{
    static constexpr int kFormatVersion = 1;

    enum class Login
    {
        Auto,  // HTTP Basic when a password is at hand (scripts), else OAuth2 when info offers it
        Basic, // auth/login with HTTP Basic
        OAuth2 // oauth2/authorize (scope=service) in the browser
    };

    QString id; // file name without .json for files, the built-in name otherwise
    QString name;
    QString description;
    QString source; // "built-in" or the file's path
    QUrl url;       // may be empty: the user gives it
    Login login = Login::Auto;
    // An administrator's profile with locked=true may not be changed by the user: the front ends
    // refuse another URL or overrides and show the profile read-only.
    bool locked = false;
    ClientSettings settings;

    // The profile as a version-1 file (what `sic-cli doctor` suggests).
    QJsonObject toJson() const;
};

// Parses a profile file. Unknown keys and wrong types are errors (a misspelt key would otherwise
// silently do nothing); a newer format version is refused with its number.
Result<ProviderProfile> parseProviderProfile(const QByteArray &json, const QString &source);

// Where administrators put profiles: $SIC_PROVIDER_DIR (colon-separated) if set, then
// /etc/sic/providers.
QStringList providerProfileDirs();

// The built-in profiles and those in providerProfileDirs(), by id (a file replaces a built-in
// profile of the same id). A file that cannot be read is skipped and named in *problems.
QList<ProviderProfile> availableProviderProfiles(QStringList *problems = nullptr);

// A path to a .json file (contains '/' or ends in .json), or the id of an available profile.
Result<ProviderProfile> loadProviderProfile(const QString &fileOrId);

} // namespace sic::csc
