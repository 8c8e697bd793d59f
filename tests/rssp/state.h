#pragma once

// A state directory: SQLite database, SoftHSM2 token (+ its softhsm2.conf), audit log and OTP outbox.
// Shared by `serve` and the admin commands.

#include "audit.h"
#include "ca.h"
#include "pkcs11.h"
#include "store.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rssp {

inline constexpr const char *kTokenLabel = "SIC Dev RSSP";
inline constexpr int kMaxFailures = 5;
// How many TOTP time steps before the accepted window still count as "expired" (not "wrong").
inline constexpr int kExpiredTotpSteps = 20;

class State
{
public:
    ~State();
    static sic::Result<std::unique_ptr<State>> open(const QString &dir);
    // `sic-devrssp init`: everything from scratch, plus the demo user and credentials.
    static sic::Result<QJsonObject> init(const QString &dir, const QString &pkiDir);

    QString dir() const { return m_dir; }
    QString path(const char *name) const { return m_dir + u'/' + QLatin1String(name); }
    QString pkiDir() const { return m_pki; }
    Store &store() { return *m_store; }
    Audit &audit() { return m_audit; }
    // Loads SoftHSM and logs in on first use.
    sic::Result<Session *> hsm();

    // Returns {"user","password","pin","totp_secret","totp_uri"} (the secrets the caller chose/was given).
    sic::Result<QJsonObject> addUser(const QString &name, const QString &displayName, const QString &password,
                                     const QString &pin, const QDateTime &now);
    sic::Result<QJsonObject> addCredential(const QString &user, const QString &id, KeyType key,
                                           const QString &otp, const QString &mode, int multisign,
                                           const QDateTime &now);
    sic::Result<void> unlock(const QString &credentialId, const QDateTime &now);
    QJsonObject list() const;

private:
    explicit State(QString dir) : m_dir(std::move(dir)), m_audit(m_dir + QStringLiteral("/audit.jsonl")) {}
    QString m_dir;
    QString m_pki;
    Audit m_audit;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Module> m_module;
    std::unique_ptr<Session> m_session;
};

QJsonArray signAlgorithmsFor(KeyType key);
QJsonObject credentialSummary(const Credential &c);
QString totpUri(const QString &user, const QString &secret);

} // namespace rssp
