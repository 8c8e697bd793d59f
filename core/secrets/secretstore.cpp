#include "secrets/secretstore.h"

#include <QTimer>

namespace sic {

// Callbacks are deferred so that every store behaves like the asynchronous keychain.
MemorySecretStore::~MemorySecretStore()
{
    for (QByteArray &v : m_values)
        v.fill(0);
}

void MemorySecretStore::read(const QString &key, ReadCallback done)
{
    QByteArray value = m_values.value(key);
    QTimer::singleShot(0, [done = std::move(done), value]() mutable { done(value); });
}

void MemorySecretStore::write(const QString &key, const QByteArray &secret, DoneCallback done)
{
    m_values[key].fill(0);
    m_values.insert(key, secret);
    QTimer::singleShot(0, [done = std::move(done)] { done({}); });
}

void MemorySecretStore::remove(const QString &key, DoneCallback done)
{
    m_values[key].fill(0);
    m_values.remove(key);
    QTimer::singleShot(0, [done = std::move(done)] { done({}); });
}

} // namespace sic
