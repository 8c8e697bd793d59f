#pragma once

#include "sign/hashsigner.h"

#include <QString>

#include <memory>

namespace sic::test {

// A HashSigner over a key file of the test PKI (signers/<name>.key + <name>.chain.pem). It signs
// exactly like an RSSP would: raw RSA values (PKCS#1 v1.5 or PSS with salt = digest length) or
// DER ECDSA-Sig-Value, and calls back asynchronously on the caller's thread.
class LocalHashSigner final : public HashSigner
{
public:
    // pkiDir: $SIC_BUILD_DIR/test-pki; name: "rsa2048", "ecp256", ...
    static std::unique_ptr<LocalHashSigner> fromPki(const QString &pkiDir, const QString &name,
                                                    SignatureScheme scheme);
    ~LocalHashSigner() override;

    QList<QByteArray> certificateChain() const override { return m_chain; }
    SignatureScheme scheme() const override { return m_scheme; }
    int maxDigestsPerAuthorization() const override { return m_max; }
    void signDigests(const QList<QByteArray> &digests, Callback done) override;

    void setMaxDigestsPerAuthorization(int max) { m_max = max; }
    // Makes the next signDigests return a wrong value (to test that it is caught).
    void setCorrupt(bool corrupt) { m_corrupt = corrupt; }
    int authorizations() const { return m_calls; }
    QString errorString() const { return m_error; }

private:
    LocalHashSigner() = default;
    Result<QByteArray> signOne(const QByteArray &digest) const;

    struct Key;
    std::unique_ptr<Key> m_key;
    QList<QByteArray> m_chain;
    SignatureScheme m_scheme;
    int m_max = 1;
    int m_calls = 0;
    bool m_corrupt = false;
    QString m_error;
};

// $SIC_BUILD_DIR/test-pki
QString testPkiDir();

} // namespace sic::test
