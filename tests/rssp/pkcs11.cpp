#include "pkcs11.h"

#include "base/handle.h"

#include <QtGlobal>

#include <openssl/core_names.h>
#include <openssl/param_build.h>

#include <dlfcn.h>

using sic::fail;
using sic::Result;

namespace rssp {

namespace {

constexpr const char *kModulePath = "/usr/lib/softhsm/libsofthsm2.so";

using ParamBld = sic::Handle<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>;
using Params = sic::Handle<OSSL_PARAM, OSSL_PARAM_free>;

std::unexpected<sic::Error> p11fail(const char *what, CK_RV rv)
{
    return fail(QStringLiteral("rssp.pkcs11"), QStringLiteral("The HSM refused an operation."),
                QStringLiteral("%1 failed: CKR 0x%2").arg(QLatin1String(what)).arg(rv, 0, 16));
}

// PKCS#11 pads labels with spaces to 32 bytes.
QByteArray paddedLabel(const QString &label)
{
    QByteArray l = label.toUtf8().left(32);
    return l.leftJustified(32, ' ');
}

QByteArray curveOidDer(KeyType t)
{
    // DER OBJECT IDENTIFIER of prime256v1 / secp384r1
    if (t == KeyType::P256)
        return QByteArray::fromHex("06082a8648ce3d030107");
    return QByteArray::fromHex("06052b81040022");
}

} // namespace

std::optional<KeyType> keyTypeFromName(const QString &name)
{
    if (name == u"rsa2048")
        return KeyType::Rsa2048;
    if (name == u"rsa3072")
        return KeyType::Rsa3072;
    if (name == u"p256")
        return KeyType::P256;
    if (name == u"p384")
        return KeyType::P384;
    return std::nullopt;
}

QString keyTypeName(KeyType t)
{
    switch (t) {
    case KeyType::Rsa2048:
        return QStringLiteral("rsa2048");
    case KeyType::Rsa3072:
        return QStringLiteral("rsa3072");
    case KeyType::P256:
        return QStringLiteral("p256");
    case KeyType::P384:
        return QStringLiteral("p384");
    }
    return {};
}

QString keyTypeLabel(KeyType t)
{
    switch (t) {
    case KeyType::Rsa2048:
        return QStringLiteral("RSA-2048");
    case KeyType::Rsa3072:
        return QStringLiteral("RSA-3072");
    case KeyType::P256:
        return QStringLiteral("ECDSA P-256");
    case KeyType::P384:
        return QStringLiteral("ECDSA P-384");
    }
    return {};
}

bool isRsa(KeyType t)
{
    return t == KeyType::Rsa2048 || t == KeyType::Rsa3072;
}

int keyBits(KeyType t)
{
    switch (t) {
    case KeyType::Rsa2048:
        return 2048;
    case KeyType::Rsa3072:
        return 3072;
    case KeyType::P256:
        return 256;
    case KeyType::P384:
        return 384;
    }
    return 0;
}

Result<std::unique_ptr<Module>> Module::load(const QString &confPath)
{
    qputenv("SOFTHSM2_CONF", confPath.toLocal8Bit());
    std::unique_ptr<Module> m(new Module);
    m->m_lib = dlopen(kModulePath, RTLD_NOW | RTLD_LOCAL);
    if (!m->m_lib)
        return fail(QStringLiteral("rssp.pkcs11"), QStringLiteral("Cannot load the SoftHSM2 module."),
                    QString::fromLocal8Bit(dlerror()));
    auto getList = reinterpret_cast<CK_C_GetFunctionList>(dlsym(m->m_lib, "C_GetFunctionList"));
    if (!getList || getList(&m->m_fn) != CKR_OK || !m->m_fn)
        return fail(QStringLiteral("rssp.pkcs11"), QStringLiteral("The SoftHSM2 module is unusable."),
                    QStringLiteral("C_GetFunctionList"));
    CK_C_INITIALIZE_ARGS args{};
    args.flags = CKF_OS_LOCKING_OK;
    if (CK_RV rv = m->m_fn->C_Initialize(&args); rv != CKR_OK) {
        m->m_fn = nullptr;
        return p11fail("C_Initialize", rv);
    }
    return m;
}

Module::~Module()
{
    if (m_fn)
        m_fn->C_Finalize(nullptr);
    if (m_lib)
        dlclose(m_lib);
}

Result<void> initToken(Module &module, const QString &label, const QByteArray &soPin,
                       const QByteArray &userPin)
{
    CK_FUNCTION_LIST *f = module.fn();
    CK_ULONG count = 0;
    if (CK_RV rv = f->C_GetSlotList(CK_FALSE, nullptr, &count); rv != CKR_OK)
        return p11fail("C_GetSlotList", rv);
    std::vector<CK_SLOT_ID> slotIds(count);
    if (CK_RV rv = f->C_GetSlotList(CK_FALSE, slotIds.data(), &count); rv != CKR_OK)
        return p11fail("C_GetSlotList", rv);
    std::optional<CK_SLOT_ID> free;
    for (CK_SLOT_ID s : slotIds) {
        CK_TOKEN_INFO info{};
        if (f->C_GetTokenInfo(s, &info) == CKR_OK && !(info.flags & CKF_TOKEN_INITIALIZED)) {
            free = s;
            break;
        }
    }
    if (!free)
        return fail(QStringLiteral("rssp.pkcs11"), QStringLiteral("The HSM has no free slot."));
    QByteArray l = paddedLabel(label);
    if (CK_RV rv =
            f->C_InitToken(*free, reinterpret_cast<unsigned char *>(const_cast<char *>(soPin.constData())),
                           CK_ULONG(soPin.size()), reinterpret_cast<unsigned char *>(l.data()));
        rv != CKR_OK)
        return p11fail("C_InitToken", rv);

    // SoftHSM moves an initialised token to a new slot id: find it again by label.
    CK_SESSION_HANDLE h = 0;
    CK_SLOT_ID slot = 0;
    {
        CK_ULONG n = 0;
        f->C_GetSlotList(CK_TRUE, nullptr, &n);
        std::vector<CK_SLOT_ID> ids(n);
        f->C_GetSlotList(CK_TRUE, ids.data(), &n);
        for (CK_SLOT_ID s : ids) {
            CK_TOKEN_INFO info{};
            if (f->C_GetTokenInfo(s, &info) == CKR_OK &&
                QByteArray(reinterpret_cast<char *>(info.label), 32) == l)
                slot = s;
        }
    }
    if (CK_RV rv = f->C_OpenSession(slot, CKF_SERIAL_SESSION | CKF_RW_SESSION, nullptr, nullptr, &h);
        rv != CKR_OK)
        return p11fail("C_OpenSession", rv);
    CK_RV rv = f->C_Login(h, CKU_SO, reinterpret_cast<unsigned char *>(const_cast<char *>(soPin.constData())),
                          CK_ULONG(soPin.size()));
    if (rv == CKR_OK)
        rv = f->C_InitPIN(h, reinterpret_cast<unsigned char *>(const_cast<char *>(userPin.constData())),
                          CK_ULONG(userPin.size()));
    f->C_Logout(h);
    f->C_CloseSession(h);
    if (rv != CKR_OK)
        return p11fail("C_InitPIN", rv);
    return {};
}

Result<std::unique_ptr<Session>> Session::open(Module &module, const QString &tokenLabel)
{
    CK_FUNCTION_LIST *f = module.fn();
    const QByteArray l = paddedLabel(tokenLabel);
    CK_ULONG n = 0;
    if (CK_RV rv = f->C_GetSlotList(CK_TRUE, nullptr, &n); rv != CKR_OK)
        return p11fail("C_GetSlotList", rv);
    std::vector<CK_SLOT_ID> ids(n);
    f->C_GetSlotList(CK_TRUE, ids.data(), &n);
    for (CK_ULONG i = 0; i < n; ++i) {
        CK_TOKEN_INFO info{};
        if (f->C_GetTokenInfo(ids[i], &info) != CKR_OK ||
            QByteArray(reinterpret_cast<char *>(info.label), 32) != l)
            continue;
        CK_SESSION_HANDLE h = 0;
        if (CK_RV rv = f->C_OpenSession(ids[i], CKF_SERIAL_SESSION | CKF_RW_SESSION, nullptr, nullptr, &h);
            rv != CKR_OK)
            return p11fail("C_OpenSession", rv);
        return std::unique_ptr<Session>(new Session(module, h));
    }
    return fail(QStringLiteral("rssp.pkcs11"), QStringLiteral("The RSSP token is missing from the HSM."),
                QStringLiteral("no token labelled %1").arg(tokenLabel));
}

Session::~Session()
{
    m_module.fn()->C_CloseSession(m_handle);
}

Result<void> Session::login(const QByteArray &userPin)
{
    CK_RV rv = m_module.fn()->C_Login(
        m_handle, CKU_USER, reinterpret_cast<unsigned char *>(const_cast<char *>(userPin.constData())),
        CK_ULONG(userPin.size()));
    if (rv != CKR_OK && rv != CKR_USER_ALREADY_LOGGED_IN)
        return p11fail("C_Login", rv);
    return {};
}

Result<sic::ossl::PKey> Session::generateKeyPair(KeyType type, const QByteArray &id)
{
    CK_BBOOL yes = CK_TRUE, no = CK_FALSE;
    CK_ULONG bits = CK_ULONG(keyBits(type));
    unsigned char e[] = {0x01, 0x00, 0x01};
    const QByteArray curve = curveOidDer(type);
    QByteArray idCopy = id;
    std::vector<CK_ATTRIBUTE> pub = {
        {CKA_TOKEN, &yes, sizeof yes},
        {CKA_VERIFY, &yes, sizeof yes},
        {CKA_ID, idCopy.data(), CK_ULONG(idCopy.size())},
        {CKA_LABEL, idCopy.data(), CK_ULONG(idCopy.size())},
    };
    if (isRsa(type)) {
        pub.push_back({CKA_MODULUS_BITS, &bits, sizeof bits});
        pub.push_back({CKA_PUBLIC_EXPONENT, e, sizeof e});
    } else {
        pub.push_back({CKA_EC_PARAMS, const_cast<char *>(curve.constData()), CK_ULONG(curve.size())});
    }
    std::vector<CK_ATTRIBUTE> priv = {
        {CKA_TOKEN, &yes, sizeof yes},
        {CKA_PRIVATE, &yes, sizeof yes},
        {CKA_SENSITIVE, &yes, sizeof yes},
        {CKA_EXTRACTABLE, &no, sizeof no},
        {CKA_SIGN, &yes, sizeof yes},
        {CKA_ID, idCopy.data(), CK_ULONG(idCopy.size())},
        {CKA_LABEL, idCopy.data(), CK_ULONG(idCopy.size())},
    };
    CK_MECHANISM mech{isRsa(type) ? CKM_RSA_PKCS_KEY_PAIR_GEN : CKM_EC_KEY_PAIR_GEN, nullptr, 0};
    CK_OBJECT_HANDLE hPub = 0, hPriv = 0;
    if (CK_RV rv = m_module.fn()->C_GenerateKeyPair(m_handle, &mech, pub.data(), CK_ULONG(pub.size()),
                                                    priv.data(), CK_ULONG(priv.size()), &hPub, &hPriv);
        rv != CKR_OK)
        return p11fail("C_GenerateKeyPair", rv);
    return publicKey(hPub, type);
}

Result<QByteArray> Session::attribute(CK_OBJECT_HANDLE obj, CK_ATTRIBUTE_TYPE type)
{
    CK_ATTRIBUTE a{type, nullptr, 0};
    if (CK_RV rv = m_module.fn()->C_GetAttributeValue(m_handle, obj, &a, 1); rv != CKR_OK)
        return p11fail("C_GetAttributeValue", rv);
    QByteArray value(qsizetype(a.ulValueLen), '\0');
    a.pValue = value.data();
    if (CK_RV rv = m_module.fn()->C_GetAttributeValue(m_handle, obj, &a, 1); rv != CKR_OK)
        return p11fail("C_GetAttributeValue", rv);
    return value;
}

Result<sic::ossl::PKey> Session::publicKey(CK_OBJECT_HANDLE pub, KeyType type)
{
    ParamBld bld(OSSL_PARAM_BLD_new());
    sic::ossl::BigNum n, e;
    QByteArray point;
    const char *keyType = "RSA";
    if (isRsa(type)) {
        auto mod = attribute(pub, CKA_MODULUS);
        auto exp = attribute(pub, CKA_PUBLIC_EXPONENT);
        if (!mod || !exp)
            return std::unexpected(mod ? exp.error() : mod.error());
        n.reset(
            BN_bin2bn(reinterpret_cast<const unsigned char *>(mod->constData()), int(mod->size()), nullptr));
        e.reset(
            BN_bin2bn(reinterpret_cast<const unsigned char *>(exp->constData()), int(exp->size()), nullptr));
        OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, n.get());
        OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, e.get());
    } else {
        keyType = "EC";
        auto ecPoint = attribute(pub, CKA_EC_POINT);
        if (!ecPoint)
            return std::unexpected(ecPoint.error());
        // SoftHSM returns the point wrapped in a DER OCTET STRING.
        const auto *p = reinterpret_cast<const unsigned char *>(ecPoint->constData());
        sic::ossl::Asn1OctetString os(d2i_ASN1_OCTET_STRING(nullptr, &p, long(ecPoint->size())));
        point = os ? QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(os.get())),
                                ASN1_STRING_length(os.get()))
                   : *ecPoint;
        OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME,
                                        type == KeyType::P256 ? "P-256" : "P-384", 0);
        OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                         size_t(point.size()));
    }
    Params params(OSSL_PARAM_BLD_to_param(bld.get()));
    sic::ossl::PKeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, keyType, nullptr));
    EVP_PKEY *raw = nullptr;
    if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) <= 0 ||
        EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) <= 0)
        return fail(QStringLiteral("rssp.pkcs11"), QStringLiteral("Cannot read the public key from the HSM."),
                    sic::ossl::lastError());
    return sic::ossl::PKey(raw);
}

