#pragma once

#include "secrets/secretstore.h"

namespace sic {

// SecretStore on QtKeychain (Secret Service on Linux, Keychain on macOS/iOS, Credential Manager on
// Windows, Keystore on Android). The insecure plain-file fallback stays off: without a keychain,
// writing fails and the caller tells the user the token cannot be remembered.
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("sic"));
    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QByteArray &secret, DoneCallback done) override;
    void remove(const QString &key, DoneCallback done) override;

private:
    QString m_service;
};

} // namespace sic
