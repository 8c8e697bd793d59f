#pragma once

// The RSSP's persistent state in SQLite (DIR/rssp.sqlite, WAL mode, short transactions so that the
// admin commands work while `serve` runs). Passwords and PINs are stored as salted PBKDF2 hashes;
// the TOTP seed is stored because the server must compute codes. Tokens and SADs are never stored.

#include "base/error.h"
#include "pkcs11.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace rssp {

struct User
{
    QString name;
    QString displayName;
    QString passwordHash;
    QString pinHash;
    QString totpSecret; // base32
};

struct Credential
{
    QString id;
    QString user;
    KeyType key = KeyType::Rsa2048;
    QString otp;  // "totp" | "oob"
    QString mode; // "explicit" | "oauth2code"
    int multisign = 1;
    QByteArray certDer;
    QString serialHex;
    QString subject;
    QDateTime notBefore;
    QDateTime notAfter;
    QDateTime revokedAt; // invalid unless revoked
    int failures = 0;
    bool locked = false;
};

class Store
{
public:
    ~Store();
    static sic::Result<std::unique_ptr<Store>> open(const QString &path, bool create);

    QString meta(const QString &key) const;
    sic::Result<void> setMeta(const QString &key, const QString &value);

    sic::Result<void> addUser(const User &u);
    std::optional<User> user(const QString &name) const;
    QList<User> users() const;

    sic::Result<void> addCredential(const Credential &c);
    std::optional<Credential> credential(const QString &id) const;
    QList<Credential> credentials(const QString &user = {}) const; // all users if empty
    std::optional<Credential> credentialBySerial(const QString &serialHex) const;
    sic::Result<void> setFailures(const QString &id, int failures, bool locked);

private:
    explicit Store(QString conn) : m_conn(std::move(conn)) {}
    QString m_conn;
};

} // namespace rssp