Result<CK_OBJECT_HANDLE> Session::findKey(const QByteArray &id, CK_OBJECT_CLASS cls)
{
    QByteArray idCopy = id;
    CK_ATTRIBUTE tmpl[] = {{CKA_CLASS, &cls, sizeof cls}, {CKA_ID, idCopy.data(), CK_ULONG(idCopy.size())}};
    CK_FUNCTION_LIST *f = m_module.fn();
    if (CK_RV rv = f->C_FindObjectsInit(m_handle, tmpl, 2); rv != CKR_OK)
        return p11fail("C_FindObjectsInit", rv);
    CK_OBJECT_HANDLE obj = 0;
    CK_ULONG found = 0;
    CK_RV rv = f->C_FindObjects(m_handle, &obj, 1, &found);
    f->C_FindObjectsFinal(m_handle);
    if (rv != CKR_OK)
        return p11fail("C_FindObjects", rv);
    if (found == 0)
        return fail(QStringLiteral("rssp.pkcs11"),
                    QStringLiteral("The credential's key is missing from the HSM."), QString::fromUtf8(id));
    return obj;
}

Result<QByteArray> Session::sign(const QByteArray &id, CK_MECHANISM *mechanism, const QByteArray &data)
{
    auto key = findKey(id, CKO_PRIVATE_KEY);
    if (!key)
        return std::unexpected(key.error());
    CK_FUNCTION_LIST *f = m_module.fn();
    if (CK_RV rv = f->C_SignInit(m_handle, mechanism, *key); rv != CKR_OK)
        return p11fail("C_SignInit", rv);
    QByteArray in = data;
    CK_ULONG len = 0;
    if (CK_RV rv = f->C_Sign(m_handle, reinterpret_cast<unsigned char *>(in.data()), CK_ULONG(in.size()),
                             nullptr, &len);
        rv != CKR_OK)
        return p11fail("C_Sign", rv);
    QByteArray sig(qsizetype(len), '\0');
    if (CK_RV rv = f->C_Sign(m_handle, reinterpret_cast<unsigned char *>(in.data()), CK_ULONG(in.size()),
                             reinterpret_cast<unsigned char *>(sig.data()), &len);
        rv != CKR_OK)
        return p11fail("C_Sign", rv);
    sig.truncate(qsizetype(len));
    return sig;
}

} // namespace rssp
