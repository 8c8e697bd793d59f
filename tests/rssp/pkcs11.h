#pragma once

// The RSSP's HSM: SoftHSM2 driven through the plain PKCS#11 C API, so that private keys are
// generated inside the token and never leave it (CKA_SENSITIVE, not extractable).

#include "base/error.h"
#include "crypto/ossl.h"

#include <QByteArray>
#include <QString>

#include <p11-kit/pkcs11.h>

namespace rssp {

enum class KeyType
{
    Rsa2048,
    Rsa3072,
    P256,
    P384
};

std::optional<KeyType> keyTypeFromName(const QString &name); // rsa2048|rsa3072|p256|p384
QString keyTypeName(KeyType t);                              // same spelling
QString keyTypeLabel(KeyType t);                             // "RSA-2048", "ECDSA P-256"
bool isRsa(KeyType t);
int keyBits(KeyType t);

// A loaded module with C_Initialize done; C_Finalize and dlclose on destruction.
class Module
{
public:
    // Sets SOFTHSM2_CONF to confPath before C_Initialize (SoftHSM reads it there).
    static sic::Result<std::unique_ptr<Module>> load(const QString &confPath);
    ~Module();
    CK_FUNCTION_LIST *fn() const { return m_fn; }

private:
    Module() = default;
    void *m_lib = nullptr;
    CK_FUNCTION_LIST *m_fn = nullptr;
};

// One read/write session on the token (closed on destruction).
class Session
{
public:
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;
    ~Session();

    static sic::Result<std::unique_ptr<Session>> open(Module &module, const QString &tokenLabel);
    sic::Result<void> login(const QByteArray &userPin);

    // Generates a key pair whose CKA_ID and CKA_LABEL are `id`; returns the public key.
    sic::Result<sic::ossl::PKey> generateKeyPair(KeyType type, const QByteArray &id);
    // Raw C_Sign with the private key whose CKA_ID is `id`.
    sic::Result<QByteArray> sign(const QByteArray &id, CK_MECHANISM *mechanism, const QByteArray &data);

private:
    Session(Module &m, CK_SESSION_HANDLE h) : m_module(m), m_handle(h) {}
    sic::Result<CK_OBJECT_HANDLE> findKey(const QByteArray &id, CK_OBJECT_CLASS cls);
    sic::Result<QByteArray> attribute(CK_OBJECT_HANDLE obj, CK_ATTRIBUTE_TYPE type);
    sic::Result<sic::ossl::PKey> publicKey(CK_OBJECT_HANDLE pub, KeyType type);

    Module &m_module;
    CK_SESSION_HANDLE m_handle;
};

// C_InitToken on the first free slot, then C_InitPIN.
sic::Result<void> initToken(Module &module, const QString &label, const QByteArray &soPin,
                            const QByteArray &userPin);

} // namespace rssp
