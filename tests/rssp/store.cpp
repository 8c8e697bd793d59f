#include "store.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using sic::fail;
using sic::Result;

namespace rssp {

namespace {

std::unexpected<sic::Error> dbFail(const QSqlQuery &q)
{
    return fail(QStringLiteral("rssp.db"), QStringLiteral("The RSSP database rejected a change."),
                q.lastError().text());
}

const char *kSchema[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, display_name TEXT NOT NULL, "
    "password_hash TEXT NOT NULL, pin_hash TEXT NOT NULL, totp_secret TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS credentials (id TEXT PRIMARY KEY, user TEXT NOT NULL REFERENCES users(name), "
    "key_type TEXT NOT NULL, otp TEXT NOT NULL, mode TEXT NOT NULL, multisign INTEGER NOT NULL, "
    "cert_der BLOB NOT NULL, serial TEXT NOT NULL, subject TEXT NOT NULL, not_before TEXT NOT NULL, "
    "not_after TEXT NOT NULL, revoked_at TEXT, failures INTEGER NOT NULL DEFAULT 0, "
    "locked INTEGER NOT NULL DEFAULT 0)",
};

constexpr const char *kCredentialColumns =
    "id, user, key_type, otp, mode, multisign, cert_der, serial, subject, not_before, not_after, revoked_at, "
    "failures, locked";

Credential credentialFrom(const QSqlQuery &q)
{
    Credential c;
    c.id = q.value(0).toString();
    c.user = q.value(1).toString();
    c.key = keyTypeFromName(q.value(2).toString()).value_or(KeyType::Rsa2048);
    c.otp = q.value(3).toString();
    c.mode = q.value(4).toString();
    c.multisign = q.value(5).toInt();
    c.certDer = q.value(6).toByteArray();
    c.serialHex = q.value(7).toString();
    c.subject = q.value(8).toString();
    c.notBefore = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
    c.notAfter = QDateTime::fromString(q.value(10).toString(), Qt::ISODate);
    if (!q.value(11).isNull())
        c.revokedAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODate);
    c.failures = q.value(12).toInt();
    c.locked = q.value(13).toBool();
    return c;
}

} // namespace

Result<std::unique_ptr<Store>> Store::open(const QString &path, bool create)
{
    static int counter = 0;
    const QString conn = QStringLiteral("rssp-%1").arg(++counter);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!create && !QFile::exists(path))
        return fail(QStringLiteral("rssp.state"), QStringLiteral("The state directory has no RSSP database."),
                    path);
    if (!db.open())
        return fail(QStringLiteral("rssp.db"), QStringLiteral("Cannot open the RSSP database."),
                    db.lastError().text());
    std::unique_ptr<Store> s(new Store(conn));
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
    if (create) {
        for (const char *stmt : kSchema)
            if (!q.exec(QString::fromLatin1(stmt)))
                return dbFail(q);
    }
    return s;
}

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_conn, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_conn);
}

QString Store::meta(const QString &key) const
{
    QSqlQuery q(QSqlDatabase::database(m_conn));
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Result<void> Store::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(QSqlDatabase::database(m_conn));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return dbFail(q);
    return {};
}

Result<void> Store::addUser(const User &u)
{
    QSqlQuery q(QSqlDatabase::database(m_conn));
    q.prepare(QStringLiteral("INSERT INTO users (name, display_name, password_hash, pin_hash, totp_secret) "
                             "VALUES (?, ?, ?, ?, ?)"));
    for (const QString &v : {u.name, u.displayName, u.passwordHash, u.pinHash, u.totpSecret})
        q.addBindValue(v);
    if (!q.exec())
        return dbFail(q);
    return {};
}

std::optional<User> Store::user(const QString &name) const
{
    const auto all = users();
    for (const User &u : all)
        if (u.name == name)
            return u;
    return std::nullopt;
}

QList<User> Store::users() const
{
    QList<User> out;
    QSqlQuery q(QSqlDatabase::database(m_conn));
    q.exec(QStringLiteral(
        "SELECT name, display_name, password_hash, pin_hash, totp_secret FROM users ORDER BY name"));
    while (q.next())
        out.append(User{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString()});
    return out;
}

Result<void> Store::addCredential(const Credential &c)
{
    QSqlQuery q(QSqlDatabase::database(m_conn));
    q.prepare(
        QStringLiteral("INSERT INTO credentials (id, user, key_type, otp, mode, multisign, cert_der, serial, "
                       "subject, not_before, not_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(c.id);
    q.addBindValue(c.user);
    q.addBindValue(keyTypeName(c.key));
    q.addBindValue(c.otp);
    q.addBindValue(c.mode);
    q.addBindValue(c.multisign);
    q.addBindValue(c.certDer);
    q.addBindValue(c.serialHex);
    q.addBindValue(c.subject);
    q.addBindValue(c.notBefore.toString(Qt::ISODate));
    q.addBindValue(c.notAfter.toString(Qt::ISODate));
    if (!q.exec())
        return dbFail(q);
    return {};
}

std::optional<Credential> Store::credential(const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_conn));
    q.prepare(
        QStringLiteral("SELECT %1 FROM credentials WHERE id = ?").arg(QLatin1String(kCredentialColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return credentialFrom(q);
    return std::nullopt;
}

QList<Credential> Store::credentials(const QString &user) const
{
    QList<Credential> out;
    QSqlQuery q(QSqlDatabase::database(m_conn));
    q.prepare(QStringLiteral("SELECT %1 FROM credentials WHERE ? = '' OR user = ? ORDER BY rowid")
                  .arg(QLatin1String(kCredentialColumns)));
    q.addBindValue(user.isNull() ? QStringLiteral("") : user);
    q.addBindValue(user.isNull() ? QStringLiteral("") : user);
    if (q.exec())
        while (q.next())
            out.append(credentialFrom(q));
    return out;
}

std::optional<Credential> Store::credentialBySerial(const QString &serialHex) const
{
    QSqlQuery q(QSqlDatabase::database(m_conn));
    q.prepare(QStringLiteral("SELECT %1 FROM credentials WHERE upper(serial) = upper(?)")
                  .arg(QLatin1String(kCredentialColumns)));
    q.addBindValue(serialHex);
    if (q.exec() && q.next())
        return credentialFrom(q);
    return std::nullopt;
}

Result<void> Store::setFailures(const QString &id, int failures, bool locked)
{
    QSqlQuery q(QSqlDatabase::database(m_conn));
    q.prepare(QStringLiteral("UPDATE credentials SET failures = ?, locked = ? WHERE id = ?"));
    q.addBindValue(failures);
    q.addBindValue(locked ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec())
        return dbFail(q);
    return {};
}

} // namespace rssp
