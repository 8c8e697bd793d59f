#pragma once

#include "base/error.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace sic {

// A remote signature service the user can sign with.
struct RsspProfile
{
    QString name;
    QUrl url;               // base URL or the csc/v2 (v1) URL
    QString caBundle;       // extra CA certificates (PEM) trusted for this service only
    QStringList spkiSha256; // optional pins: Base64 SHA-256 of the server's SubjectPublicKeyInfo
    QString oauthClientId = QStringLiteral("sic-desktop");
    friend bool operator==(const RsspProfile &, const RsspProfile &) = default;
};

// Everything the user can set. No secret ever lives here: refresh tokens go to the keychain,
// PIN and OTP are never stored.
struct AppSettings
{
    QList<RsspProfile> rssps;
    QString selectedRssp;          // a profile name
    QUrl tsaUrl;                   // RFC 3161 TSA for B-T; empty = the RSSP's signatures/timestamp
    QString trustAnchors;          // PEM bundle or folder used by the verifier
    bool useSystemTrust = false;   // may the verifier also trust the OS web CAs? (not meant for signers)
    bool onlineRevocation = false; // may the verifier fetch OCSP/CRL?
    QString language;              // "", "ja" or "en"; "" follows the system
    int idleTimeoutMinutes = 15;   // the RSSP session ends after this much inactivity
    QString outputFolder;          // empty = next to the document
    QString defaultLevel = QStringLiteral("B-T");
    friend bool operator==(const AppSettings &, const AppSettings &) = default;
};

// The setting keys, as they appear in the user's file and in the administrator's policy file.
namespace SettingKey {
inline constexpr const char *Rssps = "rssps";
inline constexpr const char *SelectedRssp = "selectedRssp";
inline constexpr const char *TsaUrl = "tsaUrl";
inline constexpr const char *TrustAnchors = "trustAnchors";
inline constexpr const char *UseSystemTrust = "useSystemTrust";
inline constexpr const char *OnlineRevocation = "onlineRevocation";
inline constexpr const char *Language = "language";
inline constexpr const char *IdleTimeoutMinutes = "idleTimeoutMinutes";
inline constexpr const char *OutputFolder = "outputFolder";
inline constexpr const char *DefaultLevel = "defaultLevel";
} // namespace SettingKey

// Reads and writes the user's settings (an INI file) under system-wide policy files written by an
// administrator: any key present in a policy wins and is locked, so the UI shows it as such and
// saving leaves it alone.
class SettingsStore
{
public:
    SettingsStore(QString userFile, QString policyFile);
    // Several policy files, most important first: for a key set in more than one, the first wins.
    SettingsStore(QString userFile, QStringList policyFiles);
    // The platform's paths: the user's config folder and the system-wide policy location
    // (systemPolicyFiles() on Linux, %ProgramData%\sic\policy.ini, /Library/Application
    // Support/sic/policy.ini).
    static SettingsStore forPlatform();
    // The XDG policy files for a value of $XDG_CONFIG_DIRS: /etc/xdg/sic/policy.ini first, always,
    // so that a user's XDG_CONFIG_DIRS can neither hide nor outvote the administrator's file; then
    // sic/policy.ini in each further absolute directory of the list (an image's or a distribution's
    // defaults), which can only lock keys the first one leaves open.
    static QStringList systemPolicyFiles(const QString &xdgConfigDirs);

    AppSettings load() const;
    // Validates, then writes every key that the policy does not lock.
    Result<void> save(const AppSettings &settings) const;

    bool isLocked(const char *key) const;
    QStringList lockedKeys() const;
    static Result<void> validate(const AppSettings &settings);

    const QString &userFile() const { return m_userFile; }
    // The most important policy file (where an administrator writes).
    const QString &policyFile() const { return m_policyFiles.first(); }
    const QStringList &policyFiles() const { return m_policyFiles; }

private:
    QString m_userFile;
    QStringList m_policyFiles; // never empty
};

} // namespace sic
