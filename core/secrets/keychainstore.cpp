#include "secrets/keychainstore.h"

#include <qt6keychain/keychain.h>

namespace sic {

namespace {
Error keychainError(const QKeychain::Job *job, const QString &key)
{
    return Error{
        QStringLiteral("secrets.keychain"),
        Tr::tr("The system keychain could not be used, so the login cannot be remembered. Check that "
               "a keychain (secret service) is available and unlocked."),
        QStringLiteral("%1: %2 (QKeychain error %3)").arg(key, job->errorString()).arg(int(job->error()))};
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QString service) : m_service(std::move(service)) {}

void KeychainSecretStore::read(const QString &key, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [done = std::move(done), key](QKeychain::Job *j) {
        if (j->error() == QKeychain::EntryNotFound) {
            done(QByteArray());
            return;
        }
        if (j->error() != QKeychain::NoError) {
            done(std::unexpected(keychainError(j, key)));
            return;
        }
        done(static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData());
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QByteArray &secret, DoneCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setBinaryData(secret);
    QObject::connect(job, &QKeychain::Job::finished, job, [done = std::move(done), key](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            done(std::unexpected(keychainError(j, key)));
        else
            done({});
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, DoneCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [done = std::move(done), key](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            done(std::unexpected(keychainError(j, key)));
        else
            done({});
    });
    job->start();
}

} // namespace sic
