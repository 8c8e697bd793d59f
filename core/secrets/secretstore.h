#pragma once

#include "base/error.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>

namespace sic {

// Where long-lived secrets (the RSSP refresh token) live: the platform keychain, never a settings
// file. Operations are asynchronous because keychains are (D-Bus, Keychain Services, ...).
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    using ReadCallback = std::function<void(Result<QByteArray>)>; // empty value: no such entry
    using DoneCallback = std::function<void(Result<void>)>;
    virtual void read(const QString &key, ReadCallback done) = 0;
    virtual void write(const QString &key, const QByteArray &secret, DoneCallback done) = 0;
    virtual void remove(const QString &key, DoneCallback done) = 0;
};

// In memory only; for tests and for "do not remember me".
class MemorySecretStore final : public SecretStore
{
public:
    ~MemorySecretStore() override;
    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QByteArray &secret, DoneCallback done) override;
    void remove(const QString &key, DoneCallback done) override;

private:
    QHash<QString, QByteArray> m_values;
};

} // namespace sic
